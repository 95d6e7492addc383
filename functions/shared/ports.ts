import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ActionName, AgentName } from '../../statemachines/catalogue';
import type { AgentTaskPayload } from '../../statemachines/contracts';
import type { EventInterest } from '../../statemachines/event-routing';

/**
 * The boundaries between domain code and the world. Domain code takes these as dependencies
 * (`createEmailAgent({ db, mailer })`); AWS implementations live in functions/adapters/, local ones in
 * infra/local/, test doubles in tests. Extend interfaces additively: several modules depend on them.
 */

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface PublishedEvent {
  readonly detailType: string;
  readonly source: string;
  readonly detail: { readonly tenantId: string } & Record<string, unknown>;
  /** Stable id when known (webhook delivery, outbox replay): lets consumers de-duplicate. */
  readonly id?: string;
  readonly time?: string;
  /**
   * Who listens to the type, when the publisher read it earlier in this invocation (with another read of its own,
   * one request less): routingByInterest routes by it instead of reading it again, unless `readAtMs` (when the read
   * was sent, on the publisher's clock) is more than EARLY_INTEREST_MAX_AGE_MS before PutEvents. Never put on the bus.
   */
  readonly interest?: EventInterest & { readonly readAtMs?: number };
}

/** A put or a delete of one item, as BatchWriteItem takes it (no condition: idempotent). */
export type ItemWrite =
  | { readonly PutRequest: { readonly Item: Record<string, unknown> } }
  | { readonly DeleteRequest: { readonly Key: Record<string, unknown> } };

export interface EventPublisher {
  publish(events: readonly PublishedEvent[]): Promise<void>;
  /**
   * Publishes, then writes the caller's `writes` with what the publisher records itself (a run's own events' feed
   * items: functions/data/routed-publisher.ts), in one BatchWriteItem where they fit; `writesFirst`: that batch
   * before PutEvents. Optional: without it the caller writes them itself, before publishing.
   */
  publishWithWrites?(
    events: readonly PublishedEvent[],
    writes: readonly ItemWrite[],
    options?: { readonly writesFirst?: boolean },
  ): Promise<void>;
}

