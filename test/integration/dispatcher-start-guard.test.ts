import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunRepository } from '../../functions/data/runs';
import { createSubscriptionStore } from '../../functions/data/subscriptions';
import { createDispatcher, executionNameFor } from '../../functions/dispatcher/dispatcher';
import {
  createStartGuard,
  runRecorded,
  START_GUARD_LEASE_SECONDS,
} from '../../functions/dispatcher/start-guard';
import { createCachedSubscriptionIndex } from '../../functions/dispatcher/subscription-cache';
import type { Clock } from '../../functions/shared/ports';
import { LOCAL_TABLE } from '../../infra/local/local-table';
import { releaseDeadClaims, settleStartClaims } from '../../infra/local/recovery';
import { recordingDatabase, type SentCommand } from '../support/counting-database';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';
import { FakeEngine, machineArn, subscription } from '../support/routing';

/** The dispatcher's Express start guard as deployed: a started claim is told by its run record, not by a mark. */

let db: TestDatabase;
let nowMs = Date.parse('2026-11-25T10:00:00Z');
const clock: Clock = { now: () => new Date(nowMs) };

beforeAll(async () => {
  db = await startTestDatabase({ tableName: LOCAL_TABLE });
});
afterAll(async () => {
  await db.close();
});

const guardOf = (database = db as Parameters<typeof runRecorded>[0]) =>
  createStartGuard({ db: database, clock, runStarted: runRecorded(database) });

/** What "Start run" writes first in the execution of that name. */
const recordRun = (tenantId: string, runId: string) =>
  createRunRepository({ db, clock }).create(tenantId, {
    runId,
    workflowId: 'wf-guard',
    workflowName: 'Guarded',
    version: 1,
    executionId: `arn:aws:states:us-east-1:123456789012:express:m:${runId}:1`,
    triggerType: 'event',
    dryRun: false,
    autoMode: true,
    startedAt: clock.now().toISOString(),
  });

