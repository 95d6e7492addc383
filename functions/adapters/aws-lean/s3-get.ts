import { traceClient } from '../../shared/observability';
import { AWS_RETRY } from '../../shared/retry';
import { onFirstUse } from '../lazy-sdk';
import type { LeanS3Get } from '../s3-files';
import { GetObjectCommand, leanS3Bucket, S3Client } from './s3';

/** GetObject alone through the lean S3 client, for the email ingest (it reads the raw message; it writes nothing). */
export const leanS3Get: LeanS3Get = {
  bucket: leanS3Bucket,
  via: (environment) => {
    const client = onFirstUse(async () => traceClient(new S3Client({ ...environment, ...AWS_RETRY })));
    return async (input) => (await client()).run(new GetObjectCommand(input));
  },
};
