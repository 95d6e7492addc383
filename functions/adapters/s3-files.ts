import type * as S3Sdk from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { requireCommonJs } from '../shared/commonjs';
import { traceClient } from '../shared/observability';
import type { FileStore } from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';
import { lazyClient, onFirstUse } from './lazy-sdk';

/** @aws-sdk/client-s3, loaded on first use (or preloaded at cold start). */
export const loadS3Sdk = onFirstUse(async () => requireCommonJs('@aws-sdk/client-s3') as typeof S3Sdk);

/** File contents in S3 (metadata lives in DynamoDB, functions/data/files.ts). Keys are tenant-prefixed by the caller. */
export const createS3FileStore = (bucket: string, client?: S3Client): FileStore => {
  const s3 = lazyClient(loadS3Sdk, (m) => traceClient(new m.S3Client({ ...AWS_RETRY })), client);
  return {
    async put(key, body, contentType) {
      await s3((m, c) =>
        c.send(
          new m.PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
            ContentType: contentType,
          }),
        ),
      );
    },
    async get(key) {
      try {
        const out = await s3((m, c) => c.send(new m.GetObjectCommand({ Bucket: bucket, Key: key })));
        return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'NoSuchKey' || name === 'NotFound') return undefined;
        throw error;
      }
    },
    async delete(key) {
      await s3((m, c) => c.send(new m.DeleteObjectCommand({ Bucket: bucket, Key: key })));
    },
  };
};
