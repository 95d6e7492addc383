import { describe, expect, it } from 'vitest';
import { allStates, compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import type { AslDefinition } from '../../statemachines/compile/asl';
import { joinId, stateGraph, workflowGraph } from '../../statemachines/graph';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { TEMPLATE_IDS, TEMPLATES } from '../../statemachines/templates';

const task = (next?: string) => ({
  Type: 'Task' as const,
  Resource: 'arn:aws:lambda:us-east-1:000000000000:function:f',
  ...(next ? { Next: next } : { End: true as const }),
});

describe('the compiled graph', () => {
  it('GIVEN a Choice, a Catch and a Parallel WHEN drawn THEN every transition is one labelled edge and the branches meet at a join', () => {
    const asl: AslDefinition = {
      StartAt: 'Check',
      States: {
        Check: {
          Type: 'Choice',
          Choices: [{ Variable: '$.x', BooleanEquals: true, Next: 'Both' }],
          Default: 'Done',
        },
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Left', States: { Left: task() } },
            { StartAt: 'Right', States: { Right: task() } },
          ],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
          Next: 'Done',
        },
        Failed: { Type: 'Fail', Error: 'E' },
        Done: { Type: 'Succeed' },
      },
    };
    const graph = stateGraph(asl, { both: 'Both' });
    expect(graph.startAt).toBe('Check');
    expect(graph.nodes).toStrictEqual([
      { id: 'Check', kind: 'Choice' },
      { id: 'Both', kind: 'Parallel', stepId: 'both' },
      { id: 'Left', kind: 'Task', parent: 'Both' },
      { id: 'Right', kind: 'Task', parent: 'Both' },
      { id: joinId('Both'), kind: 'Join', parent: 'Both' },
      { id: 'Failed', kind: 'Fail' },
      { id: 'Done', kind: 'Succeed' },
    ]);
    expect(graph.edges).toStrictEqual([
      { from: 'Check', to: 'Both', kind: 'choice', label: 'yes' },
      { from: 'Check', to: 'Done', kind: 'default', label: 'no' },
      { from: 'Both', to: 'Left', kind: 'branch', label: 'branch 1' },
      { from: 'Left', to: joinId('Both'), kind: 'join' },
      { from: 'Both', to: 'Right', kind: 'branch', label: 'branch 2' },
      { from: 'Right', to: joinId('Both'), kind: 'join' },
      { from: 'Both', to: 'Failed', kind: 'catch', label: 'error' },
      { from: joinId('Both'), to: 'Done', kind: 'next' },
    ]);
  });

  it('GIVEN every seed workflow WHEN compiled and drawn THEN each state is a node once and every edge joins two nodes', () => {
    for (const id of TEMPLATE_IDS) {
      const def = TEMPLATES[id] as WorkflowDefinition;
      const graph = workflowGraph(def);
      const ids = graph.nodes.map((n) => n.id);
      expect(new Set(ids).size, id).toBe(ids.length);
      for (const e of graph.edges) {
        expect(ids, `${id}: ${e.from}`).toContain(e.from);
        expect(ids, `${id}: ${e.to}`).toContain(e.to);
      }
      expect(ids).toContain(graph.startAt);
      // Every step of the definition is drawn, named as its state.
      expect(graph.nodes.filter((n) => n.stepId).length, id).toBeGreaterThan(0);
    }
  });

  it('GIVEN a waitFor with a timeout branch WHEN drawn THEN the timeout is a labelled catch edge from the waiting state', () => {
    const graph = workflowGraph(TEMPLATES['no-reply-reminder'] as WorkflowDefinition);
    const wait = graph.nodes.find((n) => n.stepId === 'await-reply');
    expect(wait?.id).toBe('Wait for reply');
    expect(graph.edges).toContainEqual(expect.objectContaining({ from: 'Wait for reply', label: 'timeout' }));
  });

  it('GIVEN a compiled definition WHEN drawn THEN the nodes are exactly its states plus one join per Parallel or Map', () => {
    const def = TEMPLATES['outreach-campaign'] as WorkflowDefinition;
    const graph = workflowGraph(def);
    const asl = compileWorkflow(def, { resolver: placeholderResolver }).definition;
    const states = [...allStates(asl)];
    const joins = states.filter(([, s]) => s.Type === 'Parallel' || s.Type === 'Map').length;
    expect(graph.nodes.length).toBe(states.length + joins);
  });
});
