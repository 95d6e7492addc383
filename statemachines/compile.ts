/** The compiler from workflow definitions to Amazon States Language. Implementation: statemachines/compile/. */
export type * from './compile/asl';
export { allStates } from './compile/asl';
export {
  CALLBACK_RESOURCE,
  type CompiledWorkflow,
  type CompileOptions,
  compileWorkflow,
  DYNAMODB_PUT_ITEM,
  EVENTBRIDGE_PUT_EVENTS,
  WORKFLOW_EVENT_SOURCE,
} from './compile/compiler';
export { asRfc3339, conditionRule, escapeStringMatches } from './compile/conditions';
export { MAX_STATE_NAME, RESERVED_STATE_NAMES, StateNamer, stepStateNames } from './compile/names';
export {
  AGENT_RETRY_ERRORS,
  actionTimeoutSeconds,
  DEFAULT_APPROVAL_TIMEOUT,
  DEFAULT_FOREACH_CONCURRENCY,
  RUN_APPROVAL_TIMEOUT,
} from './compile/policy';
export { placeholderResolver } from './compile/resolver';
export { CompileError, escapeIntrinsicText, formatExpression, templateObject } from './compile/templates';
export {
  ASSUMED_FOREACH_ITEMS,
  chooseWorkflowType,
  EXPRESS_MAX_SECONDS,
  longestPathSeconds,
  needsRunApproval,
  type WorkflowType,
} from './compile/workflow-type';
