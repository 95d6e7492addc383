import { describe, expect, it } from 'vitest';
import { aslProblems } from '../../functions/engine/asl-check';
import {
  type AslDefinition,
  type AslState,
  compileWorkflow,
  placeholderResolver,
} from '../../statemachines/compile';
import { WorkflowDefinition } from '../../statemachines/schema';
import { aslProblemsBatch } from '../support/asl-batch';

/**
 * Each step kind rendered to ASL and compared state by state with toStrictEqual (the CDK Step Functions test style).
 * Manual workflows have no Auto Mode gate, so the first step follows "Start run" directly.
 */

const SUPERVISOR = 'arn:aws:lambda:us-east-1:000000000000:function:dynaris-supervisor';
const lambda = (agent: string) => `arn:aws:lambda:us-east-1:000000000000:function:dynaris-${agent}`;

/** Every definition compiled here; the last test checks them all with asl-validator in one call. */
const compiledHere: AslDefinition[] = [];

const compile = (steps: unknown[], extra: Record<string, unknown> = {}) => {
  const def = WorkflowDefinition.parse({ name: 'Test', trigger: { type: 'manual' }, steps, ...extra });
  const compiled = compileWorkflow(def, { resolver: placeholderResolver });
  compiledHere.push(compiled.definition);
  return compiled;
};

const states = (steps: unknown[], extra: Record<string, unknown> = {}): Record<string, AslState> =>
  compile(steps, extra).definition.States;

/** The meta every agent task carries; inside a Map the item index comes from the iteration. */
const meta = (stepId: string, inMap = false) => ({
  'tenantId.$': '$.context.tenantId',
  'workflowId.$': '$.context.workflowId',
  'runId.$': '$.context.runId',
  'executionId.$': '$$.Execution.Id',
  stepId,
  ...(inMap ? { 'itemIndex.$': '$.index' } : { itemIndex: -1 }),
  'attempt.$': '$$.State.RetryCount',
  'dryRun.$': '$.context.dryRun',
});

