/**
 * The LocalEngine alone (engine only: no DynamoDB, no HTTP, no handlers): the compiled lead follow-up template run
 * with every task answered at once in memory, all executions started together; and what a dry run
 * (POST /workflows/{id}/test) costs besides its reads: compile, a private engine on a virtual clock, the run.
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

await engineAlone();
await dryRuns();
