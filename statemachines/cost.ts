import { getAction } from './catalogue';
import {
  ASSUMED_FOREACH_ITEMS,
  chooseWorkflowType,
  needsRunApproval,
  type WorkflowType,
} from './compile/workflow-type';
import type { Step, WorkflowDefinition } from './schema';

/**
 * Cost of one run on AWS list prices (us-east-1), for the MAIN PATH through the workflow:
 *   if -> the then-branch; waitFor -> the event arrives (onEvent); approval -> approved; forEach -> N items
 *   (default 10); parallel -> every branch; the Auto Mode gate -> not needed; no retries, no failures.
 * Counted: Step Functions (state transitions for STANDARD; requests and duration for EXPRESS), Lambda (agents,
 * supervisor, dispatcher), EventBridge events put, DynamoDB reads and writes, and the Scheduler invocation of
 * scheduled workflows. Not counted: the free tiers, CloudWatch Logs, data transfer, SES, Bedrock tokens.
 */

export interface PriceTable {
  region: 'us-east-1';
  /** USD per state transition (STANDARD). */
  standardTransition: number;
  /** USD per request (EXPRESS). */
  expressRequest: number;
  /** USD per GB-second (EXPRESS), billed at 64 MB in 100 ms units. */
  expressGbSecond: number;
  expressBilledMemoryGb: number;
  expressBillingUnitMs: number;
  lambdaRequest: number;
  /** arm64. */
  lambdaGbSecond: number;
  lambdaBillingUnitMs: number;
  eventBridgeEvent: number;
  dynamoDbWriteUnit: number;
  dynamoDbReadUnit: number;
  schedulerInvocation: number;
  source: string;
}

export const PRICES_US_EAST_1: PriceTable = {
  region: 'us-east-1',
  standardTransition: 0.025 / 1000,
  expressRequest: 1 / 1_000_000,
  expressGbSecond: 0.00001667,
  expressBilledMemoryGb: 64 / 1024,
  expressBillingUnitMs: 100,
  lambdaRequest: 0.2 / 1_000_000,
  lambdaGbSecond: 0.0000133334,
  lambdaBillingUnitMs: 1,
  eventBridgeEvent: 1 / 1_000_000,
  dynamoDbWriteUnit: 0.625 / 1_000_000,
  dynamoDbReadUnit: 0.125 / 1_000_000,
  schedulerInvocation: 1 / 1_000_000,
  source:
    'AWS list prices, us-east-1: Step Functions Standard $0.025 per 1,000 state transitions; Express $1.00 per 1M ' +
    'requests + $0.00001667 per GB-second (64 MB, 100 ms units); Lambda arm64 $0.20 per 1M requests + ' +
    '$0.0000133334 per GB-second (1 ms units); EventBridge $1.00 per 1M events; DynamoDB on-demand $0.625 per 1M ' +
    'write units, $0.125 per 1M read units; EventBridge Scheduler $1.00 per 1M invocations',
};

/** Assumed memory and duration of each function (a warm invocation; cold starts are not priced). */
export interface FunctionProfile {
  memoryMb: number;
  durationMs: number;
}

export const FUNCTION_PROFILES: Record<string, FunctionProfile> = {
  supervisor: { memoryMb: 256, durationMs: 120 },
  /** `ai.task` routing through the supervisor: a model call. */
  'supervisor:route': { memoryMb: 512, durationMs: 4000 },
  dispatcher: { memoryMb: 256, durationMs: 80 },
  email: { memoryMb: 256, durationMs: 300 },
  'email:draft': { memoryMb: 512, durationMs: 4000 },
  crm: { memoryMb: 256, durationMs: 120 },
  calendar: { memoryMb: 256, durationMs: 200 },
  billing: { memoryMb: 256, durationMs: 250 },
  notify: { memoryMb: 256, durationMs: 300 },
  report: { memoryMb: 512, durationMs: 4000 },
  http: { memoryMb: 256, durationMs: 600 },
  files: { memoryMb: 256, durationMs: 250 },
  knowledge: { memoryMb: 512, durationMs: 300 },
};

/** Assumed latency of a direct service integration (DynamoDB PutItem, EventBridge PutEvents), for Express duration. */
export const INTEGRATION_LATENCY_MS = 40;

/**
 * DynamoDB units and bus events an action causes, besides its invocation: every agent action reads and writes its
 * idempotency record (1 read, 1 write); the rest is the action's own data (items under 1 KB: 1 unit each).
 */
