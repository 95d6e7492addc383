import fc from 'fast-check';
import { SAMPLE_BODIES } from '../api-arbitraries';
import {
  BROKEN_BODIES,
  forgedCursor,
  hostileSegment,
  mutated,
  toJsonText,
  troubleOf,
  UNICODE,
} from './values';

/** Requests for every operation of the OpenAPI document: a valid request, then one to three things wrong with it. */

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly pathParams: readonly string[];
  readonly query: readonly { readonly name: string; readonly schema: Record<string, unknown> }[];
  readonly hasBody: boolean;
}

interface OpenApiOperation {
  readonly operationId: string;
  readonly parameters?: readonly { name: string; in: string; schema?: Record<string, unknown> }[];
  readonly requestBody?: unknown;
}

export const operationsOf = (doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      operationId: op.operationId,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      query: (op.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: p.name, schema: p.schema ?? {} })),
      // The webhook route reads a body the document leaves free-form.
      hasBody: op.requestBody !== undefined || path.startsWith('/webhooks/'),
    })),
  );

export interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Uint8Array;
  /** What was done to the valid request, for the failure message. */
  readonly mutations: readonly string[];
}

/** Real ids of the seeded data, by the path parameter (and path prefix) they fill. */
export interface KnownIds {
  readonly byPrefix: Readonly<Record<string, readonly string[]>>;
  readonly versions: readonly string[];
  readonly tenantId: string;
  readonly cursors: readonly string[];
}

/** Percent-encodes every byte but the unreserved ones (a lone surrogate goes as U+FFFD, as a client would send it). */
const encode = (text: string): string =>
  [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

export type Signer = (tenantId: string, source: string, body: string) => Record<string, string>;

const validQueryValue = (
  name: string,
  schema: Record<string, unknown>,
  ids: KnownIds,
): fc.Arbitrary<string> => {
  if (name === 'cursor') return fc.constantFrom(...(ids.cursors.length > 0 ? ids.cursors : ['']));
  const values = schema.enum as unknown[] | undefined;
  if (values?.length) return fc.constantFrom(...values.map(String));
  if (name === 'limit') return fc.integer({ min: 1, max: 100 }).map(String);
  if (/^(since|from|to|createdAfter|createdBefore)$/.test(name))
    return fc.constant('2026-03-01T00:00:00.000Z');
  if (name === 'minValue') return fc.constant('100');
  const known = ids.byPrefix[`/${name.replace(/Id$/, '')}s`];
  return known?.length ? fc.constantFrom(...known) : fc.constant('x');
};

const badQueryValue: fc.Arbitrary<string> = fc.oneof(
  forgedCursor,
  fc.constantFrom('-1', '0', '101', '1e400', 'NaN', '9007199254740993', 'true', '', ...UNICODE),
);

const segment = (
  param: string,
  op: Operation,
  ids: KnownIds,
): fc.Arbitrary<{ text: string; encode: boolean }> => {
  const prefix = `/${op.path.split('/')[1] ?? ''}`;
  const known =
    param === 'tenantId'
      ? [ids.tenantId]
      : param === 'version'
        ? ids.versions
        : param === 'source'
          ? ['form', 'generic', 'stripe', 'email', 'typeform']
          : (ids.byPrefix[prefix] ?? []);
  const real = fc
    .constantFrom(...(known.length > 0 ? known : ['missing']))
    .map((text) => ({ text, encode: true }));
  return fc.oneof({ weight: 3, arbitrary: real }, { weight: 1, arbitrary: hostileSegment });
};

const bodyOf = (op: Operation): fc.Arbitrary<{ body?: string | Uint8Array; mutation: string }> => {
  const sample = SAMPLE_BODIES[op.operationId] ?? (op.hasBody ? { any: 'payload' } : undefined);
  if (sample === undefined) return fc.constant({ mutation: 'no body' });
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant({ body: toJsonText(sample), mutation: 'valid body' }) },
    { weight: 6, arbitrary: mutated(sample).map((v) => ({ body: toJsonText(v), mutation: 'mutated body' })) },
    {
      weight: 2,
      arbitrary: mutated(sample)
        .chain(mutated)
        .map((twice) => ({ body: toJsonText(twice), mutation: 'body mutated twice' })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...BROKEN_BODIES).map((body) => ({ body, mutation: 'broken body' })),
    },
    { weight: 1, arbitrary: troubleOf('depth').map((v) => ({ body: toJsonText(v), mutation: 'deep body' })) },
  );
};

export const requestArbitrary = (
  operations: readonly Operation[],
  ids: KnownIds,
  apiKey: string,
  sign: Signer,
): fc.Arbitrary<FuzzRequest> =>
  fc.constantFrom(...operations).chain((op) =>
    fc
      .record({
        segments: fc.tuple(...op.pathParams.map((p) => segment(p, op, ids))),
        query: fc.tuple(
          ...op.query.map((q) =>
            fc.oneof(
              { weight: 3, arbitrary: fc.constant(undefined) },
              { weight: 3, arbitrary: validQueryValue(q.name, q.schema, ids) },
              { weight: 2, arbitrary: badQueryValue },
            ),
          ),
        ),
        body: bodyOf(op),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'application/json',
          'application/json; charset=utf-16',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          undefined,
        ),
        idempotencyKey: fc.oneof(
          { weight: 4, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constantFrom('k1', 'k2', 'x'.repeat(300), '\u00e9t\u00e9', ' ') },
        ),
        signed: fc.boolean(),
        extraQuery: fc.constantFrom('none', 'none', 'none', 'repeat', 'unknown'),
        // Sometimes a number path segment too large for JS (path params feed the same parsers).
        bigVersion: fc.constantFrom(undefined, undefined, undefined, '1'.repeat(400)),
      })
      .map((r) => {
        const mutations = [r.body.mutation];
        let i = 0;
        let path = op.path.replace(/\{[^}]+\}/g, () => {
          const s = r.segments[i++] as { text: string; encode: boolean };
          if (!s.encode) mutations.push(`raw segment ${JSON.stringify(s.text.slice(0, 40))}`);
          return s.encode ? encode(s.text) : s.text;
        });
        if (r.bigVersion && op.path.endsWith('{version}'))
          path = path.replace(/\/[^/]*$/, `/${r.bigVersion}`);
        const query = op.query.flatMap((q, k) => {
          const v = r.query[k];
          return v === undefined ? [] : [`${encode(q.name)}=${encode(v)}`];
        });
        // A parameter given twice, or one no operation knows, is what a careless client sends too.
        if (r.extraQuery === 'repeat' && query[0]) query.push(query[0].replace(/=.*/, '=2'));
        if (r.extraQuery === 'unknown') query.push('unknown=1', 'limit[]=1', '__proto__=x');
        if (query.length > 0) path += `?${query.join('&')}`;
        const headers: Record<string, string> = { 'x-api-key': apiKey };
        if (r.body.body !== undefined && r.contentType) headers['content-type'] = r.contentType;
        if (r.idempotencyKey !== undefined) headers['idempotency-key'] = r.idempotencyKey;
        if (op.path.startsWith('/webhooks/') && r.signed && typeof r.body.body === 'string') {
          const [tenantId = '', source = ''] = op.pathParams.map(
            (_, k) => (r.segments[k] as { text: string }).text,
          );
          Object.assign(headers, sign(tenantId, source, r.body.body));
          mutations.push('signed');
        }
        return {
          method: op.method,
          path,
          headers,
          ...(r.body.body !== undefined && op.method !== 'GET' && op.method !== 'DELETE'
            ? { body: r.body.body }
            : {}),
          mutations,
        };
      }),
  );
