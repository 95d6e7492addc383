import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import {
  BUILT_IN_WORKFLOWS_ENV,
  builtInTriggerPattern,
  builtInWorkflowId,
} from '../../functions/data/built-in-workflows';
import type { ResourceResolver } from '../../statemachines/contracts';
import { scheduleExpression } from '../../statemachines/schedule';
import type { Trigger } from '../../statemachines/schema';
import { TARGET_RETRY } from './bus';
import { stateMachineName } from './names';
import { deadLetterQueue } from './queues';
import type { Scheduler } from './scheduler';
import type { WorkflowRuntime } from './workflow-runtime';

/** A template as infra deploys it: its id, trigger, and its definition compiled against a resolver. */
export interface BuiltInTemplate {
  readonly id: string;
  readonly name: string;
  readonly trigger: Trigger;
  compile(resolver: ResourceResolver): { readonly definition: object; readonly type: 'STANDARD' | 'EXPRESS' };
}

export interface BuiltInWorkflowsProps {
  /** Template ids to deploy (context `builtInWorkflows`). */
  readonly templateIds: readonly string[];
  readonly templates: ReadonlyMap<string, BuiltInTemplate>;
  /** The tenant the built-ins serve (context `tenantId`). */
  readonly tenantId: string;
  readonly stateMachinePrefix: string;
  readonly resolver: ResourceResolver;
  readonly runtime: WorkflowRuntime;
  readonly bus: events.EventBus;
  readonly scheduler: Scheduler;
  /**
   * Starts event- and webhook-triggered built-ins: EventBridge cannot name an execution, the dispatcher does
   * (from the event id), so a duplicated event starts one run.
   */
  readonly dispatcher: lambda.IFunction;
}

/** Workflow id of a built-in: stable across deploys, distinct from user workflow ids (`wf-…`). */
export { builtInWorkflowId };

/**
 * Templates compiled at synth time into state machines (named like runtime-provisioned ones, so the same
 * prefix-scoped permissions cover them), each with its trigger: a bus rule (event, webhook) or a Scheduler
 * schedule. Manual ones are started through the API.
 */
export class BuiltInWorkflows extends Construct {
  readonly stateMachines: sfn.StateMachine[] = [];
  readonly rules: events.Rule[] = [];
  readonly schedules: scheduler.CfnSchedule[] = [];
  readonly dlq: sqs.Queue;
  private readonly deployed: { templateId: string; stateMachineArn: string }[] = [];
  private readonly tenantId: string;

  constructor(scope: Construct, id: string, props: BuiltInWorkflowsProps) {
    super(scope, id);
    this.tenantId = props.tenantId;
    this.dlq = deadLetterQueue(this, 'TriggerDlq');
    const unknown = props.templateIds.filter((t) => !props.templates.has(t));
    if (unknown.length > 0) {
      throw new Error(
        `Unknown built-in workflow template(s): ${unknown.join(', ')}. Known: ${[...props.templates.keys()].join(', ')}`,
      );
    }
    for (const templateId of props.templateIds) {
      const template = props.templates.get(templateId) as BuiltInTemplate;
      this.deploy(template, props);
    }
  }

  /**
   * What the API needs to show the built-ins (GET /workflows) and start the manual ones: set as BUILT_IN_WORKFLOWS
   * on each function given, checked there at cold start. The ARNs are formatted from the machines' names, so the
   * functions do not depend on the machines (which depend on the functions they invoke).
   */
  describeTo(...functions: lambda.Function[]): void {
    const config = { tenantId: this.tenantId, workflows: this.deployed };
    const value = Stack.of(this).toJsonString(config);
    for (const fn of functions) fn.addEnvironment(BUILT_IN_WORKFLOWS_ENV, value);
  }

  private deploy(template: BuiltInTemplate, props: BuiltInWorkflowsProps): void {
    const workflowId = builtInWorkflowId(template.id);
    const compiled = template.compile(props.resolver);
    const machine = new sfn.StateMachine(this, template.id, {
      stateMachineName: stateMachineName(props.stateMachinePrefix, props.tenantId, workflowId),
      comment: template.name,
      definitionBody: sfn.DefinitionBody.fromString(Stack.of(this).toJsonString(compiled.definition)),
      stateMachineType:
        compiled.type === 'EXPRESS' ? sfn.StateMachineType.EXPRESS : sfn.StateMachineType.STANDARD,
      role: props.runtime.role,
      tracingEnabled: true,
      // Express runs are read from these logs (no history API), so they carry the execution data, as provisioned ones do.
      logs: {
        destination: props.runtime.logGroup,
        level: sfn.LogLevel.ALL,
        includeExecutionData: compiled.type === 'EXPRESS',
      },
    });
    this.stateMachines.push(machine);
    this.deployed.push({
      templateId: template.id,
      stateMachineArn: Stack.of(this).formatArn({
        service: 'states',
        resource: 'stateMachine',
        resourceName: stateMachineName(props.stateMachinePrefix, props.tenantId, workflowId),
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
    });
    const context = (triggerType: Trigger['type'], withEventId: boolean) => ({
      tenantId: props.tenantId,
      workflowId,
      triggerType,
      ...(withEventId ? { eventId: events.EventField.eventId } : {}),
    });
    const trigger = template.trigger;
    if (trigger.type === 'event' || trigger.type === 'webhook') {
      const pattern = builtInTriggerPattern(trigger, props.tenantId) as Record<string, unknown>;
      const rule = new events.Rule(this, `${template.id}Trigger`, {
        eventBus: props.bus,
        description: `Starts built-in workflow ${template.name} (${props.tenantId})`,
        eventPattern: {
          source: pattern.source as string[],
          ...(pattern['detail-type'] ? { detailType: pattern['detail-type'] as string[] } : {}),
          detail: pattern.detail as Record<string, unknown>,
        },
      });
      rule.addTarget(
        new targets.LambdaFunction(props.dispatcher, {
          event: events.RuleTargetInput.fromObject({
            builtIn: {
              stateMachineArn: machine.stateMachineArn,
              workflowId,
              workflowType: compiled.type,
              triggerType: trigger.type,
            },
            event: {
              id: events.EventField.eventId,
              source: events.EventField.source,
              'detail-type': events.EventField.detailType,
              time: events.EventField.time,
              detail: events.EventField.fromPath('$.detail'),
            },
          }),
          deadLetterQueue: this.dlq,
          ...TARGET_RETRY,
        }),
      );
      this.rules.push(rule);
    } else if (trigger.type === 'schedule') {
      const schedule = new scheduler.CfnSchedule(this, `${template.id}Schedule`, {
        groupName: props.scheduler.group.scheduleGroupName,
        description: `Runs built-in workflow ${template.name} (${props.tenantId})`,
        scheduleExpression: scheduleExpression(trigger),
        scheduleExpressionTimezone: trigger.timezone ?? 'UTC',
        flexibleTimeWindow: { mode: 'OFF' },
        state: 'ENABLED',
        target: {
          arn: machine.stateMachineArn,
          roleArn: props.scheduler.role.roleArn,
          input: JSON.stringify({
            trigger: { scheduledTime: '<aws.scheduler.scheduled-time>' },
            context: context('schedule', false),
          }),
          retryPolicy: { maximumRetryAttempts: 5, maximumEventAgeInSeconds: Duration.hours(1).toSeconds() },
          deadLetterConfig: { arn: props.scheduler.dlq.queueArn },
        },
      });
      // The group is referenced by name, which does not order the deployment by itself.
      schedule.node.addDependency(props.scheduler.group);
      this.schedules.push(schedule);
    }
  }
}