const AGENT_ERRORS = [
  'RetriableError',
  'States.Timeout',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
];
const LAMBDA_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
];
const TO_RECORD_FAILURE = { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Record failure' };
/** Registering a wait or an approval retries like every supervisor task, the supervisor's RetriableError included. */
const CALLBACK_RETRY = {
  ErrorEquals: [...LAMBDA_ERRORS, 'RetriableError'],
  IntervalSeconds: 1,
  MaxAttempts: 3,
  BackoffRate: 2,
  MaxDelaySeconds: 10,
  JitterStrategy: 'FULL',
};

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
      Catch: [TO_RECORD_FAILURE],
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
          ErrorEquals: AGENT_ERRORS,
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
      Catch: [TO_RECORD_FAILURE],
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

describe('wait steps', () => {
  it('GIVEN a duration WHEN compiled THEN it is a Wait with Seconds', () => {
    expect(states([{ id: 'pause', wait: 'P2D' }])['Wait 2 days']).toStrictEqual({
      Type: 'Wait',
      Seconds: 172_800,
      Next: 'Finish run',
    });
  });

  it('GIVEN until a literal time WHEN compiled THEN it is a Wait with an RFC 3339 Timestamp', () => {
    expect(
      states([{ id: 'pause', wait: { until: '2026-12-01T09:00' } }])['Wait until 2026-12-01T09:00'],
    ).toStrictEqual({
      Type: 'Wait',
      Timestamp: '2026-12-01T09:00:00Z',
      Next: 'Finish run',
    });
  });

  it('GIVEN until a reference WHEN compiled THEN it is a Wait with TimestampPath', () => {
    expect(
      states([{ id: 'pause', name: 'Until the meeting', wait: { until: '{{trigger.booking.start}}' } }])[
        'Until the meeting'
      ],
    ).toStrictEqual({ Type: 'Wait', TimestampPath: '$.trigger.booking.start', Next: 'Finish run' });
  });
});

describe('waitFor steps', () => {
  const steps = [
    {
      id: 'await-reply',
      waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
      onEvent: [{ id: 'thanks', action: 'log', input: { message: 'replied' } }],
      onTimeout: [{ id: 'nudge', action: 'log', input: { message: 'silent' } }],
    },
    { id: 'last', action: 'log', input: { message: 'end' } },
  ];

  it('GIVEN waitFor WHEN compiled THEN a callback task registers the wait with the supervisor, with TimeoutSeconds and a States.Timeout catch', () => {
    const s = states(steps);
    expect(s['Wait for reply (2 days)']).toStrictEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: SUPERVISOR,
        Payload: {
          op: 'registerWait',
          event: 'email.received',
          match: { 'leadId.$': '$.trigger.lead.id' },
          timeoutSeconds: 172_800,
          'taskToken.$': '$$.Task.Token',
          'context.$': '$.context',
          stepId: 'await-reply',
        },
      },
      TimeoutSeconds: 172_800,
      Retry: [CALLBACK_RETRY],
      ResultSelector: { received: true, 'event.$': '$.event' },
      ResultPath: '$.steps.await-reply',
      Catch: [
        {
          ErrorEquals: ['States.Timeout'],
          ResultPath: '$.steps.await-reply',
          Next: 'No reply within 2 days',
        },
        TO_RECORD_FAILURE,
      ],
      Next: 'Write log entry: replied',
    });
    expect(s['No reply within 2 days']).toStrictEqual({
      Type: 'Pass',
      Result: { received: false, event: null },
      ResultPath: '$.steps.await-reply',
      Next: 'Write log entry: silent',
    });
    expect(s['Write log entry: replied']).toMatchObject({ Next: 'Write log entry: end' });
    expect(s['Write log entry: silent']).toMatchObject({ Next: 'Write log entry: end' });
  });

  it('GIVEN waitFor without branches WHEN compiled THEN both outcomes continue with the next step', () => {
    const s = states([
      {
        id: 'w',
        waitFor: { event: 'invoice.paid', match: { invoiceId: '{{trigger.invoice.id}}' }, timeout: 'PT12H' },
      },
    ]);
    expect(s['Wait for payment (12 hours)']).toMatchObject({ Next: 'Finish run' });
    expect(s['No payment within 12 hours']).toMatchObject({ Next: 'Finish run' });
  });
});

describe('if steps', () => {
  it('GIVEN if/then/else WHEN compiled THEN a Choice with a guarded rule leads to then, Default to else, both rejoin', () => {
    const s = states([
      {
        id: 'hot',
        if: { path: 'trigger.lead.value', gt: 10000 },
        then: [{ id: 'big', action: 'log', input: { message: 'big' } }],
        else: [{ id: 'small', action: 'log', input: { message: 'small' } }],
      },
      { id: 'end', action: 'log', input: { message: 'end' } },
    ]);
    expect(s['Lead value > 10000?']).toStrictEqual({
      Type: 'Choice',
      Choices: [
        {
          And: [
            { Variable: '$.trigger.lead.value', IsPresent: true },
            {
              And: [
                { Variable: '$.trigger.lead.value', IsNumeric: true },
                { Variable: '$.trigger.lead.value', NumericGreaterThan: 10000 },
              ],
            },
          ],
          Next: 'Write log entry: big',
        },
      ],
      Default: 'Write log entry: small',
    });
    expect(s['Write log entry: big']).toMatchObject({ Next: 'Write log entry: end' });
    expect(s['Write log entry: small']).toMatchObject({ Next: 'Write log entry: end' });
  });

  it('GIVEN if without else as the last step WHEN compiled THEN Default goes straight to "Finish run"', () => {
    const s = states([
      {
        id: 'hot',
        if: { path: 'trigger.ok', eq: true },
        then: [{ id: 'x', action: 'log', input: { message: 'x' } }],
      },
    ]);
    expect(s['Ok is true?']).toMatchObject({ Default: 'Finish run' });
  });
});

