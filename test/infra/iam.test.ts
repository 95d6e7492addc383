import { beforeAll, describe, expect, it } from 'vitest';
import { AGENTS } from '../../statemachines/catalogue';
import {
  actionsOf,
  asArray,
  functionRoleId,
  render,
  resourcesFor,
  roleStatements,
  type Statement,
  type Synthesized,
  synth,
} from './support/synth';

let s: Synthesized;
beforeAll(() => {
  s = synth({});
});

const LOGS = ['logs:CreateLogStream', 'logs:PutLogEvents'];
const XRAY = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];
const BASE = [...LOGS, ...XRAY];
const READ = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
const TABLE = [...READ, ...WRITE];
const FAILURE_DESTINATION = ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'];
const IDEMPOTENCY = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];
const PUBLISH = ['events:PutEvents'];
const MODEL = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'];
const FILES = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'];
const SQS_SEND = ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'];

/** Exactly the actions each function may perform: nothing missing, nothing extra. */
const EXPECTED: Record<string, string[]> = {
  'agent-email': [...BASE, ...TABLE, ...PUBLISH, ...MODEL, 'ses:SendEmail', 'ses:SendRawEmail'],
  // crm.exportLeads writes the item file of a campaign.
  'agent-crm': [...BASE, ...TABLE, ...PUBLISH, ...FILES],
  'agent-calendar': [...BASE, ...TABLE, ...PUBLISH],
  // The SQS actions are its sweep's on-failure destination.
  'agent-billing': [
    ...BASE,
    ...TABLE,
    ...PUBLISH,
    ...FAILURE_DESTINATION,
    'ses:SendEmail',
    'ses:SendRawEmail',
  ],
  'agent-notify': [...BASE, ...READ, ...IDEMPOTENCY, 'kms:Decrypt', 'ses:SendEmail', 'ses:SendRawEmail'],
  'agent-report': [...BASE, ...READ, ...IDEMPOTENCY, ...MODEL, 'kms:Decrypt'],
  'agent-http': [...BASE, ...READ, ...IDEMPOTENCY, 'kms:Decrypt'],
  'agent-files': [...BASE, ...TABLE, ...PUBLISH, ...FILES],
  'agent-knowledge': [...BASE, ...READ, ...IDEMPOTENCY],
  // ai.task has the chosen agent's function perform the action: invoking the agents, none of their side effects.
  supervisor: [
    ...BASE,
    ...TABLE,
    ...PUBLISH,
    ...MODEL,
    'lambda:InvokeFunction',
    ...FAILURE_DESTINATION,
    'states:SendTaskSuccess',
    // The failed step of a run closed by a status-change event comes from the execution history.
    'states:GetExecutionHistory',
  ],
  // Dry runs perform nothing: api-workflows serves the route (the workflow, settings, keys, Idempotency-Key records)
  // and invokes the function, which reads the leads an export reads and item files (exports/ only, asserted in
  // iam-distributed-maps.test.ts), and writes nothing.
  'api-dry-run': [...BASE, ...READ, 's3:GetObject'],
  // The only API route that calls the model; the api function itself may not.
  'api-assistant': [...BASE, ...TABLE, ...MODEL],
  // The API's functions, one per group of routes (infra/api-routes.ts): each only what its routes touch.
  // api: runs (Step Functions), approvals, settings (integration secrets encrypted when saved), events, logs.
  api: [
    ...BASE,
    ...TABLE,
    'kms:Encrypt',
    'kms:Decrypt',
    'states:StartExecution',
    'states:DescribeExecution',
    'states:GetExecutionHistory',
    'states:StopExecution',
    'states:RedriveExecution',
    'states:ListMapRuns',
    'states:DescribeMapRun',
    'states:SendTaskSuccess',
    'states:SendTaskFailure',
    // Express timelines: the state machine's log group, read from CloudWatch Logs.
    'states:DescribeStateMachine',
    'logs:FilterLogEvents',
  ],
  // Workflows are saved to the table; the provisioner follows its stream. A dry run runs in api-dry-run, invoked.
  'api-workflows': [...BASE, ...TABLE, 'lambda:InvokeFunction'],
  // The data modules: items, files' content, and the events their writes announce.
  'api-data': [...BASE, ...TABLE, ...PUBLISH, ...FILES],
  // The generated OpenAPI document: nothing beyond its logs.
  'api-docs': [...BASE],
  webhooks: [...BASE, ...TABLE, ...PUBLISH, 'kms:Decrypt'],
  // The SQS actions are the on-failure destination: an event the function keeps failing on lands in its DLQ.
  dispatcher: [...BASE, ...TABLE, ...FAILURE_DESTINATION, 'states:StartExecution'],
  correlator: [...BASE, ...TABLE, ...FAILURE_DESTINATION, 'states:SendTaskSuccess'],
  provisioner: [
    ...BASE,
    ...TABLE,
    ...SQS_SEND,
    'dynamodb:ListStreams',
    'dynamodb:DescribeStream',
    'dynamodb:GetRecords',
    'dynamodb:GetShardIterator',
    'states:CreateStateMachine',
    'states:UpdateStateMachine',
    'states:DeleteStateMachine',
    'states:DescribeStateMachine',
    'states:ListExecutions',
    'states:TagResource',
    'states:ListTagsForResource',
    'events:ListRuleNamesByTarget',
    'events:DescribeRule',
    'events:PutRule',
    'events:PutTargets',
    'scheduler:CreateSchedule',
    'scheduler:UpdateSchedule',
    'scheduler:DeleteSchedule',
    'scheduler:GetSchedule',
    'iam:PassRole',
  ],
};

