import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RunRepository } from '../../functions/data/runs';
import type { LocalEngine } from '../../functions/engine/local-engine';
import type { Clock, ProvisionerPort } from '../../functions/shared/ports';
import { scanAll } from './local-table';

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

/**
 * Runs that were in progress but could not be resumed (no snapshot: the process was killed): say so on their
 * records instead of leaving them "running" forever.
 */
export const failOrphanedRuns = async (deps: {
  dynamodb: DynamoDBClient;
  engine: LocalEngine;
  runs: RunRepository;
  clock: Clock;
  say: (line: string) => void;
}): Promise<void> => {
  const { engine, runs, clock, say } = deps;
  const orphans = await scanAll(deps.dynamodb, {
    FilterExpression: '#t = :r AND #s IN (:running, :waiting)',
    ExpressionAttributeNames: { '#t': 'type', '#s': 'status' },
    ExpressionAttributeValues: {
      ':r': { S: 'run' },
      ':running': { S: 'running' },
      ':waiting': { S: 'waiting_approval' },
    },
  });
  for (const orphan of orphans) {
    const item = orphan as { tenantId?: string; runId?: string; executionId?: string };
    if (!item.tenantId || !item.runId) continue;
    if (item.executionId && (await engine.describeExecution(item.executionId))) continue;
    await runs.transition(item.tenantId, item.runId, 'failed', {
      error: {
        error: 'LocalRuntimeRestarted',
        cause:
          'The local runtime stopped while this run was in progress; runs in progress do not resume after a restart',
        stepId: null,
      },
      endedAt: clock.now().toISOString(),
    });
    say(`! run ${item.runId} (${item.tenantId}) was in progress when the runtime stopped: marked failed`);
  }
};
