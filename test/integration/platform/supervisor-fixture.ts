import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../../functions/adapters/local-secrets';
import { createLogRepository } from '../../../functions/data/logs';
import { createRunRepository } from '../../../functions/data/runs';
import { createTenantRepository } from '../../../functions/data/tenants';
import { createWorkflowRepository } from '../../../functions/data/workflows';
import { createSupervisor, type SupervisorDeps } from '../../../functions/supervisor/supervisor';
import type { WorkflowDefinition } from '../../../statemachines/schema';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { definition, recordingBus, tickingClock } from './fixtures';

/** The supervisor on dynalite with a recording bus: `useSupervisorDatabase()` in a test file starts and stops it. */

export let db: TestDatabase;
export const clock = tickingClock();
export const secrets = createLocalSecretBox(generateSecretsKey());
export let bus: ReturnType<typeof recordingBus>;

export const useSupervisorDatabase = (): void => {
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(() => {
    bus = recordingBus();
  });
};

export const supervisorWith = (extra: Partial<SupervisorDeps> = {}) =>
  createSupervisor({ db, bus, clock, llm: undefined, ...extra });
export const tenants = () =>
  createTenantRepository({ db, secrets, clock, allowInsecureIntegrationUrls: true });
export const workflows = () => createWorkflowRepository({ db, clock });
export const runs = () => createRunRepository({ db, clock });
export const logs = () => createLogRepository({ db, clock });

let seq = 0;
/** A fresh number for tenant and run ids, shared with startPayload. */
export const nextSeq = (): number => ++seq;
export const setup = async (
  tenantId: string,
  opts: { tenantAutoMode?: boolean; def?: WorkflowDefinition; enable?: boolean } = {},
) => {
  if (opts.tenantAutoMode !== undefined)
    await tenants().updateSettings(tenantId, { autoMode: opts.tenantAutoMode, timezone: 'Europe/Berlin' });
  const wf = await workflows().create(tenantId, opts.def ?? definition('Welcome'));
  if (opts.enable !== false) await workflows().enable(tenantId, wf.workflowId);
  return wf;
};

export const startPayload = (
  tenantId: string,
  workflowId: string,
  triggerType: 'event' | 'manual' | 'schedule' | 'webhook' = 'event',
  runId = `run-${++seq}`,
) => ({
  op: 'start' as const,
  executionId: `arn:aws:states:eu-west-1:1:execution:sm:${runId}`,
  executionName: runId,
  startedAt: '2026-11-25T10:00:00.000Z',
  input: {
    trigger: { lead: { email: 'ada@example.com', name: 'Ada' } },
    context: {
      tenantId,
      workflowId,
      triggerType,
      ...(triggerType === 'event' ? { eventId: `ev-${runId}` } : {}),
    },
  },
});

export const contextOf = async (
  tenantId: string,
  workflowId: string,
  runId: string,
  trigger: 'event' | 'manual' = 'event',
) => supervisorWith().start(startPayload(tenantId, workflowId, trigger, runId));
