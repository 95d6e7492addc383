/** The shapes the engine reads from an Amazon States Language definition and the prepared form it runs. */

export type AslState = { Type: string } & Record<string, unknown>;

export interface AslDefinition {
  StartAt: string;
  States: Record<string, AslState>;
  Comment?: string;
  Version?: string;
  TimeoutSeconds?: number;
  [key: string]: unknown;
}

export interface Retrier {
  readonly ErrorEquals: readonly string[];
  readonly IntervalSeconds?: number;
  readonly MaxAttempts?: number;
  readonly BackoffRate?: number;
  readonly MaxDelaySeconds?: number;
  readonly JitterStrategy?: 'NONE' | 'FULL';
}

export interface Catcher {
  readonly ErrorEquals: readonly string[];
  readonly ResultPath?: string | null;
  readonly Next: string;
}

/** A Map state's settings, as the engine's Map runner needs them. */
export interface MapSpec {
  readonly distributed: boolean;
  /** Child execution type (Distributed mode). */
  readonly executionType: 'STANDARD' | 'EXPRESS';
  readonly itemSelector: unknown;
  readonly maxConcurrency: number | undefined;
  readonly toleratedFailurePercentage: number | undefined;
  readonly toleratedFailureCount: number | undefined;
  readonly itemReader:
    | { readonly resource: string; readonly readerConfig: Record<string, unknown> }
    | undefined;
  readonly itemBatcher:
    | { readonly maxItemsPerBatch: number | undefined; readonly maxInputBytesPerBatch: number | undefined }
    | undefined;
  readonly resultWriter: { readonly resource: string } | undefined;
  readonly label: string | undefined;
  readonly processor: PreparedScope;
  /** The processor as its own definition: each Distributed child execution runs it. */
  readonly processorDefinition: AslDefinition;
}

export type TaskKind = 'task' | 'wait' | 'map' | 'parallel';

export interface TaskSpec {
  readonly name: string;
  readonly kind: TaskKind;
  /** The original Resource (tasks), or the engine's own resource for a rewritten Wait, Map or Parallel. */
  readonly resource: string;
  readonly timeoutSeconds: number | undefined;
  readonly heartbeatSeconds: number | undefined;
  readonly retry: readonly Retrier[];
  readonly wait?: { seconds?: number; timestamp?: string; secondsPath?: boolean; timestampPath?: boolean };
  readonly map?: MapSpec;
  readonly branches?: readonly PreparedScope[];
}

/** A state machine, a Parallel branch or a Map processor, rewritten for the library. */
export interface PreparedScope {
  readonly startAt: string;
  readonly states: Readonly<Record<string, AslState>>;
}

export interface StateInfo {
  readonly name: string;
  /** Type as written (a rewritten Wait, Map or Parallel keeps its own). */
  readonly type: string;
  readonly topLevel: boolean;
  /** Workflow step id, when the state belongs to a step (see stepIdOfState). */
  readonly stepId: string | undefined;
  /** Catalogue action, or the step kind for control states that belong to a step. */
  readonly action: string | undefined;
  /** Where the state stands in the history: a Lambda function, a service integration, or neither. */
  readonly resource: string | undefined;
}

export interface PreparedMachine {
  readonly original: AslDefinition;
  /** The top scope as a definition (StartAt, rewritten States). */
  readonly definition: AslDefinition;
  readonly top: PreparedScope;
  readonly tasks: ReadonlyMap<string, TaskSpec>;
  readonly states: ReadonlyMap<string, StateInfo>;
  /** Catch of every state that has one: the engine matches errors itself, with Step Functions' rules. */
  readonly catchers: ReadonlyMap<string, readonly Catcher[]>;
  /** The top-level TimeoutSeconds (enforced by the engine on its clock). */
  readonly timeoutSeconds: number | undefined;
  /** Callback (`.waitForTaskToken`) or `.sync` resources, for the EXPRESS check. */
  readonly callbackResources: readonly { state: string; resource: string }[];
  readonly hasDistributedMap: boolean;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
