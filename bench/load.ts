/**
 * The local runtime under load, in its own process as `dynaris serve` runs it (bench/lib/server-child.ts), with the
 * load sent over HTTP on 127.0.0.1 from this process:
 *  1. sustained lead follow-up runs per second: the template as shipped, started by POST /leads (lead.created ->
 *     dispatcher -> run -> email, booking, Slack), at most `inFlight` runs unfinished at any time, `runs` runs timed
 *     from the first lead to the last run's end (after a warm-up);
 *  2. webhook -> run start: a signed form webhook POSTed until its "Capture form leads" run has started
 *     (verification, de-duplication, bus, dispatcher, subscription lookup, StartExecution), idle (one at a time) and
 *     under an open-loop 50 webhooks/s for `seconds` s (every webhook also starts a lead follow-up run).
 *
 *   npx tsx bench/load.ts [runs=1000] [seconds=20] [inFlight=32]
 *
 * The server's store is npm start's (the tiered store); BENCH_STORE=heap measures --heap-store, BENCH_STORE=disk
 * --disk-store. The CPU figures are labelled with it: the two stores do not cost the same per run.
 */
import { executionNameFor } from '../functions/dispatcher/dispatcher';
import { webhookEventId } from '../functions/webhooks/webhooks';
import { median, note, percentile, report, wallMs } from './lib/figures';
import type { GcPause, ServerStats } from './lib/protocol';
import { type BenchServer, type Credentials, startBenchServer, storeLabel } from './lib/server';
import {
  captureFormLeads,
  deploy,
  driveLeads,
  followUpTenants,
  LEADS_PER_TENANT,
  leadFollowUp,
  postFormWebhook,
  RunTracker,
  sleep,
} from './lib/workload';

const runs = Number(process.argv[2] ?? 1000);
const seconds = Number(process.argv[3] ?? 20);
const inFlight = Number(process.argv[4] ?? 32);
const WARM_UP = 40;
const WEBHOOK_RATE = 50;

/**
 * What the CPU per run is made of: every thread of the server (user + system, /proc/<pid>/task; 10 ms ticks), so
 * V8's GC workers (concurrent marking and sweeping) and LevelDB's threads count with the JavaScript thread; and the
 * GC pauses the JavaScript thread took, by kind (one major pause is the bench's own full collection before the
 * window). The machine's load moves this figure: on 2 shared cores the same server code measured 5.2-6.9 ms at
 * load 1-2 (docs/performance.md, "Session 42").
 */
const cpuBreakdown = (before: ServerStats, after: ServerStats, runs: number): string => {
  const threads = Object.entries(after.resident.threadCpuMs)
    .map(([name, ms]) => [name, (ms - (before.resident.threadCpuMs[name] ?? 0)) / runs] as const)
    .filter(([, ms]) => ms >= 0.05)
    .sort(([, a], [, b]) => b - a);
  const pauses = Object.entries(after.gcTotals)
    .map(([kind, t]) => {
      const was = before.gcTotals[kind as GcPause['kind']];
      return [kind, t.count - was.count, (t.ms - was.ms) / runs] as const;
    })
    .filter(([, count]) => count > 0);
  return `server CPU per run by thread: ${threads.map(([name, ms]) => `${name} ${ms.toFixed(2)} ms`).join(', ')}; of the main thread's, GC pauses ${pauses.map(([kind, count, ms]) => `${kind} ${ms.toFixed(2)} ms (${count})`).join(', ')}`;
};

