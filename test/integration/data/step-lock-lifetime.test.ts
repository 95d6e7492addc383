import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_MARGIN_SECONDS, makeAgentHandler, taskIdempotencyKey } from '../../../functions/agents/runner';
import {
  IdempotencyInProgressError,
  idempotencyKey,
  withIdempotency,
} from '../../../functions/data/idempotency';
import { type Platform, setPlatform } from '../../../functions/shared/platform';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

/** A step's idempotency lock ends when the invocation that holds it can no longer be running (Lambda's timeout). */
describe('step lock lifetime', () => {
  let db: TestDatabase;
  let now = new Date('2026-03-02T08:00:00Z');
  const clock = { now: () => now };
  beforeAll(async () => {
    db = await startTestDatabase();
    setPlatform({ mode: 'aws', db, clock } as unknown as Platform);
  });
  afterAll(async () => {
    setPlatform(undefined);
    await db.close();
  });

  const meta = {
    tenantId: 't1',
    workflowId: 'wf',
    runId: 'run',
    executionId: 'exec-lock',
    stepId: 'note',
    itemIndex: -1,
  };
  const context = (remainingMs: number) => ({ getRemainingTimeInMillis: () => remainingMs }) as Context;

  it('GIVEN an agent invocation with 30 s left that dies mid-step WHEN Step Functions retries after its time is up THEN the retry takes the step over instead of failing as still in progress', async () => {
    let release: () => void = () => {};
    const handler = makeAgentHandler('crm', () => ({
      'crm.addNote': () =>
        new Promise((resolve) => {
          release = () => resolve({ noteId: 'n1', leadId: 'ld_1' });
        }),
    }));
    const payload = { action: 'crm.addNote', input: { leadId: 'ld_1', text: 'hi' }, meta };
    // The first attempt hangs (its sandbox will be killed at its timeout); its lock is held meanwhile.
    void handler(payload, context(30_000));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const key = taskIdempotencyKey('crm.addNote', meta);
    const lock = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: idempotencyKey('t1', key), ConsistentRead: true }),
    );
    const started = Math.floor(now.getTime() / 1000);
    expect(lock.Item?.lockedUntil).toBe(started + 30 + LOCK_MARGIN_SECONDS);

    const retry = () => withIdempotency(db, { tenantId: 't1', key, clock }, async () => 'retried');
    await expect(retry()).rejects.toBeInstanceOf(IdempotencyInProgressError);
    now = new Date(now.getTime() + (30 + LOCK_MARGIN_SECONDS + 1) * 1000);
    expect(await retry()).toBe('retried');
    release();
  });
});
