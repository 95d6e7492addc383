/**
 * The workflow language: validation as the API runs it (limits checked) from 200 to 1,000 steps, which must grow
 * linearly (issue 15 measured 1,000 -> 5,000 steps; a workflow may have at most MAX_STEPS = 1,000, so 5,000 steps are
 * refused by their count before any per-step check, and that refusal is timed too), and validate + compile throughput
 * for a 20-step and a 500-step workflow (realistic mixes of every step kind, with references and templated inputs;
 * compile with placeholder resources, one core). Times are this process's CPU (user + system), which a busy
 * neighbour on the shared machine does not stretch the way it stretches wall-clock time.
 *
 *   npx tsx bench/language.ts [seconds per operation=2]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { aslProblems } from '../functions/engine/asl-check';
import { compileWorkflow, placeholderResolver } from '../statemachines/compile';
import { MAX_STEPS } from '../statemachines/limits';
import { type WorkflowDefinition, walkSteps } from '../statemachines/schema';
import { TEMPLATES } from '../statemachines/templates';
import { validateWorkflow } from '../statemachines/validate';
import { median, note, report } from './lib/figures';

/** A block of exactly 10 steps: templated actions, an if, a waitFor with a branch, a forEach and a parallel. */
const block = (n: number): unknown[] => [
  { id: `find-${n}`, action: 'crm.findLeads', input: { status: 'new', limit: 50 } },
  {
    id: `hot-${n}`,
    if: {
      all: [
        { path: 'trigger.lead.value', gt: 10000 },
        { path: 'trigger.lead.status', in: ['new', 'contacted'] },
      ],
    },
    then: [
      {
        id: `welcome-${n}`,
        name: `Send welcome email ${n}`,
        action: 'email.send',
        input: {
          to: '{{trigger.lead.email}}',
          subject: "Welcome, {{trigger.lead.name}}! It's {great}",
          cc: ['{{trigger.lead.email}}', 'sales@acme.test'],
          body: 'Thanks for getting in touch.',
        },
      },
    ],
  },
  {
    id: `reply-${n}`,
    waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
    onEvent: [
      {
        id: `thanks-${n}`,
        action: 'crm.addNote',
        input: { leadId: '{{trigger.lead.id}}', text: `Replied: {{steps.reply-${n}.event.subject}}` },
      },
    ],
  },
  {
    id: `each-${n}`,
    forEach: {
      items: `{{steps.find-${n}.leads}}`,
      concurrency: 5,
      steps: [
        { id: `tag-${n}`, action: 'crm.updateLead', input: { leadId: '{{item.id}}', addTags: ['campaign'] } },
      ],
    },
  },
  {
    id: `both-${n}`,
    parallel: [
      [
        {
          id: `emit-${n}`,
          action: 'events.emit',
          input: {
            event: 'lead.updated',
            detail: { lead: '{{trigger.lead}}', changes: {}, leadId: '{{trigger.lead.id}}' },
          },
        },
      ],
      [{ id: `log-${n}`, action: 'log', input: { message: `Found {{steps.find-${n}.count}} leads` } }],
    ],
  },
];

/** A workflow of `steps` steps (counting nested ones), built from blocks of 10. */
export const benchWorkflow = (steps: number): unknown => {
  const blocks = Math.ceil(steps / 10);
  const all = Array.from({ length: blocks }, (_, i) => block(i + 1)).flat();
  const def = { name: `Bench ${steps} steps`, trigger: { type: 'event', event: 'lead.created' }, steps: all };
  const count = [...walkSteps(all as WorkflowDefinition['steps'])].length;
  if (count !== blocks * 10) throw new Error(`bench workflow has ${count} steps, expected ${blocks * 10}`);
  return def;
};

export interface BenchCase {
  steps: number;
  states: number;
  aslBytes: number;
  validate: { opsPerSecond: number; msPerOp: number };
  compile: { opsPerSecond: number; msPerOp: number };
  validateAndCompile: { opsPerSecond: number; msPerOp: number };
}

type Rate = { opsPerSecond: number; msPerOp: number };

/** Runs `fn` repeatedly for `ms` milliseconds (at least 3 times); ms per op of that round. */
const round = (fn: () => void, ms: number): number => {
  let ops = 0;
  const start = performance.now();
  while (performance.now() - start < ms || ops < 3) {
    fn();
    ops++;
  }
  return (performance.now() - start) / ops;
};

/**
 * Interleaved rounds of every operation (so a busy neighbour or a GC pause hits all of them alike); the median
 * round of each is reported.
 */
const measureAll = (fns: Record<string, () => void>, seconds: number, rounds = 7): Record<string, Rate> => {
  for (const fn of Object.values(fns)) for (let i = 0; i < 3; i++) fn(); // warm-up
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  const perRound = (seconds * 1000) / rounds;
  for (let r = 0; r < rounds; r++)
    for (const [k, fn] of Object.entries(fns)) samples[k]?.push(round(fn, perRound));
  return Object.fromEntries(
    Object.entries(samples).map(([k, list]) => {
      const msPerOp = [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)] ?? Number.NaN;
      return [k, { opsPerSecond: 1000 / msPerOp, msPerOp }];
    }),
  );
};

