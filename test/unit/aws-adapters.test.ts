import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEventBridgePublisher, PublishError } from '../../functions/adapters/eventbridge-bus';
import { createSfnEngine, historyToTimeline } from '../../functions/adapters/sfn-engine';
import { fromEventBridge } from '../../functions/shared/bus-event';
import type { PublishedEvent } from '../../functions/shared/ports';
import { POLICIES } from '../../functions/shared/retry';

const eventbridge = mockClient(EventBridgeClient);
const sfn = mockClient(SFNClient);
beforeEach(() => {
  eventbridge.reset();
  sfn.reset();
});

const events = (n: number): PublishedEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    source: 'dynaris.lead',
    detailType: 'lead.created',
    detail: { tenantId: 't', n: i },
  }));

describe('EventBridge publisher', () => {
  it('GIVEN 23 events WHEN published THEN PutEvents is called in batches of 10, 10 and 3 on the bus', async () => {
    eventbridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [] });
    const bus = createEventBridgePublisher({ client: new EventBridgeClient({}), eventBusName: 'dynaris' });
    await bus.publish(events(23));
    const calls = eventbridge.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries ?? []);
    expect(calls.map((entries) => entries.length)).toStrictEqual([10, 10, 3]);
    expect(calls[0]?.[0]).toStrictEqual({
      EventBusName: 'dynaris',
      Source: 'dynaris.lead',
      DetailType: 'lead.created',
      Detail: JSON.stringify({ tenantId: 't', n: 0 }),
    });
  });

  it('GIVEN some entries fail WHEN published THEN only the failed entries are sent again', async () => {
    eventbridge
      .on(PutEventsCommand)
      .resolvesOnce({
        FailedEntryCount: 2,
        Entries: [
          { EventId: 'a' },
          { ErrorCode: 'ThrottlingException', ErrorMessage: 'slow down' },
          { EventId: 'c' },
          { ErrorCode: 'InternalFailure', ErrorMessage: 'oops' },
        ],
      })
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'b' }, { EventId: 'd' }] });
    const bus = createEventBridgePublisher({
      client: new EventBridgeClient({}),
      eventBusName: 'dynaris',
      sleep: async () => {},
    });
    await bus.publish(events(4));
    const retried = eventbridge.commandCalls(PutEventsCommand)[1]?.args[0].input.Entries ?? [];
    expect(retried.map((e) => JSON.parse(e.Detail ?? '{}').n)).toStrictEqual([1, 3]);
  });

  it('GIVEN an entry that keeps failing WHEN published THEN a PublishError names it after the bounded attempts', async () => {
    eventbridge
      .on(PutEventsCommand)
      .resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'down' }] });
    const bus = createEventBridgePublisher({
      client: new EventBridgeClient({}),
      eventBusName: 'dynaris',
      sleep: async () => {},
    });
    const error = await bus.publish(events(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).message).toContain('lead.created (InternalFailure: down)');
    expect(eventbridge.commandCalls(PutEventsCommand)).toHaveLength(POLICIES.failedPutEvents.attempts);
  });

  it('GIVEN an event with a stable id WHEN published and received THEN consumers see that id, not EventBridge’s', async () => {
    eventbridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'eb-1' }] });
    const bus = createEventBridgePublisher({ client: new EventBridgeClient({}), eventBusName: 'dynaris' });
    await bus.publish([{ ...events(1)[0]!, id: 'delivery-42', time: '2026-11-25T10:00:00.000Z' }]);
    const entry = eventbridge.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries?.[0];
    expect(entry?.Time).toStrictEqual(new Date('2026-11-25T10:00:00.000Z'));
    const received = fromEventBridge({
      version: '0',
      id: 'eb-1',
      'detail-type': entry?.DetailType ?? '',
      source: entry?.Source ?? '',
      account: '1',
      time: '2026-11-25T10:00:00Z',
      region: 'us-east-1',
      resources: [],
      detail: JSON.parse(entry?.Detail ?? '{}'),
    });
    expect(received.id).toBe('delivery-42');
    expect(received.detail).toStrictEqual({ tenantId: 't', n: 0 });
  });
});

