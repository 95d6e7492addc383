import { describe, expect, it } from 'vitest';
import { buildUpdate, clampLimit, decodeCursor, encodeCursor, newId } from '../../functions/data/repository';
import { BadRequestError } from '../../functions/shared/errors';

const LEADS = {
  IndexName: 'gsi1',
  KeyConditionExpression: 'gsi1pk = :p',
  ExpressionAttributeValues: { ':p': 'T#a#LEADS' },
};

describe('repository helpers', () => {
  it('GIVEN a last evaluated key WHEN it round-trips through a cursor THEN the same key comes back for the same tenant only', () => {
    const key = { pk: 'T#a#LEAD#1', sk: 'LEAD', gsi1pk: 'T#a#LEADS', gsi1sk: '2026#1' };
    const cursor = encodeCursor('a', key)!;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('a', cursor, LEADS)).toEqual(key);
    expect(() => decodeCursor('b', cursor, LEADS)).toThrow(BadRequestError);
  });

  it('GIVEN garbage or forged cursors WHEN decoded THEN each is refused as a bad request', () => {
    const forged = Buffer.from(JSON.stringify({ t: 'a', k: { pk: 'T#b#LEAD#1', sk: 'LEAD' } })).toString(
      'base64url',
    );
    const extra = Buffer.from(JSON.stringify({ t: 'a', k: { pk: 'T#a#X', secret: 'x' } })).toString(
      'base64url',
    );
    for (const c of ['%%%', 'bm90IGpzb24', forged, extra, Buffer.from('[]').toString('base64url')]) {
      expect(() => decodeCursor('a', c, LEADS)).toThrow(BadRequestError);
    }
    expect(decodeCursor('a', undefined, LEADS)).toBeUndefined();
  });

  it('GIVEN limits out of range WHEN clamped THEN they fall between 1 and the maximum', () => {
    expect(clampLimit(undefined)).toBe(25);
    expect(clampLimit(0)).toBe(1);
    expect(clampLimit(5000)).toBe(100);
    expect(clampLimit(7.9)).toBe(7);
  });

  it('GIVEN a patch WHEN an update is built THEN values are set, nulls removed and undefined ignored', () => {
    const u = buildUpdate({ a: 1, b: null, c: undefined });
    expect(u.expression).toBe('SET #u0 = :u0 REMOVE #u1');
    expect(u.names).toEqual({ '#u0': 'a', '#u1': 'b' });
    expect(u.values).toEqual({ ':u0': 1 });
  });

  it('GIVEN ids made at increasing times WHEN sorted as strings THEN they keep time order', () => {
    const a = newId('ld', new Date('2026-01-01T00:00:00Z'));
    const b = newId('ld', new Date('2026-01-01T00:00:01Z'));
    expect(a < b).toBe(true);
    expect(a).toMatch(/^ld_[0-9A-Z]{26}$/);
  });
});
