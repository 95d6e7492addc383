import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../functions/data/repository';
import { BadRequestError } from '../../functions/shared/errors';

describe('cursor decoding (properties)', () => {
  it('GIVEN any string WHEN decoded as a cursor THEN it is either refused with a 400 or a key inside the tenant', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.base64String(),
          fc.json().map((j) => Buffer.from(j).toString('base64url')),
        ),
        (text) => {
          try {
            const key = decodeCursor('a', text);
            if (key === undefined) return;
            expect(Object.keys(key)).toEqual(expect.arrayContaining(['pk', 'sk']));
            for (const [name, value] of Object.entries(key)) {
              expect(typeof value).toBe('string');
              if (name.endsWith('pk')) expect(String(value).startsWith('T#a#')).toBe(true);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(BadRequestError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('GIVEN any tenant key WHEN encoded and decoded THEN it round-trips for that tenant only', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), fc.string(), (id, sk, gsi) => {
        const key = { pk: `T#a#LEAD#${id}`, sk, gsi1pk: 'T#a#LEADS', gsi1sk: gsi };
        const cursor = encodeCursor('a', key)!;
        expect(decodeCursor('a', cursor)).toEqual(key);
        expect(() => decodeCursor('b', cursor)).toThrow(BadRequestError);
      }),
    );
  });
});