export const ACTION_USAGE: Record<string, { reads: number; writes: number; events: number }> = {
  'email.send': { reads: 2, writes: 3, events: 1 },
  'email.draft': { reads: 3, writes: 1, events: 0 },
  'crm.createLead': { reads: 2, writes: 3, events: 1 },
  'crm.updateLead': { reads: 2, writes: 2, events: 1 },
  'crm.addNote': { reads: 2, writes: 2, events: 0 },
  'crm.findLeads': { reads: 6, writes: 1, events: 0 },
  'crm.getLead': { reads: 2, writes: 1, events: 0 },
  'calendar.schedule': { reads: 4, writes: 3, events: 1 },
  'calendar.cancel': { reads: 2, writes: 2, events: 1 },
  'invoice.create': { reads: 2, writes: 4, events: 1 },
  'invoice.sendReminder': { reads: 2, writes: 2, events: 0 },
  'invoice.markPaid': { reads: 2, writes: 2, events: 1 },
  'notify.slack': { reads: 2, writes: 1, events: 0 },
  'notify.team': { reads: 2, writes: 1, events: 0 },
  'report.summarize': { reads: 20, writes: 1, events: 0 },
  'http.request': { reads: 1, writes: 1, events: 0 },
  'ai.task': { reads: 3, writes: 2, events: 0 },
  'files.create': { reads: 1, writes: 2, events: 1 },
  'knowledge.search': { reads: 10, writes: 1, events: 0 },
  log: { reads: 0, writes: 1, events: 0 },
  'events.emit': { reads: 0, writes: 0, events: 1 },
};

export interface Usage {
  stateTransitions: number;
  /** Wall-clock of the main path without waiting (EXPRESS is billed on it). */
  activeDurationMs: number;
  lambdaInvocations: number;
  lambdaGbSeconds: number;
  events: number;
  dynamoDbWrites: number;
  dynamoDbReads: number;
  schedulerInvocations: number;
}

export interface CostLine {
  service: 'Step Functions' | 'Lambda' | 'EventBridge' | 'DynamoDB' | 'Scheduler';
  item: string;
  quantity: number;
  unit: string;
  unitPriceUsd: number;
  perRunUsd: number;
  perMillionRunsUsd: number;
}

export interface CostEstimate {
  workflow: string;
  workflowType: WorkflowType;
  region: 'us-east-1';
  assumptions: {
    mainPath: string;
    forEachItems: number;
    functions: Record<string, FunctionProfile>;
    notCounted: string;
  };
  usage: Usage;
  lines: CostLine[];
  perRunUsd: number;
  perMillionRunsUsd: number;
  prices: PriceTable;
}

export interface CostOptions {
  region?: 'us-east-1';
  /** Items assumed per forEach. @default 10 */
  forEachItems?: number;
}

const MAIN_PATH =
  'if -> then-branch; waitFor -> the event arrives (onEvent); approval -> approved; forEach -> N items each; ' +
  'parallel -> every branch; Auto Mode gate -> not needed; no retries, no failures';

interface Tally extends Usage {
  lambdaByFunction: Record<string, number>;
}

const emptyTally = (): Tally => ({
  stateTransitions: 0,
  activeDurationMs: 0,
  lambdaInvocations: 0,
  lambdaGbSeconds: 0,
  events: 0,
  dynamoDbWrites: 0,
  dynamoDbReads: 0,
  schedulerInvocations: 0,
  lambdaByFunction: {},
});

const addTally = (into: Tally, from: Tally, times = 1, durationTimes = times): void => {
  into.stateTransitions += from.stateTransitions * times;
  into.activeDurationMs += from.activeDurationMs * durationTimes;
  into.lambdaInvocations += from.lambdaInvocations * times;
  into.lambdaGbSeconds += from.lambdaGbSeconds * times;
  into.events += from.events * times;
  into.dynamoDbWrites += from.dynamoDbWrites * times;
  into.dynamoDbReads += from.dynamoDbReads * times;
  into.schedulerInvocations += from.schedulerInvocations * times;
  for (const [fn, n] of Object.entries(from.lambdaByFunction))
    into.lambdaByFunction[fn] = (into.lambdaByFunction[fn] ?? 0) + n * times;
};

/** One invocation of `fn`; `inRun` false for functions running before the execution (not in Express duration). */
const invoke = (t: Tally, fn: string, prices: PriceTable, inRun = true): void => {
  const profile = FUNCTION_PROFILES[fn] ?? { memoryMb: 256, durationMs: 200 };
  const billedMs = Math.ceil(profile.durationMs / prices.lambdaBillingUnitMs) * prices.lambdaBillingUnitMs;
  t.lambdaInvocations += 1;
  t.lambdaGbSeconds += (profile.memoryMb / 1024) * (billedMs / 1000);
  if (inRun) t.activeDurationMs += profile.durationMs;
  t.lambdaByFunction[fn] = (t.lambdaByFunction[fn] ?? 0) + 1;
};