const statementsOf = (service: string): Statement[] =>
  roleStatements(s.resources, functionRoleId(s.resources, `dynaris-dev-${service}`));

/** Resource "*" is accepted only for actions that AWS offers no resource-level permission for. */
const STAR_ALLOWED: Record<string, string> = {
  'xray:PutTraceSegments': 'X-Ray has no resource-level permissions',
  'xray:PutTelemetryRecords': 'X-Ray has no resource-level permissions',
  'xray:GetSamplingRules': 'X-Ray has no resource-level permissions',
  'xray:GetSamplingTargets': 'X-Ray has no resource-level permissions',
  'dynamodb:ListStreams': 'ListStreams has no resource-level permissions (stream event source)',
  'logs:CreateLogDelivery': 'vended log delivery for Step Functions: no resource-level permissions',
  'logs:GetLogDelivery': 'vended log delivery for Step Functions: no resource-level permissions',
  'logs:UpdateLogDelivery': 'vended log delivery for Step Functions: no resource-level permissions',
  'logs:DeleteLogDelivery': 'vended log delivery for Step Functions: no resource-level permissions',
  'logs:ListLogDeliveries': 'vended log delivery for Step Functions: no resource-level permissions',
  'logs:PutResourcePolicy': 'vended log delivery for Step Functions: no resource-level permissions',
  'logs:DescribeResourcePolicies': 'vended log delivery for Step Functions: no resource-level permissions',
  'logs:DescribeLogGroups': 'vended log delivery for Step Functions: no resource-level permissions',
};

