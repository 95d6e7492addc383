import { stepStateNames } from './compile/names';
import { needsRunApproval } from './compile/workflow-type';
import { humanizeWaitTime } from './duration';
import type { Step, Trigger, WorkflowDefinition } from './schema';

/**
 * A Mermaid flowchart of a workflow: what a person reads before enabling it. Nodes carry the same names as the
 * states in the Step Functions console; edges are labelled with the outcome that takes them (yes / no, event arrives
 * / timeout, approved / rejected). Failures are not drawn: any failed step ends the run as failed.
 */

/**
 * Text for a quoted Mermaid label: quotes, `#`, `<`, `>`, `&` and backticks as Mermaid entity codes, so a label
 * can never close its quotes, inject markup or start markdown.
 */
export const escapeMermaid = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/&/g, '#amp;')
    .replace(/`/g, '#96;');

type Shape = 'box' | 'round' | 'diamond' | 'hexagon' | 'wait' | 'stadium' | 'subroutine' | 'circle';

const SHAPES: Record<Shape, [string, string]> = {
  box: ['["', '"]'],
  round: ['("', '")'],
  diamond: ['{"', '"}'],
  hexagon: ['{{"', '"}}'],
  wait: ['[/"', '"/]'],
  stadium: ['(["', '"])'],
  subroutine: ['[["', '"]]'],
  circle: ['(("', '"))'],
};

interface Pending {
  from: string;
  label?: string;
}

export const triggerLabel = (trigger: Trigger): string => {
  switch (trigger.type) {
    case 'event':
      return trigger.filter ? `When ${trigger.event} (filtered)` : `When ${trigger.event}`;
    case 'schedule': {
      const zone = trigger.timezone ? ` (${trigger.timezone})` : '';
      if (trigger.cron) return `Schedule: cron ${trigger.cron}${zone}`;
      if (trigger.rate) return `Every ${trigger.rate}`;
      return `Once at ${trigger.at ?? '?'}${zone}`;
    }
    case 'manual':
      return 'Started by hand';
    case 'webhook':
      return `Webhook from ${trigger.source}`;
  }
};

class Diagram {
  readonly #lines: string[] = [];
  #counter = 0;
  readonly #names: Record<string, string>;
  #indent = '  ';

  constructor(names: Record<string, string>) {
    this.#names = names;
  }

  node(shape: Shape, label: string): string {
    const id = `n${++this.#counter}`;
    const [open, close] = SHAPES[shape];
    this.#lines.push(`${this.#indent}${id}${open}${escapeMermaid(label)}${close}`);
    return id;
  }

  link(pending: readonly Pending[], to: string): void {
    for (const p of pending) {
      const label = p.label ? `|"${escapeMermaid(p.label)}"|` : '';
      this.#lines.push(`${this.#indent}${p.from} -->${label} ${to}`);
    }
  }

  /** Draws steps after `pending`; returns the edges leaving the sequence. */
  sequence(steps: readonly Step[], pending: Pending[]): Pending[] {
    let open = pending;
    for (const step of steps) open = this.step(step, open);
    return open;
  }

  step(step: Step, pending: Pending[]): Pending[] {
    const name = this.#names[step.id] ?? step.id;
    if ('action' in step) {
      const id = this.node('box', name);
      this.link(pending, id);
      return [{ from: id }];
    }
    if ('wait' in step) {
      const id = this.node('wait', name);
      this.link(pending, id);
      return [{ from: id }];
    }
    if ('waitFor' in step) {
      const id = this.node('hexagon', name);
      this.link(pending, id);
      const arrived = this.sequence(step.onEvent ?? [], [{ from: id, label: 'event arrives' }]);
      const timedOut = this.sequence(step.onTimeout ?? [], [
        { from: id, label: `timeout (${humanizeWaitTime(step.waitFor.timeout)})` },
      ]);
      return [...arrived, ...timedOut];
    }
    if ('if' in step) {
      const id = this.node('diamond', name);
      this.link(pending, id);
      return [
        ...this.sequence(step.then, [{ from: id, label: 'yes' }]),
        ...this.sequence(step.else ?? [], [{ from: id, label: 'no' }]),
      ];
    }
    if ('parallel' in step) {
      const fork = this.node('subroutine', name);
      this.link(pending, fork);
      const ends = step.parallel.flatMap((branch, i) =>
        this.sequence(branch, [{ from: fork, label: `branch ${i + 1}` }]),
      );
      const join = this.node('circle', 'all done');
      this.link(ends, join);
      return [{ from: join }];
    }
    if ('forEach' in step) {
      const id = `g${++this.#counter}`;
      const concurrency = step.forEach.concurrency ?? 10;
      const title = `${name} (${concurrency === 0 ? 'all at once' : `${concurrency} at a time`})`;
      this.#lines.push(`${this.#indent}subgraph ${id}["${escapeMermaid(title)}"]`);
      const outer = this.#indent;
      this.#indent += '  ';
      this.#lines.push(`${this.#indent}direction TB`);
      if (step.forEach.steps.length === 0) this.node('round', 'nothing to do');
      else this.sequence(step.forEach.steps, []);
      this.#indent = outer;
      this.#lines.push(`${this.#indent}end`);
      this.link(pending, id);
      return [{ from: id }];
    }
    const id = this.node('hexagon', name);
    this.link(pending, id);
    const rejected = this.sequence(step.onReject ?? [], [{ from: id, label: 'rejected or no decision' }]);
    this.link(rejected, this.rejectedEnd());
    return [{ from: id, label: 'approved' }];
  }

  #rejectedEnd: string | undefined;

  rejectedEnd(): string {
    this.#rejectedEnd ??= this.node('stadium', 'Run ends as rejected');
    return this.#rejectedEnd;
  }

  render(): string {
    return this.#lines.join('\n');
  }
}

export const toMermaid = (def: WorkflowDefinition): string => {
  const stateNames: Record<string, string> = {};
  for (const [step, name] of stepStateNames(def.steps)) stateNames[step.id] = name;
  const diagram = new Diagram(stateNames);
  let pending: Pending[] = [{ from: diagram.node('stadium', triggerLabel(def.trigger)) }];
  if (needsRunApproval(def)) {
    // autoMode false: every automatic run waits for a person; unset: the tenant's Auto Mode decides.
    const always = def.autoMode === false;
    const gate = diagram.node(
      'hexagon',
      always ? 'Approval before each run' : 'Approval, when Auto Mode is off',
    );
    diagram.link(pending, gate);
    diagram.link([{ from: gate, label: 'rejected' }], diagram.rejectedEnd());
    pending = [{ from: gate, label: always ? 'approved' : 'approved or not needed' }];
  }
  const ends = diagram.sequence(def.steps, pending);
  diagram.link(ends, diagram.node('stadium', 'Done'));
  const title = `%% ${def.name.replace(/[\r\n]+/g, ' ')}`;
  return ['flowchart TD', title, diagram.render()].join('\n');
};
