/**
 * The prices and usage assumptions behind the cost estimate. Cost of one run on AWS list prices (us-east-1), for the MAIN PATH through the workflow:
 *   if -> the then-branch; waitFor -> the event arrives (onEvent); approval -> approved; forEach -> N items
 *   (default 10); parallel -> every branch; the Auto Mode gate -> not needed; no retries, no failures.
 * Counted: Step Functions (state transitions for STANDARD; requests and duration for EXPRESS), Lambda (agents,
 * supervisor, and the dispatcher and correlator invocations every event causes), EventBridge events put, DynamoDB reads and writes, and the Scheduler invocation of
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

/** Memory and assumed duration of each function (a warm invocation; cold starts are not priced). */
export interface FunctionProfile {
  memoryMb: number;
  durationMs: number;
}

/**
 * What every function is deployed with (infra/constructs/function.ts: DynarisFunction's default memorySize; no
 * platform function sets another one). test/infra/cost-profiles.test.ts checks it against the synthesized stack.
 */
export const DEPLOYED_MEMORY_MB = 512;

export const FUNCTION_PROFILES: Record<string, FunctionProfile> = {
  supervisor: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 120 },
  /** `ai.task` routing through the supervisor: a model call. */
  'supervisor:route': { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 4000 },
  /** The agent function an `ai.task` has perform the chosen action (invoked by the supervisor, within its time). */
  'agent:routed': { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 300 },
  dispatcher: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 60 },
  correlator: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 80 },
  email: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 300 },
  'email:draft': { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 4000 },
  crm: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 120 },
  calendar: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 200 },
  billing: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 250 },
  notify: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 300 },
  report: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 4000 },
  http: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 600 },
  files: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 250 },
  knowledge: { memoryMb: DEPLOYED_MEMORY_MB, durationMs: 300 },
};

/**
 * Write and read units are measured, not guessed: test/integration/cost-measured.test.ts runs the lead follow-up in
 * the local runtime with its capacity meter (infra/local/dynalite/meter.ts: every item's size before and after,
 * every index entry written, by DynamoDB's rules in ./dynamodb-units.ts) and fails when this model and the run
 * disagree. Sizes assume a tenant id of 20 characters and a lead like the bench's (name, email, company).
 */
export const MEASURED_TENANT_ID = 'acme-industries-0042';

/**
 * DynamoDB units around the bus, besides the events' own price:
 * - `dispatcher`: the dispatcher that starts an event-triggered run reads the subscription index's version, a strongly
 *   consistent GetItem (1 read unit; docs/data-model.md).
 * - `runEvent`: each of the run's own events (workflow.started/completed, email.sent, booking.created …). Its
 *   publisher reads who listens to the type (the same version item: 1 read unit; functions/data/event-interest.ts),
 *   alone or as one more key of a BatchGetItem it makes anyway (the supervisor's start, email.send, calendar.schedule:
 *   a request less, the same unit).
 *   Counted for a tenant where nothing subscribes to or awaits them (statemachines/event-routing.ts): the event then
 *   reaches neither the dispatcher nor the correlator (no invocation), and the publisher records the activity itself
 *   (RUN_EVENT_WRITES). No look-back entry: those are written only for the field sets waitFor steps declare.
 * - `routedEvent`: what one more target adds for an event something subscribes to or awaits (see docs/cost.md):
 *   a dispatcher invocation with its version read, or a correlator invocation with its wait field sets query and a
 *   look-back entry per declared field set.
 */
export const PER_EVENT_USAGE = {
  dispatcher: { reads: 1, writes: 0 },
  runEvent: { reads: 1 },
  routedEvent: { dispatcher: { reads: 1, writes: 0 }, correlator: { reads: 1, writes: 1 } },
} as const;

/**
 * Write units of recording one of the run's own events (functions/data/activity-record.ts): the event item with the
 * feed's two index entries (the indexes project ALL: each entry bills like the item), its by-workflow copy when it
 * names a workflow, its by-lead copy when it names a lead. Each fact is kept once (functions/data/activity-item.ts:
 * no tenant, ids, time or usual source beside what the keys and the detail say), so every item is under 1 KB and
 * bills 1 unit, and so does each entry. Measured (session 27): the event items 0.61-0.92 KB (booking.created's, the
 * largest, 924 bytes: its detail carries the booking and the lead), the copies 0.43-0.84 KB; before, 1.2-1.3 KB and
 * 2 units each. workflow.started and workflow.completed 3 + 1 (by workflow), email.sent 3 + 1 + 1, booking.created
 * 3 + 1 (by lead). Other events: both copies (an upper bound).
 */
export const RUN_EVENT_WRITES: Readonly<Record<string, number>> = {
  'workflow.started': 3 + 1,
  'email.sent': 3 + 1 + 1,
  'booking.created': 3 + 1,
  'workflow.completed': 3 + 1,
};
export const OTHER_EVENT_WRITES = 3 + 1 + 1;
export const eventWrites = (type: string | undefined): number =>
  (type === undefined ? undefined : RUN_EVENT_WRITES[type]) ?? OTHER_EVENT_WRITES;

