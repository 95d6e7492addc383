import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type Subscription, subscriptionItem, type WorkflowType } from '../../functions/data/subscriptions';
import type {
  Database,
  ExecutionDescription,
  StartExecutionRequest,
  TimelineEntry,
  WorkflowEngine,
} from '../../functions/shared/ports';
import { EVENT_NAMES } from '../../statemachines/events';
import { type EventPattern, filterToPattern } from '../../statemachines/patterns';

/**
 * A WorkflowEngine double with Step Functions' naming semantics: a Standard state machine refuses a second
 * execution with the same name (reported as alreadyStarted), an Express one does not de-duplicate at all.
 */
export class FakeEngine implements WorkflowEngine {
  readonly calls: StartExecutionRequest[] = [];
  readonly executions = new Map<
    string,
    { request: StartExecutionRequest; status: 'RUNNING' | 'SUCCEEDED' }
  >();
  readonly taskSuccess: { taskToken: string; output: unknown }[] = [];
  readonly taskFailure: { taskToken: string; error: string; cause: string }[] = [];
  /** Task tokens SendTaskSuccess refuses with the given error name (TaskTimedOut, TaskDoesNotExist, …). */
  readonly tokenErrors = new Map<string, string>();
  /** Errors to throw from the next startExecution calls, in order (ThrottlingException, …). */
  readonly startFailures: string[] = [];
  private expressCounter = 0;

  constructor(private readonly express: ReadonlySet<string> = new Set()) {}

  async startExecution(req: StartExecutionRequest) {
    this.calls.push(req);
    const failure = this.startFailures.shift();
    if (failure) throw Object.assign(new Error(`${failure} (simulated)`), { name: failure });
    if (this.express.has(req.stateMachineArn)) {
      const executionArn = `${req.stateMachineArn.replace(':stateMachine:', ':express:')}:${req.name}:${++this.expressCounter}`;
      this.executions.set(executionArn, { request: req, status: 'RUNNING' });
      return { executionArn, alreadyStarted: false };
    }
    const executionArn = `${req.stateMachineArn.replace(':stateMachine:', ':execution:')}:${req.name}`;
    if (this.executions.has(executionArn)) return { executionArn, alreadyStarted: true };
    this.executions.set(executionArn, { request: req, status: 'RUNNING' });
    return { executionArn, alreadyStarted: false };
  }

  async sendTaskSuccess(taskToken: string, output: unknown) {
    const error = this.tokenErrors.get(taskToken);
    if (error) throw Object.assign(new Error(`${error} (simulated)`), { name: error });
    this.taskSuccess.push({ taskToken, output });
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string) {
    this.taskFailure.push({ taskToken, error, cause });
  }

  async stopExecution() {}
  async redriveExecution() {}
  async describeExecution(): Promise<ExecutionDescription | undefined> {
    return undefined;
  }
  async getTimeline(): Promise<TimelineEntry[]> {
    return [];
  }

  executionsOf(stateMachineArn: string) {
    return [...this.executions.values()].filter((e) => e.request.stateMachineArn === stateMachineArn);
  }
}

export const machineArn = (tenantId: string, workflowId: string) =>
  `arn:aws:states:us-east-1:123456789012:stateMachine:dynaris-${tenantId}-${workflowId}`;

export const subscription = (
  tenantId: string,
  eventType: string,
  workflowId: string,
  filter: Record<string, unknown> | undefined,
  workflowType: WorkflowType = 'STANDARD',
): Subscription => ({
  tenantId,
  eventType,
  workflowId,
  workflowVersion: 1,
  pattern: filterToPattern(filter) as EventPattern,
  stateMachineArn: machineArn(tenantId, workflowId),
  workflowType,
});

export const batchPutSubscriptions = async (
  db: Database,
  subscriptions: readonly Subscription[],
): Promise<void> => {
  const updatedAt = new Date(0).toISOString();
  const chunks: Subscription[][] = [];
  for (let i = 0; i < subscriptions.length; i += 25) chunks.push(subscriptions.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++] as Subscription[];
      let requests = chunk.map((s) => ({ PutRequest: { Item: subscriptionItem(s, updatedAt) } }));
      while (requests.length > 0) {
        const result = await db.doc.send(
          new BatchWriteCommand({ RequestItems: { [db.tableName]: requests } }),
        );
        requests = (result.UnprocessedItems?.[db.tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
};

/** The target of the 10,000-subscription scenario. */
export const TARGET = { tenantId: 'tenant-3', eventType: 'lead.created' } as const;

/** Filters that do NOT match the target event's detail (see targetEvent). */
const nonMatchingFilters: readonly Record<string, unknown>[] = [
  { 'lead.status': ['won'] },
  { 'lead.value': [{ numeric: ['>', 50000] }] },
  { 'lead.source': [{ prefix: 'partner' }] },
  { 'lead.email': [{ suffix: '@competitor.com' }] },
  { 'lead.status': [{ 'anything-but': 'new' }] },
  { 'lead.tags': ['cold'] },
  { 'lead.owner': [{ exists: true }] },
  { $or: [{ 'lead.status': ['lost'] }, { 'lead.value': [{ numeric: ['<', 100] }] }] },
];

/**
 * 10,000 subscriptions over 10 tenants and every event type, of which exactly 3 match targetEvent():
 * `match-standard-1`, `match-standard-2` (Standard) and `match-express` (Express). Many others are catch-alls in
 * other tenants or on other event types, so any keying mistake shows up as extra starts.
 */
export const tenThousandSubscriptions = (count = 10_000): Subscription[] => {
  const out: Subscription[] = [
    subscription(TARGET.tenantId, TARGET.eventType, 'match-standard-1', { 'lead.status': ['new'] }),
    subscription(TARGET.tenantId, TARGET.eventType, 'match-standard-2', {
      'lead.value': [{ numeric: ['>', 10000, '<=', 25000] }],
      'lead.email': [{ suffix: { 'equals-ignore-case': '@EXAMPLE.com' } }],
    }),
    subscription(TARGET.tenantId, TARGET.eventType, 'match-express', undefined, 'EXPRESS'),
  ];
  for (let i = out.length; i < count; i++) {
    // A popular partition: every 10th subscription is on the target (tenant, type), the rest spread evenly.
    const hot = i % 10 === 0;
    const tenantId = hot ? TARGET.tenantId : `tenant-${Math.floor(i / EVENT_NAMES.length) % 10}`;
    const eventType = hot ? TARGET.eventType : (EVENT_NAMES[i % EVENT_NAMES.length] as string);
    const onTarget = tenantId === TARGET.tenantId && eventType === TARGET.eventType;
    // On the target (tenant, type) only non-matching filters; elsewhere a mix including catch-alls.
    const filter = onTarget
      ? nonMatchingFilters[i % nonMatchingFilters.length]
      : i % 3 === 0
        ? undefined
        : { 'lead.status': ['new'] };
    out.push(subscription(tenantId, eventType, `wf-${i}`, filter, i % 7 === 0 ? 'EXPRESS' : 'STANDARD'));
  }
  return out;
};

export const targetEvent = (id = 'evt-target-1') => ({
  id,
  source: 'dynaris.lead',
  detailType: TARGET.eventType,
  time: '2026-11-25T10:00:00Z',
  detail: {
    tenantId: TARGET.tenantId,
    lead: { id: 'L-1', status: 'new', value: 20000, source: 'web', email: 'ann@example.com', tags: ['hot'] },
  },
});
