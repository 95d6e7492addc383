import { type ActionSpec, getAction } from '../catalogue';
import { ERRORS, type ResourceResolver } from '../contracts';
import { durationSeconds, humanizeDuration } from '../duration';
import { type Reference, wholeReference } from '../references';
import {
  type ActionStep,
  type ApprovalStep,
  childBranches,
  type ForEachStep,
  type IfStep,
  type ParallelStep,
  type Step,
  type WaitForStep,
  type WaitStep,
  type WorkflowDefinition,
  walkSteps,
} from '../schema';
import type {
  AslCatcher,
  AslChoiceRule,
  AslDefinition,
  AslState,
  AslStateMachine,
  AslTaskState,
  AslWaitState,
  Json,
  JsonObject,
} from './asl';
import { allStates } from './asl';
import { asRfc3339, conditionRule } from './conditions';
import {
  approvalLabel,
  RESERVED_STATE_NAMES as R,
  StateNamer,
  stepStateNames,
  truncate,
  waitForTimeoutName,
} from './names';
import {
  actionRetriers,
  actionTimeoutSeconds,
  DEFAULT_APPROVAL_TIMEOUT,
  DEFAULT_FOREACH_CONCURRENCY,
  RUN_APPROVAL_TIMEOUT,
  SUPERVISOR_RETRY,
  SUPERVISOR_TIMEOUT_SECONDS,
} from './policy';
import { CompileError, type PathOf, templateObject, templateString } from './templates';
import { chooseWorkflowType, needsRunApproval, type WorkflowType } from './workflow-type';

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

export const CALLBACK_RESOURCE = 'arn:aws:states:::lambda:invoke.waitForTaskToken';
export const DYNAMODB_PUT_ITEM = 'arn:aws:states:::dynamodb:putItem';
export const EVENTBRIDGE_PUT_EVENTS = 'arn:aws:states:::events:putEvents';
export const WORKFLOW_EVENT_SOURCE = 'dynaris.workflow';

/** A transition target: a state name, or the end of the current scope. */
const END = Symbol('end');
type Target = string | typeof END;

interface Scope {
  kind: 'top' | 'map' | 'branch';
  /** Keys of the state data in this scope, besides `steps`. */
  keys: readonly string[];
  /** Ids of the steps whose results live in this scope's `$.steps` (inside a Map body: the body's own steps). */
  local: ReadonlySet<string> | undefined;
  states: Record<string, AslState>;
  /** A state ending the scope, for Choice rules that lead to the end (created on demand). */
  terminal?: string;
  label: string;
}

const TOP_KEYS = ['trigger', 'context'] as const;
const MAP_KEYS = ['trigger', 'context', 'outer', 'item', 'index'] as const;
/** A forEach inside a forEach also carries the path of indexes from the outermost loop in. */
const NESTED_MAP_KEYS = [...MAP_KEYS, 'itemPath'] as const;

const stepPath = (id: string): string => `$.steps.${id}`;

const jsonPath = (base: string, segments: readonly string[]): string =>
  base + segments.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('');

/** Ids whose results live in a Map body's own `$.steps`: the body's steps, not those of nested forEach bodies. */
const bodyIds = (steps: readonly Step[]): Set<string> => {
  const ids = new Set<string>();
  const visit = (list: readonly Step[]) => {
    for (const step of list) {
      ids.add(step.id);
      if (!('forEach' in step)) for (const [, children] of childBranches(step)) visit(children);
    }
  };
  visit(steps);
  return ids;
};

class Compiler {
  readonly #resolver: ResourceResolver;
  readonly #includeAttempt: boolean;
  readonly #namer = new StateNamer();
  #names = new Map<Step, string>();

  constructor(options: CompileOptions) {
    this.#resolver = options.resolver;
    this.#includeAttempt = options.includeAttempt ?? true;
  }

