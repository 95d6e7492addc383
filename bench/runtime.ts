/**
 * The local runtime under load, on this machine, loopback only:
 *  - webhook-to-execution-start latency: a signed form webhook POSTed over HTTP until the lead follow-up's
 *    execution has started (webhook handler, de-duplication, bus, dispatcher, subscription lookup, StartExecution);
 *  - sustained runs per second of the lead follow-up (welcome email, booked call, Slack) end to end, with a bounded
 *    number of webhooks in flight;
 *  - memory (RSS, heap) before and after.
 * Real clock, dynalite in memory; the figures are local (one process, 2 cores), the shape is what counts.
 *
 *   npx tsx bench/runtime.ts [latencySamples=50] [runs=100] [concurrency=8] [engineRuns=2000]
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { executionNameFor } from '../functions/dispatcher/dispatcher';
import { dryRunWorkflow } from '../functions/engine/dry-run';
import { type EngineEvent, LocalEngine, type TaskInvocation } from '../functions/engine/local-engine';
import { synthesize } from '../functions/engine/synthesize';
import {
  DELIVERY_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
  webhookEventId,
} from '../functions/webhooks/webhooks';
import { startLocalRuntime } from '../infra/local/runtime';
import { getAction } from '../statemachines/catalogue';
import { compileWorkflow, placeholderResolver } from '../statemachines/compile';
import { WorkflowDefinition } from '../statemachines/schema';
import { templateJson } from '../statemachines/templates';

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const memory = () => {
  const m = process.memoryUsage();
  return `RSS ${mb(m.rss)}, heap ${mb(m.heapUsed)} / ${mb(m.heapTotal)}`;
};

/** Form submissions become leads (crm.createLead); lead.created then starts the lead follow-up template. */
const captureFormLeads = {
  name: 'Capture form leads',
  trigger: { type: 'webhook', source: 'form' },
  steps: [
    {
      id: 'create',
      action: 'crm.createLead',
      input: { email: '{{trigger.lead.email}}', name: '{{trigger.lead.name}}', source: 'form' },
    },
  ],
};

/** The lead follow-up template, with room in the calendar for every benchmark lead (next 90 days). */
const leadFollowUp = () => {
  const template = templateJson('lead-follow-up') as { steps: Record<string, unknown>[] };
  return {
    ...template,
    steps: template.steps.map((step) =>
      step.id === 'follow-up-call' ? { ...step, input: { ...(step.input as object), within: 'P90D' } } : step,
    ),
  };
};

/**
 * The engine's own cost: the compiled lead follow-up run by the LocalEngine with every task answered at once
 * in memory (no DynamoDB, no HTTP), all executions started together.
 */
const engineAlone = async (executions: number): Promise<string[]> => {
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
  const states = (await engine.getTimeline(arns[0] ?? '')).length;
  return [
    'LocalEngine alone (compiled lead follow-up, tasks answered in memory, all executions at once)',
    `  throughput                   ${(executions / elapsed).toFixed(0)} runs/s  (${executions} runs, ${states} states each, ${elapsed.toFixed(2)} s; ${ok} succeeded)`,
  ];
};

/** What POST /workflows/{id}/test costs besides I/O: compile, a private engine on a virtual clock, the run. */
const dryRuns = async (count: number): Promise<string[]> => {
  const definition = WorkflowDefinition.parse(templateJson('lead-follow-up'));
  const trigger = { lead: { id: 'l1', email: 'a@example.com', name: 'A' } };
  await dryRunWorkflow(definition, trigger);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await dryRunWorkflow(definition, trigger);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return [
    `  dry run (lead follow-up)     p50 ${ms(percentile(times, 50))}  p99 ${ms(percentile(times, 99))}  (${count} sequential, POST /workflows/{id}/test without its reads)`,
  ];
};