class Estimator {
  constructor(
    readonly prices: PriceTable,
    readonly items: number,
  ) {}

  sequence(steps: readonly Step[]): Tally {
    const t = emptyTally();
    for (const step of steps) addTally(t, this.step(step));
    return t;
  }

  step(step: Step): Tally {
    const t = emptyTally();
    t.stateTransitions += 1;
    if ('action' in step) {
      const spec = getAction(step.action);
      const usage = ACTION_USAGE[step.action] ?? { reads: 1, writes: 1, events: 0 };
      t.dynamoDbReads += usage.reads;
      t.dynamoDbWrites += usage.writes;
      t.events += usage.events;
      if (spec?.performer.kind === 'agent') {
        invoke(t, step.action === 'email.draft' ? 'email:draft' : spec.performer.agent, this.prices);
      } else if (spec?.performer.kind === 'supervisor') {
        invoke(t, 'supervisor:route', this.prices);
      } else {
        t.activeDurationMs += INTEGRATION_LATENCY_MS;
      }
      return t;
    }
    if ('wait' in step) return t;
    if ('waitFor' in step) {
      // Registration (supervisor: wait record + look-back read) and the correlator's claim when the event arrives.
      invoke(t, 'supervisor', this.prices);
      t.dynamoDbWrites += 2;
      t.dynamoDbReads += 2;
      addTally(t, this.sequence(step.onEvent ?? []));
      return t;
    }
    if ('if' in step) {
      addTally(t, this.sequence(step.then));
      return t;
    }
    if ('parallel' in step) {
      const branches = step.parallel.map((b) => this.sequence(b));
      for (const b of branches) addTally(t, b, 1, 0);
      t.activeDurationMs += Math.max(0, ...branches.map((b) => b.activeDurationMs));
      return t;
    }
    if ('forEach' in step) {
      const body = this.sequence(step.forEach.steps);
      const concurrency = step.forEach.concurrency ?? 10;
      const rounds = concurrency === 0 ? 1 : Math.ceil(this.items / concurrency);
      addTally(t, body, this.items, rounds);
      return t;
    }
    // Approval: supervisor records the request (approval item, approval.requested event); the API decides.
    invoke(t, 'supervisor', this.prices);
    t.dynamoDbWrites += 2;
    t.dynamoDbReads += 1;
    t.events += 1;
    return t;
  }
}

const round = (n: number, digits = 10): number => Number(n.toPrecision(digits));

