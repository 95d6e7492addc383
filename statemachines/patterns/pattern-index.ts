import { matchNested, matchValue } from './match';
import { type EventPattern, isLeaf, isPlainObject, nestDottedKeys } from './shape';

/**
 * Many patterns against one event without testing every pattern: each pattern is filed, when it is added, under
 * one of its fields that must hold a certain value for it to match (a probe), and an event only tests the patterns
 * whose probe its own values satisfy. The answer is exactly matchPattern's: the index only narrows the candidates
 * (a superset of the matches, never fewer), then every candidate is matched in full.
 *
 * A probe is a field path and one matcher of that field's list. A pattern that matches has, for every field it
 * requires (outside `$or`, at any depth), some leaf value at that path that one of the field's matchers accepts; for
 * `$or`, one alternative's required field does. So one required field, or the union of one per alternative, is a
 * set of probes of which one holds whenever the pattern matches. The event side is a superset too: the leaf values
 * at a path are collected through every array element, ignoring array consistency. Exact values are looked up in
 * a hash; operators (prefix, numeric, anything-but, …) are evaluated once per distinct matcher, with matchValue;
 * `exists: true` holds when the path has any leaf value. A pattern with no such field (`{}`, only `exists: false`)
 * is tested against every event.
 */

interface Probe {
  readonly path: readonly string[];
  readonly matcher: unknown;
}

type ProbeKind = 'exact' | 'present' | 'operator';

const kindOf = (matcher: unknown): ProbeKind | undefined => {
  if (isPlainObject(matcher) && 'exists' in matcher) return matcher.exists === true ? 'present' : undefined;
  return isLeaf(matcher) ? 'exact' : 'operator';
};

/** Exact matching compares type and value (matchValue's exactEquals): the key keeps both. */
const valueKey = (value: unknown): string =>
  typeof value === 'string'
    ? `s:${value}`
    : typeof value === 'number'
      ? `n:${String(value)}`
      : `${typeof value}:${String(value)}`;

const COST: Record<ProbeKind, number> = { exact: 1, operator: 3, present: 6 };
const costOf = (probes: readonly Probe[]): number =>
  probes.reduce((sum, p) => sum + COST[kindOf(p.matcher) ?? 'present'], 0);

const cheapest = (options: readonly (readonly Probe[])[]): readonly Probe[] | undefined => {
  let best: readonly Probe[] | undefined;
  for (const option of options) if (!best || costOf(option) < costOf(best)) best = option;
  return best;
};

/** Every set of probes of which one holds whenever the (nested) pattern matches an object at `path`. */
const requiredOptions = (pattern: Record<string, unknown>, path: readonly string[]): Probe[][] => {
  const options: Probe[][] = [];
  for (const [key, expected] of Object.entries(pattern)) {
    if (key === '$or' && Array.isArray(expected)) {
      const union: Probe[] = [];
      const alternatives = expected.filter(isPlainObject);
      const each = alternatives.map((alt) => cheapest(requiredOptions(alt, path)));
      if (alternatives.length === 0 || each.some((o) => o === undefined)) continue;
      for (const option of each) union.push(...(option ?? []));
      options.push(union);
    } else if (Array.isArray(expected)) {
      const field = [...path, key];
      if (expected.length === 0 || expected.some((m) => kindOf(m) === undefined)) continue;
      options.push(expected.map((matcher) => ({ path: field, matcher })));
    } else if (isPlainObject(expected)) {
      options.push(...requiredOptions(expected, [...path, key]));
    }
  }
  return options;
};

class Node {
  readonly children = new Map<string, Node>();
  readonly exact = new Map<string, Set<string>>();
  readonly operators = new Map<string, { readonly matcher: unknown; readonly ids: Set<string> }>();
  readonly present = new Set<string>();

  get probed(): boolean {
    return this.exact.size > 0 || this.operators.size > 0 || this.present.size > 0;
  }
}

interface Entry<T> {
  readonly rank: number;
  readonly pattern: EventPattern;
  readonly value: T;
  readonly probes: readonly Probe[];
}

export interface IndexMatch<T> {
  /** The values whose pattern matches, in the order they were added. */
  readonly matches: T[];
  /** Patterns matched in full (the rest were ruled out by the index). */
  readonly tested: number;
}

