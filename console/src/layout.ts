import type { GraphEdge, GraphNode, StateGraph } from './types';

/**
 * A layered (Sugiyama-style) layout of the compiled graph, top to bottom: states in rows by their longest distance
 * from the start, long edges routed through invisible bend points, rows ordered to cross as few edges as possible,
 * each state centred under the states that lead to it. Pure: the Diagram component draws the result as SVG.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface PlacedNode {
  readonly node: GraphNode;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: string[];
}

export interface PlacedEdge {
  readonly edge: GraphEdge;
  readonly points: Point[];
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly nodes: PlacedNode[];
  readonly edges: PlacedEdge[];
}

const NODE_WIDTH = 176;
const LINE_HEIGHT = 16;
const ROW_GAP = 46;
const COLUMN_GAP = 28;
const MARGIN = 16;
const CHARS_PER_LINE = 22;

/** Words wrapped to the node's width, at most three lines. */
export const wrapLabel = (text: string, max = CHARS_PER_LINE): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= max || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > 3) return [...lines.slice(0, 2), `${(lines[2] ?? '').slice(0, max - 1)}…`];
  return lines.map((l) => (l.length > max + 6 ? `${l.slice(0, max + 5)}…` : l));
};

/** Drops error paths (Catch edges) and what only they reach, when asked. */
export const visiblePart = (graph: StateGraph, showErrors: boolean): StateGraph => {
  const edges = showErrors ? graph.edges : graph.edges.filter((e) => e.kind !== 'catch');
  const reached = new Set<string>([graph.startAt]);
  const queue = [graph.startAt];
  while (queue.length) {
    const at = queue.shift() as string;
    for (const e of edges) {
      if (e.from !== at || reached.has(e.to)) continue;
      reached.add(e.to);
      queue.push(e.to);
    }
  }
  return {
    startAt: graph.startAt,
    nodes: graph.nodes.filter((n) => reached.has(n.id)),
    edges: edges.filter((e) => reached.has(e.from) && reached.has(e.to)),
  };
};

interface Item {
  id: string;
  layer: number;
  order: number;
  x: number;
  width: number;
  height: number;
  node?: GraphNode;
}