describe('least privilege per function', () => {
  it.each(Object.entries(EXPECTED))(
    'GIVEN the synthesized stack WHEN reading the role of %s THEN it allows exactly the actions it needs',
    (service, expected) => {
      expect(actionsOf(statementsOf(service))).toEqual([...new Set(expected)].sort());
    },
  );

  it('GIVEN every function of the platform WHEN counting THEN each one has an expectation above (none unchecked)', () => {
    const names = Object.values(s.resources)
      .filter(
        (r) =>
          r.Type === 'AWS::Lambda::Function' &&
          String(r.Properties?.FunctionName ?? '').startsWith('dynaris-'),
      )
      .map((r) => String(r.Properties?.FunctionName).replace('dynaris-dev-', ''))
      .sort();
    expect(names).toEqual(Object.keys(EXPECTED).sort());
  });

  it('GIVEN the agents that only look things up WHEN they write THEN only idempotency records, by partition-key condition', () => {
    for (const service of ['agent-notify', 'agent-report', 'agent-http', 'agent-knowledge']) {
      const writes = statementsOf(service).filter((st) => asArray(st.Action).includes('dynamodb:PutItem'));
      expect(writes).toHaveLength(1);
      expect(writes[0]?.Condition).toEqual({
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['T#*#IDEMPOTENCY#*'] },
      });
    }
  });

  it('GIVEN table access WHEN granted THEN it names the table and its two indexes, never index/* and never Scan', () => {
    // api-docs serves a generated document and has no table access at all.
    for (const service of Object.keys(EXPECTED).filter((name) => name !== 'api-docs')) {
      const stmts = statementsOf(service);
      expect(actionsOf(stmts)).not.toContain('dynamodb:Scan');
      const resources = resourcesFor(stmts, 'dynamodb:Query');
      expect(resources).toEqual([
        '<DataTableFDBAD0F2.Arn>',
        '<DataTableFDBAD0F2.Arn>/index/gsi1',
        '<DataTableFDBAD0F2.Arn>/index/gsi2',
      ]);
    }
  });

  it('GIVEN the dispatcher and correlator WHEN they send to a queue THEN only to their own DLQ', () => {
    expect(resourcesFor(statementsOf('dispatcher'), 'sqs:SendMessage')).toEqual([
      expect.stringMatching(/^<EventsDispatchDlq[0-9A-F]{8}\.Arn>$/),
    ]);
    expect(resourcesFor(statementsOf('correlator'), 'sqs:SendMessage')).toEqual([
      expect.stringMatching(/^<EventsCorrelateDlq[0-9A-F]{8}\.Arn>$/),
    ]);
  });

  it('GIVEN the workflow permissions WHEN scoped THEN state machines and executions are limited to the stage prefix', () => {
    const prefix = 'arn:<AWS::Partition>:states:eu-central-1:123456789012';
    expect(resourcesFor(statementsOf('dispatcher'), 'states:StartExecution')).toEqual([
      `${prefix}:stateMachine:dynaris-dev_*`,
    ]);
    expect(resourcesFor(statementsOf('api'), 'states:StopExecution')).toEqual([
      `${prefix}:execution:dynaris-dev_*:*`,
      `${prefix}:express:dynaris-dev_*:*`,
    ]);
    expect(resourcesFor(statementsOf('provisioner'), 'states:CreateStateMachine')).toEqual([
      `${prefix}:stateMachine:dynaris-dev_*`,
    ]);
    expect(resourcesFor(statementsOf('provisioner'), 'scheduler:CreateSchedule')).toEqual([
      'arn:<AWS::Partition>:scheduler:eu-central-1:123456789012:schedule/dynaris-dev/*',
    ]);
  });

  it('GIVEN the provisioner WHEN passing roles THEN only the state machine and scheduler roles, only to their services', () => {
    const pass = statementsOf('provisioner').filter((st) => asArray(st.Action).includes('iam:PassRole'));
    expect(pass).toHaveLength(1);
    expect(asArray(pass[0]?.Resource).map(render).sort()).toEqual([
      '<SchedulesExecutionRoleF6248141.Arn>',
      '<WorkflowRuntimeStateMachineRoleBE1600FF.Arn>',
    ]);
    expect(pass[0]?.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': ['states.amazonaws.com', 'scheduler.amazonaws.com'] },
    });
  });

  it('GIVEN tenant secrets WHEN functions use the key THEN only with a tenant encryption context', () => {
    for (const service of ['api', 'webhooks', 'agent-notify', 'agent-http', 'agent-report']) {
      const kms = statementsOf(service).filter((st) => asArray(st.Action).some((a) => a.startsWith('kms:')));
      expect(kms).toHaveLength(1);
      expect(kms[0]?.Condition).toEqual({ Null: { 'kms:EncryptionContext:tenantId': 'false' } });
    }
  });

  it("GIVEN Bedrock access WHEN granted THEN only the configured model: the region's inference profile and the model it routes to", () => {
    expect(resourcesFor(statementsOf('supervisor'), 'bedrock:InvokeModel')).toEqual([
      'arn:<AWS::Partition>:bedrock:eu-central-1:123456789012:inference-profile/eu.anthropic.claude-haiku-4-5-20251001-v1:0',
      'arn:<AWS::Partition>:bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
    ]);
  });

  it('GIVEN the email agent WHEN sending THEN only from the configured SES identity', () => {
    expect(resourcesFor(statementsOf('agent-email'), 'ses:SendEmail')).toEqual([
      'arn:<AWS::Partition>:ses:eu-central-1:123456789012:identity/example.com',
    ]);
  });

  it('GIVEN the provisioner WHEN managing dispatch rules THEN it reads its bus rules and writes only its own prefix', () => {
    const rules = 'arn:<AWS::Partition>:events:eu-central-1:123456789012:rule/dynaris-dev';
    expect(resourcesFor(statementsOf('provisioner'), 'events:DescribeRule')).toEqual([`${rules}/*`]);
    expect(resourcesFor(statementsOf('provisioner'), 'events:PutRule')).toEqual([
      `${rules}/dynaris-dev-route-*`,
    ]);
    expect(resourcesFor(statementsOf('provisioner'), 'events:PutTargets')).toEqual([
      `${rules}/dynaris-dev-route-*`,
    ]);
  });

  it('GIVEN rules the provisioner creates WHEN they fire THEN the dispatcher and its DLQ accept them, and only them', () => {
    const own = 'arn:<AWS::Partition>:events:eu-central-1:123456789012:rule/dynaris-dev/dynaris-dev-route-*';
    const permissions = Object.values(s.resources).filter(
      (r) => r.Type === 'AWS::Lambda::Permission' && render(r.Properties.SourceArn) === own,
    );
    expect(permissions).toHaveLength(1);
    expect(permissions[0]?.Properties).toMatchObject({
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      SourceAccount: '123456789012',
    });
    expect(render(permissions[0]?.Properties.FunctionName)).toMatch(
      /^<Functionsdispatcher[0-9A-F]{8}\.Arn>$/,
    );
    const dlqPolicy = Object.values(s.resources).find(
      (r) =>
        r.Type === 'AWS::SQS::QueuePolicy' &&
        JSON.stringify(r.Properties.Queues).includes('EventsDispatchDlq'),
    );
    if (!dlqPolicy) throw new Error('no queue policy on the dispatch DLQ');
    const statements = (dlqPolicy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
    const fromOwn = statements.filter((st) =>
      JSON.stringify(st.Condition ?? {}).includes('dynaris-dev-route-*'),
    );
    expect(fromOwn).toHaveLength(1);
    expect(fromOwn[0]).toMatchObject({ Effect: 'Allow', Action: 'sqs:SendMessage' });
  });
});

