import * as z from 'zod/mini';
import { builtOnFirstUse } from '../../statemachines/zod-kit';
import type { Clock, Database } from '../shared/ports';
import {
  batchGetAll,
  type Companion,
  clampLimit,
  createEntityStore,
  entityKey,
  firstVersion,
  type Item,
  newId,
  type Page,
  type PageRequest,
  queryPage,
  withoutTenant,
} from './repository';
import { GSI1, tenantKey } from './table';

/**
 * Knowledge-base entries and ranked keyword search (BM25 over title and body).
 *
 *   entry        pk T#<t>#KB#<id>    sk KB          title, body, tags     gsi1 T#<t>#KBS / <createdAt>#<id>
 *   search doc   pk T#<t>#KBINDEX    sk <id>        title, tf {term: n}, len (same transaction as the entry)
 *
 * A search reads the tenant's search documents (one Query over one partition: term frequencies only, no bodies),
 * ranks them in memory, then fetches the top entries for snippets. This keeps writes to two items per entry (term
 * items would cost one write per distinct term and a read per query term), and it is exact BM25 with global
 * statistics. It is bounded: at most MAX_SEARCH_DOCUMENTS entries are ranked (newest ids win beyond that) and each
 * document keeps its MAX_TERMS_PER_DOCUMENT most frequent terms. See docs/data-model.md.
 */

export const MAX_SEARCH_DOCUMENTS = 2000;
export const MAX_TERMS_PER_DOCUMENT = 300;
const TITLE_WEIGHT = 2;

export type KnowledgeEntry = z.infer<typeof KnowledgeEntry>;

export type NewKnowledgeEntry = z.infer<typeof NewKnowledgeEntry>;

export type KnowledgePatch = z.infer<typeof KnowledgePatch>;

export interface SearchResult {
  readonly id: string;
  readonly title: string;
  readonly snippet: string;
  readonly score: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Text analysis and ranking (pure)

const STOPWORDS = new Set(
  'a an and are as at be but by for from has have how i if in into is it its of on or our so that the their then there these they this to was we were what when where which who why will with you your'.split(
    ' ',
  ),
);

/** Light English stemming: plurals, then one of -ing/-ed/-ly, then a silent final e ("pricing" = "prices" = "pric"). */
export const stem = (word: string): string => {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'edly', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
};

/** Lower-cased, accent-free, stop words dropped, stemmed. */
export const tokenize = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !STOPWORDS.has(t))
    .map(stem);

export interface SearchDocument {
  readonly id: string;
  readonly title: string;
  /** term -> weighted frequency */
  readonly tf: Record<string, number>;
  readonly len: number;
}

export const buildSearchDocument = (id: string, title: string, body: string): SearchDocument => {
  const counts = new Map<string, number>();
  for (const t of tokenize(title)) counts.set(t, (counts.get(t) ?? 0) + TITLE_WEIGHT);
  for (const t of tokenize(body)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const len = [...counts.values()].reduce((a, b) => a + b, 0);
  const kept = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_TERMS_PER_DOCUMENT);
  return { id, title, tf: Object.fromEntries(kept), len };
};

/** Okapi BM25 (k1 = 1.2, b = 0.75); documents matching no query term are left out. Best first. */
export const rankBm25 = (
  documents: readonly SearchDocument[],
  query: string,
  options: { k1?: number; b?: number } = {},
): { id: string; score: number }[] => {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const terms = [...new Set(tokenize(query))];
  if (terms.length === 0 || documents.length === 0) return [];
  const n = documents.length;
  const avgLen = documents.reduce((s, d) => s + d.len, 0) / n || 1;
  const idf = new Map<string, number>();
  for (const term of terms) {
    const df = documents.filter((d) => (d.tf[term] ?? 0) > 0).length;
    idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  const scored: { id: string; score: number }[] = [];
  for (const d of documents) {
    let score = 0;
    for (const term of terms) {
      const f = d.tf[term] ?? 0;
      if (f === 0) continue;
      score += (idf.get(term) ?? 0) * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * d.len) / avgLen)));
    }
    if (score > 0) scored.push({ id: d.id, score });
  }
  return scored.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
};

/** About `width` characters around the first query term found in the body (or its start). */
export const makeSnippet = (body: string, query: string, width = 200): string => {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= width) return text;
  const terms = new Set(tokenize(query));
  let at = -1;
  const wordPattern = /[\p{L}\p{N}]+/gu;
  for (let m = wordPattern.exec(text); m; m = wordPattern.exec(text)) {
    const [token] = tokenize(m[0]);
    if (token && terms.has(token)) {
      at = m.index;
      break;
    }
  }
  const start = at < 0 ? 0 : Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
};

// ---------------------------------------------------------------------------------------------------------------
// Repository

const ENTITY = 'KB';
const entryKey = (tenantId: string, id: string) => entityKey(tenantId, ENTITY, id);
const searchKey = (tenantId: string, id: string) => ({ pk: tenantKey(tenantId, 'KBINDEX'), sk: id });

const entryIndexes = (tenantId: string, e: KnowledgeEntry): Item => ({
  gsi1pk: tenantKey(tenantId, 'KBS'),
  gsi1sk: `${e.createdAt}#${e.id}`,
});

const toEntry = (item: Item): KnowledgeEntry => withoutTenant<KnowledgeEntry>(item);