describe('Express start guard told by the run record', () => {
  it('GIVEN an event that matches an Express workflow WHEN the dispatcher starts it THEN the guard is one conditional put and no started mark is written', async () => {
    const tenantId = 'guard-shape';
    await createSubscriptionStore({ db, clock }).upsert(
      subscription(tenantId, 'lead.created', 'wf-x', undefined, 'EXPRESS'),
    );
    const engine = new FakeEngine(new Set([machineArn(tenantId, 'wf-x')]));
    const sent: SentCommand[] = [];
    const recording = recordingDatabase(db, sent);
    const dispatcher = createDispatcher({
      subscriptions: createCachedSubscriptionIndex(createSubscriptionStore({ db, clock })),
      engine,
      expressGuard: guardOf(recording),
    });
    const result = await dispatcher.dispatch({
      id: 'evt-shape',
      source: 'dynaris.lead',
      detailType: 'lead.created',
      time: clock.now().toISOString(),
      detail: { tenantId, lead: { id: 'ld_1' } },
    });
    expect(result.runs).toHaveLength(1);
    expect(sent.map((c) => c.name)).toStrictEqual(['PutCommand']);
    expect(sent[0]?.input.ConditionExpression).toBe('attribute_not_exists(#pk)');
    expect(engine.calls).toHaveLength(1);
  });

  it('GIVEN a start whose execution recorded its run WHEN the event comes again, before and after the lease THEN it is already started and nothing is claimed again', async () => {
    const guard = guardOf();
    expect(await guard.claim('guard-dup', 'exec-dup')).toBe('claimed');
    await guard.markStarted('guard-dup', 'exec-dup', 'arn:ignored');
    await recordRun('guard-dup', 'exec-dup');
    expect(await guard.claim('guard-dup', 'exec-dup')).toBe('alreadyStarted');
    nowMs += (START_GUARD_LEASE_SECONDS + 5) * 1000;
    expect(await guard.claim('guard-dup', 'exec-dup')).toBe('alreadyStarted');
  });

  it('GIVEN a claim whose execution never recorded its run WHEN the event comes again THEN it is in progress within the lease and taken over once after it', async () => {
    const guard = guardOf();
    expect(await guard.claim('guard-dead', 'exec-dead')).toBe('claimed');
    expect(await guard.claim('guard-dead', 'exec-dead')).toBe('inProgress');
    nowMs += (START_GUARD_LEASE_SECONDS + 5) * 1000;
    const racing = await Promise.all([
      guard.claim('guard-dead', 'exec-dead'),
      guard.claim('guard-dead', 'exec-dead'),
    ]);
    expect(racing.sort()).toStrictEqual(['claimed', 'inProgress']);
    expect(await guard.claim('guard-dead', 'exec-dead')).toBe('inProgress');
  });

  it('GIVEN a failed start that released its claim WHEN the event comes again THEN it is claimed again at once', async () => {
    const guard = guardOf();
    expect(await guard.claim('guard-rel', 'exec-rel')).toBe('claimed');
    await guard.release('guard-rel', 'exec-rel');
    expect(await guard.claim('guard-rel', 'exec-rel')).toBe('claimed');
  });

  it('GIVEN the dispatcher and a duplicated event WHEN the first start recorded its run THEN the workflow has one execution', async () => {
    const tenantId = 'guard-dispatch';
    await createSubscriptionStore({ db, clock }).upsert(
      subscription(tenantId, 'lead.created', 'wf-y', undefined, 'EXPRESS'),
    );
    const engine = new FakeEngine(new Set([machineArn(tenantId, 'wf-y')]));
    const dispatcher = createDispatcher({
      subscriptions: createCachedSubscriptionIndex(createSubscriptionStore({ db, clock })),
      engine,
      expressGuard: guardOf(),
    });
    const event = {
      id: 'evt-dup-run',
      source: 'dynaris.lead',
      detailType: 'lead.created',
      time: clock.now().toISOString(),
      detail: { tenantId, lead: { id: 'ld_2' } },
    };
    await dispatcher.dispatch(event);
    await recordRun(tenantId, executionNameFor(event.id, 'wf-y'));
    const again = await dispatcher.dispatch(event);
    expect(again.runs.every((r) => r.alreadyStarted)).toBe(true);
    expect(engine.calls).toHaveLength(1);
  });

  it('GIVEN a local runtime that stopped with two Express start claims, one whose run was recorded WHEN it starts again THEN only the claim without a run is given back', async () => {
    const guard = guardOf();
    await guard.claim('guard-restart', 'exec-started');
    await recordRun('guard-restart', 'exec-started');
    await guard.claim('guard-restart', 'exec-never');
    await releaseDeadClaims(db.client);
    await settleStartClaims(db.client, new Set(), Math.floor(nowMs / 1000));
    // Kept: claimed again it is already started. Given back: claimed again at once (no lease to wait out).
    expect(await guard.claim('guard-restart', 'exec-started')).toBe('alreadyStarted');
    expect(await guard.claim('guard-restart', 'exec-never')).toBe('claimed');
  });

  it('GIVEN a claim without a run whose execution the start journal ran again after a stop longer than the lease WHEN the event is delivered again THEN the start is in progress, not taken over, until its run is recorded', async () => {
    const guard = guardOf();
    await guard.claim('guard-journal', 'exec-again');
    nowMs += (START_GUARD_LEASE_SECONDS + 30) * 1000;
    await releaseDeadClaims(db.client);
    const settled = await settleStartClaims(db.client, new Set(['exec-again']), Math.floor(nowMs / 1000));
    expect(settled.renewed).toBe(1);
    expect(await guard.claim('guard-journal', 'exec-again')).toBe('inProgress');
    await recordRun('guard-journal', 'exec-again');
    expect(await guard.claim('guard-journal', 'exec-again')).toBe('alreadyStarted');
  });
});