describe('Step Functions engine', () => {
  const engine = () =>
    createSfnEngine({ client: new SFNClient({}), region: 'eu-west-1', accountId: '111122223333' });
  const machine = 'arn:aws:states:eu-west-1:111122223333:stateMachine:dynaris-t-w';

  it('GIVEN a new name WHEN starting THEN the input is JSON and the run is new; GIVEN a used name THEN it is already started', async () => {
    sfn
      .on(StartExecutionCommand)
      .resolvesOnce({
        executionArn: `${machine.replace('stateMachine', 'execution')}:run-1`,
        startDate: new Date(),
      })
      .rejects(Object.assign(new Error('exists'), { name: 'ExecutionAlreadyExists' }));
    const first = await engine().startExecution({ stateMachineArn: machine, name: 'run-1', input: { a: 1 } });
    const second = await engine().startExecution({
      stateMachineArn: machine,
      name: 'run-1',
      input: { a: 1 },
    });
    expect(sfn.commandCalls(StartExecutionCommand)[0]?.args[0].input).toStrictEqual({
      stateMachineArn: machine,
      name: 'run-1',
      input: '{"a":1}',
    });
    expect(first).toStrictEqual({
      executionArn: 'arn:aws:states:eu-west-1:111122223333:execution:dynaris-t-w:run-1',
      alreadyStarted: false,
    });
    expect(second).toStrictEqual({
      executionArn: 'arn:aws:states:eu-west-1:111122223333:execution:dynaris-t-w:run-1',
      alreadyStarted: true,
    });
  });

  it('GIVEN a task token WHEN resumed THEN SendTaskSuccess carries the JSON output', async () => {
    sfn.on(SendTaskSuccessCommand).resolves({});
    await engine().sendTaskSuccess('tok', { event: { leadId: 'L1' }, eventId: 'e', receivedAt: 'now' });
    expect(sfn.commandCalls(SendTaskSuccessCommand)[0]?.args[0].input).toStrictEqual({
      taskToken: 'tok',
      output: '{"event":{"leadId":"L1"},"eventId":"e","receivedAt":"now"}',
    });
  });

  it('GIVEN a long history in pages WHEN the timeline is read THEN every page is fetched and states are mapped', async () => {
    const at = (s: number) => new Date(Date.UTC(2026, 10, 25, 10, 0, s));
    const page1: HistoryEvent[] = [
      { id: 1, type: 'ExecutionStarted', timestamp: at(0) },
      {
        id: 2,
        previousEventId: 1,
        type: 'TaskStateEntered',
        timestamp: at(1),
        stateEnteredEventDetails: { name: 'Send welcome email', input: '{"x":1}' },
      },
      {
        id: 3,
        previousEventId: 2,
        type: 'TaskScheduled',
        timestamp: at(1),
        taskScheduledEventDetails: {
          resource: 'arn:aws:lambda:eu-west-1:1:function:email',
          resourceType: 'lambda',
          region: 'eu-west-1',
          parameters: JSON.stringify({ action: 'email.send', input: {}, meta: { stepId: 'welcome' } }),
        },
      },
      {
        id: 4,
        previousEventId: 3,
        type: 'TaskFailed',
        timestamp: at(2),
        taskFailedEventDetails: {
          resource: 'email',
          resourceType: 'lambda',
          error: 'RetriableError',
          cause: 'smtp 451',
        },
      },
    ];
    const page2: HistoryEvent[] = [
      {
        id: 5,
        previousEventId: 4,
        type: 'TaskScheduled',
        timestamp: at(3),
        taskScheduledEventDetails: {
          resource: 'arn:aws:lambda:eu-west-1:1:function:email',
          resourceType: 'lambda',
          region: 'eu-west-1',
          parameters: JSON.stringify({ action: 'email.send', input: {}, meta: { stepId: 'welcome' } }),
        },
      },
      { id: 6, previousEventId: 5, type: 'TaskSucceeded', timestamp: at(4) },
      {
        id: 7,
        previousEventId: 6,
        type: 'TaskStateExited',
        timestamp: at(4),
        stateExitedEventDetails: { name: 'Send welcome email', output: '{"ok":true}' },
      },
      {
        id: 8,
        previousEventId: 7,
        type: 'TaskStateEntered',
        timestamp: at(5),
        stateEnteredEventDetails: { name: 'Wait for reply (2 days)', input: '{}' },
      },
      {
        id: 9,
        previousEventId: 8,
        type: 'TaskScheduled',
        timestamp: at(5),
        taskScheduledEventDetails: {
          resource: 'invoke.waitForTaskToken',
          resourceType: 'lambda',
          region: 'eu-west-1',
          parameters: JSON.stringify({
            FunctionName: 'sup',
            Payload: { op: 'registerWait', stepId: 'await-reply' },
          }),
        },
      },
    ];
    sfn
      .on(GetExecutionHistoryCommand)
      .resolvesOnce({ events: page1, nextToken: 'more' })
      .resolvesOnce({ events: page2 });
    sfn.on(DescribeExecutionCommand).resolves({
      executionArn: 'x',
      stateMachineArn: machine,
      name: 'run',
      status: 'RUNNING',
      startDate: at(0),
    });

    const timeline = await engine().getTimeline('x');

    expect(sfn.commandCalls(GetExecutionHistoryCommand).map((c) => c.args[0].input)).toStrictEqual([
      { executionArn: 'x', maxResults: 1000, includeExecutionData: true },
      { executionArn: 'x', maxResults: 1000, includeExecutionData: true, nextToken: 'more' },
    ]);
    expect(timeline).toStrictEqual([
      {
        name: 'Send welcome email',
        type: 'Task',
        status: 'succeeded',
        startedAt: at(1).toISOString(),
        stepId: 'welcome',
        input: { x: 1 },
        output: { ok: true },
        endedAt: at(4).toISOString(),
        retries: 1,
      },
      {
        name: 'Wait for reply (2 days)',
        type: 'Task',
        status: 'waiting',
        startedAt: at(5).toISOString(),
        stepId: 'await-reply',
        input: {},
      },
    ]);
  });

  it('GIVEN a failed execution WHEN mapped THEN the failing state carries its error', () => {
    const t = new Date('2026-11-25T10:00:00Z');
    const timeline = historyToTimeline(
      [
        { id: 1, type: 'ExecutionStarted', timestamp: t },
        {
          id: 2,
          previousEventId: 1,
          type: 'TaskStateEntered',
          timestamp: t,
          stateEnteredEventDetails: { name: 'Create invoice', input: '{}' },
        },
        {
          id: 3,
          previousEventId: 2,
          type: 'TaskScheduled',
          timestamp: t,
          taskScheduledEventDetails: { resource: 'r', resourceType: 'lambda', region: 'x', parameters: '{}' },
        },
        {
          id: 4,
          previousEventId: 3,
          type: 'TaskFailed',
          timestamp: t,
          taskFailedEventDetails: {
            resource: 'r',
            resourceType: 'lambda',
            error: 'NonRetriableError',
            cause: 'no customer',
          },
        },
        { id: 5, previousEventId: 4, type: 'ExecutionFailed', timestamp: t },
      ],
      'FAILED',
    );
    expect(timeline).toStrictEqual([
      {
        name: 'Create invoice',
        type: 'Task',
        status: 'failed',
        startedAt: t.toISOString(),
        input: {},
        error: { error: 'NonRetriableError', cause: 'no customer' },
      },
    ]);
  });
});
