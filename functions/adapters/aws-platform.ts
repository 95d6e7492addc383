import { createDocumentClient } from '../data/client';
import { routingByInterest } from '../data/routed-publisher';
import { requireCommonJs } from '../shared/commonjs';
import { ENV, readConfig } from '../shared/config';
import { recordLlmTokens } from '../shared/metrics';
import { metrics, traceClient } from '../shared/observability';
import { getPlatform, type Platform, setPlatformFactory } from '../shared/platform';
import { type FileStore, type SecretBox, systemClock, type WorkflowEngine } from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';
import { stampingCause } from '../shared/task-context';
import { loadBedrockSdk } from './bedrock';
import { createEmfMetrics } from './emf-metrics';
import { createEventBridgePublisher, loadEventBridgeSdk } from './eventbridge-bus';
import { createKmsSecretBox, loadKmsSdk } from './kms-secrets';
import { onFirstUse } from './lazy-sdk';
import { createS3FileStore, loadS3Sdk } from './s3-files';
import { createSesMailer, loadSesSdk } from './ses-mailer';

/**
 * The Platform of a deployed function, built from its environment (infra sets it). The table and the bus are
 * required: a function without them fails its cold start naming the variable. The rest is optional per function;
 * using an unconfigured one fails with the variable's name instead of a vague SDK error.
 *
 * Only DynamoDB's SDK is loaded by every function; each other service's SDK package is loaded when the function
 * first calls it (functions/adapters/lazy-sdk.ts), or at cold start for the ports a handler names in
 * startAwsFunction (its main path), so no function pays for clients it never uses.
 */

/** Who asks the LLM, as the token metrics' `purpose`: the function (`api-assistant`, `supervisor`, `agent-…`). */
const purposeOf = (env: NodeJS.ProcessEnv): string => env.POWERTOOLS_SERVICE_NAME ?? 'unknown';

const unconfigured = (variable: string) => (): never => {
  throw new Error(`${variable} is not set for this function`);
};

/**
 * Adapters only some functions carry, passed by their entry (startAwsFunction): each is kilobytes in every bundle
 * that imports it. `engine`: Step Functions (`createSfnEngine`, sfn-engine.ts with its history and logs readers), for
 * the functions that start, resume, stop or read executions; the others get a stand-in that says so.
 */
export interface FunctionAdapters {
  readonly engine?: () => WorkflowEngine;
}

const noEngine = (): WorkflowEngine => {
  const absent = (): never => {
    throw new Error(
      'This function has no Step Functions adapter (its entry passes none to startAwsFunction)',
    );
  };
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

let entryAdapters: FunctionAdapters = {};

export const createAwsPlatform = (
  env: NodeJS.ProcessEnv = process.env,
  adapters: FunctionAdapters = entryAdapters,
): Platform => {
  const { tableName, eventBusName } = readConfig(['tableName', 'eventBusName'], env);
  const bucket = env[ENV.filesBucket];
  const keyId = env[ENV.secretsKeyId];
  const modelId = env[ENV.bedrockModelId];
  const platformMetrics = createEmfMetrics(metrics);
  const files: FileStore = bucket
    ? createS3FileStore(bucket)
    : {
        put: unconfigured(ENV.filesBucket),
        get: unconfigured(ENV.filesBucket),
        delete: unconfigured(ENV.filesBucket),
      };
  const secrets: SecretBox = keyId
    ? createKmsSecretBox(keyId)
    : { encrypt: unconfigured(ENV.secretsKeyId), decrypt: unconfigured(ENV.secretsKeyId) };
  const db = { doc: createDocumentClient(), tableName };
  return {
    mode: 'aws',
    db,
    // Stamped first (causedBy says whose run an event is), then routed by who listens to it.
    bus: stampingCause(
      routingByInterest(createEventBridgePublisher({ eventBusName }), {
        db,
        clock: systemClock,
      }),
    ),
    engine: adapters.engine?.() ?? noEngine(),
    mailer: createSesMailer(),
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

setPlatformFactory(() => createAwsPlatform());

/** Ports whose SDK package a handler may load at cold start (the services its main path calls). */
const SDK_OF = {
  bus: loadEventBridgeSdk,
  // The same package sfn-engine.ts loads on first use (Node's module cache makes it one load).
  engine: async () => requireCommonJs('@aws-sdk/client-sfn') as unknown,
  mailer: loadSesSdk,
  secrets: loadKmsSdk,
  files: loadS3Sdk,
} as const;
export type PreloadedPort = keyof typeof SDK_OF;

/**
 * A handler entry's cold start on Lambda (AWS_LAMBDA_FUNCTION_NAME set): the Platform is built from the
 * environment (a missing variable fails the cold start, naming it) with the `adapters` the entry carries, and the SDK
 * packages of `preload` are loaded,
 * so the first invocation of the function's main path finds everything ready. Elsewhere (tests, the local runtime,
 * which sets its own Platform) it does nothing.
 */
export const startAwsFunction = async (
  preload: readonly PreloadedPort[] = [],
  adapters: FunctionAdapters = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> => {
  entryAdapters = adapters;
  if (!env.AWS_LAMBDA_FUNCTION_NAME) return;
  getPlatform();
  await Promise.all(preload.map((port) => SDK_OF[port]()));
};