describe('the workflow state machine role', () => {
  const runtime = () => roleStatements(s.resources, 'WorkflowRuntimeStateMachineRoleBE1600FF');

  it('GIVEN the role WHEN listing its actions THEN invoke, put log item, put events, Distributed Map (items, results, child executions), log delivery and traces only', () => {
    expect(actionsOf(runtime())).toEqual(
      [
        'lambda:InvokeFunction',
        'dynamodb:PutItem',
        'events:PutEvents',
        's3:GetObject',
        's3:PutObject',
        's3:AbortMultipartUpload',
        's3:ListMultipartUploadParts',
        'states:StartExecution',
        'states:DescribeExecution',
        'states:StopExecution',
        'states:RedriveExecution',
        ...Object.keys(STAR_ALLOWED).filter((a) => a.startsWith('logs:') || a.startsWith('xray:')),
      ].sort(),
    );
  });

  it('GIVEN the role WHEN invoking THEN only the supervisor and the agents', () => {
    const invoke = runtime()
      .filter((st) => asArray(st.Action).includes('lambda:InvokeFunction'))
      .flatMap((st) => asArray(st.Resource).map(render));
    expect(invoke).toHaveLength(AGENTS.length + 1);
    expect(invoke.some((r) => r.includes('Functionssupervisor'))).toBe(true);
    expect(invoke.some((r) => /api|dispatcher|provisioner|correlator|webhooks/.test(r))).toBe(false);
  });

  it('GIVEN the role WHEN writing THEN PutItem on the table and PutEvents on the bus only', () => {
    const stmts = runtime();
    expect(resourcesFor(stmts, 'dynamodb:PutItem')).toEqual(['<DataTableFDBAD0F2.Arn>']);
    expect(resourcesFor(stmts, 'events:PutEvents')).toEqual(['<EventsBus45DE4339.Arn>']);
  });

  it('GIVEN the scheduler role WHEN starting runs THEN StartExecution on the workflow prefix and its DLQ only', () => {
    const stmts = roleStatements(s.resources, 'SchedulesExecutionRoleF6248141');
    expect(actionsOf(stmts)).toEqual([
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:SendMessage',
      'states:StartExecution',
    ]);
    expect(resourcesFor(stmts, 'states:StartExecution')).toEqual([
      'arn:<AWS::Partition>:states:eu-central-1:123456789012:stateMachine:dynaris-dev_*',
    ]);
  });
});