const throughput = async (server: BenchServer) => {
  const total = WARM_UP + runs;
  const { tenants, machines } = await followUpTenants(server, 'tp', Math.ceil(total / LEADS_PER_TENANT));
  const tracker = new RunTracker(server, machines);
  await driveLeads(server, tenants, tracker, 0, WARM_UP, inFlight);
  const before = await server.stats();
  const t0 = wallMs();
  await driveLeads(server, tenants, tracker, WARM_UP, total, inFlight);
  const after = await server.stats();
  const cpuPerRun = (after.cpuMs - before.cpuMs) / runs;
  const elapsedS = (Math.max(...tracker.ended.slice(WARM_UP).map((e) => e.at)) - t0) / 1000;
  const durations = tracker.ended.slice(WARM_UP).map((e) => e.at - (tracker.started.get(e.arn) ?? e.at));
  const statuses = tracker.statuses(WARM_UP);
  report({
    id: 'runtime.throughput',
    label: `lead follow-up runs/s (as shipped; POST /leads, ${inFlight} unfinished at most; ${storeLabel()})`,
    value: runs / elapsedS,
    unit: 'runs/s',
    target: { kind: 'min', limit: 100 },
  });
  report({
    id: 'runtime.cpuPerRun',
    label: `server CPU per lead follow-up run (user + system of all its threads, GC workers included; ${storeLabel()})`,
    value: cpuPerRun,
    unit: 'ms',
    target: { kind: 'max', limit: 10 },
  });
  note(
    `${runs} runs in ${elapsedS.toFixed(1)} s over ${tenants.length} tenants (${LEADS_PER_TENANT} leads each); outcomes ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}`,
  );
  note(
    `run duration under that load: p50 ${median(durations).toFixed(0)} ms, p99 ${percentile(durations, 99).toFixed(0)} ms`,
  );
  note(cpuBreakdown(before, after, runs));
  const failure = tracker.firstError(WARM_UP);
  if (failure) note(`first failure: ${failure}`);
  tracker.close();
  return (statuses.get('SUCCEEDED') ?? 0) === runs;
};

interface CaptureTenant {
  readonly who: Credentials;
  readonly captureId: string;
}

const captureTenants = async (server: BenchServer, prefix: string, count: number) => {
  const tenants = await server.tenants(Array.from({ length: count }, (_, i) => `bench-${prefix}-${i + 1}`));
  const machines = new Set<string>();
  const out: CaptureTenant[] = [];
  for (const who of tenants) {
    const capture = await deploy(server, who, captureFormLeads);
    machines.add(capture.machine);
    machines.add((await deploy(server, who, leadFollowUp())).machine);
    out.push({ who, captureId: capture.workflowId });
  }
  return { tenants: out, machines };
};

/** One delivery: sent, answered 202 (the webhook's handling) and its capture run started (NaN: not in time). */
interface Delivery {
  readonly sentAt: number;
  readonly answeredAt: number;
  readonly startedAt: number;
}

/** Sends one webhook; resolves with its times (wall-clock ms). */
const deliver = (
  server: BenchServer,
  tenant: CaptureTenant,
  startedAt: Map<string, number>,
): Promise<Delivery> =>
  postFormWebhook(server, tenant.who).then(async ({ sentAt, answeredAt, deliveryId }) => {
    const name = executionNameFor(webhookEventId(tenant.who.tenantId, 'form', deliveryId), tenant.captureId);
    for (let waited = 0; waited < 120_000; waited += 2) {
      const at = startedAt.get(name);
      if (at !== undefined) return { sentAt, answeredAt, startedAt: at };
      await sleep(2);
    }
    return { sentAt, answeredAt, startedAt: Number.NaN };
  });

/** Sends one webhook; resolves with its capture run's start latency (ms), or NaN when it did not start in time. */
const startLatency = (server: BenchServer, tenant: CaptureTenant, startedAt: Map<string, number>) =>
  deliver(server, tenant, startedAt).then((d) => d.startedAt - d.sentAt);

/**
 * Where the slowest deliveries' time went: the webhook's answer (its handling: signature, de-duplication, the bus)
 * and the rest (the bus's delivery, the dispatcher, StartExecution), and the server's GC pauses that fell inside
 * each (a pause holds every request in flight).
 */
