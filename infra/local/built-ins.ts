import type { EventBridgeEvent } from 'aws-lambda';
import {
  type BuiltInCatalog,
  builtInTriggerPattern,
  builtInWorkflowId,
  createBuiltInCatalog,
} from '../../functions/data/built-in-workflows';
import type { BuiltInStart } from '../../functions/dispatcher/dispatcher';
import type { LocalEngine } from '../../functions/engine/local-engine';
import { stateMachineName } from '../../functions/provisioner/names';
import { compileWorkflow } from '../../statemachines/compile';
import type { ResourceResolver } from '../../statemachines/contracts';
import { matchPattern } from '../../statemachines/patterns';
import { scheduleExpression } from '../../statemachines/schedule';
import { TEMPLATE_IDS, TEMPLATES, type TemplateId } from '../../statemachines/templates';
import type { LocalBus } from './bus';
import { LOCAL_ACCOUNT, LOCAL_PREFIX } from './functions';
import type { LocalScheduler } from './scheduler';

/**
 * The BuiltInWorkflows construct on this machine: each chosen template compiled into a state machine named as the
 * stack names it, its trigger a bus target that matches the construct's rule pattern and hands the dispatcher the
 * same `{ builtIn, event }` input, or a schedule with the same input; the API is told them as BUILT_IN_WORKFLOWS
 * tells it on AWS. None unless chosen (`DYNARIS_BUILT_IN_WORKFLOWS=lead-follow-up,outreach-campaign`).
 */

export const BUILT_IN_OPTION = 'DYNARIS_BUILT_IN_WORKFLOWS';

export interface LocalBuiltInsDeps {
  /** Template ids (a comma-separated string, as in the environment, or a list). */
  readonly templateIds: string | readonly string[] | undefined;
  /** The tenant they serve (the runtime's default tenant, as `tenantId` of the stage on AWS). */
  readonly tenantId: string;
  readonly engine: LocalEngine;
  readonly resolver: ResourceResolver;
  readonly scheduler: LocalScheduler;
  readonly bus: LocalBus;
  /** State machine name -> console label. */
  readonly machineLabels: Map<string, string>;
  /** The dispatcher's handler, given what a built-in's trigger rule sends it. */
  readonly dispatch: (input: {
    builtIn: BuiltInStart;
    event: EventBridgeEvent<string, unknown>;
  }) => Promise<unknown>;
}

const chosen = (ids: LocalBuiltInsDeps['templateIds']): TemplateId[] => {
  const list = typeof ids === 'string' ? ids.split(',') : (ids ?? []);
  const trimmed = [...new Set(list.map((s) => s.trim()).filter(Boolean))];
  const unknown = trimmed.filter((id) => !(TEMPLATE_IDS as readonly string[]).includes(id));
  if (unknown.length > 0) {
    throw new Error(
      `${BUILT_IN_OPTION}: unknown template(s) ${unknown.join(', ')}; known: ${TEMPLATE_IDS.join(', ')}`,
    );
  }
  return trimmed as TemplateId[];
};

/** Deploys the chosen built-ins; the catalog the API answers them from. */
export const deployLocalBuiltIns = async (deps: LocalBuiltInsDeps): Promise<BuiltInCatalog> => {
  const { tenantId, engine } = deps;
  const workflows: { templateId: TemplateId; stateMachineArn: string }[] = [];
  for (const templateId of chosen(deps.templateIds)) {
    const definition = TEMPLATES[templateId];
    const workflowId = builtInWorkflowId(templateId);
    const name = stateMachineName(LOCAL_PREFIX, tenantId, workflowId);
    const stateMachineArn = engine.stateMachineArn(name);
    const compiled = compileWorkflow(definition, { resolver: deps.resolver });
    engine.registerStateMachine(stateMachineArn, compiled.definition, compiled.type, {
      stateNames: compiled.stateNames,
      logging: { level: 'ALL', includeExecutionData: compiled.type === 'EXPRESS' },
    });
    deps.machineLabels.set(name, `"${definition.name}" (${tenantId}/${workflowId}, built in)`);
    const trigger = definition.trigger;
    if (trigger.type === 'event' || trigger.type === 'webhook') {
      const pattern = builtInTriggerPattern(trigger, tenantId);
      const builtIn: BuiltInStart = {
        stateMachineArn,
        workflowId,
        workflowType: compiled.type,
        triggerType: trigger.type,
      };
      deps.bus.addTarget({
        name: `${LOCAL_PREFIX}-${workflowId}-trigger`,
        handle: async (event) =>
          matchPattern(pattern, event) ? deps.dispatch({ builtIn, event }) : undefined,
      });
    } else if (trigger.type === 'schedule') {
      await deps.scheduler.create({
        name: `${LOCAL_PREFIX}-${workflowId}`,
        groupName: LOCAL_PREFIX,
        expression: scheduleExpression(trigger),
        timezone: trigger.timezone ?? 'UTC',
        description: `Runs built-in workflow ${definition.name} (${tenantId})`,
        flexibleWindow: { mode: 'OFF' },
        target: {
          arn: stateMachineArn,
          roleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/${LOCAL_PREFIX}-scheduler`,
          input: JSON.stringify({
            trigger: { scheduledTime: '<aws.scheduler.scheduled-time>' },
            context: { tenantId, workflowId, triggerType: 'schedule' },
          }),
          retryPolicy: { maximumRetryAttempts: 5, maximumEventAgeInSeconds: 3600 },
        },
        state: 'ENABLED',
      });
    }
    workflows.push({ templateId, stateMachineArn });
  }
  return createBuiltInCatalog({ tenantId, workflows });
};
