import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, getAction } from '../../statemachines/catalogue';
import { compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import { actionRetriers } from '../../statemachines/compile/policy';
import { WorkflowDefinition } from '../../statemachines/schema';
import { aslProblemsBatch } from '../support/asl-batch';
import {
  AGENT_ERRORS,
  compiledHere,
  EXPRESS_TO_RECORD_FAILURE,
  IDEMPOTENT_AGENT_ERRORS,
  lambda,
  meta,
  SUPERVISOR,
  states,
} from '../support/compile-steps';

describe('action steps', () => {
  it('GIVEN an agent action WHEN compiled THEN it is a Lambda task with templated input, meta, trimmed result, retry and catch', () => {
    const s = states([
      {
        id: 'welcome',
        name: 'Send welcome email',
        action: 'email.send',
        input: { to: '{{trigger.lead.email}}', subject: 'Welcome, {{trigger.lead.name}}!', body: 'Hi' },
      },
    ]);
    expect(s['Start run']).toMatchObject({ Next: 'Send welcome email' });
    expect(s['Send welcome email']).toStrictEqual({
      Type: 'Task',
      Resource: lambda('email'),
      Parameters: {
        action: 'email.send',
        input: {
          'to.$': '$.trigger.lead.email',
          'subject.$': "States.Format('Welcome, {}!', $.trigger.lead.name)",
          body: 'Hi',
        },
        meta: meta('welcome'),
      },
      ResultSelector: { 'messageId.$': '$.messageId', 'trackingId.$': '$.trackingId', 'to.$': '$.to' },
      ResultPath: '$.steps.welcome',
      TimeoutSeconds: 60,
      Retry: [
        {
          ErrorEquals: AGENT_ERRORS,
          IntervalSeconds: 5,
          MaxAttempts: 5,
          BackoffRate: 2,
          MaxDelaySeconds: 300,
          JitterStrategy: 'FULL',
        },
      ],
      Catch: [EXPRESS_TO_RECORD_FAILURE],
      Next: 'Finish run',
    });
  });

  it('GIVEN a step retry policy and timeout WHEN compiled THEN they override the catalogue policy', () => {
    const s = states([
      {
        id: 'note',
        action: 'crm.addNote',
        input: { leadId: 'L1', text: 'x' },
        retry: { maxAttempts: 2, intervalSeconds: 90, backoffRate: 1.5 },
        timeout: 'PT2M',
      },
    ]);
    expect(s['Add note: x']).toMatchObject({
      TimeoutSeconds: 120,
      Retry: [
        {
          ErrorEquals: IDEMPOTENT_AGENT_ERRORS,
          IntervalSeconds: 90,
          MaxAttempts: 2,
          BackoffRate: 1.5,
          MaxDelaySeconds: 90,
          JitterStrategy: 'FULL',
        },
      ],
    });
  });

  it('GIVEN maxAttempts 0 WHEN compiled THEN the task has no Retry at all', () => {
    const s = states([
      { id: 'note', action: 'crm.addNote', input: { leadId: 'L1', text: 'x' }, retry: { maxAttempts: 0 } },
    ]);
    expect(s['Add note: x']).not.toHaveProperty('Retry');
  });

  it('GIVEN onError continue WHEN compiled THEN every error is caught, kept under steps.<id>.error, and the run goes on', () => {
    const s = states([
      { id: 'ping', action: 'http.request', input: { url: 'https://example.com' }, onError: 'continue' },
      { id: 'after', action: 'log', input: { message: 'after' } },
    ]);
    expect(s['Call HTTP endpoint: https://example.com']).toMatchObject({
      ResultPath: '$.steps.ping',
      Catch: [
        {
          ErrorEquals: ['States.ALL'],
          ResultPath: '$.steps.ping',
          Next: 'Call HTTP endpoint: https://example.com: failed, continuing',
        },
      ],
      Next: 'Write log entry: after',
    });
    expect(s['Call HTTP endpoint: https://example.com: failed, continuing']).toStrictEqual({
      Type: 'Pass',
      Comment: 'onError "continue": the error is kept under steps.ping.error and the run goes on.',
      Parameters: { 'error.$': '$.steps.ping' },
      ResultPath: '$.steps.ping',
      Next: 'Write log entry: after',
    });
  });

  it('GIVEN a log action WHEN compiled THEN it is a direct DynamoDB PutItem with the run-log keys', () => {
    const s = states([
      { id: 'note-it', action: 'log', input: { message: 'Lead {{trigger.lead.id}} done', level: 'warn' } },
    ]);
    expect(s['Write log entry: Lead [lead.id] done']).toStrictEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::dynamodb:putItem',
      Parameters: {
        TableName: 'dynaris',
        Item: {
          pk: { 'S.$': "States.Format('T#{}#RUN#{}', $.context.tenantId, $.context.runId)" },
          sk: { 'S.$': "States.Format('LOG#{}#note-it', $$.State.EnteredTime)" },
          gsi1pk: { 'S.$': "States.Format('T#{}#LOGS', $.context.tenantId)" },
          gsi1sk: { 'S.$': "States.Format('{}#{}#note-it', $$.State.EnteredTime, $.context.runId)" },
          type: { S: 'log' },
          tenantId: { 'S.$': '$.context.tenantId' },
          runId: { 'S.$': '$.context.runId' },
          workflowId: { 'S.$': '$.context.workflowId' },
          stepId: { S: 'note-it' },
          level: { S: 'warn' },
          message: { 'S.$': "States.Format('Lead {} done', $.trigger.lead.id)" },
          at: { 'S.$': '$$.State.EnteredTime' },
        },
      },
      ResultSelector: {},
      ResultPath: '$.steps.note-it',
      TimeoutSeconds: 30,
      Retry: [
        {
          ErrorEquals: [
            'DynamoDB.ProvisionedThroughputExceededException',
            'DynamoDB.RequestLimitExceeded',
            'DynamoDB.ThrottlingException',
            'DynamoDB.InternalServerErrorException',
            'States.Timeout',
          ],
          IntervalSeconds: 2,
          MaxAttempts: 3,
          BackoffRate: 2,
          MaxDelaySeconds: 60,
          JitterStrategy: 'FULL',
        },
      ],
      Catch: [EXPRESS_TO_RECORD_FAILURE],
      Next: 'Finish run',
    });
  });

  it('GIVEN a log message that is a whole reference WHEN compiled THEN it is formatted to a string for DynamoDB', () => {
    const s = states([{ id: 'n', action: 'log', input: { message: '{{trigger.count}}' } }]);
    expect(s['Write log entry: [count]']).toMatchObject({
      Parameters: {
        Item: { message: { 'S.$': "States.Format('{}', $.trigger.count)" }, level: { S: 'info' } },
      },
    });
  });

  it('GIVEN events.emit WHEN compiled THEN it is a direct PutEvents whose detail carries the run tenant, never one from the definition', () => {
    const s = states([
      {
        id: 'tell',
        action: 'events.emit',
        input: { event: 'lead.updated', detail: { leadId: '{{trigger.lead.id}}', tenantId: 'evil', n: 1 } },
      },
    ]);
    expect(s['Emit event: lead.updated']).toMatchObject({
      Type: 'Task',
      Resource: 'arn:aws:states:::events:putEvents',
      Parameters: {
        Entries: [
          {
            EventBusName: 'dynaris',
            Source: 'dynaris.workflow',
            DetailType: 'lead.updated',
            Detail: {
              'leadId.$': '$.trigger.lead.id',
              n: 1,
              'tenantId.$': '$.context.tenantId',
              emittedBy: {
                'workflowId.$': '$.context.workflowId',
                'runId.$': '$.context.runId',
                stepId: 'tell',
              },
            },
          },
        ],
      },
      ResultSelector: {},
      ResultPath: '$.steps.tell',
      Retry: [
        { ErrorEquals: ['EventBridge.FailedEntry', 'EventBridge.InternalException', 'States.Timeout'] },
      ],
    });
    const detail = (
      s['Emit event: lead.updated'] as unknown as { Parameters: { Entries: [{ Detail: object }] } }
    ).Parameters.Entries[0].Detail;
    expect(Object.keys(detail)).not.toContain('tenantId');
  });

  it('GIVEN ai.task WHEN compiled THEN the supervisor routes it (op route, AgentTaskPayload shape)', () => {
    const s = states([
      { id: 'think', action: 'ai.task', input: { instruction: 'Qualify {{trigger.lead.name}}' } },
    ]);
    expect(s['AI task: Qualify [lead.name]']).toMatchObject({
      Resource: SUPERVISOR,
      Parameters: {
        op: 'route',
        action: 'ai.task',
        input: { 'instruction.$': "States.Format('Qualify {}', $.trigger.lead.name)" },
        meta: meta('think'),
      },
      ResultSelector: { 'result.$': '$.result', 'action.$': '$.action', 'output.$': '$.output' },
      TimeoutSeconds: 120,
    });
  });
});