describe('parallel steps', () => {
  it('GIVEN parallel branches WHEN compiled THEN a Parallel state merges every branch result back into $.steps', () => {
    const s = states([
      {
        id: 'both',
        parallel: [
          [{ id: 'a', action: 'log', input: { message: 'a' } }],
          [{ id: 'b', action: 'log', input: { message: 'b' } }],
          [{ id: 'c', action: 'log', input: { message: 'c' } }],
        ],
      },
    ]);
    const parallel = s['Run 3 branches in parallel'];
    expect(parallel).toMatchObject({
      Type: 'Parallel',
      ResultSelector: {
        'trigger.$': '$[0].trigger',
        'context.$': '$[0].context',
        'steps.$': 'States.JsonMerge(States.JsonMerge($[0].steps, $[1].steps, false), $[2].steps, false)',
      },
      Catch: [TO_RECORD_FAILURE],
      Next: 'Finish run',
    });
    expect(parallel).not.toHaveProperty('ResultPath');
    const branches = (parallel as { Branches: { StartAt: string; States: Record<string, AslState> }[] })
      .Branches;
    expect(branches.map((b) => b.StartAt)).toStrictEqual([
      'Write log entry: a',
      'Write log entry: b',
      'Write log entry: c',
    ]);
    // Inside a branch a failure fails the branch (the Parallel catches it): no Catch, and the branch ends.
    expect(branches[0]?.States['Write log entry: a']).toMatchObject({ End: true });
    expect(branches[0]?.States['Write log entry: a']).not.toHaveProperty('Catch');
  });
});

