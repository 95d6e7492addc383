import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyInProgressError, withIdempotency } from '../../../functions/data/idempotency';
import type { Clock, Database } from '../../../functions/shared/ports';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

describe('withIdempotency', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('GIVEN a completed key WHEN the work is retried THEN the stored result is returned and the work does not run again', async () => {
    let runs = 0;
    const work = async () => {
      runs++;
      return { sent: runs };
    };
    const first = await withIdempotency(db, { tenantId: 't1', key: 'k1' }, work);
    let replayed = false;
    const second = await withIdempotency(
      db,
      { tenantId: 't1', key: 'k1', onReplay: () => (replayed = true) },
      work,
    );
    expect(first).toEqual({ sent: 1 });
    expect(second).toEqual({ sent: 1 });
    expect(runs).toBe(1);
    expect(replayed).toBe(true);
  });

  it('GIVEN the same key in another tenant WHEN the work runs THEN it is a different unit of work', async () => {
    let runs = 0;
    await withIdempotency(db, { tenantId: 'ta', key: 'shared' }, async () => ++runs);
    await withIdempotency(db, { tenantId: 'tb', key: 'shared' }, async () => ++runs);
    expect(runs).toBe(2);
  });

  it('GIVEN an attempt in progress WHEN a duplicate arrives THEN it gets a retriable in-progress error', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = withIdempotency(db, { tenantId: 't1', key: 'slow' }, async () => {
      await gate;
      return 'done';
    });
    await new Promise((r) => setTimeout(r, 20));
    const duplicate = await withIdempotency(db, { tenantId: 't1', key: 'slow' }, async () => 'twice').catch(
      (e: unknown) => e,
    );
    expect(duplicate).toBeInstanceOf(IdempotencyInProgressError);
    expect((duplicate as Error).name).toBe('RetriableError');
    release();
    expect(await first).toBe('done');
  });

  it('GIVEN a failed attempt WHEN the work is retried THEN it runs again', async () => {
    let runs = 0;
    const flaky = async () => {
      runs++;
      if (runs === 1) throw new Error('boom');
      return 'ok';
    };
    await expect(withIdempotency(db, { tenantId: 't1', key: 'flaky' }, flaky)).rejects.toThrow('boom');
    expect(await withIdempotency(db, { tenantId: 't1', key: 'flaky' }, flaky)).toBe('ok');
    expect(runs).toBe(2);
  });

  it('GIVEN an attempt that crashed holding the key WHEN its lock has expired THEN a retry takes over', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const clock: Clock = { now: () => now };
    const crashed = withIdempotency(
      db,
      { tenantId: 't1', key: 'crash', clock, lockSeconds: 60 },
      () => new Promise(() => {}),
    );
    void crashed;
    await new Promise((r) => setTimeout(r, 20));
    await expect(
      withIdempotency(db, { tenantId: 't1', key: 'crash', clock, lockSeconds: 60 }, async () => 'x'),
    ).rejects.toBeInstanceOf(IdempotencyInProgressError);
    now = new Date('2026-01-01T00:02:00Z');
    expect(
      await withIdempotency(
        db,
        { tenantId: 't1', key: 'crash', clock, lockSeconds: 60 },
        async () => 'taken over',
      ),
    ).toBe('taken over');
  });

  it('GIVEN 10 concurrent duplicates WHEN they race THEN the work runs exactly once and the others replay its result or are told to retry', async () => {
    let runs = 0;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        withIdempotency(db, { tenantId: 't1', key: 'race' }, async () => {
          runs++;
          await new Promise((r) => setTimeout(r, 30));
          return 'once';
        }),
      ),
    );
    expect(runs).toBe(1);
    for (const o of outcomes) {
      if (o.status === 'fulfilled') expect(o.value).toBe('once');
      else expect(o.reason).toBeInstanceOf(IdempotencyInProgressError);
    }
  });

  it('GIVEN work that succeeded WHEN storing its result fails THEN the result is still returned and the work is not reported as failed', async () => {
    // A thrown error here would make Step Functions retry a step whose effect already happened: the retry finds
    // the key still claimed and fails the run, or redoes the effect once the lock expires.
    const storeFails: Database = {
      tableName: db.tableName,
      doc: {
        send: (command: { constructor: { name: string } }) =>
          command.constructor.name === 'UpdateCommand'
            ? Promise.reject(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }))
            : db.doc.send(command as never),
      } as unknown as Database['doc'],
    };
    let runs = 0;
    let notStored: unknown;
    const result = await withIdempotency(
      storeFails,
      { tenantId: 't1', key: 'store-fails', onResultNotStored: (error) => (notStored = error) },
      async () => {
        runs++;
        return 'sent';
      },
    );
    expect(result).toBe('sent');
    expect(runs).toBe(1);
    expect((notStored as Error).name).toBe('ThrottlingException');
  });
});
