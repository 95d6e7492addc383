import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CursorQuery, decodeCursor, encodeCursor } from '../../functions/data/cursors';
import { BadRequestError } from '../../functions/shared/errors';

const LEADS: CursorQuery = {
  IndexName: 'gsi1',
  KeyConditionExpression: 'gsi1pk = :p',
  ExpressionAttributeValues: { ':p': 'T#a#LEADS' },
};
const VERSIONS: CursorQuery = {
  KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :v)',
  ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
  ExpressionAttributeValues: { ':pk': 'T#a#WF#w1', ':v': 'V#' },
};
const PAST_DUE: CursorQuery = {
  IndexName: 'gsi2',
  KeyConditionExpression: 'gsi2pk = :p AND gsi2sk < :today',
  ExpressionAttributeValues: { ':p': 'T#a#INVOICES#UNPAID', ':today': '2026-03-02' },
};

const cursorOf = (t: unknown, k: unknown) => Buffer.from(JSON.stringify({ t, k })).toString('base64url');

describe('page cursors bound to their query (properties)', () => {
  it('GIVEN any string WHEN decoded as a cursor THEN it is either refused with a 400 or a key of that very query', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.base64String(),
          fc.json().map((j) => Buffer.from(j).toString('base64url')),
          fc
            .record({ pk: fc.string(), sk: fc.string(), gsi1pk: fc.string(), gsi1sk: fc.string() })
            .map((k) => cursorOf('a', k)),
        ),
        (text) => {
          try {
            const key = decodeCursor('a', text, LEADS);
            if (key === undefined) return;
            expect(Object.keys(key).sort()).toEqual(['gsi1pk', 'gsi1sk', 'pk', 'sk']);
            expect(key.gsi1pk).toBe('T#a#LEADS');
            expect(String(key.pk).startsWith('T#a#')).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(BadRequestError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('GIVEN any key of the query WHEN encoded and decoded THEN it round-trips for that tenant and query only', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), (id, gsi) => {
        const key = { pk: `T#a#LEAD#${id}`, sk: 'LEAD', gsi1pk: 'T#a#LEADS', gsi1sk: gsi };
        const cursor = encodeCursor('a', key)!;
        expect(decodeCursor('a', cursor, LEADS)).toEqual(key);
        expect(() => decodeCursor('b', cursor, LEADS)).toThrow(BadRequestError);
        expect(() => decodeCursor('a', cursor, VERSIONS)).toThrow(BadRequestError);
        expect(() => decodeCursor('a', cursor, PAST_DUE)).toThrow(BadRequestError);
      }),
    );
  });

  it('GIVEN keys outside the sort condition WHEN decoded THEN refused; keys inside are accepted', () => {
    const version = (sk: string) => cursorOf('a', { pk: 'T#a#WF#w1', sk });
    expect(decodeCursor('a', version('V#0000000003'), VERSIONS)).toEqual({
      pk: 'T#a#WF#w1',
      sk: 'V#0000000003',
    });
    expect(() => decodeCursor('a', version('WF'), VERSIONS)).toThrow(BadRequestError);
    const due = (day: string) =>
      cursorOf('a', { pk: 'T#a#INVOICE#i1', sk: 'INVOICE', gsi2pk: 'T#a#INVOICES#UNPAID', gsi2sk: day });
    expect(decodeCursor('a', due('2026-03-01#i1'), PAST_DUE)).toBeDefined();
    expect(() => decodeCursor('a', due('2026-03-02#i1'), PAST_DUE)).toThrow(BadRequestError);
  });

  it('GIVEN a forged key with the right tenant prefix, a missing index attribute or a number WHEN decoded THEN 400 on query.cursor', () => {
    for (const k of [
      { pk: 'T#a#X', sk: 'Y' },
      { pk: 'T#a#X', sk: 'Y', gsi1pk: 'T#a#LEADS' },
      { pk: 'T#a#X', sk: 'Y', gsi1pk: 'T#a#OTHER', gsi1sk: 'z' },
      { pk: 'T#a#X', sk: 1, gsi1pk: 'T#a#LEADS', gsi1sk: 'z' },
      { pk: 'T#b#X', sk: 'Y', gsi1pk: 'T#a#LEADS', gsi1sk: 'z' },
      { pk: 'T#a#X', sk: 'Y', gsi1pk: 'T#a#LEADS', gsi1sk: 'z', gsi2pk: 'q' },
    ]) {
      try {
        decodeCursor('a', cursorOf('a', k), LEADS);
        throw new Error(`accepted ${JSON.stringify(k)}`);
      } catch (error) {
        expect((error as BadRequestError).details?.[0]?.path).toBe('query.cursor');
      }
    }
  });
});
