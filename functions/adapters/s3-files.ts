import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { traceClient } from '../shared/observability';
import type { FileStore } from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';

/** File contents in S3 (metadata lives in DynamoDB, functions/data/files.ts). Keys are tenant-prefixed by the caller. */
export const createS3FileStore = (
  bucket: string,
  client: S3Client = traceClient(new S3Client({ ...AWS_RETRY })),
): FileStore => ({
  async put(key, body, contentType) {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
        ContentType: contentType,
      }),
    );
  },
  async get(key) {
    try {
      const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'NoSuchKey' || name === 'NotFound') return undefined;
      throw error;
    }
  },
  async delete(key) {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  },
});