/** The entry's search document: rewritten with every change, in the same transaction. */
const searchDocument = (tenantId: string, e: KnowledgeEntry): Companion => ({
  key: searchKey(tenantId, e.id),
  label: `search document ${e.id}`,
  item: {
    ...searchKey(tenantId, e.id),
    type: 'knowledgeSearchDoc',
    tenantId,
    ...buildSearchDocument(e.id, e.title, `${e.body} ${e.tags.join(' ')}`),
  },
});

export const createKnowledgeRepository = ({
  db,
  clock,
}: {
  readonly db: Database;
  readonly clock: Clock;
}) => {
  const store = createEntityStore<KnowledgeEntry>(db, {
    entity: 'knowledge entry',
    kind: ENTITY,
    type: 'knowledge',
    indexes: entryIndexes,
    companions: (tenantId, e) => [searchDocument(tenantId, e)],
  });

  const create = async (tenantId: string, input: NewKnowledgeEntry): Promise<KnowledgeEntry> => {
    const data = knowledgeSchemas().NewKnowledgeEntry.parse(input);
    const at = clock.now().toISOString();
    return store.insert(tenantId, {
      id: newId('kb', clock.now()),
      title: data.title,
      body: data.body,
      tags: [...new Set(data.tags ?? [])],
      source: data.source ?? null,
      ...firstVersion(at),
    });
  };

  const update = store.patcher(
    knowledgeSchemas().KnowledgePatch.parse,
    (current, data): KnowledgeEntry => ({
      ...current,
      title: data.title ?? current.title,
      body: data.body ?? current.body,
      tags: data.tags ? [...new Set(data.tags)] : current.tags,
      source: data.source === undefined ? current.source : data.source,
      updatedAt: clock.now().toISOString(),
      version: current.version + 1,
    }),
  );

  /** Newest first. */
  const list = (tenantId: string, page: PageRequest = {}): Promise<Page<KnowledgeEntry>> =>
    store.list(
      tenantId,
      {
        index: GSI1,
        keyCondition: 'gsi1pk = :p',
        names: {},
        values: { ':p': tenantKey(tenantId, 'KBS') },
        newestFirst: true,
      },
      page,
    );

  const loadSearchDocuments = async (tenantId: string): Promise<SearchDocument[]> => {
    const docs: SearchDocument[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPage(db, {
        tenantId,
        keyCondition: 'pk = :p',
        names: {},
        values: { ':p': tenantKey(tenantId, 'KBINDEX') },
        limit: 100,
        cursor,
        // Newest ids first, so the cap keeps the most recent entries.
        newestFirst: true,
      });
      for (const i of page.items)
        docs.push({ id: i.id as string, title: i.title as string, tf: i.tf, len: i.len });
      cursor = page.cursor;
    } while (cursor && docs.length < MAX_SEARCH_DOCUMENTS);
    return docs.slice(0, MAX_SEARCH_DOCUMENTS);
  };

  /** Best first; scores rounded to 4 decimals. */
  const search = async (tenantId: string, query: string, limit = 5): Promise<SearchResult[]> => {
    const ranked = rankBm25(await loadSearchDocuments(tenantId), query).slice(0, clampLimit(limit, 50, 5));
    if (ranked.length === 0) return [];
    const byId = new Map<string, KnowledgeEntry>();
    for (const i of await batchGetAll(
      db,
      ranked.map((r) => entryKey(tenantId, r.id)),
    ))
      byId.set(i.id as string, toEntry(i));
    return ranked.flatMap((r) => {
      const e = byId.get(r.id);
      return e
        ? [
            {
              id: e.id,
              title: e.title,
              snippet: makeSnippet(e.body, query),
              score: Math.round(r.score * 1e4) / 1e4,
            },
          ]
        : [];
    });
  };

  return { create, get: store.get, update, delete: store.deleter, list, search };
};

export type KnowledgeRepository = ReturnType<typeof createKnowledgeRepository>;

/**
 * The knowledge entry schemas, built on the first call and kept: a function that serves other collections (api-data answers
 * six) never builds them, and one that parses knowledge entry builds them on its first parse. The exports below are the same
 * schemas by name, for code that reads them at its own module scope; a bundle that reads only `knowledgeSchemas()` drops
 * them.
 */
export const knowledgeSchemas = /* @__PURE__ */ builtOnFirstUse(() => {
  const KnowledgeEntry = z.object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    tags: z.array(z.string()),
    source: z.nullable(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  });

  const NewKnowledgeEntry = z.object({
    title: z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(300)),
    body: z.string().check(z.maxLength(200_000)),
    tags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50))),
    source: z.optional(z.string().check(z.maxLength(500))),
  });

  const KnowledgePatch = z.object({
    title: z.optional(z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(300))),
    body: z.optional(z.string().check(z.maxLength(200_000))),
    tags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50))),
    source: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
  });

  return { KnowledgeEntry, NewKnowledgeEntry, KnowledgePatch };
});

export const KnowledgeEntry = /* @__PURE__ */ (() => knowledgeSchemas().KnowledgeEntry)();
export const NewKnowledgeEntry = /* @__PURE__ */ (() => knowledgeSchemas().NewKnowledgeEntry)();
export const KnowledgePatch = /* @__PURE__ */ (() => knowledgeSchemas().KnowledgePatch)();