const slowDeliveries = (
  deliveries: readonly Delivery[],
  pauses: readonly GcPause[],
  t0: number,
  t1: number,
) => {
  const inWindow = pauses.filter((p) => p.at + p.ms >= t0 && p.at <= t1);
  const byKind = new Map<string, { count: number; ms: number; max: number }>();
  for (const p of inWindow) {
    const k = byKind.get(p.kind) ?? { count: 0, ms: 0, max: 0 };
    byKind.set(p.kind, { count: k.count + 1, ms: k.ms + p.ms, max: Math.max(k.max, p.ms) });
  }
  note(
    `server GC pauses during the ${WEBHOOK_RATE}/s deliveries: ${[...byKind]
      .map(([kind, k]) => `${kind} ${k.count} (${k.ms.toFixed(0)} ms, longest ${k.max.toFixed(1)} ms)`)
      .join(', ')}; over 10 ms: ${
      inWindow
        .filter((p) => p.ms > 10)
        .map((p) => `${p.kind} ${p.ms.toFixed(0)} ms at +${((p.at - t0) / 1000).toFixed(1)} s`)
        .join(', ') || 'none'
    }`,
  );
  const started = deliveries.filter((d) => Number.isFinite(d.startedAt));
  const slowest = [...started].sort((a, b) => b.startedAt - b.sentAt - (a.startedAt - a.sentAt)).slice(0, 15);
  const gcIn = (d: Delivery) =>
    inWindow
      .filter((p) => p.at < d.startedAt && p.at + p.ms > d.sentAt)
      .reduce((sum, p) => sum + Math.min(p.at + p.ms, d.startedAt) - Math.max(p.at, d.sentAt), 0);
  note(
    `slowest 15 deliveries (start latency = answer + after the answer; of it in GC pauses): ${slowest
      .map(
        (d) =>
          `${(d.startedAt - d.sentAt).toFixed(0)} = ${(d.answeredAt - d.sentAt).toFixed(0)} + ${(d.startedAt - d.answeredAt).toFixed(0)} (GC ${gcIn(d).toFixed(0)}) at +${((d.sentAt - t0) / 1000).toFixed(1)} s`,
      )
      .join('; ')}`,
  );
};

const webhookLatency = async (server: BenchServer) => {
  const startedAt = new Map<string, number>();
  const stop = server.onExecution((e) => {
    if (e.phase === 'start') startedAt.set(e.name, e.at);
  });
  const idle = await captureTenants(server, 'idle', 1);
  const idleTenant = idle.tenants[0] as CaptureTenant;
  const idleTracker = new RunTracker(server, idle.machines);
  const idleLatencies: number[] = [];
  for (let i = 0; i < 40; i++) {
    const latency = await startLatency(server, idleTenant, startedAt);
    if (i >= 10) idleLatencies.push(latency);
    await idleTracker.endedCount(2 * (i + 1), 60_000);
  }
  idleTracker.close();
  report({
    id: 'runtime.webhookIdle',
    label: 'webhook -> run start p99, idle (30 sequential deliveries)',
    value: percentile(idleLatencies, 99),
    unit: 'ms',
  });

  const count = WEBHOOK_RATE * seconds;
  const loaded = await captureTenants(server, 'rate', Math.ceil(count / LEADS_PER_TENANT));
  const tracker = new RunTracker(server, loaded.machines);
  const t0 = wallMs();
  const pending: Promise<Delivery>[] = [];
  for (let i = 0; i < count; i++) {
    const due = t0 + (i * 1000) / WEBHOOK_RATE;
    const wait = due - wallMs();
    if (wait > 0) await sleep(wait);
    const tenant = loaded.tenants[Math.floor(i / LEADS_PER_TENANT)] as CaptureTenant;
    pending.push(deliver(server, tenant, startedAt));
  }
  const sendSeconds = (wallMs() - t0) / 1000;
  const deliveries = await Promise.all(pending);
  const latencies = deliveries.map((d) => d.startedAt - d.sentAt);
  const started = latencies.filter((l) => Number.isFinite(l));
  report({
    id: 'runtime.webhookUnderLoad',
    label: `webhook -> run start p99 under ${WEBHOOK_RATE} webhooks/s (each also starts a follow-up)`,
    value: started.length === latencies.length ? percentile(started, 99) : Number.POSITIVE_INFINITY,
    unit: 'ms',
    target: { kind: 'max', limit: 50 },
  });
  note(
    `${count} webhooks sent in ${sendSeconds.toFixed(1)} s; p50 ${median(started).toFixed(1)} ms, max ${Math.max(...started).toFixed(0)} ms; ${count - started.length} not started within 120 s; runs ended meanwhile: ${tracker.ended.length}`,
  );
  slowDeliveries(deliveries, (await server.stats(undefined, true)).gcPauses, t0, wallMs());
  tracker.close();
  stop();
};

const server = await startBenchServer();
let ok = true;
try {
  ok = (await throughput(server)) && ok;
  await webhookLatency(server);
  const { heapPageReleases } = await server.stats();
  note(
    `pooled heap pages released ${heapPageReleases.count} times during the load (${heapPageReleases.ms.toFixed(0)} ms of pauses; ${heapPageReleases.fallbacks} of them stop-the-world)`,
  );
} finally {
  await server.stop();
}
if (!ok) process.exitCode = 1;