export const runLanguageBench = (options: { seconds?: number; print?: boolean } = {}): BenchCase[] => {
  const seconds = options.seconds ?? 2;
  const results: BenchCase[] = [];
  for (const steps of [20, 500]) {
    const raw = benchWorkflow(steps);
    // Structure only: 500 steps of this block add up past Step Functions' 256 KiB run state, which the limits check
    // rightly refuses; this figure is validate and compile scaling (the API path with limits is timed above).
    const report = validateWorkflow(raw, { checkLimits: false });
    if (!report.valid || !report.definition) {
      throw new Error(
        `bench workflow is invalid:\n${report.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`,
      );
    }
    const def = report.definition;
    const compiled = compileWorkflow(def, { resolver: placeholderResolver });
    const rates = measureAll(
      {
        validate: () => validateWorkflow(raw, { checkLimits: false }),
        compile: () => compileWorkflow(def, { resolver: placeholderResolver }),
        validateAndCompile: () => {
          const r = validateWorkflow(raw, { checkLimits: false });
          if (r.definition) compileWorkflow(r.definition, { resolver: placeholderResolver });
        },
      },
      seconds,
    );
    results.push({
      steps,
      states: compiled.stateCount,
      aslBytes: compiled.json.length,
      validate: rates.validate as Rate,
      compile: rates.compile as Rate,
      validateAndCompile: rates.validateAndCompile as Rate,
    });
  }
  if (options.print ?? true) {
    const fmt = (m: Rate) =>
      `${m.opsPerSecond.toFixed(1).padStart(9)} ops/s ${m.msPerOp.toFixed(3).padStart(9)} ms/op`;
    const lines = ['Workflow language: validate + compile (placeholder resources, one core)'];
    for (const r of results) {
      lines.push(
        `  ${String(r.steps).padStart(3)} steps -> ${r.states} states, ${(r.aslBytes / 1024).toFixed(1)} KiB of ASL`,
        `    validate            ${fmt(r.validate)}`,
        `    compile             ${fmt(r.compile)}`,
        `    validate + compile  ${fmt(r.validateAndCompile)}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return results;
};

const cpuMs = (fn: () => void): number => {
  const c = process.cpuUsage();
  fn();
  const used = process.cpuUsage(c);
  return (used.user + used.system) / 1000;
};

/**
 * Validation exactly as POST /workflows runs it (limits checked, compiled size included), at 200 and at 1,000
 * steps (the most a workflow may have), and at 5,000 (refused by its step count): CPU ms per op, median of
 * interleaved rounds.
 */
export const validationScaling = (rounds = 15): { steps: number; ms: number }[] => {
  const sizes = [200, 1000, 5000];
  const raws = sizes.map((n) => benchWorkflow(n));
  for (const raw of raws) validateWorkflow(raw); // warm-up
  const samples = sizes.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++)
    raws.forEach((raw, i) => {
      samples[i]?.push(cpuMs(() => validateWorkflow(raw)));
    });
  return sizes.map((steps, i) => ({ steps, ms: median(samples[i] ?? []) }));
};

/**
 * The local engine's ASL check of a saved workflow (CreateStateMachine's, functions/engine/machines.ts: every save and
 * enabling of a workflow in `npm start`): the lead follow-up template as compiled, CPU ms of the process's first check
 * (which builds the schema validator) and the median of `rounds` checks after it.
 */
export const aslCheckCost = (rounds = 15): { firstMs: number; medianMs: number } => {
  const asl = compileWorkflow(TEMPLATES['lead-follow-up'], { resolver: placeholderResolver }).definition;
  const check = () => {
    if (aslProblems(asl, { checkArn: false }).length > 0)
      throw new Error('the template compiled to invalid ASL');
  };
  const firstMs = cpuMs(check);
  return { firstMs, medianMs: median(Array.from({ length: rounds }, () => cpuMs(check))) };
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const asl = aslCheckCost();
  report({
    id: 'language.aslCheck',
    label: 'ASL check of a saved workflow (local engine, lead follow-up), CPU',
    value: asl.medianMs,
    unit: 'ms',
  });
  note(`the process's first check, which builds the schema validator: ${asl.firstMs.toFixed(1)} ms of CPU`);
  const [small, large, refused] = validationScaling();
  if (small && large && refused) {
    note(
      `validate as the API does (limits checked), CPU: ${small.steps} steps ${small.ms.toFixed(1)} ms, ${large.steps} steps ${large.ms.toFixed(1)} ms; ${refused.steps} steps refused by their count (at most ${MAX_STEPS}) in ${refused.ms.toFixed(2)} ms`,
    );
    report({
      id: 'language.validateScaling',
      label: `validate ${large.steps} / ${small.steps} steps, CPU per step (1.0 = linear)`,
      value: (large.ms / large.steps) * (small.steps / small.ms),
      unit: 'x',
      target: { kind: 'max', limit: 1.25 },
    });
    report({
      id: 'language.refuseTooMany',
      label: `validate ${refused.steps} steps as the API does: refused by the step count, CPU`,
      value: refused.ms,
      unit: 'ms',
    });
  }
  runLanguageBench({ seconds: Number(process.argv[2] ?? 2) });
}
