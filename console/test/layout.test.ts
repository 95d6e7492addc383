import { describe, expect, it } from 'vitest';
import { layoutGraph, visiblePart, wrapLabel } from '../src/layout';
import type { StateGraph } from '../src/types';

const graph: StateGraph = {
  startAt: 'Start',
  nodes: [
    { id: 'Start', kind: 'Task' },
    { id: 'Check?', kind: 'Choice' },
    { id: 'Send email to the new lead', kind: 'Task', stepId: 'welcome' },
    { id: 'Done', kind: 'Succeed' },
    { id: 'Record failure', kind: 'Task' },
  ],
  edges: [
    { from: 'Start', to: 'Check?', kind: 'next' },
    { from: 'Check?', to: 'Send email to the new lead', kind: 'choice', label: 'yes' },
    { from: 'Check?', to: 'Done', kind: 'default', label: 'no' },
    { from: 'Send email to the new lead', to: 'Done', kind: 'next' },
    { from: 'Send email to the new lead', to: 'Record failure', kind: 'catch', label: 'error' },
  ],
};

describe('the diagram layout', () => {
  it('GIVEN a graph WHEN laid out THEN each state is below every state that leads to it and nothing overlaps', () => {
    const layout = layoutGraph(graph);
    const at = new Map(layout.nodes.map((n) => [n.node.id, n]));
    for (const e of graph.edges) {
      const from = at.get(e.from);
      const to = at.get(e.to);
      expect(from && to && to.y > from.y, `${e.from} -> ${e.to}`).toBe(true);
    }
    for (const a of layout.nodes)
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.node.id} / ${b.node.id}`).toBe(true);
      }
    for (const n of layout.nodes) {
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('GIVEN an edge that skips a row WHEN laid out THEN it bends through that row instead of crossing a state', () => {
    const layout = layoutGraph(graph);
    const skip = layout.edges.find((e) => e.edge.from === 'Check?' && e.edge.to === 'Done');
    expect(skip?.points.length).toBe(3);
  });

  it('GIVEN error paths hidden WHEN shown THEN catch edges and what only they reach disappear', () => {
    const visible = visiblePart(graph, false);
    expect(visible.nodes.map((n) => n.id)).not.toContain('Record failure');
    expect(visible.edges.every((e) => e.kind !== 'catch')).toBe(true);
    expect(visiblePart(graph, true).nodes).toHaveLength(5);
  });

  it('GIVEN a cycle WHEN laid out THEN the layout still ends (the back edge is drawn, not followed)', () => {
    const loop: StateGraph = {
      startAt: 'A',
      nodes: [
        { id: 'A', kind: 'Task' },
        { id: 'B', kind: 'Task' },
      ],
      edges: [
        { from: 'A', to: 'B', kind: 'next' },
        { from: 'B', to: 'A', kind: 'next' },
      ],
    };
    expect(layoutGraph(loop).edges).toHaveLength(2);
  });

  it('GIVEN a long state name WHEN wrapped THEN at most three lines of bounded width', () => {
    const lines = wrapLabel(
      'Send a reminder email to the lead who did not answer the first two messages at all',
    );
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(28);
  });
});
