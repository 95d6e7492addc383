import { DescribeStateMachineCommand, ListTagsForResourceCommand, SFNClient } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { createSfnEngine } from '../../functions/adapters/sfn-engine';

const EXPRESS =
  'arn:aws:states:eu-west-1:111122223333:express:dynaris-dev-t-wf:manual-1:0f1e2d3c-0000-4000-8000-000000000000';
const MACHINE = 'arn:aws:states:eu-west-1:111122223333:stateMachine:dynaris-dev-t-wf';
const GROUP = 'arn:aws:logs:eu-west-1:111122223333:log-group:/aws/vendedlogs/states/dynaris-dev:*';

/** Step Functions' CloudWatch Logs messages for an Express execution (level ALL, execution data included). */
const log = (id: number, type: string, details: Record<string, unknown>) =>
  JSON.stringify({
    id: String(id),
    type,
    details,
    previous_event_id: String(id - 1),
    event_timestamp: String(Date.parse('2026-11-25T10:00:00Z') + id * 100),
    execution_arn: EXPRESS,
  });

describe('Express timelines from CloudWatch Logs', () => {
  it('GIVEN an Express execution whose state machine logs ALL with data WHEN its timeline is read THEN it is built from the logged history events of that execution', async () => {
    const sfn = mockClient(SFNClient);
    sfn.on(DescribeStateMachineCommand, { stateMachineArn: MACHINE }).resolves({
      stateMachineArn: MACHINE,
      name: 'dynaris-dev-t-wf',
      definition: '{}',
      roleArn: 'r',
      type: 'EXPRESS',
      loggingConfiguration: {
        level: 'ALL',
        includeExecutionData: true,
        destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: GROUP } }],
      },
    });
    sfn.on(ListTagsForResourceCommand).resolves({ tags: [] });
    const asked: [string, string][] = [];
    const engine = createSfnEngine({
      client: sfn as unknown as SFNClient,
      logs: {
        async messagesOf(group, arn) {
          asked.push([group, arn]);
          return [
            log(3, 'TaskScheduled', {
              resource: 'invoke',
              resourceType: 'lambda',
              region: 'eu-west-1',
              parameters: '{"FunctionName":"f","Payload":{"meta":{"stepId":"hello"}}}',
            }),
            log(1, 'ExecutionStarted', { input: '{}' }),
            log(2, 'TaskStateEntered', { name: 'Send welcome email', input: '{"a":1}' }),
            log(4, 'TaskSucceeded', { resource: 'invoke', resourceType: 'lambda', output: '{}' }),
            log(5, 'TaskStateExited', { name: 'Send welcome email', output: '{"a":1,"sent":true}' }),
            log(6, 'ExecutionSucceeded', { output: '{}' }),
          ];
        },
      },
    });
    expect(await engine.getTimeline(EXPRESS)).toStrictEqual([
      {
        name: 'Send welcome email',
        type: 'Task',
        status: 'succeeded',
        startedAt: '2026-11-25T10:00:00.200Z',
        stepId: 'hello',
        input: { a: 1 },
        output: { a: 1, sent: true },
        endedAt: '2026-11-25T10:00:00.500Z',
      },
    ]);
    expect(asked).toEqual([['/aws/vendedlogs/states/dynaris-dev', EXPRESS]]);
  });

  it('GIVEN an Express state machine that logs only errors WHEN its timeline is read THEN it is empty (nothing to read it from)', async () => {
    const sfn = mockClient(SFNClient);
    sfn.on(DescribeStateMachineCommand).resolves({
      stateMachineArn: MACHINE,
      type: 'EXPRESS',
      loggingConfiguration: {
        level: 'ERROR',
        destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: GROUP } }],
      },
    });
    sfn.on(ListTagsForResourceCommand).resolves({ tags: [] });
    const engine = createSfnEngine({
      client: sfn as unknown as SFNClient,
      logs: {
        messagesOf: async () => {
          throw new Error('not read');
        },
      },
    });
    expect(await engine.getTimeline(EXPRESS)).toEqual([]);
  });
});