export interface OutgoingEmail {
  readonly tenantId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly replyTo?: string;
  readonly subject: string;
  readonly text?: string;
  readonly html?: string;
  /** Idempotency / tracking headers. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

/** `fetch` as the agents see it: Slack webhooks and http.request go through here (local: recorded to the outbox). */
export type HttpFetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface LlmConfig {
  /** The client, or its loader: a deployed function loads the Bedrock SDK only when it first calls the model. */
  readonly client: BedrockRuntimeClient | (() => Promise<BedrockRuntimeClient>);
  readonly modelId: string;
  /** Told the token use of every request (the LLM token metrics), whoever made it. */
  readonly onUsage?: (usage: { readonly inputTokens: number; readonly outputTokens: number }) => void;
}

/** Encrypts integration secrets at rest (KMS on AWS, AES-GCM with a local key locally). */
export interface SecretBox {
  encrypt(plaintext: string, tenantId: string): Promise<string>;
  decrypt(ciphertext: string, tenantId: string): Promise<string>;
}

export interface FileStore {
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | undefined>;
  delete(key: string): Promise<void>;
}

export interface StartExecutionRequest {
  readonly stateMachineArn: string;
  /** Deterministic name: a second start with the same name is a no-op (idempotent start). */
  readonly name: string;
  readonly input: unknown;
}

export type ExecutionStatus =
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'TIMED_OUT'
  | 'ABORTED'
  | 'PENDING_REDRIVE';

export interface ExecutionDescription {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly status: ExecutionStatus;
  readonly startDate: string;
  readonly stopDate?: string;
  readonly input?: unknown;
  readonly output?: unknown;
  readonly error?: { readonly error: string; readonly cause?: string };
  /** Successful redrives so far (DescribeExecution's redriveCount). */
  readonly redriveCount?: number;
  /** Whether RedriveExecution would accept the execution now, and why not. */
  readonly redriveStatus?: 'REDRIVABLE' | 'NOT_REDRIVABLE' | 'REDRIVABLE_BY_MAP_RUN';
  readonly redriveStatusReason?: string;
  readonly redriveDate?: string;
}

/** The label of a Map Run, from its ARN `arn:…:mapRun:<state machine>/<label>:<id>` (the forEach step id). */
export const mapRunLabel = (mapRunArn: string): string => mapRunArn.split(':')[6]?.split('/')[1] ?? '';

/** A Distributed Map's run (ListMapRuns + DescribeMapRun): its progress by item. */
export interface MapRunDescription {
  readonly mapRunArn: string;
  /** The Map state's name; on AWS its Label (ListMapRuns names no state), which the compiler sets to the step id. */
  readonly stateName: string;
  readonly status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  readonly startDate: string;
  readonly stopDate?: string;
  readonly itemCounts: {
    readonly pending: number;
    readonly running: number;
    readonly succeeded: number;
    readonly failed: number;
    readonly timedOut: number;
    readonly aborted: number;
    readonly total: number;
  };
}

/** One entry of a run's timeline, from the execution history (GetExecutionHistory on AWS, the local engine's). */
export interface TimelineEntry {
  /** State name as compiled ("Send welcome email"). */
  readonly name: string;
  /** Workflow step id when the state belongs to a step. */
  readonly stepId?: string;
  readonly type: string;
  readonly status: 'running' | 'succeeded' | 'failed' | 'waiting';
  readonly input?: unknown;
  readonly output?: unknown;
  readonly error?: { readonly error: string; readonly cause?: string };
  readonly startedAt: string;
  readonly endedAt?: string;
  /** Retries that happened before the final attempt. */
  readonly retries?: number;
  /** Position of the forEach (Map) iteration this entry belongs to. */
  readonly itemIndex?: number;
}

/** The Step Functions boundary: SDK on AWS, the local engine locally. Handlers do not know which. */
export interface WorkflowEngine {
  startExecution(req: StartExecutionRequest): Promise<{ executionArn: string; alreadyStarted: boolean }>;
  sendTaskSuccess(taskToken: string, output: unknown): Promise<void>;
  sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void>;
  stopExecution(executionArn: string, cause: string): Promise<void>;
  redriveExecution(executionArn: string): Promise<void>;
  describeExecution(executionArn: string): Promise<ExecutionDescription | undefined>;
  getTimeline(executionArn: string): Promise<TimelineEntry[]>;
  /** SendTaskHeartbeat: keeps a callback task with HeartbeatSeconds alive. */
  sendTaskHeartbeat?(taskToken: string): Promise<void>;
  /** The Distributed Map runs of an execution, with their item counts. */
  listMapRuns?(executionArn: string): Promise<MapRunDescription[]>;
}

/**
 * Asks for a workflow's AWS resources to be converged to its saved definition (state machine, subscription,
 * schedule). On AWS the provisioner also runs from the table's stream; locally it runs in-process.
 */
export interface ProvisionerPort {
  requestProvision(tenantId: string, workflowId: string): Promise<void>;
  /**
   * True when provisioning happens later (AWS: the table's stream), so its outcome cannot be read right after the
   * request. @default false: requestProvision returns once the workflow has converged (local runtime, tests)
   */
  readonly deferred?: boolean;
}

export interface Database {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

/**
 * Runs one agent task (the payload a Task state sends the agent: action, input, meta) where that agent runs: its
 * Lambda function on AWS (functions/adapters/lambda-agents.ts), its executors in process locally
 * (functions/agents/in-process.ts). The supervisor's ai.task routing uses it. Failures keep the runner's error
 * names (RetriableError, NonRetriableError, ConflictError), so the step's Retry/Catch match as they would.
 */
export interface AgentTasks {
  /** Whether the agent that performs `action` can be reached here (only those become the model's tools). */
  performs(agent: AgentName, action: ActionName): boolean;
  run(agent: AgentName, payload: AgentTaskPayload): Promise<Record<string, unknown>>;
}
