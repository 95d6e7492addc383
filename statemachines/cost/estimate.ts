import { getAction } from '../catalogue';
import {
  ASSUMED_FOREACH_ITEMS,
  chooseWorkflowType,
  needsRunApproval,
  type WorkflowType,
} from '../compile/workflow-type';
import { isBusinessDays } from '../duration';
import type { Step, WorkflowDefinition } from '../schema';
import {
  ACTION_USAGE,
  EXPRESS_RUN_DEADLINE_WRITES,
  EXPRESS_START_GUARD_WRITES,
  eventWrites,
  FUNCTION_PROFILES,
  type FunctionProfile,
  INTEGRATION_LATENCY_MS,
  PER_EVENT_USAGE,
  PRICES_US_EAST_1,
  type PriceTable,
  RUN_RECORD_WRITES,
} from './prices';

/**
 * Cost of one run on AWS list prices (us-east-1), for the MAIN PATH through the workflow:
 *   if -> the then-branch; waitFor -> the event arrives (onEvent); approval -> approved; forEach -> N items
 *   (default 10); parallel -> every branch; the Auto Mode gate -> not needed; no retries, no failures.
 * Counted: Step Functions (state transitions for STANDARD; requests and duration for EXPRESS), Lambda (agents,
 * supervisor, the dispatcher that starts the run), EventBridge events put, DynamoDB reads and writes (each run event's
 * interest read and activity records), and the Scheduler invocation of scheduled workflows. The run's own events
 * are priced for a tenant where nothing else subscribes to or awaits them: they reach neither the dispatcher nor the
 * correlator (statemachines/event-routing.ts). Not counted: the free tiers, CloudWatch Logs, data transfer, SES,
 * Bedrock tokens.
 */

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
  'parallel -> every branch; Auto Mode gate -> not needed; no retries, no failures; ' +
  "the run's own events: nothing else in the tenant subscribes to or awaits them (their publisher records them)";

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
      // Its event recorded by its publisher.
      t.dynamoDbWrites += usage.writes + usage.events * eventWrites(spec?.emits);
      t.events += usage.events;
      if (spec?.performer.kind === 'agent') {
        invoke(t, step.action === 'email.draft' ? 'email:draft' : spec.performer.agent, this.prices);
      } else if (spec?.performer.kind === 'supervisor') {
        invoke(t, 'supervisor:route', this.prices);
        // The chosen action runs in its agent's function, which the supervisor invokes and waits for.
        invoke(t, 'agent:routed', this.prices, false);
      } else {
        t.activeDurationMs += INTEGRATION_LATENCY_MS;
      }
      return t;
    }
    // Business days: the supervisor's deadline task first (one more transition, one settings read).
    const businessDays =
      ('wait' in step && isBusinessDays(step.wait)) ||
      ('waitFor' in step && isBusinessDays(step.waitFor.timeout));
    if (businessDays) {
      t.stateTransitions += 1;
      invoke(t, 'supervisor', this.prices);
      t.dynamoDbReads += 1;
    }
    if ('wait' in step) {
      // A wait moved from a time in the data: the supervisor's deadline task first (one transition, no reads).
      if (typeof step.wait === 'object' && 'until' in step.wait && (step.wait.before || step.wait.after)) {
        t.stateTransitions += 1;
        invoke(t, 'supervisor', this.prices);
      }
      return t;
    }
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
    t.dynamoDbWrites += 2 + eventWrites('approval.requested');
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
    t.dynamoDbReads += PER_EVENT_USAGE.dispatcher.reads; // the subscription index's version
    // Express starts are not de-duplicated by name: the dispatcher claims each one (a put; its run marks it started).
    if (type === 'EXPRESS') t.dynamoDbWrites += EXPRESS_START_GUARD_WRITES;
  }
  if (def.trigger.type === 'schedule') t.schedulerInvocations += 1;

  // Supervisor start: tenant + workflow reads, run record and start log entry, workflow.started event.
  t.stateTransitions += 1;
  invoke(t, 'supervisor', prices);
  t.dynamoDbReads += 2;
  t.dynamoDbWrites += RUN_RECORD_WRITES.start + eventWrites('workflow.started');
  t.events += 1;
  if (needsRunApproval(def)) t.stateTransitions += 1; // "Approval needed?" choice, answered "no"

  addTally(t, estimator.sequence(def.steps));

  // Supervisor finish: run record and finish log entry, workflow.completed event.
  t.stateTransitions += 1;
  invoke(t, 'supervisor', prices);
  t.dynamoDbWrites += RUN_RECORD_WRITES.finish + eventWrites('workflow.completed');
  t.events += 1;
  // Express: the run's deadline, opened at the start and deleted at the end.
  if (type === 'EXPRESS') t.dynamoDbWrites += EXPRESS_RUN_DEADLINE_WRITES;

  // Every event the run puts on the bus: its publisher reads who listens to the type and, nothing listening, records
  // the activity itself (counted where the event is put); the bus rules keep it from the dispatcher and the
  // correlator (no invocation).
  t.dynamoDbReads += t.events * PER_EVENT_USAGE.runEvent.reads;

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
