import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunRepository } from '../../../functions/data/runs';
import { NonRetriableError } from '../../../functions/shared/errors';
import { createSupervisor } from '../../../functions/supervisor/supervisor';
import { TEMPLATES } from '../../../statemachines/templates';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { recordingBus, tickingClock } from './fixtures';

let db: TestDatabase;
const clock = tickingClock();
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const start = (workflowId: string, runId: string) => ({
  op: 'start' as const,
  executionId: `arn:aws:states:us-east-1:1:execution:dynaris-dev-builtin:${runId}`,
  executionName: runId,
  startedAt: '2026-11-25T10:00:00.000Z',
  input: {
    trigger: { lead: { id: 'ld_1', email: 'ada@example.com', name: 'Ada' } },
    context: { tenantId: 'acme', workflowId, triggerType: 'event' as const, eventId: `ev-${runId}` },
  },
});

describe('built-in workflows deployed by the stack', () => {
  const supervisor = () =>
    createSupervisor({
      db,
      bus: recordingBus(),
      clock,
      llm: undefined,
    });

  it('GIVEN a built-in workflow with no item in the table WHEN its execution starts THEN it runs as the template, enabled, version 1', async () => {
    const ctx = await supervisor().start(start('builtin-lead-follow-up', 'run-builtin-1'));
    expect(ctx).toMatchObject({
      workflowId: 'builtin-lead-follow-up',
      workflowName: TEMPLATES['lead-follow-up'].name,
      workflowVersion: 1,
      needsApproval: false,
    });
    const run = await createRunRepository({ db, clock }).get('acme', 'run-builtin-1');
    expect(run).toMatchObject({ status: 'running', workflowId: 'builtin-lead-follow-up' });
  });

  it('GIVEN an unknown built-in id WHEN its execution starts THEN it fails for good naming the workflow', async () => {
    await expect(supervisor().start(start('builtin-nope', 'run-builtin-2'))).rejects.toThrow(
      NonRetriableError,
    );
    await expect(supervisor().start(start('builtin-nope', 'run-builtin-3'))).rejects.toThrow(
      'Workflow builtin-nope does not exist',
    );
  });
});
