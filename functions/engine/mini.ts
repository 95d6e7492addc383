import { createHash } from 'node:crypto';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { ExecutionError, StateMachine } from 'aws-local-stepfunctions';
import type { AslState, PreparedScope } from './asl-types';
import type { FastChoice } from './fast-choice';
import type { FastState } from './fast-state';
import { MISS } from './miss';

/**
 * One state at a time on aws-local-stepfunctions. The state runs in a small machine of its own whose every
 * transition target is a stub that reports where control went, so the engine decides each transition itself
 * (payload limits, history, Catch, redrive) while the library does the data processing: InputPath, Parameters,
 * intrinsic functions, ResultSelector, ResultPath, OutputPath, Choice rules, Fail's error and cause.
 */

export interface StepOutcome {
  /** The next state, or null when the state ended its scope (End, Succeed). */
  readonly next: string | null;
  readonly output: unknown;
}

export type TaskHandler = (input: unknown) => Promise<unknown>;

/**
 * The engine's fast paths (fast-paths.ts): the common states and Choice rules evaluated without the library, with
 * the same outputs and errors (engine-fast-state and engine-fast-choice tests), because the library is slow. The
 * local runtime's engine (LocalEngine) runs with them; a dry run's (EngineCore) runs every state in the library, or
 * in the api-dry-run bundle in its stand-in (asl-lean.ts), so that bundle carries one implementation of a state's
 * data processing, not two.
 */
export interface FastPaths {
  readonly state: (state: AslState) => FastState | undefined;
  readonly choice: (state: AslState) => FastChoice | undefined;
  /** Runs a fast state (fast-paths.ts); undefined when its input needs the library (a path that selects nothing). */
  readonly step: (
    fast: FastState,
    input: unknown,
    context: Record<string, unknown>,
    handler: TaskHandler | undefined,
    library: TemplateEvaluator,
  ) => Promise<StepOutcome | undefined>;
}

/** A payload template evaluated by the library (StateStepper.evaluate). */
export interface TemplateEvaluator {
  evaluate(template: object, input: unknown, context: Record<string, unknown>): Promise<unknown>;
}

const STUB = '\u0000next:';
const END = `${STUB}\u0000end`;

/** A transition target's stand-in: a Task whose handler records where control went and with what output. */
const stub = (): AslState => ({ Type: 'Task', Resource: 'arn:dynaris:local:next', End: true });

/** The targets a state can transition to (Catch is the engine's). */
const targetsOf = (state: AslState): string[] => {
  const out = new Set<string>();
  if (typeof state.Next === 'string') out.add(state.Next);
  if (typeof state.Default === 'string') out.add(state.Default);
  if (Array.isArray(state.Choices)) {
    for (const rule of state.Choices as { Next?: unknown }[])
      if (typeof rule.Next === 'string') out.add(rule.Next);
  }
  return [...out];
};

interface Mini {
  /** The state evaluated without the library, when it is of the common subset (fast-state.ts). */
  readonly fast: FastState | undefined;
  /** The Choice state's routing without the library, when its rules are of the common subset (fast-choice.ts). */
  readonly choice: FastChoice | undefined;
  readonly machine: StateMachine;
  /** Stub state name -> the target it stands for (null: the end of the scope). */
  readonly stubs: ReadonlyMap<string, string | null>;
}

const buildMini = (name: string, state: AslState, fast: FastPaths | undefined): Mini => {
  const rename = (target: string) => `${STUB}${target}`;
  const single: AslState = { ...state };
  const states: Record<string, AslState> = {};
  if (state.End === true) {
    delete single.End;
    single.Next = END;
    states[END] = stub();
  }
  if (typeof state.Next === 'string') single.Next = rename(state.Next);
  if (typeof state.Default === 'string') single.Default = rename(state.Default);
  if (Array.isArray(state.Choices)) {
    single.Choices = (state.Choices as Record<string, unknown>[]).map((rule) =>
      typeof rule.Next === 'string' ? { ...rule, Next: rename(rule.Next) } : rule,
    );
  }
  for (const target of targetsOf(state)) states[rename(target)] = stub();
  if (state.Type === 'Succeed') {
    // Succeed ends the scope: report its output like an End state.
    states[name] = { ...single, Type: 'Pass', Next: END };
    delete states[name].End;
    states[END] = stub();
  } else {
    states[name] = single;
  }
  const definition = { StartAt: name, States: states } as unknown as StateMachineDefinition;
  const stubs = new Map<string, string | null>();
  for (const stubName of Object.keys(states)) {
    if (stubName === END) stubs.set(stubName, null);
    else if (stubName.startsWith(STUB)) stubs.set(stubName, stubName.slice(STUB.length));
  }
  return {
    fast: fast?.state(state),
    choice: fast?.choice(state),
    machine: new StateMachine(definition, { validationOptions: { noValidate: true } }),
    stubs,
  };
};

const EVALUATE = 'Evaluate';