  compile(def: WorkflowDefinition, type: WorkflowType): AslDefinition {
    this.#names = stepStateNames(def.steps, this.#namer);

    const states: Record<string, AslState> = {};
    const top: Scope = { kind: 'top', keys: TOP_KEYS, local: undefined, states, label: def.name };
    const firstStep = def.steps[0] ? this.#name(def.steps[0]) : R.finish;

    const start = this.#startState();
    states[R.start] = start;
    const gate = needsRunApproval(def);
    if (gate && type === 'STANDARD') {
      start.Next = R.gate;
      states[R.gate] = {
        Type: 'Choice',
        Comment: 'Auto Mode is off for this tenant or workflow: a person approves the run first.',
        Choices: [{ Variable: '$.context.needsApproval', BooleanEquals: true, Next: R.waitForApproval }],
        Default: firstStep,
      };
      states[R.waitForApproval] = this.#runApprovalState(def, firstStep);
    } else if (gate) {
      // Express workflows cannot wait for a callback; a run that needs approval fails with a clear reason.
      start.Next = R.gate;
      states[R.gate] = {
        Type: 'Choice',
        Choices: [{ Variable: '$.context.needsApproval', BooleanEquals: true, Next: R.gateUnavailable }],
        Default: firstStep,
      };
      states[R.gateUnavailable] = {
        Type: 'Pass',
        Parameters: {
          Error: 'ApprovalUnavailable',
          Cause:
            'Auto Mode is off but this is an EXPRESS workflow, which cannot wait for approval. ' +
            'Set "autoMode": true on the workflow or use settings.type STANDARD.',
        },
        ResultPath: '$.error',
        Next: R.recordFailure,
      };
    } else {
      start.Next = firstStep;
    }

    this.#sequence(def.steps, top, R.finish);

    states[R.finish] = { ...this.#finishState('succeeded'), End: true };
    // Only when something can reject the run: Step Functions refuses unreachable states.
    if (this.#rejectable || (gate && type === 'STANDARD')) {
      states[R.finishRejected] = { ...this.#finishState('rejected'), Next: R.rejected };
      states[R.rejected] = { Type: 'Succeed', Comment: 'A person rejected the run; recorded as rejected.' };
    }
    states[R.recordFailure] = this.#recordFailureState();
    states[R.failed] = { Type: 'Fail', ErrorPath: '$.error.Error', CausePath: '$.error.Cause' };

    const definition: AslDefinition = {
      Comment: truncate(def.description ? `${def.name}: ${def.description}` : def.name, 500),
      StartAt: R.start,
      States: states,
    };
    if (def.settings?.timeout) definition.TimeoutSeconds = durationSeconds(def.settings.timeout);
    return definition;
  }

  stateNames(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [step, name] of this.#names) out[step.id] = name;
    return out;
  }

  // ---------------------------------------------------------------- names and flow

  #name(step: Step): string {
    const name = this.#names.get(step);
    if (!name) throw new Error(`invariant: step "${step.id}" was not named`);
    return name;
  }

  /** First state of a list of steps, or the target itself when the list is empty. */
  #first(steps: readonly Step[] | undefined, target: Target): Target {
    return steps?.[0] ? this.#name(steps[0]) : target;
  }