export const layoutGraph = (graph: StateGraph): Layout => {
  const ids = graph.nodes.map((n) => n.id);
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of graph.edges) out.get(e.from)?.push(e.to);

  // Depth-first from the start (then any state not reached): edges back to a state on the stack close a cycle.
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const discovery: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    discovery.push(id);
    for (const to of out.get(id) ?? []) {
      if (state.get(to) === 'open') back.add(`${id}\u0000${to}`);
      else if (!state.has(to)) visit(to);
    }
    state.set(id, 'done');
  };
  for (const id of [graph.startAt, ...ids]) if (out.has(id) && !state.has(id)) visit(id);
  const forward = graph.edges.filter((e) => !back.has(`${e.from}\u0000${e.to}`) && e.from !== e.to);

  // Longest-path layering in topological order.
  const layer = new Map<string, number>(ids.map((id) => [id, 0]));
  const indegree = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const e of forward) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  const ready = ids.filter((id) => indegree.get(id) === 0);
  while (ready.length) {
    const id = ready.shift() as string;
    for (const e of forward.filter((f) => f.from === id)) {
      layer.set(e.to, Math.max(layer.get(e.to) ?? 0, (layer.get(id) ?? 0) + 1));
      const left = (indegree.get(e.to) ?? 1) - 1;
      indegree.set(e.to, left);
      if (left === 0) ready.push(e.to);
    }
  }

  // Items: states, plus a bend point in every row a long edge crosses.
  const items = new Map<string, Item>();
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const id of ids) {
    const node = nodeById.get(id) as GraphNode;
    const lines = node.kind === 'Join' ? [] : wrapLabel(id);
    items.set(id, {
      id,
      layer: layer.get(id) ?? 0,
      order: discovery.indexOf(id),
      x: 0,
      width: node.kind === 'Join' ? 18 : NODE_WIDTH,
      height: node.kind === 'Join' ? 18 : Math.max(1, lines.length) * LINE_HEIGHT + 18,
      node,
    });
  }
  const chains = new Map<GraphEdge, string[]>();
  for (const e of forward) {
    const from = layer.get(e.from) ?? 0;
    const to = layer.get(e.to) ?? 0;
    const chain = [e.from];
    for (let l = from + 1; l < to; l++) {
      const id = `\u0000${e.from}\u0000${e.to}\u0000${l}`;
      items.set(id, { id, layer: l, order: items.get(e.from)?.order ?? 0, x: 0, width: 8, height: 8 });
      chain.push(id);
    }
    chain.push(e.to);
    chains.set(e, chain);
  }
  const rows: Item[][] = [];
  for (const item of items.values()) {
    const row = rows[item.layer] ?? [];
    row.push(item);
    rows[item.layer] = row;
  }
  for (const row of rows) row?.sort((a, b) => a.order - b.order);

  const neighbours = new Map<string, { up: string[]; down: string[] }>();
  for (const chain of chains.values())
    for (let i = 0; i + 1 < chain.length; i++) {
      const a = chain[i] as string;
      const b = chain[i + 1] as string;
      if (!neighbours.has(a)) neighbours.set(a, { up: [], down: [] });
      if (!neighbours.has(b)) neighbours.set(b, { up: [], down: [] });
      neighbours.get(a)?.down.push(b);
      neighbours.get(b)?.up.push(a);
    }
  const position = (id: string) => {
    const it = items.get(id) as Item;
    return (rows[it.layer] ?? []).indexOf(it);
  };
  // Barycentre sweeps, down then up, to reduce crossings.
  for (let sweep = 0; sweep < 6; sweep++) {
    const down = sweep % 2 === 0;
    const order = down ? rows.slice(1) : rows.slice(0, -1).reverse();
    for (const row of order) {
      if (!row) continue;
      const centre = new Map(
        row.map((it) => {
          const near = neighbours.get(it.id)?.[down ? 'up' : 'down'] ?? [];
          return [
            it.id,
            near.length ? near.reduce((s, n) => s + position(n), 0) / near.length : position(it.id),
          ];
        }),
      );
      row.sort((a, b) => (centre.get(a.id) ?? 0) - (centre.get(b.id) ?? 0));
    }
  }

  // x: each item wants the centre of what leads to it; rows are then pushed apart left to right.
  let y = MARGIN;
  const rowY: number[] = [];
  for (const [r, row] of rows.entries()) {
    const rowItems = row ?? [];
    let cursor = MARGIN;
    for (const it of rowItems) {
      const near = (neighbours.get(it.id)?.up ?? []).map((n) => items.get(n) as Item);
      const want = near.length
        ? near.reduce((s, n) => s + n.x + n.width / 2, 0) / near.length - it.width / 2
        : cursor;
      it.x = Math.max(cursor, want);
      cursor = it.x + it.width + COLUMN_GAP;
    }
    rowY[r] = y;
    y += Math.max(0, ...rowItems.map((it) => it.height)) + ROW_GAP;
  }
  const width = Math.max(NODE_WIDTH, ...[...items.values()].map((it) => it.x + it.width)) + MARGIN;
  const top = (it: Item) =>
    (rowY[it.layer] ?? 0) + (Math.max(...(rows[it.layer] ?? []).map((o) => o.height)) - it.height) / 2;

  const nodes: PlacedNode[] = [...items.values()]
    .filter((it) => it.node)
    .map((it) => ({
      node: it.node as GraphNode,
      x: it.x,
      y: top(it),
      width: it.width,
      height: it.height,
      lines: it.node?.kind === 'Join' ? [] : wrapLabel(it.id),
    }));
  const edges: PlacedEdge[] = graph.edges.map((edge) => {
    const reversed = back.has(`${edge.from}\u0000${edge.to}`) || edge.from === edge.to;
    const chain = chains.get(edge) ?? [edge.from, edge.to];
    const points = chain.map((id, i) => {
      const it = items.get(id) as Item;
      const first = i === 0;
      const last = i === chain.length - 1;
      return {
        x: it.x + it.width / 2,
        y: first && !reversed ? top(it) + it.height : last && !reversed ? top(it) : top(it) + it.height / 2,
      };
    });
    return { edge, points };
  });
  return { width, height: y - ROW_GAP + MARGIN, nodes, edges };
};
