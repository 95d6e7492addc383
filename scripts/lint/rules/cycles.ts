import { edgesOf, isSource, type Project, type Violation } from '../project';

/**
 * No import cycles, at two scales. Files: the imports that exist at run time (`import type` is erased and cannot
 * form a cycle of modules). Areas of functions/ (functions/api, functions/provisioner, …): every import, types
 * included, because two areas that need each other are one area, or share a part that belongs in
 * functions/shared. Each cycle is reported once, at its first member in path order.
 */
export const checkCycles = (project: Project): Violation[] => {
  const files = [...project.files.keys()].filter(isSource).sort();
  const fileGraph = new Map<string, string[]>();
  const areaGraph = new Map<string, Set<string>>();
  for (const file of files) {
    const edges = edgesOf(project, file).filter((e) => e.file !== undefined && isSource(e.file));
    fileGraph.set(file, [...new Set(edges.filter((e) => !e.typeOnly).map((e) => e.file as string))].sort());
    const from = areaOf(file);
    if (from === undefined) continue;
    for (const edge of edges) {
      const to = areaOf(edge.file as string);
      if (to === undefined || to === from) continue;
      if (!areaGraph.has(from)) areaGraph.set(from, new Set());
      areaGraph.get(from)?.add(to);
    }
  }
  const areas = new Map([...areaGraph].map(([k, v]) => [k, [...v].sort()]));
  return [
    ...stronglyConnected(fileGraph).map((c) => ({
      rule: 'import-cycle',
      file: c[0] as string,
      message: `import cycle through ${c.join(', ')}`,
    })),
    ...stronglyConnected(areas).map((c) => ({
      rule: 'area-cycle',
      file: c[0] as string,
      message: `${c.join(' and ')} import each other; move what they share down to functions/shared`,
    })),
  ];
};

/** `functions/<area>` for a file in a folder of functions/; undefined elsewhere. */
export const areaOf = (file: string): string | undefined => {
  const parts = file.split('/');
  return parts[0] === 'functions' && parts.length > 2 ? `functions/${parts[1]}` : undefined;
};

/**
 * The cycles of a graph: its strongly connected components with more than one node, or one node with an edge to
 * itself (Tarjan's algorithm, iterative so deep chains cannot exhaust the call stack). Members sorted.
 */
export const stronglyConnected = (graph: ReadonlyMap<string, readonly string[]>): string[][] => {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
  };
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    visit(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          visit(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || (graph.get(frame.node) ?? []).includes(frame.node))
        components.push(component.sort());
    }
  }
  return components;
};
