import { compileWorkflow, placeholderResolver } from './compile';
import type { AslCatcher, AslDefinition, AslState, AslStateMachine } from './compile/asl';
import type { WorkflowDefinition } from './schema';

/**
 * The compiled state machine as a graph a client can draw: one node per state (nested Parallel branches and Map
 * processors included, named as in the Step Functions console), one edge per transition (Next, each Choice rule,
 * Default, each Catch). A Parallel or Map state also gets a join node where its branches meet again, so the drawing
 * reads top to bottom like the execution does.
 */

export type StateKind =
  | 'Task'
  | 'Pass'
  | 'Wait'
  | 'Choice'
  | 'Parallel'
  | 'Map'
  | 'Succeed'
  | 'Fail'
  | 'Join';

export interface GraphNode {
  /** The state name (unique in a state machine); join nodes: `<Parallel or Map name> (join)`. */
  readonly id: string;
  readonly kind: StateKind;
  /** The workflow step this state implements, when it implements one. */
  readonly stepId?: string;
  /** The Parallel or Map state whose branch or item processor holds this state. */
  readonly parent?: string;
  readonly comment?: string;
}

export type EdgeKind = 'next' | 'choice' | 'default' | 'catch' | 'branch' | 'join';

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly label?: string;
}

export interface StateGraph {
  readonly startAt: string;
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
}

/** What a Catch is for, in the words of a person reading the diagram. */
const catchLabel = (catcher: AslCatcher): string => {
  const errors = catcher.ErrorEquals;
  if (errors.includes('States.Timeout') && errors.length === 1) return 'timeout';
  if (errors.includes('ApprovalRejected')) return 'rejected';
  if (errors.includes('States.ALL')) return 'error';
  return errors.join(', ');
};

export const joinId = (name: string): string => `${name} (join)`;

/** The graph of a compiled definition; `stateNames` (step id -> state name) tags the states that implement steps. */
export const stateGraph = (
  asl: AslDefinition,
  stateNames: Readonly<Record<string, string>> = {},
): StateGraph => {
  const stepOf = new Map(Object.entries(stateNames).map(([step, state]) => [state, step]));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];

  /** Adds the states of one machine; returns the states that end it (End: true or Succeed). */
  const walk = (machine: AslStateMachine, parent: string | undefined): string[] => {
    const ends: string[] = [];
    for (const [name, state] of Object.entries(machine.States)) {
      const stepId = stepOf.get(name);
      nodes.push({
        id: name,
        kind: state.Type,
        ...(stepId ? { stepId } : {}),
        ...(parent ? { parent } : {}),
        ...(state.Comment ? { comment: state.Comment } : {}),
      });
      ends.push(...transitions(name, state));
    }
    return ends;
  };

  const transitions = (name: string, state: AslState): string[] => {
    const link = (to: string, kind: EdgeKind, label?: string) =>
      edges.push({ from: name, to, kind, ...(label ? { label } : {}) });
    let exit = name;
    if (state.Type === 'Parallel' || state.Type === 'Map') {
      exit = joinId(name);
      const branches = state.Type === 'Parallel' ? state.Branches : [state.ItemProcessor];
      branches.forEach((branch, i) => {
        link(
          branch.StartAt,
          'branch',
          state.Type === 'Map' ? 'each item' : branches.length > 1 ? `branch ${i + 1}` : undefined,
        );
        for (const end of walk(branch, name)) edges.push({ from: end, to: exit, kind: 'join' });
      });
      nodes.push({ id: exit, kind: 'Join', parent: name });
    }
    if (state.Type === 'Choice') {
      const single = state.Choices.length === 1;
      state.Choices.forEach((rule, i) => {
        if (rule.Next) link(rule.Next, 'choice', single ? 'yes' : `rule ${i + 1}`);
      });
      if (state.Default) link(state.Default, 'default', single ? 'no' : 'otherwise');
    }
    if ('Catch' in state) for (const c of state.Catch ?? []) link(c.Next, 'catch', catchLabel(c));
    if (state.Type === 'Succeed') return [name];
    if (state.Type === 'Fail' || state.Type === 'Choice') return [];
    if (state.Next) edges.push({ from: exit, to: state.Next, kind: 'next' });
    return state.End ? [exit] : [];
  };

  walk(asl, undefined);
  return { startAt: asl.StartAt, nodes, edges };
};

/** The graph of a valid workflow as it compiles (placeholder resources: the shape does not depend on them). */
export const workflowGraph = (def: WorkflowDefinition): StateGraph => {
  const compiled = compileWorkflow(def, { resolver: placeholderResolver });
  return stateGraph(compiled.definition, compiled.stateNames);
};