export const estimateCost = (def: WorkflowDefinition, options: CostOptions = {}): CostEstimate => {
  const prices = PRICES_US_EAST_1;
  const items = options.forEachItems ?? ASSUMED_FOREACH_ITEMS;
  const type = chooseWorkflowType(def);
  const estimator = new Estimator(prices, items);
  const t = emptyTally();

  // Before the run: who starts it.
  if (def.trigger.type === 'event' || def.trigger.type === 'webhook') {
    invoke(t, 'dispatcher', prices, false);
    t.dynamoDbReads += 2; // subscription index + enabled workflow
  }
  if (def.trigger.type === 'schedule') t.schedulerInvocations += 1;

  // Supervisor start: tenant + workflow reads, run record, workflow.started event.
  t.stateTransitions += 1;
  invoke(t, 'supervisor', prices);
  t.dynamoDbReads += 2;
  t.dynamoDbWrites += 1;
  t.events += 1;
  if (needsRunApproval(def)) t.stateTransitions += 1; // "Approval needed?" choice, answered "no"

  addTally(t, estimator.sequence(def.steps));

  // Supervisor finish: run record, workflow.completed event.
  t.stateTransitions += 1;
  invoke(t, 'supervisor', prices);
  t.dynamoDbWrites += 1;
  t.events += 1;

  const lines: CostLine[] = [];
  const line = (l: Omit<CostLine, 'perRunUsd' | 'perMillionRunsUsd'>): void => {
    if (l.quantity === 0) return;
    const perRunUsd = l.quantity * l.unitPriceUsd;
    lines.push({ ...l, perRunUsd: round(perRunUsd), perMillionRunsUsd: round(perRunUsd * 1_000_000) });
  };
  if (type === 'STANDARD') {
    line({
      service: 'Step Functions',
      item: 'Standard state transitions',
      quantity: t.stateTransitions,
      unit: 'transition',
      unitPriceUsd: prices.standardTransition,
    });
  } else {
    const billedSeconds =
      (Math.max(1, Math.ceil(t.activeDurationMs / prices.expressBillingUnitMs)) *
        prices.expressBillingUnitMs) /
      1000;
    line({
      service: 'Step Functions',
      item: 'Express requests',
      quantity: 1,
      unit: 'request',
      unitPriceUsd: prices.expressRequest,
    });
    line({
      service: 'Step Functions',
      item: `Express duration (${billedSeconds.toFixed(1)} s at 64 MB)`,
      quantity: round(billedSeconds * prices.expressBilledMemoryGb),
      unit: 'GB-second',
      unitPriceUsd: prices.expressGbSecond,
    });
  }
  line({
    service: 'Lambda',
    item: `Invocations (${Object.entries(t.lambdaByFunction)
      .map(([fn, n]) => `${fn} ×${n}`)
      .join(', ')})`,
    quantity: t.lambdaInvocations,
    unit: 'request',
    unitPriceUsd: prices.lambdaRequest,
  });
  line({
    service: 'Lambda',
    item: 'Compute (arm64)',
    quantity: round(t.lambdaGbSeconds),
    unit: 'GB-second',
    unitPriceUsd: prices.lambdaGbSecond,
  });
  line({
    service: 'EventBridge',
    item: 'Events put on the bus',
    quantity: t.events,
    unit: 'event',
    unitPriceUsd: prices.eventBridgeEvent,
  });
  line({
    service: 'DynamoDB',
    item: 'On-demand writes',
    quantity: t.dynamoDbWrites,
    unit: 'write unit',
    unitPriceUsd: prices.dynamoDbWriteUnit,
  });
  line({
    service: 'DynamoDB',
    item: 'On-demand reads',
    quantity: t.dynamoDbReads,
    unit: 'read unit',
    unitPriceUsd: prices.dynamoDbReadUnit,
  });
  line({
    service: 'Scheduler',
    item: 'Schedule invocations',
    quantity: t.schedulerInvocations,
    unit: 'invocation',
    unitPriceUsd: prices.schedulerInvocation,
  });

  const perRun = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceUsd, 0);
  const { lambdaByFunction: _byFunction, ...usage } = t;
  return {
    workflow: def.name,
    workflowType: type,
    region: options.region ?? 'us-east-1',
    assumptions: {
      mainPath: MAIN_PATH,
      forEachItems: items,
      functions: FUNCTION_PROFILES,
      notCounted:
        'free tiers, CloudWatch Logs, X-Ray, data transfer, SES sending, Bedrock tokens, retries and failed attempts',
    },
    usage: { ...usage, lambdaGbSeconds: round(usage.lambdaGbSeconds) },
    lines,
    perRunUsd: round(perRun),
    perMillionRunsUsd: round(perRun * 1_000_000),
    prices,
  };
};

const usd = (n: number, perRun: boolean): string => (perRun ? `$${n.toFixed(8)}` : `$${n.toFixed(2)}`);

const pad = (text: string, width: number): string => text.padEnd(width);
const padLeft = (text: string, width: number): string => text.padStart(width);

export const formatCostReport = (estimate: CostEstimate): string => {
  const rows = estimate.lines.map((l) => [
    l.service,
    l.item,
    `${l.quantity} ${l.unit}${l.quantity === 1 ? '' : 's'}`,
    usd(l.perRunUsd, true),
    usd(l.perMillionRunsUsd, false),
  ]);
  const header = ['Service', 'What', 'Quantity per run', 'Cost per run', 'Per 1M runs'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i >= 3 ? padLeft(c, widths[i] ?? 0) : pad(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const total = ['Total', '', '', usd(estimate.perRunUsd, true), usd(estimate.perMillionRunsUsd, false)];
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const fns = Object.entries(estimate.assumptions.functions)
    .map(([fn, p]) => `${fn} ${p.memoryMb} MB ${p.durationMs} ms`)
    .join('; ');
  return [
    `Cost estimate: ${estimate.workflow} (${estimate.workflowType}, ${estimate.region})`,
    '',
    fmt(header),
    rule,
    ...rows.map(fmt),
    rule,
    fmt(total),
    '',
    `Main path: ${estimate.assumptions.mainPath}; forEach assumed ${estimate.assumptions.forEachItems} items.`,
    `Usage per run: ${estimate.usage.stateTransitions} state transitions, ${estimate.usage.lambdaInvocations} Lambda invocations, ${estimate.usage.events} events, ${estimate.usage.dynamoDbWrites} DynamoDB writes, ${estimate.usage.dynamoDbReads} reads, about ${(estimate.usage.activeDurationMs / 1000).toFixed(1)} s active.`,
    `Lambda assumptions (arm64, warm): ${fns}.`,
    `Not counted: ${estimate.assumptions.notCounted}.`,
    `Prices: ${estimate.prices.source}.`,
  ].join('\n');
};