describe('no wildcard resources where a scoped one exists', () => {
  it('GIVEN every policy in the stack WHEN scanning for Resource "*" THEN only allow-listed actions have it', () => {
    const offenders: string[] = [];
    for (const [id, r] of Object.entries(s.resources)) {
      const docs: { Statement: Statement[] }[] = [];
      if (r.Type === 'AWS::IAM::Policy')
        docs.push((r.Properties as { PolicyDocument: { Statement: Statement[] } }).PolicyDocument);
      if (r.Type === 'AWS::IAM::Role') {
        for (const p of (r.Properties?.Policies as
          | { PolicyDocument: { Statement: Statement[] } }[]
          | undefined) ?? [])
          docs.push(p.PolicyDocument);
      }
      for (const doc of docs) {
        for (const st of doc.Statement) {
          if (st.Effect !== 'Allow' || !asArray(st.Resource).includes('*')) continue;
          for (const action of asArray(st.Action))
            if (!STAR_ALLOWED[action]) offenders.push(`${id}: ${action}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('GIVEN every policy WHEN scanning for action wildcards THEN there are none', () => {
    const wild: string[] = [];
    for (const [id, r] of Object.entries(s.resources)) {
      if (r.Type !== 'AWS::IAM::Policy') continue;
      for (const st of (r.Properties as { PolicyDocument: { Statement: Statement[] } }).PolicyDocument
        .Statement) {
        for (const a of asArray(st.Action)) if (a.includes('*')) wild.push(`${id}: ${a}`);
      }
    }
    expect(wild).toEqual([]);
  });

  it('GIVEN the roles WHEN listing managed policies THEN no function role uses an AWS managed policy', () => {
    const withManaged = Object.entries(s.resources)
      .filter(
        ([id, r]) =>
          r.Type === 'AWS::IAM::Role' && id.startsWith('Functions') && r.Properties?.ManagedPolicyArns,
      )
      .map(([id]) => id);
    expect(withManaged).toEqual([]);
  });
});