/**
 * What an Express run writes that a Standard one does not: Step Functions sends no status-change event for Express
 * executions, so "Start run" opens a deadline the supervisor's sweeper closes runs by, and the run's end deletes it
 * (functions/data/run-deadlines.ts: one item with one index entry, 2 write units to put and 2 to delete).
 */
export const EXPRESS_RUN_DEADLINE_WRITES = 2 + 2;

/**
 * The dispatcher's start guard of an Express run (functions/dispatcher/start-guard.ts): Step Functions does not
 * de-duplicate Express starts by name, so each is claimed with a conditional put (1 unit). It is not marked started:
 * the run record tells a started claim from a dead one (read only when a claim is found in place: a duplicate).
 */
export const EXPRESS_START_GUARD_WRITES = 1;

/**
 * The supervisor's own records of every run (functions/data/runs.ts, logs.ts). The table's indexes project ALL, so
 * each index entry of an item bills like the item: the run record (with its by-workflow and all-runs entries) is 3
 * units to put at the start, and 3 to update at the end: with its steps' results it stays under 1 KB, since the update
 * that ends it leaves out what its keys hold (functions/data/run-item.ts; measured: 965 bytes for the lead follow-up,
 * 1,216 and 6 units before, session 27); the start and finish log entries 2 each (with their tenant-wide LOGS entry).
 */
export const RUN_RECORD_WRITES = { start: 3 + 2, finish: 3 + 2 } as const;

/** Assumed latency of a direct service integration (DynamoDB PutItem, EventBridge PutEvents), for Express duration. */
export const INTEGRATION_LATENCY_MS = 40;

/**
 * DynamoDB units and bus events an action causes, besides its invocation: an agent action's idempotency record (about
 * 1 read, 1 write; a claim and a completion where noted), unless its own record is its claim (email.send,
 * calendar.schedule); the rest is the action's own data (items under 1 KB: 1 unit each, and 1 more for each index
 * entry the item has; an item of a transaction bills 2, its index entries are counted once).
 */
export const ACTION_USAGE: Record<string, { reads: number; writes: number; events: number }> = {
  // The lead (1 read, in one BatchGetItem with email.sent's interest); the tracking record claimed (1), then one transaction of the lead check, its timeline entry
  // and the tracking record completed (3 items at 2 units, and the tracking record's index entry: 1). No idempotency
  // record: the tracking record is the claim.
  'email.send': { reads: 1, writes: 8, events: 1 },
  'email.draft': { reads: 3, writes: 1, events: 0 },
  'crm.createLead': { reads: 2, writes: 3, events: 1 },
  'crm.updateLead': { reads: 2, writes: 2, events: 1 },
  'crm.addNote': { reads: 2, writes: 2, events: 0 },
  'crm.findLeads': { reads: 6, writes: 1, events: 0 },
  'crm.getLead': { reads: 2, writes: 1, events: 0 },
  // About 1,000 leads read in pages (4 KB a unit); the file itself goes to S3.
  'crm.exportLeads': { reads: 40, writes: 1, events: 0 },
  // Lead, earlier booking and settings (one BatchGetItem, 3 units), the ticket windows (previous and current: one
  // Query) and the calendar's claims (2); a ticket taken and its done mark (2: the mark is put with booking.created's
  // feed items), then one transaction of the booking and the half-hour slot claim it takes (2 items; a
  // transactional write bills 2 units an item), and the booking's two index entries (2).
  // Measured for a 30-minute booking on the half hour; one at :15 or :45 claims two slots, 2 units more
  // (test/integration/cost-measured.test.ts measures both). No idempotency record: the booking, under the step's own id, is what a retry
  // finds.
  'calendar.schedule': { reads: 5, writes: 8, events: 1 },
  'calendar.cancel': { reads: 2, writes: 2, events: 1 },
  'invoice.create': { reads: 2, writes: 4, events: 1 },
  'invoice.sendReminder': { reads: 2, writes: 2, events: 0 },
  'invoice.markPaid': { reads: 2, writes: 2, events: 1 },
  'invoice.find': { reads: 6, writes: 1, events: 0 },
  // The settings (its time zone, 1) and the bookings of the day in pages, as invoice.find reads its invoices.
  'calendar.find': { reads: 6, writes: 1, events: 0 },
  'notify.slack': { reads: 2, writes: 1, events: 0 },
  // The tenant's settings (1 read); the idempotency record claimed and completed (2).
  'notify.team': { reads: 1, writes: 2, events: 0 },
  'report.summarize': { reads: 20, writes: 1, events: 0 },
  'http.request': { reads: 1, writes: 1, events: 0 },
  'ai.task': { reads: 3, writes: 2, events: 0 },
  'files.create': { reads: 1, writes: 2, events: 1 },
  'knowledge.search': { reads: 10, writes: 1, events: 0 },
  // The log entry and its tenant-wide LOGS index entry.
  log: { reads: 0, writes: 2, events: 0 },
  'events.emit': { reads: 0, writes: 0, events: 1 },
};
