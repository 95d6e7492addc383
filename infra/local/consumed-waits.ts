import { createActivityStore } from '../../functions/data/activity';
import { approvalIdOf, createApprovalRepository } from '../../functions/data/approvals';
import { readPartition } from '../../functions/data/repository';
import { tenantKey } from '../../functions/data/table';
import { createWaitStore } from '../../functions/data/waits';
import type { EngineEvent, ExecutionSnapshot, LocalEngine } from '../../functions/engine/local-engine';
import type { Clock, Database } from '../../functions/shared/ports';
import { ERRORS } from '../../statemachines/contracts';

/**
 * Waits the stopped process resumed, but not for good. The correlator claims a wait (deletes it) and records the
 * event against the run before SendTaskSuccess, and the run moves on in memory; the executions snapshot is written
 * a moment later. A kill in between left the execution waiting at that step in executions.json, with its wait gone
 * and the event spent: it waited until its timeout and took that branch although the event had come (and was
 * acknowledged). At start, an execution resumed waiting for an event whose wait is no longer registered, and whose
 * run records that step as resumed by an event, is resumed with that event (as the look-back gives it, from the
 * activity feed) as soon as it waits again.
 */

interface Registration {
  readonly op?: unknown;
  readonly stepId?: unknown;
  readonly context?: { readonly tenantId?: unknown; readonly runId?: unknown };
}

interface Due {
  readonly token: string;
  readonly runId: string;
  /** What the stopped process resumed the wait with (the log line says it). */
  readonly what: string;
  readonly resume: (engine: LocalEngine, token: string) => Promise<void>;
}

/** The event a run recorded as resuming its step `stepId` (correlator markConsumed), if any. */
const consumedAt = async (db: Database, tenantId: string, runId: string, stepId: string) => {
  const items = await readPartition(db, tenantKey(tenantId, 'WAITED', runId));
  const found = items.find((item) => item.stepId === stepId && typeof item.eventId === 'string');
  return found ? String(found.eventId) : undefined;
};

/** The waits of `saved` (the snapshots about to be resumed) that an event or a decision already resumed, by ARN. */
export const consumedWaitsOf = async (
  saved: readonly ExecutionSnapshot[],
  deps: { db: Database; clock: Clock },
): Promise<Map<string, Due>> => {
  const waits = createWaitStore(deps);
  const activity = createActivityStore(deps);
  const approvals = createApprovalRepository(deps);
  const due = new Map<string, Due>();
  for (const snap of saved) {
    const payload = snap.token?.payload as Registration | undefined;
    const { tenantId, runId } = payload?.context ?? {};
    if (!snap.token || typeof tenantId !== 'string' || typeof runId !== 'string') continue;
    if (typeof payload?.stepId !== 'string') continue;
    const token = snap.token.token;
    if (payload.op === 'requestApproval') {
      const approval = await approvals
        .get(tenantId, approvalIdOf(runId, payload.stepId, token))
        .catch(() => undefined);
      if (approval?.status !== 'approved' && approval?.status !== 'rejected') continue;
      const result = { by: approval.decidedBy, at: approval.decidedAt, comment: approval.comment };
      due.set(snap.executionArn, {
        token,
        runId,
        what: `the decision on approval ${approval.approvalId} (${approval.status})`,
        resume: (engine, t) =>
          approval.status === 'approved'
            ? engine.sendTaskSuccess(t, { approved: true, ...result })
            : engine.sendTaskFailure(t, ERRORS.rejected, JSON.stringify(result)),
      });
      continue;
    }
    if (payload.op !== 'registerWait') continue;
    if ((await waits.forRun(tenantId, runId)).some((w) => w.taskToken === token)) continue;
    const eventId = await consumedAt(deps.db, tenantId, runId, payload.stepId);
    const event = eventId ? await activity.get(tenantId, eventId) : undefined;
    if (!event) continue;
    const output = { event: event.detail, eventId: event.eventId, receivedAt: event.receivedAt };
    due.set(snap.executionArn, {
      token,
      runId,
      what: `event ${event.eventId}`,
      resume: (engine, t) => engine.sendTaskSuccess(t, output),
    });
  }
  return due;
};

/** An engine listener that gives each execution of `due` what resumed it, once it waits again (its token open). */
export const resumingConsumedWaits =
  (engine: LocalEngine, due: Map<string, Due>, say: (line: string) => void) =>
  (event: EngineEvent): void => {
    if (event.type !== 'StateWaiting') return;
    const wait = due.get(event.executionArn);
    if (!wait || !engine.pendingTasks(event.executionArn).some((t) => t.taskToken === wait.token)) return;
    due.delete(event.executionArn);
    wait.resume(engine, wait.token).then(
      () => say(`↺ run ${wait.runId}: resumed again with ${wait.what}, which resumed it before the stop`),
      (error: unknown) => say(`! run ${wait.runId}: could not resume its wait again: ${String(error)}`),
    );
  };
