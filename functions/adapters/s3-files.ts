import type * as S3Sdk from '@aws-sdk/client-s3';
import type {
  DeleteObjectCommandInput,
  GetObjectCommandInput,
  GetObjectCommandOutput,
  PutObjectCommandInput,
  S3Client,
} from '@aws-sdk/client-s3';
import { requireCommonJs } from '../shared/commonjs';
import { traceClient } from '../shared/observability';
import type { FileStore } from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';
import { type LeanEnvironment, leanAwsEnvironment } from './aws-lean/environment';
import { lazyClient, onFirstUse } from './lazy-sdk';

/** @aws-sdk/client-s3, loaded on first use (or preloaded at cold start). */
export const loadS3Sdk = onFirstUse(async () => requireCommonJs('@aws-sdk/client-s3') as typeof S3Sdk);

/** The S3 calls of the file store and the email ingest. */
export interface S3Calls {
  readonly putObject: (input: PutObjectCommandInput) => Promise<unknown>;
  readonly getObject: (input: GetObjectCommandInput) => Promise<Pick<GetObjectCommandOutput, 'Body'>>;
  readonly deleteObject: (input: DeleteObjectCommandInput) => Promise<unknown>;
}

/**
 * The object calls through another client than @aws-sdk/client-s3, for a resolved environment: the lean client
 * (aws-lean/s3-calls.ts leanS3, the same signed requests, checksums and errors as the stock client's), which an
 * entry whose main path reads or writes objects passes (startAwsFunction), so that its cold start need not load the
 * SDK package (~25 ms of CPU, the largest client package).
 */
export type S3Via = (environment: LeanEnvironment) => S3Calls;

/** The SDK's service id of S3, for its endpoint override variable (AWS_ENDPOINT_URL_S3). */
const S3_ENV_ID = 'S3';

/** S3 settings of the environment the lean client does not model (AWS_S3_*: us-east-1 legacy endpoint, ARN regions, …; checksum modes). */
const S3_SETTINGS = /^AWS_(S3_|REQUEST_CHECKSUM_CALCULATION$|RESPONSE_CHECKSUM_VALIDATION$)/;

/** The environment when the lean client resolves it as the stock S3 client would, else undefined. */
const s3Environment = (env: NodeJS.ProcessEnv): LeanEnvironment | undefined =>
  Object.keys(env).some((name) => S3_SETTINGS.test(name) && env[name])
    ? undefined
    : leanAwsEnvironment(S3_ENV_ID, env);

/** A lean S3 client and the bucket names it addresses (aws-lean/s3-calls.ts leanS3; others use the SDK package). */
export interface LeanS3 {
  readonly via: S3Via;
  readonly bucket: (bucket: string) => boolean;
}

/** Whether `lean` serves calls on `bucket` in this environment; if not, the stock SDK package does. */
export const storesLean = (
  lean: Pick<LeanS3, 'bucket'> | undefined,
  bucket: string,
  env: NodeJS.ProcessEnv = process.env,
): LeanEnvironment | undefined => (lean?.bucket(bucket) ? s3Environment(env) : undefined);

/** The object calls through the SDK package, loaded on first use (or through the client a test passes). */
const stockCalls = (client?: S3Client): S3Calls => {
  const s3 = lazyClient(loadS3Sdk, (m) => traceClient(new m.S3Client({ ...AWS_RETRY })), client);
  return {
    putObject: (input) => s3((m, c) => c.send(new m.PutObjectCommand(input))),
    getObject: (input) => s3((m, c) => c.send(new m.GetObjectCommand(input))),
    deleteObject: (input) => s3((m, c) => c.send(new m.DeleteObjectCommand(input))),
  };
};

/** The object calls on `bucket`: lean where it serves, else through the SDK package (or the client a test passes). */
export const s3CallsFor = (bucket: string, client?: S3Client, lean?: LeanS3): S3Calls => {
  const environment = client ? undefined : storesLean(lean, bucket);
  return lean && environment ? lean.via(environment) : stockCalls(client);
};

/** The file store's put, get and delete over one bucket's object calls. */
const fileStoreOver = (bucket: string, s3: S3Calls): FileStore => {
  return {
    async put(key, body, contentType) {
      await s3.putObject({
        Bucket: bucket,
        Key: key,
        Body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
        ContentType: contentType,
      });
    },
    async get(key) {
      try {
        const out = await s3.getObject({ Bucket: bucket, Key: key });
        return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'NoSuchKey' || name === 'NotFound') return undefined;
        throw error;
      }
    },
    async delete(key) {
      await s3.deleteObject({ Bucket: bucket, Key: key });
    },
  };
};

/** File contents in S3 (metadata lives in DynamoDB, functions/data/files.ts). Keys are tenant-prefixed by the caller. */
export const createS3FileStore = (bucket: string, client?: S3Client, lean?: LeanS3): FileStore =>
  fileStoreOver(bucket, s3CallsFor(bucket, client, lean));

/**
 * The file store through the SDK package alone, loaded on its first call: for a function that calls S3 rarely and
 * carries no lean client (api-dry-run reads an item file only for a forEach over one), so its bundle need not carry
 * the lean client's environment resolution either.
 */
export const createSdkS3FileStore = (bucket: string): FileStore => fileStoreOver(bucket, stockCalls());
