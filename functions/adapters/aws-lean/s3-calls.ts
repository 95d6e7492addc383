import { traceClient } from '../../shared/observability';
import { AWS_RETRY } from '../../shared/retry';
import { onFirstUse } from '../lazy-sdk';
import type { LeanS3 } from '../s3-files';
import { GetObjectCommand, leanS3Bucket, S3Client } from './s3';
import { DeleteObjectCommand, PutObjectCommand } from './s3-writes';

/**
 * The file store's object calls through the lean S3 client (traced like every SDK client), for the environment and
 * the buckets it serves. An entry whose main path reads or writes files passes it to startAwsFunction.
 */
export const leanS3: LeanS3 = {
  bucket: leanS3Bucket,
  via: (environment) => {
    const client = onFirstUse(async () => traceClient(new S3Client({ ...environment, ...AWS_RETRY })));
    return {
      putObject: async (input) => (await client()).run(new PutObjectCommand(input)),
      getObject: async (input) => (await client()).run(new GetObjectCommand(input)),
      deleteObject: async (input) => (await client()).run(new DeleteObjectCommand(input)),
    };
  },
};
