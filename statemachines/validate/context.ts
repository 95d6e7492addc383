import type { StepKind } from '../schema';
import { type Path, toJsonPath, type ValidationIssue } from './issues';
import { OPEN, type Shape } from './shapes';

/** Where a step is, and in which order it comes in the document (for "runs after this point"). */
export interface StepInfo {
  readonly id: string;
  readonly path: Path;
  readonly order: number;
  readonly kind: StepKind | undefined;
}

/** Results visible at one point of the walk: `get` is all a check needs. */
export interface VisibleSteps {
  get(id: string): Shape | undefined;
}

/**
 * The results in scope, as layers: a nested step list reads its parent's layer instead of copying it, so the walk
 * stays linear in the number of steps (a copy per nested list made it quadratic). Lookups go up at most the
 * nesting depth. A layer is only written while its own list is walked, before anything after it reads it.
 */
export class StepLayer implements VisibleSteps {
  readonly #own = new Map<string, Shape>();
  constructor(readonly parent: VisibleSteps | undefined = undefined) {}

  get(id: string): Shape | undefined {
    return this.#own.get(id) ?? this.parent?.get(id);
  }

  set(id: string, shape: Shape): this {
    this.#own.set(id, shape);
    return this;
  }
}

/** What is visible at one point of the walk. */
export interface Scope {
  readonly steps: VisibleSteps;
  /** Shape of `{{item}}`; undefined outside forEach bodies. */
  readonly item: Shape | undefined;
  /** Minimum time already spent waiting on every path to here (fixed waits only). */
  readonly elapsed: number;
  readonly depth: number;
  /** Paths an enclosing if proves to hold a value here (presence.ts). */
  readonly present?: ReadonlySet<string> | undefined;
}

/** What a step adds for the steps after it: the results it binds, and the time spent waiting so far. */
export interface StepOutcome {
  readonly bindings: Map<string, Shape>;
  readonly elapsed: number;
}

/**
 * The state every semantic check shares while walking one raw definition: the issues found so far, the index of
 * step ids, and what the trigger and settings established. Checks are plain functions over it.
 */
export class ValidationContext {
  readonly issues: ValidationIssue[] = [];
  /** What may fail at run time but leaves the definition valid (presence.ts). */
  readonly warnings: ValidationIssue[] = [];
  readonly stepsById = new Map<string, StepInfo>();
  readonly stepsByPath = new Map<string, StepInfo>();
  stepCount = 0;
  /** The shape of `{{trigger.…}}`. */
  triggerData: Shape = OPEN;
  triggerEvent: string | undefined;
  triggerFiltered = false;
  /** Detail paths the trigger filter lets through only with a value: `trigger.leadId`. */
  triggerPresent: ReadonlySet<string> | undefined;
  express = false;
  /** settings.timeout in seconds, when given and valid. */
  timeoutSeconds: number | undefined;
  /** Only the first step cut off by settings.timeout is reported. */
  unreachableReported = false;

  add(path: Path, code: string, message: string): void {
    this.issues.push({ path: toJsonPath(path), code, message });
  }

  warn(path: Path, code: string, message: string): void {
    this.warnings.push({ path: toJsonPath(path), code, message });
  }
}
