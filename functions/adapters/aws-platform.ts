import { requireCommonJs } from '../shared/commonjs';
import { ENV } from '../shared/config';
import { getPlatform, type Platform, setPlatformFactory } from '../shared/platform';
import type { WorkflowEngine } from '../shared/ports';
import { publisherSdk, publisherVia } from './aws-bus';
import { createAwsPlatformWith, type PlatformAdapters } from './aws-platform-core';
import type { PutEventsVia } from './eventbridge-bus';
import { createKmsSecretBox, decryptsLean, type KmsVia, loadKmsSdk } from './kms-secrets';
import { createS3FileStore, type LeanS3, loadS3Sdk, storesLean } from './s3-files';
import { createSesMailer, loadSesSdk, mailsLean, type SendEmailVia } from './ses-mailer';

/**
 * The Platform of a deployed function, built from its environment (infra sets it). The table and the bus are
 * required: a function without them fails its cold start naming the variable. The rest is optional per function;
 * using an unconfigured one fails with the variable's name instead of a vague SDK error.
 *
 * Only DynamoDB's SDK is loaded by every function; each other service's SDK package is loaded when the function
 * first calls it (functions/adapters/lazy-sdk.ts), or at cold start for the ports a handler names in
 * startAwsFunction (its main path), so no function pays for clients it never uses.
 */

/**
 * Adapters only some functions carry, passed by their entry (startAwsFunction): each is kilobytes in every bundle
 * that imports it. `engine`: Step Functions (`createSfnEngine`, sfn-engine.ts with its history and logs readers), for
 * the functions that start, resume, stop or read executions; the others get a stand-in that says so. `putEvents`: the
 * lean PutEvents client (aws-lean/eventbridge.ts `leanPutEvents`, ~45 KB), for the functions whose main path
 * publishes; the others publish through @aws-sdk/client-eventbridge, loaded on first use.
 */
export interface FunctionAdapters {
  readonly engine?: () => WorkflowEngine;
  readonly putEvents?: PutEventsVia;
  /** The lean SendEmail client (aws-lean/send-email.ts `leanSendEmail`), for the functions whose main path mails. */
  readonly sendEmail?: SendEmailVia;
  /** The lean KMS client (aws-lean/kms-calls.ts `leanKms`), for the functions whose main path reads secrets. */
  readonly kms?: KmsVia;
  /** The lean S3 client (aws-lean/s3-calls.ts `leanS3`), for the functions whose main path reads or writes files. */
  readonly s3?: LeanS3;
}

const mailerVia =
  (lean: SendEmailVia | undefined): NonNullable<PlatformAdapters['mailer']> =>
  () =>
    createSesMailer(lean ? { lean } : {});

/** Every other adapter, which the functions started here all carry (aws-platform-core.ts for one that carries fewer). */
const ALL_ADAPTERS: PlatformAdapters = {
  bus: publisherVia(undefined),
  mailer: mailerVia(undefined),
  secrets: (keyId) => createKmsSecretBox(keyId),
  files: (bucket) => createS3FileStore(bucket),
};

let entryAdapters: FunctionAdapters = {};

export const createAwsPlatform = (
  env: NodeJS.ProcessEnv = process.env,
  adapters: FunctionAdapters = entryAdapters,
): Platform =>
  createAwsPlatformWith(
    {
      ...ALL_ADAPTERS,
      ...(adapters.engine ? { engine: adapters.engine } : {}),
      ...(adapters.putEvents ? { bus: publisherVia(adapters.putEvents) } : {}),
      ...(adapters.sendEmail ? { mailer: mailerVia(adapters.sendEmail) } : {}),
      ...(adapters.kms
        ? { secrets: (keyId: string) => createKmsSecretBox(keyId, undefined, adapters.kms) }
        : {}),
      ...(adapters.s3
        ? { files: (bucket: string) => createS3FileStore(bucket, undefined, adapters.s3) }
        : {}),
    },
    env,
  );

setPlatformFactory(() => createAwsPlatform());

/** Ports whose SDK package a handler may load at cold start (the services its main path calls). */
const SDK_OF = {
  // Nothing to load where the entry's lean PutEvents client serves (eventbridge-bus.ts publishesLean).
  bus: async () => publisherSdk(entryAdapters.putEvents)(),
  // The same package sfn-engine.ts loads on first use (Node's module cache makes it one load).
  engine: async () => requireCommonJs('@aws-sdk/client-sfn') as unknown,
  mailer: async () => (mailsLean(entryAdapters.sendEmail) ? undefined : loadSesSdk()),
  secrets: async () => (decryptsLean(entryAdapters.kms) ? undefined : loadKmsSdk()),
  files: async () =>
    storesLean(entryAdapters.s3, process.env[ENV.filesBucket] ?? '') ? undefined : loadS3Sdk(),
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