export class PatternIndex<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #unindexed = new Set<string>();
  readonly #root = new Node();
  #added = 0;

  get size(): number {
    return this.#entries.size;
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  keys(): IterableIterator<string> {
    return this.#entries.keys();
  }

  /** Adds or replaces the pattern filed under `id`. */
  set(id: string, pattern: EventPattern, value: T): this {
    this.delete(id);
    const nested = nestDottedKeys(pattern, 'pattern') as EventPattern;
    const probes = cheapest(requiredOptions(nested, [])) ?? [];
    this.#entries.set(id, { rank: this.#added++, pattern: nested, value, probes });
    if (probes.length === 0) this.#unindexed.add(id);
    for (const probe of probes) {
      const node = this.#node(probe.path, true) as Node;
      const kind = kindOf(probe.matcher);
      if (kind === 'present') node.present.add(id);
      else if (kind === 'exact') bucket(node.exact, valueKey(probe.matcher)).add(id);
      else {
        const key = JSON.stringify(probe.matcher);
        const group = node.operators.get(key) ?? { matcher: probe.matcher, ids: new Set<string>() };
        group.ids.add(id);
        node.operators.set(key, group);
      }
    }
    return this;
  }

  delete(id: string): boolean {
    const entry = this.#entries.get(id);
    if (!entry) return false;
    this.#entries.delete(id);
    this.#unindexed.delete(id);
    for (const probe of entry.probes) {
      const node = this.#node(probe.path, false);
      if (!node) continue;
      const kind = kindOf(probe.matcher);
      if (kind === 'present') node.present.delete(id);
      else if (kind === 'exact') unfile(node.exact, valueKey(probe.matcher), id);
      else {
        const key = JSON.stringify(probe.matcher);
        node.operators.get(key)?.ids.delete(id);
        if (node.operators.get(key)?.ids.size === 0) node.operators.delete(key);
      }
    }
    return true;
  }

  /** The values whose pattern matches `event` (any JSON; usually the EventBridge envelope). */
  match(event: unknown): IndexMatch<T> {
    const prepared = nestDottedKeys(event, 'event');
    const leaves = new Map<Node, unknown[]>();
    collectLeaves(this.#root, prepared, leaves);
    const candidates = new Set(this.#unindexed);
    for (const [node, values] of leaves) {
      for (const id of node.present) candidates.add(id);
      for (const value of values) for (const id of node.exact.get(valueKey(value)) ?? []) candidates.add(id);
      for (const { matcher, ids } of node.operators.values()) {
        if (values.some((v) => matchValue(matcher, v))) for (const id of ids) candidates.add(id);
      }
    }
    const matched: Entry<T>[] = [];
    for (const id of candidates) {
      const entry = this.#entries.get(id);
      if (entry && matchNested(entry.pattern, prepared)) matched.push(entry);
    }
    matched.sort((a, b) => a.rank - b.rank);
    return { matches: matched.map((e) => e.value), tested: candidates.size };
  }

  #node(path: readonly string[], create: boolean): Node | undefined {
    let node = this.#root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (!child) {
        if (!create) return undefined;
        child = new Node();
        node.children.set(segment, child);
      }
      node = child;
    }
    return node;
  }
}

const bucket = (map: Map<string, Set<string>>, key: string): Set<string> => {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
};

const unfile = (map: Map<string, Set<string>>, key: string, id: string): void => {
  const set = map.get(key);
  set?.delete(id);
  if (set?.size === 0) map.delete(key);
};

/** The leaf values of `value` at every probed path, through arrays (flattened) and objects. */
const collectLeaves = (node: Node, value: unknown, out: Map<Node, unknown[]>): void => {
  if (Array.isArray(value)) {
    for (const element of value) collectLeaves(node, element, out);
  } else if (isPlainObject(value)) {
    for (const [key, child] of node.children)
      if (Object.hasOwn(value, key)) collectLeaves(child, value[key], out);
  } else if (isLeaf(value) && node.probed) {
    const list = out.get(node);
    if (list) list.push(value);
    else out.set(node, [value]);
  }
};
