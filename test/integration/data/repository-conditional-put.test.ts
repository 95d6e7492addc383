import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absentOrExpired, putIf, readItem } from '../../../functions/data/repository';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

describe('conditional puts', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('GIVEN no item WHEN put if absent or expired THEN it is written; an unexpired one is kept and the put answers false', async () => {
    const key = { pk: 'T#t1#CLAIM#a', sk: 'CLAIM' };
    expect(await putIf(db, { ...key, owner: 'first', ttl: 2_000 }, absentOrExpired(1_000))).toBe(true);
    expect(await putIf(db, { ...key, owner: 'second', ttl: 3_000 }, absentOrExpired(1_500))).toBe(false);
    expect(await readItem(db, key)).toMatchObject({ owner: 'first' });
  });

  it('GIVEN an item past its TTL that DynamoDB has not swept yet WHEN put if absent or expired THEN it is replaced', async () => {
    const key = { pk: 'T#t1#CLAIM#b', sk: 'CLAIM' };
    await putIf(db, { ...key, owner: 'old', ttl: 1_000 }, absentOrExpired(500));
    expect(await putIf(db, { ...key, owner: 'new', ttl: 5_000 }, absentOrExpired(1_001))).toBe(true);
    expect(await readItem(db, key)).toMatchObject({ owner: 'new' });
  });

  it('GIVEN a condition with names and values WHEN it fails THEN false; a malformed condition is an error, not false', async () => {
    const key = { pk: 'T#t1#CLAIM#c', sk: 'CLAIM' };
    await putIf(db, { ...key, status: 'started' }, { expression: 'attribute_not_exists(pk)' });
    const unlessStarted = { expression: '#s <> :s', names: { '#s': 'status' }, values: { ':s': 'started' } };
    expect(await putIf(db, { ...key, status: 'pending' }, unlessStarted)).toBe(false);
    await expect(putIf(db, { ...key }, { expression: '#missing = :x' })).rejects.toThrow();
  });
});
