import type { ResourceResolver } from '../contracts';
import { durationSeconds } from '../duration';
import type { Step, WorkflowDefinition } from '../schema';
import { compileAction } from './action-step';
import type { AslDefinition, AslState, AslStateMachine, Json } from './asl';
import { allStates } from './asl';
import { compileApproval, compileWaitFor } from './callback-steps';
import { CompileContext, type Scope, type StepCompiler, TOP_KEYS } from './context';
import { compileForEach, compileIf, compileParallel, compileWait, deadlineStateNames } from './control-steps';
import { knownTextOf } from './known-text';
import { probeStateNames } from './list-contains';
import { RESERVED_STATE_NAMES as R, stepStateNames, truncate } from './names';
import { closingStates, openingStates } from './run-states';
import { chooseWorkflowType, needsRunApproval, type WorkflowType } from './workflow-type';

export { CALLBACK_RESOURCE } from './callback-steps';
export { DYNAMODB_PUT_ITEM, EVENTBRIDGE_PUT_EVENTS, WORKFLOW_EVENT_SOURCE } from './integrations';

export interface CompileOptions {
  resolver: ResourceResolver;
  /**
   * Pass `$$.State.RetryCount` to agents as meta.attempt. @default true. Engines whose context object lacks
   * State.RetryCount can turn it off.
   */
  includeAttempt?: boolean;
}

export interface CompiledWorkflow {
  definition: AslDefinition;
  /** The definition as deployed (compact JSON). */
  json: string;
  type: WorkflowType;
  /** Every state, nested branches and Map processors included. */
  stateCount: number;
  /** Step id -> the name of the state that performs it (the Task, Choice, Wait, Map or Parallel). */
  stateNames: Record<string, string>;
}

/** One compiler per step kind. */
const compileStep: StepCompiler = (ctx, step: Step, scope, next) => {
  if ('action' in step) compileAction(ctx, step, scope, next);
  else if ('wait' in step) compileWait(ctx, step, scope, next);
  else if ('waitFor' in step) compileWaitFor(ctx, step, scope, next);
  else if ('if' in step) compileIf(ctx, step, scope, next);
  else if ('parallel' in step) compileParallel(ctx, step, scope, next);
  else if ('forEach' in step) compileForEach(ctx, step, scope, next);
  else compileApproval(ctx, step, scope, next);
};

const compileDefinition = (
  ctx: CompileContext,
  def: WorkflowDefinition,
  type: WorkflowType,
): AslDefinition => {
  ctx.names = stepStateNames(def.steps, ctx.namer);
  ctx.probes = probeStateNames(def.steps, ctx.namer, knownTextOf(def));
  ctx.deadlines = deadlineStateNames(def.steps, ctx.namer);
  ctx.type = type;
  const firstStep = def.steps[0] ? ctx.entry(def.steps[0]) : R.finish;
  const states: Record<string, AslState> = openingStates(ctx, def, type, firstStep);
  const top: Scope = { kind: 'top', keys: TOP_KEYS, local: undefined, states, label: def.name };
  ctx.sequence(def.steps, top, R.finish);
  Object.assign(states, closingStates(ctx, ctx.rejectable || needsRunApproval(def)));

  const definition: AslDefinition = {
    Comment: truncate(def.description ? `${def.name}: ${def.description}` : def.name, 500),
    StartAt: R.start,
    States: states,
  };
  if (def.settings?.timeout) definition.TimeoutSeconds = durationSeconds(def.settings.timeout);
  return definition;
};

/** `Type` and `Comment` first in every state, as people read them in the console. */
const tidy = (machine: AslStateMachine): void => {
  for (const [name, state] of Object.entries(machine.States)) {
    const { Type, Comment, ...rest } = state as AslState & { Comment?: string };
    machine.States[name] = { Type, ...(Comment === undefined ? {} : { Comment }), ...rest } as AslState;
    if (state.Type === 'Parallel') for (const branch of state.Branches) tidy(branch);
    if (state.Type === 'Map') tidy(state.ItemProcessor);
  }
};

const countStates = (definition: AslDefinition): number => {
  let n = 0;
  for (const _ of allStates(definition)) n++;
  return n;
};

/**
 * Compiles a workflow definition (assumed valid: validate.ts runs first) to Amazon States Language (JSONPath), wrapped
 * in the supervisor's start / approval gate / finish / failure states.
 */
export const compileWorkflow = (def: WorkflowDefinition, options: CompileOptions): CompiledWorkflow => {
  const type = chooseWorkflowType(def);
  const ctx = new CompileContext(options.resolver, options.includeAttempt ?? true, compileStep);
  const definition = compileDefinition(ctx, def, type);
  tidy(definition);
  const stateNames: Record<string, string> = {};
  for (const [step, name] of ctx.names) stateNames[step.id] = name;
  return {
    definition,
    json: JSON.stringify(definition),
    type,
    stateCount: countStates(definition),
    stateNames,
  };
};

export type { Json };
