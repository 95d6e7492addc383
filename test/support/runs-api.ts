import { afterAll, beforeAll, expect } from 'vitest';
import {
  type ApprovalRecord,
  type ApprovalRepository,
  createApprovalRepository,
} from '../../functions/data/approvals';
import { createRunRepository, type RunRepository } from '../../functions/data/runs';
import { type ApiHarness, startApiHarness, TENANT_A, welcomeWorkflow } from './api-harness';

export interface RunsApi {
  /** The API of the file's tests, with one enabled welcome workflow (started in beforeAll). */
  api(): ApiHarness;
  /** That workflow's id. */
  workflowId(): string;
  approvals(): ApprovalRepository;
  runs(): RunRepository;
  /** Starts a manual run of the workflow (202 checked). */
  startRun(input?: Record<string, unknown>): Promise<{ runId: string; executionArn: string }>;
  /** A parked approval as the supervisor records it. */
  parkApproval(runId: string, stepId?: string, approvers?: string[]): Promise<ApprovalRecord>;
}

/** The harness of the runs and approvals API suites (test/integration/api/runs*.test.ts, approval*.test.ts). */
export const useRunsApi = (): RunsApi => {
  let harness: ApiHarness | undefined;
  let workflow: string | undefined;
  const api = (): ApiHarness => {
    if (!harness) throw new Error('the API harness is used outside a test');
    return harness;
  };
  const workflowId = (): string => {
    if (workflow === undefined) throw new Error('the workflow is used outside a test');
    return workflow;
  };
  const approvals = () => createApprovalRepository({ db: api().platform.db, clock: api().platform.clock });
  const runs = () => createRunRepository({ db: api().platform.db, clock: api().platform.clock });

  beforeAll(async () => {
    harness = await startApiHarness();
    const res = await harness.call('POST', '/workflows', { body: welcomeWorkflow() });
    workflow = res.body.workflow.workflowId;
    await harness.call('POST', `/workflows/${workflow}/enable`);
  });
  afterAll(async () => harness?.close());

  const startRun = async (input: Record<string, unknown> = { lead: { email: 'ada@example.com' } }) => {
    const res = await api().call('POST', `/workflows/${workflowId()}/runs`, { body: { input } });
    expect(res.status).toBe(202);
    return res.body as { runId: string; executionArn: string };
  };

  const parkApproval = async (runId: string, stepId = '_run', approvers?: string[]) =>
    (
      await approvals().create(TENANT_A, {
        runId,
        workflowId: workflowId(),
        workflowName: 'Welcome new leads',
        stepId,
        message: 'Send the welcome email?',
        willDo: ['Send email to ada@example.com'],
        taskToken: `token-${runId}-${stepId}`,
        ...(approvers ? { approvers } : {}),
      })
    ).approval;

  return { api, workflowId, approvals, runs, startRun, parkApproval };
};
