import { createDocumentClient } from '../data/client';
import { ENV, readConfig } from '../shared/config';
import { recordLlmTokens } from '../shared/metrics';
import { metrics, traceClient } from '../shared/observability';
import { getPlatform, type Platform, setPlatformFactory } from '../shared/platform';
import {
  type Database,
  type EventPublisher,
  type FileStore,
  type Mailer,
  type SecretBox,
  systemClock,
  type WorkflowEngine,
} from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';
import { loadBedrockSdk } from './bedrock';
import { createEmfMetrics } from './emf-metrics';
import { onFirstUse } from './lazy-sdk';

/**
 * The Platform of a deployed function from its environment and the adapters its entry carries (aws-platform.ts gives
 * every adapter; api-dry-run and api-assistant pass only those their roles may use, so the rest is not in their
 * bundles). A port without its adapter fails naming it, where the adapter would have met AccessDenied.
 */

/** Who asks the LLM, as the token metrics' `purpose`: the function (`api-assistant`, `supervisor`, `agent-…`). */
const purposeOf = (env: NodeJS.ProcessEnv): string => env.POWERTOOLS_SERVICE_NAME ?? 'unknown';

const unconfigured = (variable: string) => (): never => {
  throw new Error(`${variable} is not set for this function`);
};

const missing = (adapter: string) => async (): Promise<never> => {
  throw new Error(`This function has no ${adapter} adapter (its entry passes none to startAwsFunction)`);
};

/** The adapters of the ports a function may use; each one absent is a stand-in that fails naming it. */
export interface PlatformAdapters {
  /** The event bus (EventBridge, routed by interest) over the function's table. */
  readonly bus?: (eventBusName: string, db: Database) => EventPublisher;
  readonly mailer?: () => Mailer;
  readonly secrets?: (keyId: string) => SecretBox;
  readonly files?: (bucket: string) => FileStore;
  /** Step Functions (`createSfnEngine`), for the functions that start, resume, stop or read executions. */
  readonly engine?: () => WorkflowEngine;
}

const noEngine = (): WorkflowEngine => {
  const absent = missing('Step Functions');
  return {
    startExecution: absent,
    sendTaskSuccess: absent,
    sendTaskFailure: absent,
    stopExecution: absent,
    redriveExecution: absent,
    describeExecution: absent,
    getTimeline: absent,
  };
};

export const createAwsPlatformWith = (
  adapters: PlatformAdapters,
  env: NodeJS.ProcessEnv = process.env,
): Platform => {
  const { tableName, eventBusName } = readConfig(['tableName', 'eventBusName'], env);
  const bucket = env[ENV.filesBucket];
  const keyId = env[ENV.secretsKeyId];
  const modelId = env[ENV.bedrockModelId];
  const platformMetrics = createEmfMetrics(metrics);
  const files: FileStore = !adapters.files
    ? { put: missing('S3 files'), get: missing('S3 files'), delete: missing('S3 files') }
    : bucket
      ? adapters.files(bucket)
      : {
          put: unconfigured(ENV.filesBucket),
          get: unconfigured(ENV.filesBucket),
          delete: unconfigured(ENV.filesBucket),
        };
  const secrets: SecretBox = !adapters.secrets
    ? { encrypt: missing('KMS secrets'), decrypt: missing('KMS secrets') }
    : keyId
      ? adapters.secrets(keyId)
      : { encrypt: unconfigured(ENV.secretsKeyId), decrypt: unconfigured(ENV.secretsKeyId) };
  const db = { doc: createDocumentClient(), tableName };
  return {
    mode: 'aws',
    db,
    bus: adapters.bus?.(eventBusName, db) ?? { publish: missing('EventBridge') },
    engine: adapters.engine?.() ?? noEngine(),
    mailer: adapters.mailer?.() ?? { send: missing('SES mail') },
    fetch: (url, init) => fetch(url, init),
    llm: modelId
      ? {
          client: onFirstUse(async () =>
            traceClient(new (await loadBedrockSdk()).BedrockRuntimeClient({ ...AWS_RETRY })),
          ),
          modelId,
          onUsage: recordLlmTokens(platformMetrics, { purpose: purposeOf(env), modelId }),
        }
      : undefined,
    secrets,
    files,
    clock: systemClock,
    metrics: platformMetrics,
    // The provisioner runs from the table's stream of workflow items: a saved workflow converges on its own.
    provisioner: { requestProvision: async () => {}, deferred: true },
    fromAddress: env[ENV.fromAddress] ?? 'no-reply@example.com',
  };
};

/**
 * A handler entry's cold start on Lambda (AWS_LAMBDA_FUNCTION_NAME set) with only `adapters`: the Platform is built
 * from the environment (a missing variable fails the cold start, naming it) and the SDK packages `preload` names
 * are loaded. Elsewhere (tests, the local runtime, which sets its own Platform) it only sets the factory.
 */
export const startAwsFunctionWith = async (
  adapters: PlatformAdapters,
  preload: readonly (() => Promise<unknown>)[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> => {
  setPlatformFactory(() => createAwsPlatformWith(adapters, env));
  if (!env.AWS_LAMBDA_FUNCTION_NAME) return;
  getPlatform();
  await Promise.all(preload.map((load) => load()));
};