/** Scopes whose small machines a StateStepper keeps (least recently stepped forgotten first). */
export const MAX_CACHED_SCOPES = 500;

/** Stands for a property whose value is undefined in a scope's content key (JSON would drop the property). */
const UNDEFINED = '\u0000undefined';

/**
 * What a scope's small machines are built from (its StartAt and states), as a key: scopes with the same content get
 * the same machines, since buildMini depends on a state's name and definition only. Every tenant that deploys the
 * same template has its own prepared scopes of the same content; keyed by object, each tenant held its own copies
 * (a library machine per state and compiled paths: ~37 KB per tenant's lead workflow). A scope holding anything
 * but JSON values (a function, a class instance) is keyed by itself, as before.
 */
const contentKeyOf = (scope: PreparedScope): string | undefined => {
  let plain = true;
  const text = JSON.stringify([scope.startAt, scope.states], (_key, value: unknown) => {
    if (value === undefined) return UNDEFINED;
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      plain = false;
      return null;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) plain = false;
    }
    return value;
  });
  return plain ? createHash('sha256').update(text).digest('base64') : undefined;
};

/**
 * Runs single states of prepared scopes; the small machines are built on a scope's first step and kept for the
 * `maxScopes` scopes stepped most recently (scopes of the same content count once): a local runtime with thousands
 * of workflows would otherwise hold those of every workflow that ever ran (a library machine per state and compiled
 * paths, tens of KB per workflow). A forgotten scope's are built again when it runs.
 */
export class StateStepper implements TemplateEvaluator {
  private readonly minis = new Map<string | PreparedScope, Map<string, Mini>>();
  /** Each scope's content key (computed once per scope object). */
  private readonly keys = new WeakMap<PreparedScope, string | PreparedScope>();
  private readonly templates = new WeakMap<object, StateMachine>();

  constructor(
    private readonly maxScopes = MAX_CACHED_SCOPES,
    private readonly fastPaths?: FastPaths,
  ) {}

  /** Scopes (of distinct content) whose small machines are held. */
  get cachedScopes(): number {
    return this.minis.size;
  }

  private keyOf(scope: PreparedScope): string | PreparedScope {
    let key = this.keys.get(scope);
    if (key === undefined) {
      key = contentKeyOf(scope) ?? scope;
      this.keys.set(scope, key);
    }
    return key;
  }

  /** Runs `name` once. Throws the state's error (a Fail state's, a task handler's, a path or intrinsic failure). */
  async step(
    scope: PreparedScope,
    name: string,
    input: unknown,
    context: Record<string, unknown>,
    handler: TaskHandler | undefined,
  ): Promise<StepOutcome> {
    const key = this.keyOf(scope);
    let byName = this.minis.get(key);
    if (byName) this.minis.delete(key);
    else byName = new Map();
    // Map order is the least-recently-stepped order.
    this.minis.set(key, byName);
    if (this.minis.size > this.maxScopes)
      this.minis.delete(this.minis.keys().next().value as string | PreparedScope);
    let mini = byName.get(name);
    if (!mini) {
      const state = scope.states[name];
      if (!state) throw new Error(`invariant: no state "${name}"`);
      mini = buildMini(name, state, this.fastPaths);
      byName.set(name, mini);
    }
    if (mini.choice) {
      const next = mini.choice.route(input, context);
      if (next !== MISS) return { next, output: input };
    }
    if (mini.fast && this.fastPaths && (handler || mini.fast.result !== 'task')) {
      const outcome = await this.fastPaths.step(mini.fast, input, context, handler, this);
      if (outcome) return outcome;
    }
    let reached: StepOutcome | undefined;
    const handlers: Record<string, TaskHandler> = handler ? { [name]: handler } : {};
    for (const [stubName, target] of mini.stubs) {
      handlers[stubName] = async (output) => {
        reached = { next: target, output };
        return null;
      };
    }
    const run = mini.machine.run(input as never, {
      overrides: { taskResourceLocalHandlers: handlers as never },
      context,
    });
    try {
      await run.result;
    } catch (error) {
      throw error instanceof ExecutionError ? error.cause : error;
    }
    if (!reached) throw new Error(`invariant: state "${name}" reached no transition`);
    return reached;
  }

  /**
   * A payload template (ItemSelector, BatchInput) evaluated against `input` and the context object, as the
   * library evaluates Parameters.
   */
  async evaluate(template: object, input: unknown, context: Record<string, unknown>): Promise<unknown> {
    let machine = this.templates.get(template);
    if (!machine) {
      const definition = {
        StartAt: EVALUATE,
        States: { [EVALUATE]: { Type: 'Pass', Parameters: template, End: true } },
      } as unknown as StateMachineDefinition;
      machine = new StateMachine(definition, { validationOptions: { noValidate: true } });
      this.templates.set(template, machine);
    }
    try {
      return await machine.run(input as never, { context }).result;
    } catch (error) {
      throw error instanceof ExecutionError ? error.cause : error;
    }
  }
}
