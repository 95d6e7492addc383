import { describe, expect, it } from 'vitest';
import { createWorkflowRepository } from '../../../functions/data/workflows';
import { createSupervisor } from '../../../functions/supervisor/supervisor';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { checkedEvents, typesOf, useContractPlatform } from '../../support/event-contracts';

const platform = useContractPlatform();
const published = () => checkedEvents(platform());

describe('the supervisor publishes contract details', () => {
  const definition = WorkflowDefinition.parse({
    name: 'Welcome',
    trigger: { type: 'event', event: 'lead.created' },
    steps: [
      {
        id: 'welcome',
        action: 'email.send',
        input: { to: '{{trigger.lead.email}}', subject: 'Hi', body: 'Hi' },
      },
    ],
  });

  it('GIVEN a run that starts, asks for approval, completes and another that fails WHEN announced THEN workflow and approval events follow the contract', async () => {
    const supervisor = createSupervisor({ ...platform() });
    const workflows = createWorkflowRepository(platform());
    const wf = await workflows.create('sv-t', definition);
    await workflows.enable('sv-t', wf.workflowId);
    const start = (runId: string) =>
      supervisor.start({
        op: 'start',
        executionId: `arn:aws:states:eu-west-1:1:execution:sm:${runId}`,
        executionName: runId,
        startedAt: '2026-03-02T08:00:00.000Z',
        input: {
          trigger: { lead: { email: 'ada@example.com' } },
          context: {
            tenantId: 'sv-t',
            workflowId: wf.workflowId,
            triggerType: 'event',
            eventId: `ev-${runId}`,
          },
        },
      });
    const ok = await start('run-ok');
    await supervisor.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok',
      context: ok,
      stepId: '_run',
      message: 'Go?',
    });
    await supervisor.finish({ op: 'finish', context: ok, steps: { welcome: { messageId: 'm' } } });
    const bad = await start('run-bad');
    await supervisor.fail({ op: 'fail', context: bad, error: { Error: 'States.Timeout' } });
    expect(typesOf(published())).toStrictEqual([
      'workflow.started',
      'approval.requested',
      'workflow.completed',
      'workflow.started',
      'workflow.failed',
    ]);
  });
});
