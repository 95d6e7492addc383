/**
 * DynamoDB's capacity unit rules (on-demand request units bill the same way), the one place the cost model and the
 * local runtime's meter (infra/local/dynalite/meter.ts) read them from:
 * - item size: attribute names and values, strings and names as UTF-8 bytes, a number ~1 byte per two significant
 *   digits + 1, binary its raw bytes, null/boolean 1, a list or map 3 bytes + 1 per element (a map's element with
 *   its name) (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html);
 * - a write: 1 unit per started KB of the larger of the item before and after (a delete: the item deleted; a failed
 *   conditional write still 1 unit minimum), 2 in a transaction; a read: 1 unit per started 4 KB strongly consistent,
 *   half eventually consistent, 2 transactional; a Query or Scan sums the sizes of the items it reads before rounding,
 *   BatchGetItem rounds each item (read-write-operations.html, https://aws.amazon.com/dynamodb/pricing/on-demand/);
 * - a global secondary index entry bills its own write units by the size of the entry (index keys, table keys and
 *   projected attributes; with ALL projected, the item): 1 write when the item enters or leaves the index or a
 *   projected attribute changes, 2 when an index key changes (delete and put), none when the item is in the index
 *   neither before nor after (GSI.html, "Provisioned throughput considerations for global secondary indexes").
 *   A transaction's changes reach its indexes after it completes (transaction-apis.html): index writes bill as
 *   standard writes.
 */

/** An item in DynamoDB's JSON (`{ "S": "…" }`, `{ "N": "…" }`, `{ "M": {…} }`, …). */
export type WireItem = Readonly<Record<string, unknown>>;

const encoder = new TextEncoder();
const utf8 = (s: string): number => encoder.encode(s).length;
/** Raw bytes of a base64 text. */
const base64Bytes = (s: string): number =>
  Math.floor((s.length * 3) / 4) - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);

/** ~1 byte per two significant digits, and 1 (leading and trailing zeros, sign, point and exponent not counted). */
const numberSize = (text: string): number => {
  let mantissa = text;
  const e = Math.max(mantissa.indexOf('e'), mantissa.indexOf('E'));
  if (e >= 0) mantissa = mantissa.slice(0, e);
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = 0; i < mantissa.length; i++) {
    const c = mantissa[i] as string;
    if (c < '0' || c > '9') continue;
    count += 1;
    if (c !== '0') {
      if (first < 0) first = count;
      last = count;
    }
  }
  const digits = first < 0 ? 0 : last - first + 1;
  return digits === 0 ? 1 : Math.ceil(digits / 2) + 1;
};

const valueSize = (value: unknown): number => {
  if (value === null || typeof value !== 'object') return 0;
  const [type, v] = Object.entries(value)[0] ?? [];
  switch (type) {
    case 'S':
      return utf8(String(v));
    case 'N':
      return numberSize(String(v));
    case 'B':
      return base64Bytes(String(v));
    case 'BOOL':
    case 'NULL':
      return 1;
    case 'SS':
      return (v as string[]).reduce((n, s) => n + utf8(s), 0);
    case 'NS':
      return (v as string[]).reduce((n, s) => n + numberSize(s), 0);
    case 'BS':
      return (v as string[]).reduce((n, s) => n + base64Bytes(s), 0);
    case 'L':
      return 3 + (v as unknown[]).reduce<number>((n, e) => n + 1 + valueSize(e), 0);
    case 'M':
      return (
        3 +
        Object.entries(v as Record<string, unknown>).reduce((n, [k, e]) => n + 1 + utf8(k) + valueSize(e), 0)
      );
    default:
      return 0;
  }
};

/** An item's size in bytes as DynamoDB counts it for capacity. */
export const itemSize = (item: WireItem): number =>
  Object.entries(item).reduce((n, [name, value]) => n + utf8(name) + valueSize(value), 0);

const KB = 1024;

/** Write units of one item write of `bytes` (the larger of before and after): 1 per started KB, at least 1. */
export const writeUnits = (bytes: number, transactional = false): number =>
  Math.max(1, Math.ceil(bytes / KB)) * (transactional ? 2 : 1);

export type ReadConsistency = 'eventual' | 'strong' | 'transactional';

/** Read units of reading `bytes` (one item, or a Query's items summed): 1 per started 4 KB strongly consistent. */
export const readUnits = (bytes: number, consistency: ReadConsistency): number =>
  Math.max(1, Math.ceil(bytes / (4 * KB))) *
  (consistency === 'eventual' ? 0.5 : consistency === 'transactional' ? 2 : 1);

export interface IndexDesign {
  readonly name: string;
  /** The index's key attributes (partition, then sort). */
  readonly keys: readonly string[];
  readonly projection: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  readonly nonKeyAttributes?: readonly string[];
}

/** The index entry of `item` (undefined when the item lacks one of the index's keys: not in the index). */
export const indexEntry = (
  item: WireItem | undefined,
  index: IndexDesign,
  tableKeys: readonly string[],
): WireItem | undefined => {
  if (!item || index.keys.some((k) => item[k] === undefined)) return undefined;
  if (index.projection === 'ALL') return item;
  const names = new Set([...tableKeys, ...index.keys, ...(index.nonKeyAttributes ?? [])]);
  return Object.fromEntries(Object.entries(item).filter(([k]) => names.has(k)));
};

const sameValue = (a: WireItem, b: WireItem): boolean => {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
};

/** Write units one index bills for an item going from `before` to `after` (either undefined: absent). */
export const indexWriteUnits = (
  before: WireItem | undefined,
  after: WireItem | undefined,
  index: IndexDesign,
  tableKeys: readonly string[],
): number => {
  const was = indexEntry(before, index, tableKeys);
  const is = indexEntry(after, index, tableKeys);
  if (!was && !is) return 0;
  if (!was && is) return writeUnits(itemSize(is));
  if (was && !is) return writeUnits(itemSize(was));
  const w = was as WireItem;
  const n = is as WireItem;
  if (index.keys.some((k) => JSON.stringify(w[k]) !== JSON.stringify(n[k])))
    return writeUnits(itemSize(w)) + writeUnits(itemSize(n));
  if (sameValue(w, n)) return 0;
  return writeUnits(Math.max(itemSize(w), itemSize(n)));
};
