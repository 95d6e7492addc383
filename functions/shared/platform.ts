import type { MetricsPort } from './metrics';
import type {
  AgentTasks,
  Clock,
  Database,
  EventPublisher,
  FileStore,
  HttpFetch,
  LlmConfig,
  Mailer,
  ProvisionerPort,
  SecretBox,
  WorkflowEngine,
} from './ports';

/** Everything a handler needs from the world, built once per process (cold start on AWS, start-up locally). */
export interface Platform {
  readonly mode: 'aws' | 'local';
  readonly db: Database;
  readonly bus: EventPublisher;
  readonly engine: WorkflowEngine;
  readonly mailer: Mailer;
  readonly fetch: HttpFetch;
  /** Undefined when no model is configured: callers fall back to deterministic behaviour. */
  readonly llm: LlmConfig | undefined;
  readonly secrets: SecretBox;
  readonly files: FileStore;
  readonly clock: Clock;
  /** Where metrics go: EMF log lines on AWS, the Prometheus registry behind `GET /metrics` locally. */
  readonly metrics: MetricsPort;
  readonly provisioner: ProvisionerPort;
  /** Default sender address for outgoing email. */
  readonly fromAddress: string;
  /**
   * Where the supervisor's ai.task runs an agent's action: in process locally. Unset on AWS, where the supervisor
   * invokes the agent functions (functions/adapters/lambda-agents.ts) and no other function needs it.
   */
  readonly agentTasks?: AgentTasks;
}

let current: Platform | undefined;
let factory: (() => Platform) | undefined;

/** Called by the local runtime and tests before any handler runs. */
export const setPlatform = (platform: Platform | undefined): void => {
  current = platform;
};

/** Called once by the AWS entry wiring (functions/adapters/aws-platform.ts) to build from env at cold start. */
export const setPlatformFactory = (f: () => Platform): void => {
  factory = f;
};

export const getPlatform = (): Platform => {
  if (current) return current;
  if (factory) {
    current = factory();
    return current;
  }
  throw new Error('Platform not configured: call setPlatform() (local/tests) or import the AWS platform');
};