  /** A state name for a Choice rule or Catch: END becomes the scope's terminal state. */
  #resolve(target: Target, scope: Scope): string {
    if (target !== END) return target;
    if (!scope.terminal) {
      scope.terminal = this.#namer.unique(
        scope.kind === 'map' ? `${scope.label}: item done` : `${scope.label}: done`,
      );
      scope.states[scope.terminal] =
        scope.kind === 'map' ? { Type: 'Succeed', OutputPath: '$.steps' } : { Type: 'Succeed' };
    }
    return scope.terminal;
  }

  /** `Next`, or `End` (a Map iteration outputs only its own step results). */
  #flow(target: Target, scope: Scope): { Next: string } | { End: true; OutputPath?: string } {
    if (target !== END) return { Next: target };
    return scope.kind === 'map' ? { End: true, OutputPath: '$.steps' } : { End: true };
  }

  #pathOf(scope: Scope): PathOf {
    return (ref: Reference) => {
      if (ref.root === 'steps') {
        const [id = '', ...rest] = ref.segments;
        const base = scope.local && !scope.local.has(id) ? '$.outer' : '$.steps';
        return jsonPath(`${base}.${id}`, rest);
      }
      return jsonPath(`$.${ref.root}`, ref.segments);
    };
  }

  /** Where failures go: at the top level to "Record failure"; inside branches they fail the branch. */
  #catchers(scope: Scope): AslCatcher[] {
    return scope.kind === 'top'
      ? [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: R.recordFailure }]
      : [];
  }

  /** For Parallel and Map: a rejection inside ends the run as rejected; other failures as in #catchers. */
  #containerCatchers(step: Step, scope: Scope): AslCatcher[] {
    if (scope.kind !== 'top') return [];
    const inner = [...walkSteps([step])].some(({ step: s }) => s !== step && 'approval' in s);
    if (!inner) return this.#catchers(scope);
    this.#rejectable = true;
    return [
      { ErrorEquals: [ERRORS.rejected], ResultPath: null, Next: R.finishRejected },
      ...this.#catchers(scope),
    ];
  }

  /** Whether some state leads to "Finish rejected run". */
  #rejectable = false;

  #sequence(steps: readonly Step[], scope: Scope, target: Target): void {
    for (const [i, step] of steps.entries()) {
      const next = steps[i + 1] ? this.#name(steps[i + 1] as Step) : target;
      this.#step(step, scope, next);
    }
  }

  /** A branch or Map body as its own state machine; an empty one still needs a state. */
  #machine(steps: readonly Step[], scope: Scope): AslStateMachine {
    if (steps.length === 0) {
      const name = this.#namer.unique(`${scope.label}: nothing to do`);
      scope.states[name] = { Type: 'Pass', ...this.#flow(END, scope) };
      return { StartAt: name, States: scope.states };
    }
    this.#sequence(steps, scope, END);
    return { StartAt: this.#name(steps[0] as Step), States: scope.states };
  }

  #step(step: Step, scope: Scope, next: Target): void {
    if ('action' in step) this.#action(step, scope, next);
    else if ('wait' in step) this.#wait(step, scope, next);
    else if ('waitFor' in step) this.#waitFor(step, scope, next);
    else if ('if' in step) this.#if(step, scope, next);
    else if ('parallel' in step) this.#parallel(step, scope, next);
    else if ('forEach' in step) this.#forEach(step, scope, next);
    else this.#approval(step, scope, next);
  }

  // ---------------------------------------------------------------- step kinds

  #meta(step: Step, scope: Scope): JsonObject {
    const meta: JsonObject = {
      'tenantId.$': '$.context.tenantId',
      'workflowId.$': '$.context.workflowId',
      'runId.$': '$.context.runId',
      'executionId.$': '$$.Execution.Id',
      stepId: step.id,
    };
    if (scope.local) meta['itemIndex.$'] = '$.index';
    else meta.itemIndex = -1;
    if (scope.keys.includes('itemPath')) meta['itemPath.$'] = '$.itemPath';
    if (this.#includeAttempt) meta['attempt.$'] = '$$.State.RetryCount';
    meta['dryRun.$'] = '$.context.dryRun';
    return meta;
  }

  #action(step: ActionStep, scope: Scope, next: Target): void {
    const spec = getAction(step.action);
    if (!spec) throw new CompileError(`step "${step.id}": unknown action "${step.action}"`);
    const name = this.#name(step);
    const pathOf = this.#pathOf(scope);
    const task: AslTaskState = {
      Type: 'Task',
      ...this.#actionInvocation(step, spec, scope, pathOf),
      ResultPath: stepPath(step.id),
      TimeoutSeconds: actionTimeoutSeconds(step),
    };
    if (step.description) task.Comment = step.description;
    const retry = actionRetriers(spec, step.retry);
    if (retry.length) task.Retry = retry;

    if (step.onError === 'continue') {
      const noted = this.#namer.unique(`${name}: failed, continuing`);
      task.Catch = [{ ErrorEquals: ['States.ALL'], ResultPath: stepPath(step.id), Next: noted }];
      scope.states[name] = { ...task, ...this.#flow(next, scope) };
      scope.states[noted] = {
        Type: 'Pass',
        Comment: `onError "continue": the error is kept under steps.${step.id}.error and the run goes on.`,
        Parameters: { 'error.$': stepPath(step.id) },
        ResultPath: stepPath(step.id),
        ...this.#flow(next, scope),
      };
      return;
    }
    const catchers = this.#catchers(scope);
    if (catchers.length) task.Catch = catchers;
    scope.states[name] = { ...task, ...this.#flow(next, scope) };
  }

  #actionInvocation(
    step: ActionStep,
    spec: ActionSpec,
    scope: Scope,
    pathOf: PathOf,
  ): Pick<AslTaskState, 'Resource' | 'Parameters' | 'ResultSelector'> {
    const input = step.input ?? {};
    const performer = spec.performer;
    if (performer.kind === 'integration' && performer.service === 'dynamodb') {
      return {
        Resource: DYNAMODB_PUT_ITEM,
        Parameters: this.#logItem(step, scope, pathOf),
        ResultSelector: {},
      };
    }
    if (performer.kind === 'integration') {
      return {
        Resource: EVENTBRIDGE_PUT_EVENTS,
        Parameters: this.#eventEntry(step, pathOf),
        ResultSelector: {},
      };
    }
    const payload: JsonObject =
      performer.kind === 'supervisor'
        ? {
            op: 'route',
            action: spec.name,
            input: templateObject(input, pathOf),
            meta: this.#meta(step, scope),
          }
        : { action: spec.name, input: templateObject(input, pathOf), meta: this.#meta(step, scope) };
    const resultSelector: JsonObject = {};
    for (const key of Object.keys(spec.output.shape)) resultSelector[`${key}.$`] = `$.${key}`;
    return {
      Resource:
        performer.kind === 'agent'
          ? this.#resolver.agentFunction(performer.agent)
          : this.#resolver.supervisorFunction(),
      Parameters: payload,
      ResultSelector: resultSelector,
    };
  }

  /** The run-log entry, with the keys of logKeys() in functions/data/table.ts. */
  #logItem(step: ActionStep, scope: Scope, pathOf: PathOf): JsonObject {
    const input = step.input ?? {};
    const message = typeof input.message === 'string' ? input.message : '';
    const text = templateString(message, pathOf);
    const level = typeof input.level === 'string' ? input.level : 'info';
    const stepKey = scope.local ? `${step.id}#{}` : step.id;
    const indexArg = scope.local ? ', $.index' : '';
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
    if (scope.local) item.itemIndex = { 'N.$': "States.Format('{}', $.index)" };
    return { TableName: this.#resolver.tableName(), Item: item };
  }

  #eventEntry(step: ActionStep, pathOf: PathOf): JsonObject {
    const input = step.input ?? {};
    const event = typeof input.event === 'string' ? input.event : '';
    const { tenantId: _ignored, ...detail } = (input.detail ?? {}) as Record<string, unknown>;
    return {
      Entries: [
        {
          EventBusName: this.#resolver.eventBusName(),
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
  }

  #wait(step: WaitStep, scope: Scope, next: Target): void {
    const name = this.#name(step);
    const state: AslWaitState = { Type: 'Wait', ...this.#flow(next, scope) };
    if (step.description) state.Comment = step.description;
    if (typeof step.wait === 'string') state.Seconds = durationSeconds(step.wait);
    else {
      const ref = wholeReference(step.wait.until);
      if (ref) state.TimestampPath = this.#pathOf(scope)(ref);
      else {
        const timestamp = asRfc3339(step.wait.until);
        if (!timestamp)
          throw new CompileError(`step "${step.id}": "${step.wait.until}" is not an ISO timestamp`);
        state.Timestamp = timestamp;
      }
    }
    scope.states[name] = state;
  }

  #callbackPayload(step: Step, scope: Scope, fields: JsonObject): JsonObject {
    const payload: JsonObject = {
      'taskToken.$': '$$.Task.Token',
      'context.$': '$.context',
      stepId: step.id,
    };
    if (scope.local) payload['itemIndex.$'] = '$.index';
    if (scope.keys.includes('itemPath')) payload['itemPath.$'] = '$.itemPath';
    return { ...fields, ...payload };
  }

  #callbackTask(payload: JsonObject, timeoutSeconds: number): AslTaskState {
    return {
      Type: 'Task',
      Resource: CALLBACK_RESOURCE,
      Parameters: { FunctionName: this.#resolver.supervisorFunction(), Payload: payload },
      TimeoutSeconds: timeoutSeconds,
      // Only the registration call is retried (a retry registers a fresh token; the dead one is dropped when the
      // event arrives); States.Timeout means the wait is over.
      Retry: [SUPERVISOR_RETRY],
    };
  }

  #waitFor(step: WaitForStep, scope: Scope, next: Target): void {
    const name = this.#name(step);
    const timeoutSeconds = durationSeconds(step.waitFor.timeout);
    const pathOf = this.#pathOf(scope);
    const timedOut = this.#namer.unique(waitForTimeoutName(step));
    const payload = this.#callbackPayload(step, scope, {
      op: 'registerWait',
      event: step.waitFor.event,
      match: templateObject(step.waitFor.match, pathOf, 'waitFor.match'),
      timeoutSeconds,
    });
    const task = this.#callbackTask(payload, timeoutSeconds);
    if (step.description) task.Comment = step.description;
    task.ResultSelector = { received: true, 'event.$': '$.event' };
    task.ResultPath = stepPath(step.id);
    task.Catch = [
      { ErrorEquals: ['States.Timeout'], ResultPath: stepPath(step.id), Next: timedOut },
      ...this.#catchers(scope),
    ];
    scope.states[name] = { ...task, ...this.#flow(this.#first(step.onEvent, next), scope) };
    scope.states[timedOut] = {
      Type: 'Pass',
      Result: { received: false, event: null },
      ResultPath: stepPath(step.id),
      ...this.#flow(this.#first(step.onTimeout, next), scope),
    };
    if (step.onEvent) this.#sequence(step.onEvent, scope, next);
    if (step.onTimeout) this.#sequence(step.onTimeout, scope, next);
  }

  #if(step: IfStep, scope: Scope, next: Target): void {
    const name = this.#name(step);
    const rule: AslChoiceRule = {
      ...conditionRule(step.if, this.#pathOf(scope)),
      Next: this.#resolve(this.#first(step.then, next), scope),
    };
    scope.states[name] = {
      Type: 'Choice',
      ...(step.description ? { Comment: step.description } : {}),
      Choices: [rule],
      Default: this.#resolve(this.#first(step.else, next), scope),
    };
    this.#sequence(step.then, scope, next);
    if (step.else) this.#sequence(step.else, scope, next);
  }

  #parallel(step: ParallelStep, scope: Scope, next: Target): void {
    const name = this.#name(step);
    const branches = step.parallel.map((steps, i) =>
      this.#machine(steps, {
        kind: 'branch',
        keys: scope.keys,
        local: scope.local,
        states: {},
        label: `${name}: branch ${i + 1}`,
      }),
    );
    // Each branch outputs the whole state data; their step results are merged back into $.steps.
    const selector: JsonObject = {};
    for (const key of scope.keys) selector[`${key}.$`] = `$[0].${key}`;
    let merged = '$[0].steps';
    for (let i = 1; i < branches.length; i++) merged = `States.JsonMerge(${merged}, $[${i}].steps, false)`;
    selector['steps.$'] = merged;
    const catchers = this.#containerCatchers(step, scope);
    scope.states[name] = {
      Type: 'Parallel',
      ...(step.description ? { Comment: step.description } : {}),
      Branches: branches,
      ResultSelector: selector,
      ...(catchers.length ? { Catch: catchers } : {}),
      ...this.#flow(next, scope),
    };
  }

  #forEach(step: ForEachStep, scope: Scope, next: Target): void {
    const name = this.#name(step);
    const ref = wholeReference(step.forEach.items);
    if (!ref)
      throw new CompileError(
        `step "${step.id}": forEach.items must be a whole reference such as {{steps.find.leads}}`,
      );
    const nested = scope.local !== undefined;
    const body: Scope = {
      kind: 'map',
      keys: nested ? NESTED_MAP_KEYS : MAP_KEYS,
      local: bodyIds(step.forEach.steps),
      states: {},
      label: name,
    };
    const processor = this.#machine(step.forEach.steps, body);
    const catchers = this.#containerCatchers(step, scope);
    scope.states[name] = {
      Type: 'Map',
      ...(step.description ? { Comment: step.description } : {}),
      ItemsPath: this.#pathOf(scope)(ref),
      MaxConcurrency: step.forEach.concurrency ?? DEFAULT_FOREACH_CONCURRENCY,
      ItemSelector: {
        'trigger.$': '$.trigger',
        'context.$': '$.context',
        // Results of the steps before the loop, read by references to them from inside the body.
        'outer.$': scope.local ? 'States.JsonMerge($.outer, $.steps, false)' : '$.steps',
        steps: {},
        'item.$': '$$.Map.Item.Value',
        'index.$': '$$.Map.Item.Index',
        ...(nested
          ? {
              'itemPath.$': scope.keys.includes('itemPath')
                ? "States.Format('{}.{}', $.itemPath, $$.Map.Item.Index)"
                : "States.Format('{}.{}', $.index, $$.Map.Item.Index)",
            }
          : {}),
      },
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, ...processor },
      ResultSelector: { 'results.$': '$', 'count.$': 'States.ArrayLength($)' },
      ResultPath: stepPath(step.id),
      ...(catchers.length ? { Catch: catchers } : {}),
      ...this.#flow(next, scope),
    };
  }

  #approval(step: ApprovalStep, scope: Scope, next: Target): void {
    const name = this.#name(step);
    const label = approvalLabel(step);
    const timeout = step.approval.timeout ?? DEFAULT_APPROVAL_TIMEOUT;
    const readDecision = this.#namer.unique(`Read rejection: ${label}`);
    const rejected = this.#namer.unique(`Rejected: ${label}`);
    const undecided = this.#namer.unique(`No decision: ${label}`);
    const pathOf = this.#pathOf(scope);
    const message = templateString(step.approval.message, pathOf);
    const fields: JsonObject = { op: 'requestApproval' };
    if (message.dynamic) fields['message.$'] = message.expression;
    else fields.message = message.value;
    if (step.approval.approvers) fields.approvers = step.approval.approvers;
    fields['trigger.$'] = '$.trigger';

    const task = this.#callbackTask(this.#callbackPayload(step, scope, fields), durationSeconds(timeout));
    if (step.description) task.Comment = step.description;
    task.ResultSelector = { approved: true, 'by.$': '$.by', 'at.$': '$.at', 'comment.$': '$.comment' };
    task.ResultPath = stepPath(step.id);
    task.Catch = [
      { ErrorEquals: [ERRORS.rejected], ResultPath: stepPath(step.id), Next: readDecision },
      { ErrorEquals: ['States.Timeout'], ResultPath: stepPath(step.id), Next: undecided },
      ...this.#catchers(scope),
    ];
    scope.states[name] = { ...task, ...this.#flow(next, scope) };

    const afterRejection = this.#first(step.onReject, this.#rejectionTarget(step, scope, label));
    const at = stepPath(step.id);
    scope.states[readDecision] = {
      Type: 'Pass',
      Comment: 'The rejection cause is JSON { by, at, comment }; missing fields become null.',
      Parameters: {
        'decision.$':
          'States.JsonMerge(States.StringToJson(States.Format(\'\\{"by":null,"at":null,"comment":null\\}\')), ' +
          `States.StringToJson(${at}.Cause), false)`,
      },
      ResultPath: at,
      Next: rejected,
    };
    scope.states[rejected] = {
      Type: 'Pass',
      Parameters: {
        approved: false,
        'by.$': `${at}.decision.by`,
        'at.$': `${at}.decision.at`,
        'comment.$': `${at}.decision.comment`,
      },
      ResultPath: at,
      ...this.#flow(afterRejection, scope),
    };
    scope.states[undecided] = {
      Type: 'Pass',
      Result: {
        approved: false,
        by: null,
        at: null,
        comment: `No decision within ${humanizeDuration(timeout)}`,
      },
      ResultPath: at,
      ...this.#flow(afterRejection, scope),
    };
    if (step.onReject) this.#sequence(step.onReject, scope, this.#rejectionTarget(step, scope, label));
  }

  /** After a rejection (and its onReject steps) the run ends as rejected; inside a branch, by failing it. */
  #rejectionTarget(step: ApprovalStep, scope: Scope, label: string): string {
    if (scope.kind === 'top') {
      this.#rejectable = true;
      return R.finishRejected;
    }
    const key = `#reject:${step.id}`;
    const known = this.#rejectStops.get(key);
    if (known) return known;
    const stop = this.#namer.unique(`Stop: ${label} rejected`);
    this.#rejectStops.set(key, stop);
    scope.states[stop] = { Type: 'Fail', Error: ERRORS.rejected, Cause: `Approval "${label}" was rejected` };
    return stop;
  }

  readonly #rejectStops = new Map<string, string>();

  // ---------------------------------------------------------------- supervisor states

  #supervisorTask(parameters: JsonObject): AslTaskState {
    return {
      Type: 'Task',
      Resource: this.#resolver.supervisorFunction(),
      Parameters: parameters,
      TimeoutSeconds: SUPERVISOR_TIMEOUT_SECONDS,
      Retry: [SUPERVISOR_RETRY],
    };
  }

  #startState(): AslTaskState {
    return {
      ...this.#supervisorTask({
        op: 'start',
        'executionId.$': '$$.Execution.Id',
        'executionName.$': '$$.Execution.Name',
        'startedAt.$': '$$.Execution.StartTime',
        'input.$': '$',
      }),
      Comment: 'Loads the run context (tenant, Auto Mode, dry run) and records the run as started.',
      // Replaces the input (no ResultPath): the state data from here on is { trigger, context, steps }.
      ResultSelector: { 'trigger.$': '$$.Execution.Input.trigger', 'context.$': '$', steps: {} },
    };
  }

  #runApprovalState(def: WorkflowDefinition, firstStep: string): AslTaskState {
    const task = this.#callbackTask(
      {
        op: 'requestApproval',
        'taskToken.$': '$$.Task.Token',
        'context.$': '$.context',
        stepId: '_run',
        message: truncate(`Run "${def.name}"`, 200),
        'trigger.$': '$.trigger',
      },
      durationSeconds(RUN_APPROVAL_TIMEOUT),
    );
    task.ResultPath = null;
    task.Catch = [
      { ErrorEquals: [ERRORS.rejected, 'States.Timeout'], ResultPath: null, Next: R.finishRejected },
      { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: R.recordFailure },
    ];
    task.Next = firstStep;
    return task;
  }

  #finishState(outcome: 'succeeded' | 'rejected'): AslTaskState {
    return {
      ...this.#supervisorTask({ op: 'finish', outcome, 'context.$': '$.context', 'steps.$': '$.steps' }),
      ResultPath: null,
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: R.recordFailure }],
    };
  }

  #recordFailureState(): AslTaskState {
    return {
      ...this.#supervisorTask({
        op: 'fail',
        'context.$': '$.context',
        'steps.$': '$.steps',
        'error.$': '$.error',
      }),
      ResultPath: null,
      // The run fails with its original error even when recording it fails.
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: R.failed }],
      Next: R.failed,
    };
  }
}

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
  const compiler = new Compiler(options);
  const definition = compiler.compile(def, type);
  tidy(definition);
  return {
    definition,
    json: JSON.stringify(definition),
    type,
    stateCount: countStates(definition),
    stateNames: compiler.stateNames(),
  };
};

export type { Json };
