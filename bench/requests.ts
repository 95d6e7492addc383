/**
 * DynamoDB requests per lead follow-up run, counted where the local runtime's requests reach DynamoDB (dynalite):
 * everything a new lead causes (POST /leads, lead.created on the bus, dispatcher, the run's supervisor and agent
 * steps, the events the run emits and whoever receives them) for tenants with the lead follow-up enabled, minus the
 * same for a tenant without workflows (the lead alone). The template as shipped. The server meters the capacity units
 * each request would bill on AWS (infra/local/dynalite/meter.ts), so the run's write and read units, and what it costs
 * at them, are measured here beside what `dynaris cost` models. Tenant ids of 20 characters, as the model assumes.
 *
 *   npx tsx bench/requests.ts [leads=50]
 */
import { estimateCost } from '../statemachines/cost';
import { PER_EVENT_USAGE } from '../statemachines/cost/prices';
import { WorkflowDefinition } from '../statemachines/schema';
import { templateJson } from '../statemachines/templates';
import { note, report } from './lib/figures';
import { ITEMS_WRITTEN } from './lib/protocol';
import { type BenchServer, type Credentials, startBenchServer } from './lib/server';
import { followUpTenants, postLead, RunTracker, sleep } from './lib/workload';

const leads = Number(process.argv[2] ?? 50);

const total = (counts: Record<string, number>) =>
  Object.entries(counts).reduce((sum, [op, n]) => (op === ITEMS_WRITTEN ? sum : sum + n), 0);
const diff = (after: Record<string, number>, before: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(after)
      .map(([k, v]) => [k, v - (before[k] ?? 0)] as const)
      .filter(([, v]) => v > 0),
  );

interface Counts {
  readonly requests: Record<string, number>;
  readonly writeUnits: number;
  readonly readUnits: number;
}

/** Waits until no DynamoDB request has been sent for a second (the bus and its targets are done). */
const quiet = async (server: BenchServer): Promise<Counts> => {
  let last = (await server.stats()).dynamodb;
  for (;;) {
    await sleep(1000);
    const stats = await server.stats();
    if (total(stats.dynamodb) === total(last))
      return {
        requests: stats.dynamodb,
        writeUnits: stats.capacity?.writeUnits ?? Number.NaN,
        readUnits: stats.capacity?.readUnits ?? Number.NaN,
      };
    last = stats.dynamodb;
  }
};
const units = (a: Counts, b: Counts) => ({ w: a.writeUnits - b.writeUnits, r: a.readUnits - b.readUnits });

const perLead = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([op, n]) => `${op} ${(n / leads).toFixed(1)}`)
    .join(', ');

const server = await startBenchServer({ meterCapacity: true });
try {
  const [plain] = (await server.tenants(['bench-plain-measured'])) as Credentials[];
  const { tenants, machines } = await followUpTenants(server, 'req-measured', 1);
  const withFollowUp = tenants[0] as Credentials;
  const tracker = new RunTracker(server, machines);
  // Warm-up: the first lead of each tenant (caches, first reads).
  await postLead(server, plain as Credentials);
  await postLead(server, withFollowUp);
  await tracker.endedCount(1);
  const start = await quiet(server);

  for (let i = 0; i < leads; i++) await postLead(server, plain as Credentials);
  const afterPlain = await quiet(server);
  for (let i = 0; i < leads; i++) {
    await postLead(server, withFollowUp);
    await tracker.endedCount(i + 2);
  }
  const afterRuns = await quiet(server);

  const leadOnly = diff(afterPlain.requests, start.requests);
  const leadAndRun = diff(afterRuns.requests, afterPlain.requests);
  const plainUnits = units(afterPlain, start);
  const runUnits = units(afterRuns, afterPlain);
  const writeUnits = (runUnits.w - plainUnits.w) / leads;
  // The lead alone makes the dispatcher's version read too; the model counts it with the dispatcher that starts the run.
  const readUnits = (runUnits.r - plainUnits.r) / leads + PER_EVENT_USAGE.dispatcher.reads;
  const run = diff(leadAndRun, leadOnly);
  report({
    id: 'requests.perRun',
    label: 'DynamoDB requests per lead follow-up run (lead + run, minus the lead alone)',
    value: (total(leadAndRun) - total(leadOnly)) / leads,
    unit: 'requests',
    target: { kind: 'max', limit: 20 },
  });
  report({
    id: 'requests.itemsPerRun',
    label: 'DynamoDB items written per lead follow-up run (items, not units: see the metered write units)',
    value: (run[ITEMS_WRITTEN] ?? 0) / leads,
    unit: 'items',
  });
  report({
    id: 'requests.perLeadAndRun',
    label: 'DynamoDB requests per new lead with its follow-up run, all of it',
    value: total(leadAndRun) / leads,
    unit: 'requests',
  });
  const model = estimateCost(WorkflowDefinition.parse(templateJson('lead-follow-up')));
  report({
    id: 'requests.writeUnitsPerRun',
    label: `DynamoDB write units per lead follow-up run, metered (dynaris cost models ${model.usage.dynamoDbWrites})`,
    value: writeUnits,
    unit: 'units',
  });
  report({
    id: 'requests.readUnitsPerRun',
    label: `DynamoDB read units per lead follow-up run, metered, with the dispatcher's version read (dynaris cost models ${model.usage.dynamoDbReads})`,
    value: readUnits,
    unit: 'units',
  });
  const { dynamoDbWriteUnit: w, dynamoDbReadUnit: r } = model.prices;
  const modelled = model.usage.dynamoDbWrites * w + model.usage.dynamoDbReads * r;
  report({
    id: 'requests.costAtMeteredUnits',
    label: `lead follow-up per million runs at the metered units (dynaris cost: $${model.perMillionRunsUsd.toFixed(2)})`,
    value: model.perMillionRunsUsd + (writeUnits * w + readUnits * r - modelled) * 1_000_000,
    unit: 'USD',
    target: { kind: 'max', limit: 50 },
  });
  note(`the lead alone: ${(total(leadOnly) / leads).toFixed(1)} requests (${perLead(leadOnly)})`);
  note(`the run: ${perLead(run)}`);
  note(`outcomes ${[...tracker.statuses()].map(([s, n]) => `${s} ${n}`).join(', ')}`);
  tracker.close();
} finally {
  await server.stop();
}
