/**
 * The subset of Amazon States Language (JSONPath) the compiler writes. Plain JSON objects: the compiled definition is
 * data, serialised with JSON.stringify and deployed as is.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface AslRetrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
}

export interface AslCatcher {
  ErrorEquals: string[];
  ResultPath?: string | null;
  Next: string;
}

/** A Choice rule (data-test expression or boolean combination); `Next` only at the top level of Choices. */
export type AslChoiceRule = {
  Variable?: string;
  And?: AslChoiceRule[];
  Or?: AslChoiceRule[];
  Not?: AslChoiceRule;
  Next?: string;
} & { [operator: string]: Json | AslChoiceRule | AslChoiceRule[] | undefined };

interface Flow {
  Next?: string;
  End?: true;
}

interface Common {
  Comment?: string;
  InputPath?: string | null;
  OutputPath?: string | null;
}

export interface AslTaskState extends Common, Flow {
  Type: 'Task';
  Resource: string;
  Parameters?: JsonObject;
  ResultSelector?: JsonObject;
  ResultPath?: string | null;
  TimeoutSeconds?: number;
  /** A path to a positive integer, instead of TimeoutSeconds (business-day waits). */
  TimeoutSecondsPath?: string;
  Retry?: AslRetrier[];
  Catch?: AslCatcher[];
}

export interface AslPassState extends Common, Flow {
  Type: 'Pass';
  Parameters?: JsonObject;
  Result?: Json;
  ResultPath?: string | null;
}

export interface AslWaitState extends Common, Flow {
  Type: 'Wait';
  Seconds?: number;
  Timestamp?: string;
  SecondsPath?: string;
  TimestampPath?: string;
}

export interface AslChoiceState extends Common {
  Type: 'Choice';
  Choices: AslChoiceRule[];
  Default?: string;
}

export interface AslParallelState extends Common, Flow {
  Type: 'Parallel';
  Branches: AslStateMachine[];
  ResultSelector?: JsonObject;
  ResultPath?: string | null;
  Retry?: AslRetrier[];
  Catch?: AslCatcher[];
}

export interface AslMapState extends Common, Flow {
  Type: 'Map';
  /** Inline mode: the list in the state. */
  ItemsPath?: string;
  /** Distributed mode: where the items are read from (S3). */
  ItemReader?: { Resource: string; ReaderConfig?: JsonObject; Parameters: JsonObject };
  ResultWriter?: { Resource: string; Parameters: JsonObject };
  Label?: string;
  ToleratedFailurePercentage?: number;
  MaxConcurrency?: number;
  ItemSelector?: JsonObject;
  ItemProcessor: AslStateMachine & {
    ProcessorConfig: { Mode: 'INLINE' } | { Mode: 'DISTRIBUTED'; ExecutionType: 'STANDARD' | 'EXPRESS' };
  };
  ResultSelector?: JsonObject;
  ResultPath?: string | null;
  Retry?: AslRetrier[];
  Catch?: AslCatcher[];
}

export interface AslSucceedState extends Common {
  Type: 'Succeed';
}

export interface AslFailState {
  Type: 'Fail';
  Comment?: string;
  Error?: string;
  Cause?: string;
  ErrorPath?: string;
  CausePath?: string;
}

export type AslState =
  | AslTaskState
  | AslPassState
  | AslWaitState
  | AslChoiceState
  | AslParallelState
  | AslMapState
  | AslSucceedState
  | AslFailState;

export interface AslStateMachine {
  StartAt: string;
  States: Record<string, AslState>;
}

export interface AslDefinition extends AslStateMachine {
  Comment?: string;
  TimeoutSeconds?: number;
}

/** Every state of a definition, nested branches and Map processors included. */
export function* allStates(machine: AslStateMachine): Generator<[string, AslState]> {
  for (const [name, state] of Object.entries(machine.States)) {
    yield [name, state];
    if (state.Type === 'Parallel') for (const branch of state.Branches) yield* allStates(branch);
    if (state.Type === 'Map') yield* allStates(state.ItemProcessor);
  }
}
