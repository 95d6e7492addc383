import type { ResourceResolver } from '../contracts';
import { ERRORS } from '../contracts';
import type { Reference } from '../references';
import { childBranches, type Step, walkSteps } from '../schema';
import type { AslCatcher, AslState, AslStateMachine } from './asl';
import type { ProbeNames } from './list-contains';
import { RESERVED_STATE_NAMES as R, StateNamer } from './names';
import { BUSINESS_ERRORS } from './policy';
import type { PathOf } from './templates';

/**
 * What every step compiler shares: the scope it writes states into, where control goes next, how references
 * become JSONPath, where failures go. Step compilers (action-step.ts, control-steps.ts, callback-steps.ts) are
 * plain functions of this context, so a new step kind or integration is one more function.
 */

/** A transition target: a state name, or the end of the current scope. */
export const END = Symbol('end');
export type Target = string | typeof END;

export interface Scope {
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

export const TOP_KEYS = ['trigger', 'context'] as const;
export const MAP_KEYS = ['trigger', 'context', 'outer', 'item', 'index'] as const;
/** A forEach inside a forEach also carries the path of indexes from the outermost loop in. */
export const NESTED_MAP_KEYS = [...MAP_KEYS, 'itemPath'] as const;

export const stepPath = (id: string): string => `$.steps.${id}`;

const jsonPath = (base: string, segments: readonly string[]): string =>
  base + segments.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('');

/** Ids whose results live in a Map body's own `$.steps`: the body's steps, not those of nested forEach bodies. */
export const bodyIds = (steps: readonly Step[]): Set<string> => {
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

export type StepCompiler = (ctx: CompileContext, step: Step, scope: Scope, next: Target) => void;

export class CompileContext {
  readonly namer = new StateNamer();
  names = new Map<Step, string>();
  /** The list probes that run before an if step's Choice (list-contains.ts). */
  probes = new Map<Step, ProbeNames[]>();
  /** The task that computes when a wait ends before its Wait state or waitFor (control-steps.ts relativeDeadline, businessDeadline). */
  deadlines = new Map<Step, string>();
  /** Whether some state leads to "Finish rejected run". */
  rejectable = false;
  /** The Fail state ending a branch after a rejection, per approval step. */
  readonly rejectStops = new Map<string, string>();
  /** The workflow's type: what failures are caught depends on it (see failureErrors). */
  type: 'STANDARD' | 'EXPRESS' = 'STANDARD';

  constructor(
    readonly resolver: ResourceResolver,
    readonly includeAttempt: boolean,
    private readonly compileStep: StepCompiler,
  ) {}

  name(step: Step): string {
    const name = this.names.get(step);
    if (!name) throw new Error(`invariant: step "${step.id}" was not named`);
    return name;
  }

  /** Where the steps before `step` lead: its first list probe or its deadline, else its own state. */
  entry(step: Step): string {
    return this.probes.get(step)?.[0]?.test ?? this.deadlines.get(step) ?? this.name(step);
  }

  /** First state of a list of steps, or the target itself when the list is empty. */
  first(steps: readonly Step[] | undefined, target: Target): Target {
    return steps?.[0] ? this.entry(steps[0]) : target;
  }

  /** A state name for a Choice rule or Catch: END becomes the scope's terminal state. */
  resolve(target: Target, scope: Scope): string {
    if (target !== END) return target;
    if (!scope.terminal) {
      scope.terminal = this.namer.unique(
        scope.kind === 'map' ? `${scope.label}: item done` : `${scope.label}: done`,
      );
      scope.states[scope.terminal] =
        scope.kind === 'map' ? { Type: 'Succeed', OutputPath: '$.steps' } : { Type: 'Succeed' };
    }
    return scope.terminal;
  }

  /** `Next`, or `End` (a Map iteration outputs only its own step results). */
  flow(target: Target, scope: Scope): { Next: string } | { End: true; OutputPath?: string } {
    if (target !== END) return { Next: target };
    return scope.kind === 'map' ? { End: true, OutputPath: '$.steps' } : { End: true };
  }

  pathOf(scope: Scope): PathOf {
    return (ref: Reference) => {
      if (ref.root === 'steps') {
        const [id = '', ...rest] = ref.segments;
        const base = scope.local && !scope.local.has(id) ? '$.outer' : '$.steps';
        return jsonPath(`${base}.${id}`, rest);
      }
      return jsonPath(`$.${ref.root}`, ref.segments);
    };
  }

  /**
   * Where failures go: at the top level, business outcomes to "Record failure" (every other error fails the
   * execution at the state, for a redrive to resume there); inside branches every failure fails the branch.
   */
  catchers(scope: Scope): AslCatcher[] {
    return scope.kind === 'top'
      ? [{ ErrorEquals: this.failureErrors(), ResultPath: '$.error', Next: R.recordFailure }]
      : [];
  }

  /**
   * Errors recorded through "Record failure": business outcomes for STANDARD workflows (anything else fails the
   * execution at its state, for a redrive); everything for EXPRESS ones, which have no redrive and send no
   * status-change event, so the supervisor must record every failure itself.
   */
  failureErrors(): string[] {
    return this.type === 'EXPRESS' ? ['States.ALL'] : [...BUSINESS_ERRORS];
  }

  /** For Parallel and Map: a rejection inside ends the run as rejected; other failures as in catchers. */
  containerCatchers(step: Step, scope: Scope): AslCatcher[] {
    if (scope.kind !== 'top') return [];
    const inner = [...walkSteps([step])].some(({ step: s }) => s !== step && 'approval' in s);
    if (!inner) return this.catchers(scope);
    this.rejectable = true;
    return [
      { ErrorEquals: [ERRORS.rejected], ResultPath: null, Next: R.finishRejected },
      ...this.catchers(scope),
    ];
  }

  sequence(steps: readonly Step[], scope: Scope, target: Target): void {
    for (const [i, step] of steps.entries()) {
      const next = steps[i + 1] ? this.entry(steps[i + 1] as Step) : target;
      this.compileStep(this, step, scope, next);
    }
  }

  /** A branch or Map body as its own state machine; an empty one still needs a state. */
  machine(steps: readonly Step[], scope: Scope): AslStateMachine {
    if (steps.length === 0) {
      const name = this.namer.unique(`${scope.label}: nothing to do`);
      scope.states[name] = { Type: 'Pass', ...this.flow(END, scope) };
      return { StartAt: name, States: scope.states };
    }
    this.sequence(steps, scope, END);
    return { StartAt: this.entry(steps[0] as Step), States: scope.states };
  }
}
