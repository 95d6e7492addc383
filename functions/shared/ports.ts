import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

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
}

export interface EventPublisher {
  publish(events: readonly PublishedEvent[]): Promise<void>;
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
  readonly client: BedrockRuntimeClient;
  readonly modelId: string;
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

/** The Step Functions boundary: SDK on AWS, the local engine locally. Handlers do not know which. */
export interface WorkflowEngine {
  startExecution(req: StartExecutionRequest): Promise<{ executionArn: string; alreadyStarted: boolean }>;
  sendTaskSuccess(taskToken: string, output: unknown): Promise<void>;
  sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void>;
  stopExecution(executionArn: string, cause: string): Promise<void>;
  redriveExecution(executionArn: string): Promise<void>;
}

export interface Database {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}
