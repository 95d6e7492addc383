import type { ResourceResolver } from '../contracts';
import type { ActionStep } from '../schema';
import type { JsonObject } from './asl';
import { type PathOf, templateObject, templateString } from './templates';

/**
 * Actions that are a single AWS call, compiled to Step Functions service integrations instead of a Lambda hop:
 * the Parameters of each integration's Task.
 */

export const DYNAMODB_PUT_ITEM = 'arn:aws:states:::dynamodb:putItem';
export const EVENTBRIDGE_PUT_EVENTS = 'arn:aws:states:::events:putEvents';
export const WORKFLOW_EVENT_SOURCE = 'dynaris.workflow';

/** The run-log entry, with the keys of logKeys() in functions/data/table.ts. */
const logItem = (
  resolver: ResourceResolver,
  step: ActionStep,
  inLoop: boolean,
  pathOf: PathOf,
): JsonObject => {
  const input = step.input ?? {};
  const message = typeof input.message === 'string' ? input.message : '';
  const text = templateString(message, pathOf);
  const level = typeof input.level === 'string' ? input.level : 'info';
  const stepKey = inLoop ? `${step.id}#{}` : step.id;
  const indexArg = inLoop ? ', $.index' : '';
  const item: JsonObject = {
    pk: { 'S.$': "States.Format('T#{}#RUN#{}', $.context.tenantId, $.context.runId)" },
    sk: { 'S.$': `States.Format('LOG#{}#${stepKey}', $$.State.EnteredTime${indexArg})` },
    gsi1pk: { 'S.$': "States.Format('T#{}#LOGS', $.context.tenantId)" },
    gsi1sk: {
      'S.$': `States.Format('{}#{}#${stepKey}', $$.State.EnteredTime, $.context.runId${indexArg})`,
    },
    type: { S: 'log' },
    tenantId: { 'S.$': '$.context.tenantId' },
    runId: { 'S.$': '$.context.runId' },
    workflowId: { 'S.$': '$.context.workflowId' },
    stepId: { S: step.id },
    level: { S: level },
    // A whole reference may be a number or boolean: Format turns any scalar into the string DynamoDB expects.
    message: text.dynamic
      ? {
          'S.$': text.expression.startsWith('$')
            ? `States.Format('{}', ${text.expression})`
            : text.expression,
        }
      : { S: text.value },
    at: { 'S.$': '$$.State.EnteredTime' },
  };
  if (inLoop) item.itemIndex = { 'N.$': "States.Format('{}', $.index)" };
  return { TableName: resolver.tableName(), Item: item };
};

/** One PutEvents entry from the dynaris.workflow source, for the run's tenant. */
const eventEntry = (resolver: ResourceResolver, step: ActionStep, pathOf: PathOf): JsonObject => {
  const input = step.input ?? {};
  const event = typeof input.event === 'string' ? input.event : '';
  const { tenantId: _ignored, ...detail } = (input.detail ?? {}) as Record<string, unknown>;
  return {
    Entries: [
      {
        EventBusName: resolver.eventBusName(),
        Source: WORKFLOW_EVENT_SOURCE,
        DetailType: event,
        Detail: {
          ...templateObject(detail, pathOf, 'input.detail'),
          // The tenant always comes from the run, never from the definition.
          'tenantId.$': '$.context.tenantId',
          emittedBy: {
            'workflowId.$': '$.context.workflowId',
            'runId.$': '$.context.runId',
            stepId: step.id,
          },
        },
      },
    ],
  };
};

/** The Task of an action performed by a service integration: its Resource and Parameters, no result kept. */
export const integrationTask = (
  resolver: ResourceResolver,
  step: ActionStep,
  service: 'dynamodb' | 'eventbridge',
  inLoop: boolean,
  pathOf: PathOf,
): { Resource: string; Parameters: JsonObject; ResultSelector: JsonObject } =>
  service === 'dynamodb'
    ? { Resource: DYNAMODB_PUT_ITEM, Parameters: logItem(resolver, step, inLoop, pathOf), ResultSelector: {} }
    : {
        Resource: EVENTBRIDGE_PUT_EVENTS,
        Parameters: eventEntry(resolver, step, pathOf),
        ResultSelector: {},
      };
