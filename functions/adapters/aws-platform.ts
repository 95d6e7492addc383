import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { createDocumentClient } from '../data/client';
import { ENV, readConfig } from '../shared/config';
import { recordLlmTokens } from '../shared/metrics';
import { metrics, traceClient } from '../shared/observability';
import { type Platform, setPlatformFactory } from '../shared/platform';
import { type FileStore, type SecretBox, systemClock } from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';
import { stampingCause } from '../shared/task-context';
import { createEmfMetrics } from './emf-metrics';
import { createEventBridgePublisher } from './eventbridge-bus';
import { createKmsSecretBox } from './kms-secrets';
import { createS3FileStore } from './s3-files';
import { createSesMailer } from './ses-mailer';
import { createSfnEngine } from './sfn-engine';

/**
 * The Platform of a deployed function, built once at cold start from its environment (infra sets it). The table
 * and the bus are required: a function without them fails its cold start naming the variable. The rest is
 * optional per function; using an unconfigured one fails with the variable's name instead of a vague SDK error.
 */

/** Who asks the LLM, as the token metrics' `purpose`: the function (`api-assistant`, `supervisor`, `agent-…`). */
const purposeOf = (env: NodeJS.ProcessEnv): string => env.POWERTOOLS_SERVICE_NAME ?? 'unknown';

const unconfigured = (variable: string) => (): never => {
  throw new Error(`${variable} is not set for this function`);
};

export const createAwsPlatform = (env: NodeJS.ProcessEnv = process.env): Platform => {
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
  return {
    mode: 'aws',
    db: { doc: createDocumentClient(), tableName },
    bus: stampingCause(createEventBridgePublisher({ eventBusName })),
    engine: createSfnEngine(),
    mailer: createSesMailer(),
    fetch: (url, init) => fetch(url, init),
    llm: modelId
      ? {
          client: traceClient(new BedrockRuntimeClient({ ...AWS_RETRY })),
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
