import aslValidator from 'asl-validator';
import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStageConfig } from '../../infra/config';
import { builtInWorkflowId } from '../../infra/constructs/built-in-workflows';
import { stateMachineName } from '../../infra/constructs/names';
import { DynarisStack } from '../../infra/stack';
import { loadTemplates } from '../../infra/templates';
import { TEMPLATE_IDS, TEMPLATES } from '../../statemachines/templates';
import { type Synthesized, synth, TEST_ACCOUNT, TEST_REGION, TEST_TENANT } from './support/synth';

let s: Synthesized;
beforeAll(() => {
  s = synth({});
});

const machines = () =>
  Object.entries(s.resources).filter(([, r]) => r.Type === 'AWS::StepFunctions::StateMachine') as [
    string,
    { Properties: Record<string, unknown> },
  ][];

/** The deployed definition with each CloudFormation reference replaced by a plausible concrete value. */
const concreteDefinition = (definitionString: unknown): unknown => {
  const part = (p: unknown): string => {
    if (typeof p === 'string') return p;
    const o = p as Record<string, unknown>;
    if ('Fn::GetAtt' in o) {
      const [id] = o['Fn::GetAtt'] as string[];
      return `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:function:${id}`;
    }
    if ('Ref' in o) return String(o.Ref);
    throw new Error(`Unexpected reference in a definition: ${JSON.stringify(o)}`);
  };
  const text =
    typeof definitionString === 'string'
      ? definitionString
      : (definitionString as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1].map(part).join('');
  return JSON.parse(text);
};

describe('built-in workflows', () => {
  it('GIVEN every template listed in context WHEN synthesized THEN one state machine each, named under the stage prefix', () => {
    const names = machines()
      .map(([, m]) => m.Properties.StateMachineName)
      .sort();
    expect(names).toEqual(
      TEMPLATE_IDS.map((id) => stateMachineName('dynaris-dev', TEST_TENANT, builtInWorkflowId(id))).sort(),
    );
  });

  it.each(TEMPLATE_IDS)(
    'GIVEN template %s WHEN its deployed definition is resolved THEN it is valid ASL whose tasks call deployed functions',
    (id) => {
      const name = stateMachineName('dynaris-dev', TEST_TENANT, builtInWorkflowId(id));
      const machine = machines().find(([, m]) => m.Properties.StateMachineName === name);
      expect(machine).toBeDefined();
      const definition = concreteDefinition(machine?.[1].Properties.DefinitionString);
      const result = aslValidator(structuredClone(definition), { checkArn: true, checkPaths: true });
      expect(result.errors).toEqual([]);
      expect(result.isValid).toBe(true);
      const text = JSON.stringify(definition);
      expect(text).toContain(`function:Functionssupervisor`);
      expect(text).not.toContain('000000000000');
      expect((definition as { Comment?: string }).Comment ?? TEMPLATES[id].name).toBeTruthy();
    },
  );

  it('GIVEN the built-in state machines WHEN synthesized THEN they run as the workflow role, log everything (Express ones with their data, their only timeline) and trace', () => {
    for (const [id, m] of machines()) {
      expect(m.Properties.RoleArn, id).toEqual({
        'Fn::GetAtt': ['WorkflowRuntimeStateMachineRoleBE1600FF', 'Arn'],
      });
      expect(m.Properties.LoggingConfiguration, id).toMatchObject({
        Level: 'ALL',
        IncludeExecutionData: m.Properties.StateMachineType === 'EXPRESS',
      });
      expect(m.Properties.TracingConfiguration, id).toEqual({ Enabled: true });
    }
  });

  it('GIVEN an event-triggered template WHEN deployed THEN a bus rule for that event and tenant asks the dispatcher to start it (named from the event)', () => {
    s.template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: [{ prefix: 'dynaris.' }],
        'detail-type': ['email.sent'],
        detail: { lead: { status: ['new'] }, tenantId: [TEST_TENANT] },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Functionsdispatcher'), 'Arn'] },
          DeadLetterConfig: Match.anyValue(),
          RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 21600 },
          InputTransformer: {
            InputPathsMap: {
              id: '$.id',
              source: '$.source',
              'detail-type': '$.detail-type',
              time: '$.time',
              detail: '$.detail',
            },
            InputTemplate: {
              'Fn::Join': [
                '',
                [
                  '{"builtIn":{"stateMachineArn":"',
                  { Ref: Match.stringLikeRegexp('noreplyreminder') },
                  Match.stringLikeRegexp(
                    '"workflowId":"builtin-no-reply-reminder","workflowType":"STANDARD","triggerType":"event"\\},"event":\\{"id":<id>',
                  ),
                ],
              ],
            },
          },
        }),
      ],
    });
  });

  it('GIVEN the scheduled template WHEN deployed THEN a schedule in the group starts it in its time zone, with DLQ and retries', () => {
    s.template.hasResource('AWS::Scheduler::Schedule', {
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('^SchedulesGroup')]),
    });
    s.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      GroupName: 'dynaris-dev',
      ScheduleExpression: 'cron(0 17 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { Ref: Match.stringLikeRegexp('dailysummary') },
        RoleArn: { 'Fn::GetAtt': ['SchedulesExecutionRoleF6248141', 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('SchedulesDlq'), 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 5, MaximumEventAgeInSeconds: 3600 },
        Input: JSON.stringify({
          trigger: { scheduledTime: '<aws.scheduler.scheduled-time>' },
          context: { tenantId: TEST_TENANT, workflowId: 'builtin-daily-summary', triggerType: 'schedule' },
        }),
      },
    });
  });

  it('GIVEN the manual template WHEN deployed THEN nothing starts it but the API', () => {
    const rules = Object.values(s.resources).filter((r) => r.Type === 'AWS::Events::Rule');
    expect(JSON.stringify(rules)).not.toMatch(/outreachcampaign/i);
    const schedules = Object.values(s.resources).filter((r) => r.Type === 'AWS::Scheduler::Schedule');
    expect(schedules).toHaveLength(1);
  });

  it('GIVEN an unknown template id in context WHEN synthesizing THEN synth fails naming it and the known ones', () => {
    const app = new App({
      context: { 'aws:cdk:bundling-stacks': [], builtInWorkflows: 'lead-follow-up,nope' },
    });
    const config = readStageConfig(app.node);
    expect(
      () =>
        new DynarisStack(app, 'Broken', {
          config,
          templates: loadTemplates(),
          ...(s.stack.functionsDir ? { functionsDir: s.stack.functionsDir } : {}),
        }),
    ).toThrow(/Unknown built-in workflow template\(s\): nope\. Known: lead-follow-up/);
  });
});