describe('forEach steps', () => {
  it('GIVEN a parallel inside a forEach body WHEN compiled THEN the merge keeps outer, item and index for the steps after it', () => {
    const s = states([
      {
        id: 'each',
        forEach: {
          items: '{{trigger.ids}}',
          steps: [
            {
              id: 'both',
              parallel: [
                [{ id: 'a', action: 'log', input: { message: 'a' } }],
                [{ id: 'b', action: 'log', input: { message: 'b' } }],
              ],
            },
          ],
        },
      },
    ]);
    const map = s['For each id'] as { ItemProcessor: { States: Record<string, AslState> } };
    expect(map.ItemProcessor.States['Run 2 branches in parallel']).toMatchObject({
      ResultSelector: {
        'trigger.$': '$[0].trigger',
        'context.$': '$[0].context',
        'outer.$': '$[0].outer',
        'item.$': '$[0].item',
        'index.$': '$[0].index',
        'steps.$': 'States.JsonMerge($[0].steps, $[1].steps, false)',
      },
      End: true,
      OutputPath: '$.steps',
    });
  });

  it('GIVEN forEach items that are not a whole reference WHEN compiled THEN a CompileError explains the expected form', () => {
    const def = WorkflowDefinition.parse({
      name: 'x',
      trigger: { type: 'manual' },
      steps: [{ id: 'each', forEach: { items: 'leads: {{trigger.ids}}', steps: [] } }],
    });
    expect(() => compileWorkflow(def, { resolver: placeholderResolver })).toThrow(
      'step "each": forEach.items must be a whole reference such as {{steps.find.leads}}',
    );
  });

  it('GIVEN forEach WHEN compiled THEN a Map passes trigger, context, earlier results, item and index, and collects each iteration’s own results', () => {
    const compiled = compile([
      { id: 'find', action: 'crm.findLeads', input: { status: 'new' } },
      {
        id: 'each',
        forEach: {
          items: '{{steps.find.leads}}',
          concurrency: 3,
          steps: [
            {
              id: 'note',
              action: 'crm.addNote',
              input: { leadId: '{{item.id}}', text: 'Found {{steps.find.count}}, #{{index}}' },
            },
            { id: 'done', action: 'log', input: { message: '{{steps.note.noteId}}' } },
          ],
        },
      },
    ]);
    const map = compiled.definition.States['For each lead'];
    expect(map).toStrictEqual({
      Type: 'Map',
      ItemsPath: '$.steps.find.leads',
      MaxConcurrency: 3,
      ItemSelector: {
        'trigger.$': '$.trigger',
        'context.$': '$.context',
        'outer.$': '$.steps',
        steps: {},
        'item.$': '$$.Map.Item.Value',
        'index.$': '$$.Map.Item.Index',
      },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: 'Add note: Found [find.count], #[index]',
        States: {
          'Add note: Found [find.count], #[index]': {
            Type: 'Task',
            Resource: lambda('crm'),
            Parameters: {
              action: 'crm.addNote',
              input: {
                'leadId.$': '$.item.id',
                'text.$': "States.Format('Found {}, #{}', $.outer.find.count, $.index)",
              },
              meta: meta('note', true),
            },
            ResultSelector: { 'noteId.$': '$.noteId', 'leadId.$': '$.leadId' },
            ResultPath: '$.steps.note',
            TimeoutSeconds: 60,
            Retry: [
              {
                ErrorEquals: AGENT_ERRORS,
                IntervalSeconds: 2,
                MaxAttempts: 3,
                BackoffRate: 2,
                MaxDelaySeconds: 60,
                JitterStrategy: 'FULL',
              },
            ],
            Next: 'Write log entry: [note.noteId]',
          },
          'Write log entry: [note.noteId]': expect.objectContaining({
            Parameters: expect.objectContaining({
              Item: expect.objectContaining({
                sk: { 'S.$': "States.Format('LOG#{}#done#{}', $$.State.EnteredTime, $.index)" },
                message: { 'S.$': "States.Format('{}', $.steps.note.noteId)" },
                itemIndex: { 'N.$': "States.Format('{}', $.index)" },
              }),
            }),
            End: true,
            OutputPath: '$.steps',
          }),
        },
      },
      ResultSelector: { 'results.$': '$', 'count.$': 'States.ArrayLength($)' },
      ResultPath: '$.steps.each',
      Catch: [TO_RECORD_FAILURE],
      Next: 'Finish run',
    });
  });

  it('GIVEN a forEach inside a forEach WHEN compiled THEN the inner loop sees the outer loop’s results merged into outer', () => {
    const s = states([
      { id: 'find', action: 'crm.findLeads', input: {} },
      {
        id: 'outer-loop',
        forEach: {
          items: '{{steps.find.leads}}',
          steps: [
            { id: 'get', action: 'crm.getLead', input: { leadId: '{{item.id}}' } },
            {
              id: 'inner-loop',
              forEach: {
                items: '{{steps.get.lead.tags}}',
                steps: [
                  {
                    id: 'tag-note',
                    action: 'crm.addNote',
                    input: { leadId: '{{steps.get.leadId}}', text: '{{item}}' },
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    const outer = s['For each lead'] as { ItemProcessor: { States: Record<string, AslState> } };
    const inner = outer.ItemProcessor.States['For each tag'] as {
      ItemSelector: Record<string, unknown>;
      ItemsPath: string;
      ItemProcessor: { States: Record<string, AslState> };
    };
    expect(inner.ItemsPath).toBe('$.steps.get.lead.tags');
    expect(inner.ItemSelector['outer.$']).toBe('States.JsonMerge($.outer, $.steps, false)');
    // itemIndex repeats across outer iterations: the path of indexes keeps the idempotency key unique.
    expect(inner.ItemSelector['itemPath.$']).toBe("States.Format('{}.{}', $.index, $$.Map.Item.Index)");
    expect(inner.ItemProcessor.States['Add note: [item]']).toMatchObject({
      Parameters: {
        input: { 'leadId.$': '$.outer.get.leadId', 'text.$': '$.item' },
        meta: { 'itemIndex.$': '$.index', 'itemPath.$': '$.itemPath' },
      },
    });
    expect(outer).not.toHaveProperty(['ItemSelector', 'itemPath.$']);
  });
});

describe('approval steps', () => {
  it('GIVEN an approval WHEN compiled THEN a callback task requests it, rejection and timeout run onReject then end the run as rejected', () => {
    const s = states([
      {
        id: 'ok',
        approval: {
          message: 'Send the offer to {{trigger.lead.name}}?',
          approvers: ['boss@acme.com'],
          timeout: 'P3D',
        },
        onReject: [{ id: 'sorry', action: 'log', input: { message: 'rejected' } }],
      },
      { id: 'go', action: 'log', input: { message: 'approved' } },
    ]);
    expect(s['Approval: Send the offer to [lead.name]?']).toStrictEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: SUPERVISOR,
        Payload: {
          op: 'requestApproval',
          'message.$': "States.Format('Send the offer to {}?', $.trigger.lead.name)",
          approvers: ['boss@acme.com'],
          'trigger.$': '$.trigger',
          'taskToken.$': '$$.Task.Token',
          'context.$': '$.context',
          stepId: 'ok',
        },
      },
      TimeoutSeconds: 259_200,
      Retry: [CALLBACK_RETRY],
      ResultSelector: { approved: true, 'by.$': '$.by', 'at.$': '$.at', 'comment.$': '$.comment' },
      ResultPath: '$.steps.ok',
      Catch: [
        {
          ErrorEquals: ['ApprovalRejected'],
          ResultPath: '$.steps.ok',
          Next: 'Read rejection: Send the offer to [lead.name]?',
        },
        {
          ErrorEquals: ['States.Timeout'],
          ResultPath: '$.steps.ok',
          Next: 'No decision: Send the offer to [lead.name]?',
        },
        TO_RECORD_FAILURE,
      ],
      Next: 'Write log entry: approved',
    });
    expect(s['Read rejection: Send the offer to [lead.name]?']).toStrictEqual({
      Type: 'Pass',
      Comment: 'The rejection cause is JSON { by, at, comment }; missing fields become null.',
      Parameters: {
        'decision.$':
          'States.JsonMerge(States.StringToJson(States.Format(\'\\{"by":null,"at":null,"comment":null\\}\')), States.StringToJson($.steps.ok.Cause), false)',
      },
      ResultPath: '$.steps.ok',
      Next: 'Rejected: Send the offer to [lead.name]?',
    });
    expect(s['Rejected: Send the offer to [lead.name]?']).toStrictEqual({
      Type: 'Pass',
      Parameters: {
        approved: false,
        'by.$': '$.steps.ok.decision.by',
        'at.$': '$.steps.ok.decision.at',
        'comment.$': '$.steps.ok.decision.comment',
      },
      ResultPath: '$.steps.ok',
      Next: 'Write log entry: rejected',
    });
    expect(s['No decision: Send the offer to [lead.name]?']).toStrictEqual({
      Type: 'Pass',
      Result: { approved: false, by: null, at: null, comment: 'No decision within 3 days' },
      ResultPath: '$.steps.ok',
      Next: 'Write log entry: rejected',
    });
    expect(s['Write log entry: rejected']).toMatchObject({ Next: 'Finish rejected run' });
    expect(s['Finish rejected run']).toMatchObject({
      Parameters: { op: 'finish', outcome: 'rejected', 'context.$': '$.context', 'steps.$': '$.steps' },
      Next: 'Run rejected',
    });
    expect(s['Run rejected']).toStrictEqual({
      Type: 'Succeed',
      Comment: 'A person rejected the run; recorded as rejected.',
    });
  });

  it('GIVEN an approval without timeout inside a parallel branch WHEN rejected THEN the branch fails with ApprovalRejected and the Parallel ends the run as rejected', () => {
    const s = states([
      {
        id: 'par',
        name: 'Both',
        parallel: [
          [{ id: 'ok', approval: { message: 'Go?' } }],
          [{ id: 'x', action: 'log', input: { message: 'x' } }],
        ],
      },
    ]);
    const par = s.Both as { Catch: unknown[]; Branches: { States: Record<string, AslState> }[] };
    expect(par.Catch).toStrictEqual([
      { ErrorEquals: ['ApprovalRejected'], ResultPath: null, Next: 'Finish rejected run' },
      TO_RECORD_FAILURE,
    ]);
    const branch = par.Branches[0]?.States ?? {};
    expect(branch['Approval: Go?']).toMatchObject({ TimeoutSeconds: 604_800, End: true });
    expect(branch['Rejected: Go?']).toMatchObject({ Next: 'Stop: Go? rejected' });
    expect(branch['Stop: Go? rejected']).toStrictEqual({
      Type: 'Fail',
      Error: 'ApprovalRejected',
      Cause: 'Approval "Go?" was rejected',
    });
  });
});

describe('the supervisor around every workflow', () => {
  const one = [{ id: 'x', action: 'log', input: { message: 'x' } }];

  it('GIVEN any workflow WHEN compiled THEN it starts with "Start run", which turns the input into { trigger, context, steps }', () => {
    const { definition } = compile(one);
    expect(definition.StartAt).toBe('Start run');
    expect(definition.States['Start run']).toStrictEqual({
      Type: 'Task',
      Resource: SUPERVISOR,
      Parameters: {
        op: 'start',
        'executionId.$': '$$.Execution.Id',
        'executionName.$': '$$.Execution.Name',
        'startedAt.$': '$$.Execution.StartTime',
        'input.$': '$',
      },
      TimeoutSeconds: 30,
      Retry: [{ ...CALLBACK_RETRY, ErrorEquals: [...LAMBDA_ERRORS, 'RetriableError'] }],
      Comment: 'Loads the run context (tenant, Auto Mode, dry run) and records the run as started.',
      ResultSelector: { 'trigger.$': '$$.Execution.Input.trigger', 'context.$': '$', steps: {} },
      Next: 'Write log entry: x',
    });
  });

  it('GIVEN any workflow WHEN compiled THEN success ends in "Finish run" and every failure in "Record failure" then "Run failed"', () => {
    const { definition } = compile(one);
    expect(definition.States['Finish run']).toMatchObject({
      Resource: SUPERVISOR,
      Parameters: { op: 'finish', outcome: 'succeeded', 'context.$': '$.context', 'steps.$': '$.steps' },
      ResultPath: null,
      Catch: [TO_RECORD_FAILURE],
      End: true,
    });
    expect(definition.States['Record failure']).toMatchObject({
      Resource: SUPERVISOR,
      Parameters: { op: 'fail', 'context.$': '$.context', 'steps.$': '$.steps', 'error.$': '$.error' },
      ResultPath: null,
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: 'Run failed' }],
      Next: 'Run failed',
    });
    expect(definition.States['Run failed']).toStrictEqual({
      Type: 'Fail',
      ErrorPath: '$.error.Error',
      CausePath: '$.error.Cause',
    });
  });

  it('GIVEN nothing can reject the run WHEN compiled THEN there are no rejection states (Step Functions refuses unreachable states)', () => {
    const { definition } = compile(one);
    expect(Object.keys(definition.States)).toStrictEqual([
      'Start run',
      'Write log entry: x',
      'Finish run',
      'Record failure',
      'Run failed',
    ]);
  });

  it('GIVEN an event trigger without autoMode WHEN compiled THEN the Auto Mode gate waits for a person when the context says so', () => {
    const { definition } = compile(one, { trigger: { type: 'event', event: 'lead.created' } });
    expect(definition.States['Start run']).toMatchObject({ Next: 'Approval needed?' });
    expect(definition.States['Approval needed?']).toStrictEqual({
      Type: 'Choice',
      Comment: 'Auto Mode is off for this tenant or workflow: a person approves the run first.',
      Choices: [{ Variable: '$.context.needsApproval', BooleanEquals: true, Next: 'Wait for approval' }],
      Default: 'Write log entry: x',
    });
    expect(definition.States['Wait for approval']).toStrictEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: SUPERVISOR,
        Payload: {
          op: 'requestApproval',
          'taskToken.$': '$$.Task.Token',
          'context.$': '$.context',
          stepId: '_run',
          message: 'Run "Test"',
          'trigger.$': '$.trigger',
        },
      },
      TimeoutSeconds: 604_800,
      Retry: [CALLBACK_RETRY],
      ResultPath: null,
      Catch: [
        {
          ErrorEquals: ['ApprovalRejected', 'States.Timeout'],
          ResultPath: null,
          Next: 'Finish rejected run',
        },
        TO_RECORD_FAILURE,
      ],
      Next: 'Write log entry: x',
    });
  });

  it('GIVEN autoMode true WHEN compiled THEN there is no gate', () => {
    const { definition } = compile(one, {
      trigger: { type: 'event', event: 'lead.created' },
      autoMode: true,
    });
    expect(definition.States['Start run']).toMatchObject({ Next: 'Write log entry: x' });
    expect(definition.States).not.toHaveProperty('Approval needed?');
  });

  it('GIVEN a forced EXPRESS workflow that may need approval WHEN compiled THEN the gate fails the run with a reason instead of waiting', () => {
    const compiled = compile(one, {
      trigger: { type: 'event', event: 'lead.created' },
      settings: { type: 'EXPRESS' },
    });
    expect(compiled.type).toBe('EXPRESS');
    expect(compiled.definition.States['Approval needed?']).toMatchObject({
      Choices: [{ Variable: '$.context.needsApproval', BooleanEquals: true, Next: 'Approval not possible' }],
    });
    expect(compiled.definition.States['Approval not possible']).toMatchObject({
      Type: 'Pass',
      Parameters: { Error: 'ApprovalUnavailable' },
      ResultPath: '$.error',
      Next: 'Record failure',
    });
    expect(JSON.stringify(compiled.definition)).not.toContain('waitForTaskToken');
  });

  it('GIVEN settings.timeout WHEN compiled THEN the machine has TimeoutSeconds, a Comment, and json is the compact definition', () => {
    const compiled = compile(one, { settings: { timeout: 'PT10M' }, description: 'Does x.' });
    expect(compiled.definition.TimeoutSeconds).toBe(600);
    expect(compiled.definition.Comment).toBe('Test: Does x.');
    expect(JSON.parse(compiled.json)).toStrictEqual(compiled.definition);
    expect(compiled.json).not.toContain('\n');
  });

  it('GIVEN a workflow WHEN compiled THEN stateCount counts nested states and stateNames maps every step id', () => {
    const compiled = compile([
      { id: 'a', action: 'log', input: { message: 'a' } },
      { id: 'p', parallel: [[{ id: 'b', action: 'log', input: { message: 'b' } }]] },
    ]);
    // Start, a, parallel (+ b inside), Finish, Record failure, Run failed
    expect(compiled.stateCount).toBe(7);
    expect(compiled.stateNames).toStrictEqual({
      a: 'Write log entry: a',
      p: 'Run 1 branch',
      b: 'Write log entry: b',
    });
  });
});

