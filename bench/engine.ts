/**
 * The LocalEngine alone (engine only: no DynamoDB, no HTTP, no handlers): the compiled lead follow-up template run
 * with every task answered at once in memory, all executions started together; and what a dry run
 * (POST /workflows/{id}/test) costs besides its reads: compile, a private engine on a virtual clock, the run; and a
 * dry run of a forEach over 1,000 items, which only burns CPU.
 *
 *   npx tsx bench/engine.ts [executions=2000] [dryRuns=100]
 */
import { dryRunWorkflow } from '../functions/engine/dry-run';
import { LocalEngine, type TaskInvocation } from '../functions/engine/local-engine';
import { synthesize } from '../functions/engine/synthesize';
import { getAction } from '../statemachines/catalogue';
import { compileWorkflow, placeholderResolver } from '../statemachines/compile';
import { WorkflowDefinition } from '../statemachines/schema';
import { templateJson } from '../statemachines/templates';
import { note, percentile, report } from './lib/figures';

const executions = Number(process.argv[2] ?? 2000);
const dryRunCount = Number(process.argv[3] ?? 100);

const engineAlone = async () => {
  const compiled = compileWorkflow(WorkflowDefinition.parse(templateJson('lead-follow-up')), {
    resolver: placeholderResolver,
  });
  const outputs: Record<string, unknown> = {};
  for (const step of ['email.send', 'calendar.schedule', 'notify.team']) {
    const spec = getAction(step);
    if (spec) outputs[step] = synthesize(spec.output, step);
  }
  const invoke = async (call: TaskInvocation): Promise<unknown> => {
    const payload = call.payload as { op?: string; action?: string; input?: Record<string, unknown> };
    if (payload.op === 'start') {
      const input = payload.input as { context: Record<string, unknown> };
      return {
        ...input.context,
        workflowVersion: 1,
        workflowName: 'bench',
        runId: 'r',
        dryRun: false,
        needsApproval: false,
        timezone: 'UTC',
        startedAt: '2026-01-01T00:00:00Z',
      };
    }
    if (payload.op) return {};
    return outputs[payload.action ?? ''] ?? {};
  };
  const engine = new LocalEngine({ invoke, maxFinishedExecutions: executions + 10 });
  const arn = engine.stateMachineArn('bench-lead-follow-up');
  engine.registerStateMachine(arn, compiled.definition, compiled.type, { stateNames: compiled.stateNames });
  const input = {
    trigger: { lead: { id: 'l1', email: 'a@example.com', name: 'A', company: 'C' } },
    context: { tenantId: 't', workflowId: 'w', triggerType: 'event' },
  };
  const t0 = performance.now();
  const arns: string[] = [];
  for (let i = 0; i < executions; i++) {
    arns.push((await engine.startExecution({ stateMachineArn: arn, name: `run-${i}`, input })).executionArn);
  }
  const results = await Promise.all(arns.map((a) => engine.waitForExecution(a)));
  const elapsed = (performance.now() - t0) / 1000;
  const ok = results.filter((r) => r.status === 'SUCCEEDED').length;
  report({
    id: 'engine.throughput',
    label: 'engine only: compiled lead follow-up, tasks answered in memory',
    value: executions / elapsed,
    unit: 'runs/s',
  });
  note(`${executions} executions started together, ${elapsed.toFixed(2)} s, ${ok} succeeded`);
};

const dryRuns = async () => {
  const definition = WorkflowDefinition.parse(templateJson('lead-follow-up'));
  const trigger = { lead: { id: 'l1', email: 'a@example.com', name: 'A' } };
  await dryRunWorkflow(definition, trigger);
  const times: number[] = [];
  for (let i = 0; i < dryRunCount; i++) {
    const t = performance.now();
    await dryRunWorkflow(definition, trigger);
    times.push(performance.now() - t);
  }
  report({
    id: 'engine.dryRunP99',
    label: 'dry run of the lead follow-up (engine + compile, without reads), p99',
    value: percentile(times, 99),
    unit: 'ms',
  });
};

/**
 * A dry run that only burns CPU: a forEach over `items` trigger items, two actions each. Every state inside it holds
 * the whole trigger, so anything that copies each state's data grows with the square of the items (the answer's
 * building did until session 35). Reported with the longest stretch the event loop was held, which is where the
 * local runtime's 20 s deadline can only be checked synchronously (functions/api/dry-run-limits.ts).
 */
const cpuBoundDryRun = async (items: number) => {
  const definition = WorkflowDefinition.parse({
    name: 'Two actions per item',
    trigger: { type: 'manual' },
    steps: [
      {
        id: 'each',
        forEach: {
          items: '{{trigger.items}}',
          concurrency: 1,
          steps: [
            { id: 'say', action: 'notify.team', input: { text: 'one {{item}}' } },
            {
              id: 'mail',
              action: 'email.send',
              input: { to: 'a@example.com', subject: 'x {{item}}', body: 'y' },
            },
          ],
        },
      },
    ],
  });
  let last = performance.now();
  let longest = 0;
  const ticks = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const t = performance.now();
  const result = await dryRunWorkflow(definition, {
    items: Array.from({ length: items }, (_, i) => `item-${i}`),
  });
  const elapsed = performance.now() - t;
  clearInterval(ticks);
  longest = Math.max(longest, performance.now() - last);
  report({
    id: 'engine.dryRunForEach',
    label: `dry run of a forEach over ${items} items x 2 actions (engine + compile + answer)`,
    value: elapsed,
    unit: 'ms',
  });
  note(
    `${result.status}, ${result.steps.length} steps answered; longest event-loop block ${Math.round(longest)} ms`,
  );
};

await engineAlone();
await dryRuns();
await cpuBoundDryRun(1_000);