describe('asl-validator', () => {
  it('GIVEN every definition compiled in this file WHEN checked with asl-validator THEN none has a problem', () => {
    expect(compiledHere.length).toBeGreaterThan(5);
    expect(aslProblemsBatch(compiledHere)).toStrictEqual([]);
  });
});

describe('retries of Lambda errors (AWS best practice: retry the transient Lambda service exceptions)', () => {
  const RECOMMENDED = [
    'Lambda.ServiceException',
    'Lambda.AWSLambdaException',
    'Lambda.SdkClientException',
    'Lambda.TooManyRequestsException',
    'Lambda.ClientExecutionTimeoutException',
  ];
  const SENDS_OUTSIDE_AWS = [
    'email.send',
    'notify.slack',
    'notify.team',
    'invoice.sendReminder',
    'http.request',
    'ai.task',
  ];

  it('GIVEN every agent action WHEN compiled THEN the Lambda service errors are retried, and Sandbox.Timedout only where a repeat cannot send twice', () => {
    for (const action of ACTION_NAMES) {
      const spec = getAction(action);
      if (spec?.performer.kind === 'integration') continue;
      const errors = actionRetriers(spec as NonNullable<typeof spec>, undefined).flatMap(
        (r) => r.ErrorEquals,
      );
      expect(errors, action).toEqual(expect.arrayContaining(RECOMMENDED));
      expect(errors.includes('Sandbox.Timedout'), action).toBe(!SENDS_OUTSIDE_AWS.includes(action));
    }
  });

  it('GIVEN the supervisor tasks WHEN compiled THEN they retry the Lambda service errors and Sandbox.Timedout (every op is idempotent)', () => {
    const { definition } = compileWorkflow(
      WorkflowDefinition.parse({
        name: 'T',
        trigger: { type: 'manual' },
        steps: [{ id: 'x', action: 'log', input: { message: 'x' } }],
      }),
      { resolver: placeholderResolver },
    );
    const start = definition.States['Start run'] as { Retry?: { ErrorEquals: string[] }[] };
    expect(start.Retry?.[0]?.ErrorEquals).toEqual(
      expect.arrayContaining([...RECOMMENDED, 'Sandbox.Timedout']),
    );
  });
});
