import { describe, expect, it } from 'vitest';
import {
  type IndexDesign,
  indexWriteUnits,
  itemSize,
  readUnits,
  writeUnits,
} from '../../statemachines/cost/dynamodb-units';

const S = (s: string) => ({ S: s });
const GSI1: IndexDesign = { name: 'gsi1', keys: ['gsi1pk', 'gsi1sk'], projection: 'ALL' };
const TABLE_KEYS = ['pk', 'sk'];

describe('DynamoDB item sizes and units', () => {
  it('GIVEN attributes of each type WHEN sized THEN names and strings count UTF-8 bytes, numbers a byte per two digits and one, lists and maps 3 bytes and 1 per element', () => {
    // 'pk' 2 + 'abc' 3
    expect(itemSize({ pk: S('abc') })).toBe(5);
    // 'é' is 2 UTF-8 bytes
    expect(itemSize({ n: S('é') })).toBe(3);
    // 12345 -> 5 significant digits: 3 + 1; leading and trailing zeros trimmed (0.00120 -> 12)
    expect(itemSize({ n: { N: '12345' } })).toBe(1 + 4);
    expect(itemSize({ n: { N: '0.00120' } })).toBe(1 + 2);
    expect(itemSize({ b: { BOOL: true }, z: { NULL: true } })).toBe(2 + 2);
    // list: 3 + (1 + 1) + (1 + 2); map: 3 + (1 + 'k' 1 + 'v' 1)
    expect(itemSize({ l: { L: [S('a'), S('bc')] } })).toBe(1 + 3 + 2 + 3);
    expect(itemSize({ m: { M: { k: S('v') } } })).toBe(1 + 3 + 3);
    // binary: the raw bytes of its base64 text
    expect(itemSize({ b: { B: Buffer.from('hello').toString('base64') } })).toBe(1 + 5);
  });

  it('GIVEN sizes WHEN billed THEN writes take 1 unit per started KB (2 in a transaction) and reads 1 per started 4 KB, half eventually consistent', () => {
    expect(writeUnits(0)).toBe(1);
    expect(writeUnits(1024)).toBe(1);
    expect(writeUnits(1025)).toBe(2);
    expect(writeUnits(1025, true)).toBe(4);
    expect(readUnits(4096, 'strong')).toBe(1);
    expect(readUnits(4097, 'strong')).toBe(2);
    expect(readUnits(100, 'eventual')).toBe(0.5);
    expect(readUnits(100, 'transactional')).toBe(2);
  });

  it('GIVEN an item entering, changing in and leaving an index WHEN billed THEN 1 write per entry put, rewritten or deleted, 2 when its index key changes, none when it is never in it', () => {
    const base = { pk: S('p'), sk: S('s') };
    const inIndex = { ...base, gsi1pk: S('a'), gsi1sk: S('1') };
    expect(indexWriteUnits(undefined, inIndex, GSI1, TABLE_KEYS)).toBe(1);
    expect(indexWriteUnits(inIndex, { ...inIndex, x: S('y') }, GSI1, TABLE_KEYS)).toBe(1);
    expect(indexWriteUnits(inIndex, { ...inIndex, gsi1sk: S('2') }, GSI1, TABLE_KEYS)).toBe(2);
    expect(indexWriteUnits(inIndex, base, GSI1, TABLE_KEYS)).toBe(1);
    expect(indexWriteUnits(base, { ...base, x: S('y') }, GSI1, TABLE_KEYS)).toBe(0);
    expect(indexWriteUnits(inIndex, inIndex, GSI1, TABLE_KEYS)).toBe(0);
    // An entry over 1 KB bills 2; a KEYS_ONLY entry does not carry the big attribute, nor change with it.
    const big = { ...inIndex, text: S('x'.repeat(1100)) };
    expect(indexWriteUnits(undefined, big, GSI1, TABLE_KEYS)).toBe(2);
    const keysOnly: IndexDesign = { ...GSI1, projection: 'KEYS_ONLY' };
    expect(indexWriteUnits(undefined, big, keysOnly, TABLE_KEYS)).toBe(1);
    expect(indexWriteUnits(big, { ...big, text: S('y') }, keysOnly, TABLE_KEYS)).toBe(0);
  });
});
