/**
 * The HTTP API under 48 concurrent clients (one tenant, one API key, keep-alive), against the local runtime in its
 * own process as `dynaris serve` runs it: a read-mostly mix of list and get calls on leads, workflows and runs,
 * with lead creation (the tenant's lead follow-up is saved but not enabled, so the figure is the API's own).
 * Every client sends its next request when the last one answered, for `seconds` s after a warm-up.
 *
 *   npx tsx bench/api.ts [seconds=20] [clients=48]
 */
import { median, note, percentile, report, wallMs } from './lib/figures';
import { startBenchServer, storeLabel } from './lib/server';
import { leadFollowUp } from './lib/workload';

const seconds = Number(process.argv[2] ?? 20);
const clients = Number(process.argv[3] ?? 48);

const server = await startBenchServer();
try {
  const who = server.tenant;
  const leadIds: string[] = [];
  for (let i = 0; i < 100; i++) {
    const created = (await server.api(
      who,
      'POST',
      '/leads',
      { email: `api-${i}@example.com`, name: `Api ${i}`, company: 'Bench Ltd' },
      201,
    )) as { lead?: { id: string }; id?: string };
    leadIds.push(created.lead?.id ?? created.id ?? '');
  }
  const saved = (await server.api(who, 'POST', '/workflows', leadFollowUp(), 201)) as {
    workflow: { workflowId: string };
  };
  const workflowId = saved.workflow.workflowId;

  let created = 0;
  const pick = (n: number): { kind: string; method: string; path: string; body?: unknown } => {
    const r = n % 20;
    if (r < 7) return { kind: 'list leads', method: 'GET', path: '/leads?limit=25' };
    if (r < 12) return { kind: 'get lead', method: 'GET', path: `/leads/${leadIds[n % leadIds.length]}` };
    if (r < 15) return { kind: 'list workflows', method: 'GET', path: '/workflows' };
    if (r < 17) return { kind: 'list runs', method: 'GET', path: `/workflows/${workflowId}/runs?limit=25` };
    created += 1;
    return {
      kind: 'create lead',
      method: 'POST',
      path: '/leads',
      body: { email: `api-new-${created}@example.com`, name: `New ${created}`, company: 'Bench Ltd' },
    };
  };

  const latencies: number[] = [];
  const byKind = new Map<string, number[]>();
  const statuses = new Map<number, number>();
  let sent = 0;
  const session = async (until: number, record: boolean) => {
    while (wallMs() < until) {
      const call = pick(sent++);
      const t = wallMs();
      const res = await fetch(`${server.url}${call.path}`, {
        method: call.method,
        headers: { 'x-api-key': who.apiKey, 'content-type': 'application/json' },
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      });
      await res.arrayBuffer();
      if (!record) continue;
      latencies.push(wallMs() - t);
      const kind = byKind.get(call.kind) ?? [];
      kind.push(wallMs() - t);
      byKind.set(call.kind, kind);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: clients }, () => session(wallMs() + 3000, false)));
  const cpu0 = (await server.stats()).cpuMs;
  const t0 = wallMs();
  await Promise.all(Array.from({ length: clients }, () => session(t0 + seconds * 1000, true)));
  const elapsedS = (wallMs() - t0) / 1000;
  const cpuPerRequest = ((await server.stats()).cpuMs - cpu0) / Math.max(1, latencies.length);
  const ok = [...statuses].filter(([s]) => s < 400).reduce((sum, [, n]) => sum + n, 0);
  report({
    id: 'api.throughput',
    label: `API requests/s answered 2xx, ${clients} clients (read-mostly mix + lead creation)`,
    value: ok / elapsedS,
    unit: 'req/s',
    target: { kind: 'min', limit: 500 },
  });
  report({
    id: 'api.p99',
    label: `API latency p99, ${clients} clients`,
    value: percentile(latencies, 99),
    unit: 'ms',
    target: { kind: 'max', limit: 100 },
  });
  report({
    id: 'api.cpuPerRequest',
    label: `server CPU per API request (user + system of the server process, not skewed by the machine load; ${storeLabel()})`,
    value: cpuPerRequest,
    unit: 'ms',
    target: { kind: 'max', limit: 2 },
  });
  note(
    `${latencies.length} requests in ${elapsedS.toFixed(1)} s; p50 ${median(latencies).toFixed(1)} ms; statuses ${[...statuses].map(([s, n]) => `${s} ×${n}`).join(', ')}`,
  );
  note(
    `p50 / p99 by request: ${[...byKind].map(([k, l]) => `${k} ${median(l).toFixed(1)} / ${percentile(l, 99).toFixed(1)} ms`).join('; ')}`,
  );
  if (ok !== latencies.length) process.exitCode = 1;
} finally {
  await server.stop();
}