const main = async () => {
  const samples = Number(process.argv[2] ?? 50);
  const runs = Number(process.argv[3] ?? 100);
  const concurrency = Number(process.argv[4] ?? 8);
  const engineRuns = Number(process.argv[5] ?? 2000);

  const started = new Map<string, number>();
  const finished = new Map<string, { at: number; status: string; error?: string }>();
  const waiters = new Map<string, () => void>();
  /** Lead follow-up executions that ended, in order (their names derive from lead.created event ids). */
  const followUps: { at: number; status: string; startedAt: number; error?: string }[] = [];
  let followUpMachine = '\u0000';
  let onFollowUp: (() => void) | undefined;
  const onEngineEvent = (e: EngineEvent) => {
    if (e.executionArn.includes(`:execution:${followUpMachine}:`)) {
      if (e.type === 'ExecutionStarted') started.set(e.name, performance.now());
      if (e.type === 'ExecutionFinished') {
        followUps.push({
          at: performance.now(),
          status: e.status,
          startedAt: started.get(e.name) ?? 0,
          ...(e.error ? { error: `${e.error.error}: ${e.error.cause ?? ''}` } : {}),
        });
        onFollowUp?.();
      }
      return;
    }
    if (e.type === 'ExecutionStarted') {
      started.set(e.name, performance.now());
      waiters.get(`start:${e.name}`)?.();
    } else if (e.type === 'ExecutionFinished') {
      finished.set(e.name, {
        at: performance.now(),
        status: e.status,
        ...(e.error ? { error: `${e.error.error}: ${e.error.cause ?? ''}` } : {}),
      });
      waiters.get(`end:${e.name}`)?.();
    }
  };
  const until = (key: string, done: () => boolean) =>
    new Promise<void>((resolve) => {
      if (done()) return resolve();
      waiters.set(key, () => {
        waiters.delete(key);
        resolve();
      });
    });

  const before = memory();
  const rt = await startLocalRuntime({ port: 0, log: () => {}, env: {}, onEngineEvent });
  try {
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${rt.url}${path}`, {
        method,
        headers: { 'x-api-key': rt.apiKey, 'content-type': 'application/json' },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return (await res.json()) as Record<string, unknown>;
    };
    const deploy = async (definition: unknown) => {
      const created = (await api('POST', '/workflows', definition)) as { workflow: { workflowId: string } };
      const id = created.workflow.workflowId;
      const enabled = await api('POST', `/workflows/${id}/enable`);
      if (enabled.status !== 'enabled') throw new Error(`enable failed: ${JSON.stringify(enabled)}`);
      return id;
    };
    const workflowId = await deploy(captureFormLeads);
    const followUpId = await deploy(leadFollowUp());
    followUpMachine = `dynaris-local-${rt.tenantId}-${followUpId}`;
    const followUpsEnded = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (followUps.length >= count) {
            onFollowUp = undefined;
            resolve();
          }
        };
        onFollowUp = check;
        check();
      });

    let n = 0;
    /** Sends one signed form submission; returns the execution name it must start. */
    const submit = async (): Promise<string> => {
      n += 1;
      const deliveryId = randomUUID();
      const raw = JSON.stringify({ email: `lead-${n}@example.com`, name: `Lead ${n}` });
      const res = await fetch(`${rt.url}/webhooks/${rt.tenantId}/form`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(
            rt.webhookSecret,
            Math.floor(Date.now() / 1000),
            { tenantId: rt.tenantId, source: 'form' },
            raw,
          ),
          [DELIVERY_HEADER]: deliveryId,
        },
        body: raw,
      });
      if (res.status !== 202) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer().catch(() => undefined);
      return executionNameFor(webhookEventId(rt.tenantId, 'form', deliveryId), workflowId);
    };

    // Warm-up (module loading, first table access).
    for (let i = 0; i < 10; i++) {
      const name = await submit();
      await until(`end:${name}`, () => finished.has(name));
    }
    await followUpsEnded(10);

    // 1. Latency, one delivery at a time.
    const latencies: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now();
      const name = await submit();
      await until(`start:${name}`, () => started.has(name));
      latencies.push((started.get(name) ?? t0) - t0);
      await until(`end:${name}`, () => finished.has(name));
    }
    await followUpsEnded(10 + samples);
    const measuredFrom = followUps.length;
    latencies.sort((a, b) => a - b);

    // 2. Sustained throughput: `runs` runs, at most `concurrency` webhooks in flight, until every run has ended.
    const names: string[] = [];
    const t0 = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < runs) {
        next += 1;
        names.push(await submit());
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    await followUpsEnded(measuredFrom + runs);
    const measured = followUps.slice(measuredFrom);
    const elapsed = (Math.max(...measured.map((r) => r.at)) - t0) / 1000;
    const statuses = new Map<string, number>();
    for (const r of measured) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    const captured = names.filter((name) => finished.get(name)?.status === 'SUCCEEDED').length;
    const runLatencies = measured.map((r) => r.at - r.startedAt).sort((a, b) => a - b);
    const after = memory();
    const outbox = rt.outbox.list();

    process.stdout.write(
      [
        '',
        'Local runtime: signed form webhook -> "Capture form leads" (crm.createLead) -> lead.created -> "Lead follow-up"',
        '(welcome email, booked call, Slack); real clock, dynalite in memory, loopback HTTP, one process',
        `  webhook -> execution start   p50 ${ms(percentile(latencies, 50))}  p99 ${ms(percentile(latencies, 99))}  max ${ms(latencies.at(-1) ?? 0)}  (${samples} sequential deliveries, HTTP POST until the capture run has started)`,
        `  sustained throughput         ${(runs / elapsed).toFixed(1)} lead follow-up runs/s  (${runs} webhooks, ${concurrency} in flight, ${elapsed.toFixed(2)} s; ${captured} capture runs too)`,
        `  follow-up run duration       p50 ${ms(percentile(runLatencies, 50))}  p99 ${ms(percentile(runLatencies, 99))}  (start -> end under that load)`,
        `  lead follow-up outcomes      ${[...statuses].map(([k, c]) => `${k} ${c}`).join(', ')}`,
        `  outbox                       ${outbox.filter((m) => m.kind === 'email').length} emails, ${outbox.filter((m) => m.kind === 'slack').length} Slack messages`,
        `  memory before / after        ${before}  ->  ${after}`,
        '',
        ...(await engineAlone(engineRuns)),
        ...(await dryRuns(100)),
        `  memory after                 ${memory()}`,
        '',
      ].join('\n'),
    );
    const failure =
      measured.map((r) => r.error).find(Boolean) ??
      names.map((name) => finished.get(name)?.error).find(Boolean);
    if (failure) process.stdout.write(`  first failure                ${failure}\n`);
    if ((statuses.get('SUCCEEDED') ?? 0) !== runs) process.exitCode = 1;
  } finally {
    await rt.stop();
  }
};

await main();
