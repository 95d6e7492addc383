import { DeleteItemCommand, type DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { batchGetAll } from '../../functions/data/repository';
import { type RunRepository, runKey, toRun } from '../../functions/data/runs';
import { createStartGuard } from '../../functions/dispatcher/start-guard';
import type { EngineEvent, LocalEngine } from '../../functions/engine/local-engine';
import type { Clock, Database, ProvisionerPort } from '../../functions/shared/ports';
import type { LocalBus } from './bus';
import { consumedWaitsOf, resumingConsumedWaits } from './consumed-waits';
import { LOCAL_TABLE, scanAll } from './local-table';
import type { ExecutionSnapshots } from './snapshots';
import type { JournalEntry, StartJournal } from './start-journal';

export { rememberingStarts } from './remembering-starts';
/**
 * What a start finds from an earlier one (a persisted --data-dir; nothing on a fresh start): state machines,
 * subscriptions' targets and schedules live in this process, so they are rebuilt from the saved workflows.
 * Returns the tenants that have workflows.
 */
export const reprovisionSavedWorkflows = async (
  dynamodb: DynamoDBClient,
  provisioner: ProvisionerPort,
): Promise<Set<string>> => {
  const saved = await scanAll(dynamodb, {
    FilterExpression: '#t = :w',
    ExpressionAttributeNames: { '#t': 'type' },
    ExpressionAttributeValues: { ':w': { S: 'workflow' } },
  });
  const tenants = new Set<string>();
  for (const item of saved) {
    const { tenantId: t, workflowId: w } = item as { tenantId?: string; workflowId?: string };
    if (t && w) await provisioner.requestProvision(t, w);
    if (typeof item.tenantId === 'string') tenants.add(item.tenantId);
  }
  return tenants;
};

interface OrphanedRun {
  readonly tenantId: string;
  readonly runId: string;
  readonly status: string;
  readonly eventId: string | undefined;
}

/**
 * Whether this run's execution leaves nothing to recover: it runs (resumed), or it succeeded (an Express run
 * waiting for its approval before it starts ended that way). One that failed, timed out or was aborted (stored with
 * --data-dir) while its run is still recorded in progress ended as the process was killed, before its run closed.
 */
const stillRunning = (engine: LocalEngine, executionId: unknown): boolean => {
  if (typeof executionId !== 'string') return false;
  const status = engine.inspectExecution(executionId)?.status;
  return status === 'RUNNING' || status === 'SUCCEEDED';
};

/** Runs recorded as in progress whose execution is not running (the process was killed). */
export const findOrphanedRuns = async (
  dynamodb: DynamoDBClient,
  engine: LocalEngine,
): Promise<OrphanedRun[]> => {
  const found = await scanAll(dynamodb, {
    FilterExpression: '#t = :r AND #s IN (:running, :waiting)',
    ExpressionAttributeNames: { '#t': 'type', '#s': 'status' },
    ExpressionAttributeValues: {
      ':r': { S: 'run' },
      ':running': { S: 'running' },
      ':waiting': { S: 'waiting_approval' },
    },
  });
  const orphans: OrphanedRun[] = [];
  for (const item of found) {
    const { tenantId, runId, status, eventId } = item as Record<string, unknown>;
    if (typeof tenantId !== 'string' || typeof runId !== 'string') continue;
    // A reopened run's execution id may hold its ids as tokens (functions/data/run-item.ts).
    const { executionId } = toRun(tenantId, item);
    // inspectExecution, not describeExecution: Express ARNs are refused by the latter, as on AWS.
    if (stillRunning(engine, executionId)) continue;
    orphans.push({
      tenantId,
      runId,
      status: String(status),
      eventId: typeof eventId === 'string' ? eventId : undefined,
    });
  }
  return orphans;
};

/**
 * Runs that were in progress but could not be resumed (no snapshot, no event to start them again): say so on their
 * records instead of leaving them "running" forever.
 */
export const failOrphanedRuns = async (deps: {
  orphans: readonly OrphanedRun[];
  engine: LocalEngine;
  runs: RunRepository;
  clock: Clock;
  say: (line: string) => void;
}): Promise<void> => {
  const { engine, runs, clock, say } = deps;
  // A run's id is its execution's name: an orphan started again by its redelivered event runs under that name.
  const runningByName = new Set(engine.listExecutions({ status: 'RUNNING' }).map((e) => e.name));
  for (const orphan of deps.orphans) {
    const run = await runs.get(orphan.tenantId, orphan.runId);
    if (!run || !['running', 'waiting_approval'].includes(run.status)) continue;
    if (stillRunning(engine, run.executionId)) continue;
    // Started again under its name (an Express one with an ARN of its own, which its finish records).
    if (runningByName.has(orphan.runId)) continue;
    const ended = engine.inspectExecution(run.executionId)?.error;
    await runs.transition(orphan.tenantId, orphan.runId, 'failed', {
      error: ended
        ? { error: ended.error, cause: ended.cause ?? '', stepId: null }
        : {
            error: 'LocalRuntimeRestarted',
            cause:
              'The local runtime stopped while this run was in progress; runs in progress do not resume after a restart',
            stepId: null,
          },
      endedAt: clock.now().toISOString(),
    });
    say(`! run ${orphan.runId} (${orphan.tenantId}) was in progress when the runtime stopped: marked failed`);
  }
};

/**
 * Claims a process holds while it works: a step's idempotency lock, an email's send (its tracking record), an
 * Idempotency-Key request, an Express start.
 */
const CLAIMS = [
  { type: 'idempotency', status: 'IN_PROGRESS', owner: 'attemptId' },
  { type: 'emailTracking', status: 'sending', owner: 'attemptId' },
  { type: 'requestKey', status: 'IN_PROGRESS', owner: 'attemptId' },
] as const;

/**
 * The dispatcher's Express start claims whose execution never recorded its run: a claim with a run is a start that
 * happened (the dispatcher tells a started claim by its run record, it writes no `started` mark), so it stays.
 */
const startsWithoutRun = async (dynamodb: DynamoDBClient, claims: Record<string, unknown>[]) => {
  const keyOf = (c: Record<string, unknown>) => runKey(String(c.tenantId), String(c.executionName));
  const runs = await batchGetAll(
    { doc: DynamoDBDocumentClient.from(dynamodb), tableName: LOCAL_TABLE },
    claims.map(keyOf),
  );
  const started = new Set(runs.map((r) => r.pk));
  return claims.filter((c) => !started.has(keyOf(c).pk));
};

/**
 * Gives back every claim found at start. One runtime owns a data dir (DynamoDB's files are locked), and at start it
 * has not begun any work, so each claim belongs to the process that stopped: its holder is dead. A step's (or an
 * email's) claim is kept with its lock run out, so the attempt that takes it over knows an earlier one may already have acted (and the
 * run's log says so); the others are deleted. A released step runs again when its run resumes; what it had already
 * done is found again (a stored result, a tracked email, the outbox's idempotency header, the Idempotency-Key an
 * http.request carries). Returns how many were released.
 */
export const releaseDeadClaims = async (dynamodb: DynamoDBClient): Promise<number> => {
  let released = 0;
  for (const claim of CLAIMS) {
    const found = await scanAll(dynamodb, {
      FilterExpression: '#t = :type AND #s = :status',
      ExpressionAttributeNames: { '#t': 'type', '#s': 'status' },
      ExpressionAttributeValues: { ':type': { S: claim.type }, ':status': { S: claim.status } },
    });
    for (const item of found) {
      const owner = item[claim.owner];
      if (typeof item.pk !== 'string' || typeof item.sk !== 'string' || owner === undefined) continue;
      const guarded = {
        TableName: LOCAL_TABLE,
        Key: marshall({ pk: item.pk, sk: item.sk }),
        ConditionExpression: '#owner = :owner AND #s = :status',
      };
      await dynamodb
        .send(
          claim.type !== 'requestKey'
            ? new UpdateItemCommand({
                ...guarded,
                ConditionExpression: `${guarded.ConditionExpression} AND lockedUntil > :ended`,
                UpdateExpression: 'SET lockedUntil = :ended',
                ExpressionAttributeNames: { '#owner': claim.owner, '#s': 'status' },
                ExpressionAttributeValues: marshall({
                  ':owner': owner,
                  ':status': claim.status,
                  ':ended': 0,
                }),
              })
            : new DeleteItemCommand({
                ...guarded,
                ExpressionAttributeNames: { '#owner': claim.owner, '#s': 'status' },
                ExpressionAttributeValues: marshall({ ':owner': owner, ':status': claim.status }),
              }),
        )
        .then(() => {
          released += 1;
        })
        .catch((error: unknown) => {
          if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
        });
    }
  }
  return released;
};

/**
 * The dispatcher's Express start claims the stopped process left without a run record, settled once the snapshot and
 * the start journal have resumed what they hold (`running`: the names of the executions running again). A claim whose
 * execution runs again is kept with its lease renewed from now: its run record is still to come, and the event's
 * redelivery must find the start in progress, not take the claim over and start the run twice (Express starts of one
 * name run side by side). The others are deleted, so their event starts them at once.
 */
export const settleStartClaims = async (
  dynamodb: DynamoDBClient,
  running: ReadonlySet<string>,
  nowSeconds: number,
): Promise<{ released: number; renewed: number }> => {
  const found = await scanAll(dynamodb, {
    FilterExpression: '#t = :type AND #s = :status',
    ExpressionAttributeNames: { '#t': 'type', '#s': 'status' },
    ExpressionAttributeValues: { ':type': { S: 'expressStart' }, ':status': { S: 'pending' } },
  });
  const settled = { released: 0, renewed: 0 };
  for (const claim of await startsWithoutRun(dynamodb, found)) {
    if (typeof claim.pk !== 'string' || typeof claim.sk !== 'string' || claim.claimedAt === undefined)
      continue;
    const asFound = {
      TableName: LOCAL_TABLE,
      Key: marshall({ pk: claim.pk, sk: claim.sk }),
      ConditionExpression: '#claimedAt = :seen AND #s = :pending',
    };
    const names = { '#claimedAt': 'claimedAt', '#s': 'status' };
    const seen = { ':seen': claim.claimedAt, ':pending': 'pending' };
    const renew = running.has(String(claim.executionName));
    await dynamodb
      .send(
        renew
          ? new UpdateItemCommand({
              ...asFound,
              UpdateExpression: 'SET #claimedAt = :now',
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: marshall({ ...seen, ':now': nowSeconds }),
            })
          : new DeleteItemCommand({
              ...asFound,
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: marshall(seen),
            }),
      )
      .then(() => {
        settled[renew ? 'renewed' : 'released'] += 1;
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      });
  }
  return settled;
};

/**
 * Journaled starts that did not end and that the snapshot did not resume: made again with the same ARN (Express
 * included) unless their run has ended. A run waiting for an approval starts again too: when its step asks again,
 * the pending approval is pointed at the new execution instead of asking twice (supervisor openApproval). An
 * Express run waits for its approval with no execution (approved before it starts): nothing to start again.
 * Returns how many.
 */
const restartJournaled = async (
  entries: readonly JournalEntry[],
  engine: LocalEngine,
  runs: Pick<RunRepository, 'get'>,
  say: (line: string) => void,
): Promise<number> => {
  let restarted = 0;
  for (const entry of entries) {
    if (engine.inspectExecution(entry.executionArn)) continue;
    const tenantId = (entry.input as { context?: { tenantId?: unknown } } | undefined)?.context?.tenantId;
    const run = typeof tenantId === 'string' ? await runs.get(tenantId, entry.name) : undefined;
    const parked = run?.status === 'waiting_approval' && !entry.executionArn.includes(':express:');
    if (run && run.status !== 'running' && !parked) continue;
    if (engine.startAgain(entry)) restarted += 1;
    else say(`! could not start ${entry.executionArn} again: its state machine no longer exists`);
  }
  return restarted;
};

/**
 * Redrives acknowledged after the last snapshot: the stored execution still shows how it ended, so it is redriven
 * again (finished steps are not run again), unless the snapshot resumed it or its run is no longer running.
 */
const redriveAgain = async (
  arns: readonly string[],
  engine: LocalEngine,
  runs: Pick<RunRepository, 'get'>,
  say: (line: string) => void,
): Promise<number> => {
  let redriven = 0;
  for (const arn of arns) {
    const execution = engine.inspectExecution(arn);
    if (!execution || execution.status === 'RUNNING' || execution.status === 'SUCCEEDED') continue;
    const tenantId = (execution.input as { context?: { tenantId?: unknown } } | undefined)?.context?.tenantId;
    const run = typeof tenantId === 'string' ? await runs.get(tenantId, execution.name) : undefined;
    if (run?.status !== 'running') continue;
    try {
      await engine.redriveExecution(arn);
      redriven += 1;
    } catch (error) {
      say(`! could not redrive ${arn} again: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return redriven;
};

/**
 * What a start does with what the stopped process left: claims released, workflows provisioned again, running
 * executions resumed from their snapshot, journaled starts the snapshot did not hold started again, event
 * deliveries it had not made made now (runs from an event found running with no execution start again as the same
 * run), and what still cannot continue marked failed. Returns the tenants that have workflows.
 */
export const recoverAfterRestart = async (deps: {
  dynamodb: DynamoDBClient;
  db: Database;
  engine: LocalEngine;
  /** Adds an engine listener (waits resumed before the stop are resumed again when their execution waits). */
  listen: (listener: (event: EngineEvent) => void) => void;
  bus: LocalBus;
  /** The bus target that starts runs from events. */
  dispatcher: string;
  snapshots: ExecutionSnapshots;
  journal: StartJournal;
  provisioner: ProvisionerPort;
  runs: RunRepository;
  /** Shared with rememberingStarts. */
  restartable: Set<string>;
  clock: Clock;
  say: (line: string) => void;
}): Promise<Set<string>> => {
  const { dynamodb, engine, bus, say } = deps;
  const released = await releaseDeadClaims(dynamodb);
  if (released > 0) say(`↺ released ${released} claim(s) held by the stopped process`);
  const tenants = await reprovisionSavedWorkflows(dynamodb, deps.provisioner);
  const saved = await deps.snapshots.load();
  const consumed = await consumedWaitsOf(saved, { db: deps.db, clock: deps.clock });
  if (consumed.size > 0) deps.listen(resumingConsumedWaits(engine, consumed, say));
  deps.snapshots.resumeInto(engine, saved);
  const restarted = await restartJournaled(await deps.journal.load(), engine, deps.runs, say);
  if (restarted > 0) say(`↺ started ${restarted} run(s) again that had started after the last snapshot`);
  const redriven = await redriveAgain(deps.journal.redrivesLeft(), engine, deps.runs, say);
  if (redriven > 0) say(`↺ redrove ${redriven} run(s) again that were redriven after the last snapshot`);
  const running = new Set(engine.listExecutions({ status: 'RUNNING' }).map((e) => e.name));
  const starts = await settleStartClaims(dynamodb, running, Math.floor(deps.clock.now().getTime() / 1000));
  if (starts.released > 0) say(`↺ released ${starts.released} Express start claim(s) that started no run`);
  const orphans = await findOrphanedRuns(dynamodb, engine);
  const again = new Set<string>();
  // An Express run's start guard answers "already started" once its run exists: released, the redelivered event
  // claims it again and starts the same run (no execution of that name runs: it is an orphan).
  const guard = createStartGuard({ db: deps.db, clock: deps.clock });
  for (const orphan of orphans) {
    if (orphan.status !== 'running' || !orphan.eventId) continue;
    again.add(orphan.eventId);
    deps.restartable.add(`${orphan.tenantId}\u0000${orphan.runId}`);
    await guard.release(orphan.tenantId, orphan.runId);
  }
  const pending = await bus.deliverPending(
    (event, target) => target === deps.dispatcher && again.has(event.id),
  );
  if (pending > 0) say(`↺ ${pending} event delivery(ies) the stopped process had not made: delivering now`);
  await bus.flush();
  deps.restartable.clear();
  await failOrphanedRuns({ orphans, engine, runs: deps.runs, clock: deps.clock, say });
  await deps.journal.keepOnly((entry) => engine.inspectExecution(entry.executionArn)?.status === 'RUNNING');
  return tenants;
};