describe('resources come from the resolver', () => {
  it('GIVEN a resolver (CDK tokens at synth) WHEN compiled THEN every resource is the resolver’s and no placeholder remains', () => {
    const resolver = {
      agentFunction: (agent: string) => `TOKEN[agent-${agent}]`,
      supervisorFunction: () => 'TOKEN[supervisor]',
      tableName: () => 'TOKEN[table]',
      eventBusName: () => 'TOKEN[bus]',
    };
    const def = WorkflowDefinition.parse({
      name: 'R',
      trigger: { type: 'event', event: 'lead.created' },
      steps: [
        { id: 'a', action: 'email.send', input: { to: 'a@b.co', subject: 'x' } },
        { id: 'b', action: 'log', input: { message: 'x' } },
        { id: 'c', action: 'events.emit', input: { event: 'lead.updated' } },
        { id: 'd', action: 'ai.task', input: { instruction: 'x' } },
        { id: 'e', waitFor: { event: 'email.received', match: { leadId: 'x' }, timeout: 'P1D' } },
      ],
    });
    const json = compileWorkflow(def, { resolver }).json;
    expect(json).not.toContain('000000000000');
    expect(json).not.toContain('"dynaris"');
    for (const token of ['TOKEN[agent-email]', 'TOKEN[supervisor]', 'TOKEN[table]', 'TOKEN[bus]'])
      expect(json).toContain(token);
  });
});

describe('asl-validator', () => {
  it('GIVEN every definition compiled in this file WHEN checked with asl-validator THEN none has a problem', () => {
    expect(compiledHere.length).toBeGreaterThan(20);
    expect(aslProblemsBatch(compiledHere)).toStrictEqual([]);
  });

  it('GIVEN a definition with a broken transition WHEN batch-checked THEN the problem is reported (the check can fail)', () => {
    const broken = structuredClone(compiledHere[0] as AslDefinition);
    (broken.States['Start run'] as { Next: string }).Next = 'Nowhere';
    expect(aslProblemsBatch([broken]).length).toBeGreaterThan(0);
    expect(aslProblems(broken).length).toBeGreaterThan(0);
  });
});
