import {
  type AslDefinition,
  type AslState,
  type Catcher,
  isRecord,
  type MapSpec,
  type PreparedMachine,
  type PreparedScope,
  type StateInfo,
  type TaskSpec,
} from './asl-types';
import {
  rewriteExecutionPaths,
  rewriteMap,
  rewriteOther,
  rewriteParallel,
  rewriteTask,
  rewriteWait,
} from './prepare-states';
import { actionOfState, stepIdOfState } from './state-info';

/**
 * Rewrites a state machine definition for the engine (see prepare-states.ts): the original is kept for
 * description, the rewritten scopes are only ever handed to the library, one state at a time.
 */

export class DefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDefinition';
  }
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

const CALLBACK_OR_SYNC = /\.(waitForTaskToken|sync(:2)?)$/;

/**
 * @param stateNames step id -> name of the state that performs it (CompiledWorkflow.stateNames); labels Wait,
 * Choice, Map and Parallel states, which carry no step id of their own.
 */
export const prepareDefinition = (
  input: unknown,
  stateNames: Readonly<Record<string, string>> = {},
): PreparedMachine => {
  const stepOfState = new Map(Object.entries(stateNames).map(([stepId, stateName]) => [stateName, stepId]));
  if (!isRecord(input) || typeof input.StartAt !== 'string' || !isRecord(input.States)) {
    throw new DefinitionError('A state machine definition needs StartAt and States');
  }
  const original = structuredClone(input) as AslDefinition;
  const tasks = new Map<string, TaskSpec>();
  const states = new Map<string, StateInfo>();
  const catchers = new Map<string, readonly Catcher[]>();
  const callbackResources: { state: string; resource: string }[] = [];
  let hasDistributedMap = false;

  const mapSpec = (name: string, state: AslState): MapSpec => {
    const key = isRecord(state.ItemProcessor) ? 'ItemProcessor' : 'Iterator';
    const inner = state[key];
    if (!isRecord(inner)) throw new DefinitionError(`Map state "${name}" has no ItemProcessor`);
    const config = isRecord(inner.ProcessorConfig) ? inner.ProcessorConfig : {};
    const distributed = config.Mode === 'DISTRIBUTED';
    if (distributed) hasDistributedMap = true;
    const { ProcessorConfig: _config, ...processorDefinition } = inner as AslDefinition;
    const reader = isRecord(state.ItemReader) ? state.ItemReader : undefined;
    const batcher = isRecord(state.ItemBatcher) ? state.ItemBatcher : undefined;
    const writer = isRecord(state.ResultWriter) ? state.ResultWriter : undefined;
    const selector = 'ItemSelector' in state ? state.ItemSelector : state.Parameters;
    return {
      distributed,
      executionType: config.ExecutionType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
      itemSelector: selector === undefined ? undefined : rewriteExecutionPaths(selector),
      maxConcurrency: num(state.MaxConcurrency),
      toleratedFailurePercentage: num(state.ToleratedFailurePercentage),
      toleratedFailureCount: num(state.ToleratedFailureCount),
      itemReader: reader
        ? {
            resource: String(reader.Resource),
            readerConfig: isRecord(reader.ReaderConfig) ? reader.ReaderConfig : {},
          }
        : undefined,
      itemBatcher: batcher
        ? {
            maxItemsPerBatch: num(batcher.MaxItemsPerBatch),
            maxInputBytesPerBatch: num(batcher.MaxInputBytesPerBatch),
          }
        : undefined,
      resultWriter: writer ? { resource: String(writer.Resource) } : undefined,
      label: typeof state.Label === 'string' ? state.Label : undefined,
      processor: prepareScope(processorDefinition, false),
      processorDefinition,
    };
  };

  const prepareScope = (machine: AslDefinition, topLevel: boolean): PreparedScope => {
    if (!isRecord(machine.States) || !(machine.StartAt in machine.States)) {
      throw new DefinitionError(`StartAt "${machine.StartAt}" is not a state`);
    }
    const out: Record<string, AslState> = {};
    for (const [name, state] of Object.entries(machine.States)) {
      if (states.has(name)) throw new DefinitionError(`State name "${name}" is used more than once`);
      states.set(name, {
        name,
        type: state.Type,
        topLevel,
        stepId: stepOfState.get(name) ?? stepIdOfState(state),
        action: actionOfState(state),
        resource: state.Type === 'Task' ? String(state.Resource) : undefined,
      });
      if (Array.isArray(state.Catch)) catchers.set(name, state.Catch as Catcher[]);
      if (state.Type === 'Task') {
        const r = rewriteTask(name, state);
        if (CALLBACK_OR_SYNC.test(r.spec.resource))
          callbackResources.push({ state: name, resource: r.spec.resource });
        tasks.set(name, r.spec);
        out[name] = r.state;
      } else if (state.Type === 'Wait') {
        const r = rewriteWait(name, state);
        tasks.set(name, r.spec);
        out[name] = r.state;
      } else if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
        const r = rewriteParallel(name, state);
        const branches = (state.Branches as AslDefinition[]).map((b) => prepareScope(b, false));
        tasks.set(name, { ...r.spec, branches });
        out[name] = r.state;
      } else if (state.Type === 'Map') {
        const r = rewriteMap(name, state);
        tasks.set(name, { ...r.spec, map: mapSpec(name, state) });
        out[name] = r.state;
      } else {
        out[name] = rewriteOther(state);
      }
    }
    return { startAt: machine.StartAt, states: out };
  };

  const top = prepareScope(original, true);
  return {
    original,
    definition: { StartAt: top.startAt, States: { ...top.states } },
    top,
    tasks,
    states,
    catchers,
    timeoutSeconds: num(original.TimeoutSeconds),
    callbackResources,
    hasDistributedMap,
  };
};
