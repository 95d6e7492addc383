import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivityStore } from '../../../functions/data/activity';
import { createWorkflowRepository } from '../../../functions/data/workflows';
import { NonRetriableError, RetriableError } from '../../../functions/shared/errors';
import { setPlatform } from '../../../functions/shared/platform';
import { handler } from '../../../functions/supervisor/handler';
import type { ExecutionContext } from '../../../statemachines/contracts';
import { startTestPlatform, type TestPlatform } from '../../support/api-platform';
import { definition } from './fixtures';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
  setPlatform(platform);
});
afterAll(async () => {
  setPlatform(undefined);
  await platform.close();
});

const invoke = (event: unknown) => handler(event, {} as Context);

describe('supervisor Lambda handler', () => {
  it('GIVEN a start payload as the state machine sends it WHEN invoked THEN the execution context comes back', async () => {
    const wf = await createWorkflowRepository(platform).create('sh-1', definition('Handler'));
    await createWorkflowRepository(platform).enable('sh-1', wf.workflowId);
    const ctx = (await invoke({
      op: 'start',
      executionId: 'arn:aws:states:eu-west-1:1:execution:sm:run-h1',
      executionName: 'run-h1',
      startedAt: platform.clock.now().toISOString(),
      input: { trigger: {}, context: { tenantId: 'sh-1', workflowId: wf.workflowId, triggerType: 'manual' } },
    })) as ExecutionContext;
    expect(ctx).toMatchObject({ runId: 'run-h1', needsApproval: false, workflowName: 'Handler' });
  });

  it('GIVEN a malformed payload WHEN invoked THEN it fails for good naming the problem', async () => {
    const err = await invoke({ op: 'finish', steps: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NonRetriableError);
    expect((err as Error).message).toContain('context');
  });

  it('GIVEN the awaited reply arrived before the wait was registered WHEN registerWait runs THEN the correlator resumes the run at once', async () => {
    const startedAt = platform.clock.now().toISOString();
    platform.clock.advance(1000);
    const reply = {
      id: 'ev-reply-1',
      source: 'dynaris.email',
      detailType: 'email.received',
      time: platform.clock.now().toISOString(),
      detail: { tenantId: 'sh-2', leadId: 'L1', subject: 'Re: hello' },
    };
    // What the correlator does with it for a saved workflow whose waitFor matches email.received on leadId.
    const activity = createActivityStore(platform);
    await activity.record(reply);
    await activity.indexRecent(reply, [['leadId']]);
    platform.clock.advance(1000);
    const context: ExecutionContext = {
      tenantId: 'sh-2',
      workflowId: 'wf-x',
      workflowVersion: 1,
      workflowName: 'Follow-up',
      runId: 'run-h2',
      triggerType: 'event',
      dryRun: false,
      needsApproval: false,
      timezone: 'UTC',
      startedAt,
    };
    await invoke({
      op: 'registerWait',
      taskToken: 'tok-wait',
      context,
      stepId: 'await-reply',
      event: 'email.received',
      match: { leadId: 'L1' },
      timeoutSeconds: 172800,
    });
    expect(platform.engine.taskSuccesses).toEqual([
      {
        taskToken: 'tok-wait',
        output: expect.objectContaining({
          eventId: 'ev-reply-1',
          event: expect.objectContaining({ leadId: 'L1' }),
        }),
      },
    ]);
  });

  it('GIVEN an EventBridge execution status change WHEN delivered to the supervisor THEN the run is reconciled', async () => {
    const wf = await createWorkflowRepository(platform).create('sh-4', definition('Timeout'));
    await createWorkflowRepository(platform).enable('sh-4', wf.workflowId);
    const input = {
      trigger: {},
      context: { tenantId: 'sh-4', workflowId: wf.workflowId, triggerType: 'manual' },
    };
    await invoke({
      op: 'start',
      executionId: 'arn:x:run-h4',
      executionName: 'run-h4',
      startedAt: platform.clock.now().toISOString(),
      input,
    });
    const out = await invoke({
      version: '0',
      source: 'aws.states',
      'detail-type': 'Step Functions Execution Status Change',
      detail: {
        executionArn: 'arn:x:run-h4',
        name: 'run-h4',
        status: 'TIMED_OUT',
        input: JSON.stringify(input),
      },
    });
    expect(out).toEqual({ status: 'failed' });
  });

  it('GIVEN the table throttles past the SDK retries WHEN a supervisor task runs THEN it fails as RetriableError, which its Retry matches, not as a run failure', async () => {
    const throttled = Object.assign(new Error('Throughput exceeds the current capacity'), {
      name: 'ProvisionedThroughputExceededException',
      $metadata: { httpStatusCode: 400 },
    });
    setPlatform({
      ...platform,
      db: { ...platform.db, doc: { send: async () => Promise.reject(throttled) } as never },
    });
    try {
      const err = await invoke({
        op: 'start',
        executionId: 'arn:x:run-h5',
        executionName: 'run-h5',
        startedAt: platform.clock.now().toISOString(),
        input: { trigger: {}, context: { tenantId: 'sh-5', workflowId: 'wf-5', triggerType: 'manual' } },
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RetriableError);
      expect((err as Error).name).toBe('RetriableError');
      expect((err as Error).message).toContain('ProvisionedThroughputExceededException');
    } finally {
      setPlatform(platform);
    }
  });

  it('GIVEN no model is configured WHEN an ai.task is routed THEN it fails for good', async () => {
    await expect(
      invoke({
        op: 'route',
        action: 'ai.task',
        input: { instruction: 'Do something useful' },
        meta: { tenantId: 'sh-3', workflowId: 'w', runId: 'r', executionId: 'e', stepId: 's', itemIndex: -1 },
      }),
    ).rejects.toThrow(/ai.task needs a model/);
  });
});
