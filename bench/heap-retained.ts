/**
 * What holds the heap in a heap snapshot of the server (`BENCH_HEAP_SNAPSHOTS=1000,4000 npm run bench -- memory 4000
 * data-dir 1000` writes them): the objects with the largest **retained** size (what would be freed with them,
 * from the snapshot's dominator tree), each with the edge it hangs from and its dominator. Self sizes grouped by
 * constructor say little (a cache's strings count as "string"); retained sizes name the cache. Given an earlier
 * snapshot too, each line shows both figures, matched by object, edge and dominator, largest gain first.
 *
 *   npx tsx bench/heap-retained.ts <later.heapsnapshot> [<earlier.heapsnapshot>] [min MB=0.3]
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const MB = 1024 * 1024;

/** Retained size per line label ("type:name via edge of type:name"), for the objects retaining at least `min` bytes. */
const retainedBy = (file: string, min: number): Map<string, number> => {
  const s = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const { meta } = s.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    meta.node_fields.indexOf(f),
  ) as [number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) =>
    meta.edge_fields.indexOf(f),
  ) as [number, number, number];
  const { nodes, edges, strings } = s;
  const count = nodes.length / nf;
  const first = new Int32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    first[i] = e;
    e += (nodes[i * nf + iEdges] ?? 0) * ef;
  }
  first[count] = edges.length;
  const skipped = new Set([edgeTypes.indexOf('weak'), edgeTypes.indexOf('shortcut')]);
  const targets = (v: number, visit: (w: number, edge: number) => void) => {
    for (let e = first[v] ?? 0; e < (first[v + 1] ?? 0); e += ef) {
      if (!skipped.has(edges[e + eType] ?? -1)) visit((edges[e + eTo] ?? 0) / nf, e);
    }
  };

  // Depth-first post-order from the root (node 0), iteratively.
  const post = new Int32Array(count).fill(-1);
  const order: number[] = [];
  const seen = new Uint8Array(count);
  const stack: [number, number[]][] = [[0, []]];
  seen[0] = 1;
  targets(0, (w) => stack[0]?.[1].push(w));
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as [number, number[]];
    const next = top[1].pop();
    if (next === undefined) {
      stack.pop();
      post[top[0]] = order.length;
      order.push(top[0]);
    } else if (!seen[next]) {
      seen[next] = 1;
      const children: number[] = [];
      targets(next, (w) => children.push(w));
      stack.push([next, children.reverse()]);
    }
  }
  const preds: number[][] = Array.from({ length: count }, () => []);
  for (const v of order) targets(v, (w) => preds[w]?.push(v));

  // Immediate dominators (Cooper, Harvey and Kennedy's iteration over reverse post-order).
  const idom = new Int32Array(count).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number): number => {
    let [x, y] = [a, b];
    while (x !== y) {
      while ((post[x] ?? 0) < (post[y] ?? 0)) x = idom[x] ?? 0;
      while ((post[y] ?? 0) < (post[x] ?? 0)) y = idom[y] ?? 0;
    }
    return x;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = order.length - 2; k >= 0; k--) {
      const v = order[k] ?? 0;
      let dom = -1;
      for (const p of preds[v] ?? []) {
        if (idom[p] === -1) continue;
        dom = dom === -1 ? p : intersect(p, dom);
      }
      if (dom !== -1 && idom[v] !== dom) {
        idom[v] = dom;
        changed = true;
      }
    }
  }
  const retained = new Float64Array(count);
  for (const v of order) {
    retained[v] = (retained[v] ?? 0) + (nodes[v * nf + iSize] ?? 0);
    if (v !== 0) retained[idom[v] ?? 0] = (retained[idom[v] ?? 0] ?? 0) + (retained[v] ?? 0);
  }

  const label = (i: number): string => {
    const type = nodeTypes[nodes[i * nf + iType] ?? 0] ?? '?';
    return type.includes('string')
      ? type
      : `${type}:${String(strings[nodes[i * nf + iName] ?? 0]).slice(0, 50)}`;
  };
  const via = (v: number): string => {
    let name = '?';
    targets(idom[v] ?? 0, (w, e) => {
      if (w !== v || name !== '?') return;
      const type = edgeTypes[edges[e + eType] ?? 0];
      const n = edges[e + eName] ?? 0;
      name = type === 'element' || type === 'hidden' ? `[${n}]` : String(strings[n]);
    });
    return name;
  };
  const out = new Map<string, number>();
  for (let v = 1; v < count; v++) {
    const size = retained[v] ?? 0;
    if (!seen[v] || size < min) continue;
    const key = `${label(v)} via ${via(v)} of ${label(idom[v] ?? 0)}`;
    out.set(key, (out.get(key) ?? 0) + size);
  }
  return out;
};

const [later, earlier, minMb] = process.argv.slice(2);
if (!later) {
  console.error(
    'usage: npx tsx bench/heap-retained.ts <later.heapsnapshot> [<earlier.heapsnapshot>] [min MB]',
  );
  process.exit(2);
}
const min = Number(minMb ?? 0.3) * MB;
const now = retainedBy(later, min);
const before = earlier ? retainedBy(earlier, min) : new Map<string, number>();
const rows = [...new Set([...now.keys(), ...before.keys()])].map(
  (key) => [key, before.get(key) ?? 0, now.get(key) ?? 0] as const,
);
rows.sort((a, b) => (earlier ? b[2] - b[1] - (a[2] - a[1]) : b[2] - a[2]));
for (const [key, then, size] of rows.slice(0, 60)) {
  const figures = earlier
    ? `${(then / MB).toFixed(2).padStart(7)} -> ${(size / MB).toFixed(2).padStart(7)} MB`
    : `${(size / MB).toFixed(2).padStart(7)} MB`;
  console.log(`${figures}  ${key}`);
}
