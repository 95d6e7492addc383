import { describe, expect, it } from 'vitest';
import * as LeanGet from '../../functions/adapters/aws-lean/s3';
import { leanS3 } from '../../functions/adapters/aws-lean/s3-calls';

import * as LeanWrites from '../../functions/adapters/aws-lean/s3-writes';
import { createS3FileStore, type LeanS3, storesLean } from '../../functions/adapters/s3-files';
import { AWS_RETRY } from '../../functions/shared/retry';
import { wireComparison } from '../support/aws-lean-wire';

/**
 * Which S3 client the file store and the email ingest use (the lean one only where it resolves as the stock client
 * would; test/unit/aws-lean-s3.test.ts proves it sends the same), and the file store on the lean client.
 */
const BUCKET = 'dynaris-files-111122223333-eu-west-1';

wireComparison();

describe('which S3 client the file store and the email ingest use', () => {
  const lambda = { AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK' };

  it('GIVEN a Lambda environment and a bucket the lean client addresses WHEN chosen THEN lean; any S3 setting, checksum mode, endpoint override, FIPS or other bucket name THEN the SDK package', () => {
    expect(storesLean(leanS3, BUCKET, lambda)).toStrictEqual({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
    });
    expect(storesLean(undefined, BUCKET, lambda)).toBeUndefined();
    expect(storesLean(leanS3, 'my.bucket', lambda)).toBeUndefined();
    for (const setting of [
      { AWS_S3_US_EAST_1_REGIONAL_ENDPOINT: 'legacy' },
      { AWS_S3_USE_ARN_REGION: 'true' },
      { AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS: 'true' },
      { AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED' },
      { AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED' },
      { AWS_ENDPOINT_URL_S3: 'http://localhost:4566' },
      { AWS_USE_FIPS_ENDPOINT: 'true' },
      { AWS_USE_DUALSTACK_ENDPOINT: 'true' },
      { AWS_PROFILE: 'dev' },
    ]) {
      expect(storesLean(leanS3, BUCKET, { ...lambda, ...setting }), JSON.stringify(setting)).toBeUndefined();
    }
  });

  it('GIVEN the file store on the lean client WHEN it puts, reads, misses and deletes a file THEN the bytes round-trip and a missing file is undefined, as with the stock client', async () => {
    Object.assign(process.env, lambda);
    const objects = new Map<string, Buffer>();
    const handler = {
      async handle(request: { method: string; path: string; body?: Uint8Array }) {
        const { Readable } = await import('node:stream');
        const answer = (statusCode: number, body: Buffer | string = '') => ({
          response: { statusCode, headers: {}, body: Readable.from([Buffer.from(body)]) },
        });
        if (request.method === 'PUT') objects.set(request.path, Buffer.from(request.body ?? ''));
        if (request.method === 'DELETE') objects.delete(request.path);
        if (request.method !== 'GET') return answer(200);
        const found = objects.get(request.path);
        return found
          ? answer(200, found)
          : answer(404, '<Error><Code>NoSuchKey</Code><Message>gone</Message></Error>');
      },
    };
    const recording: LeanS3 = {
      bucket: LeanGet.leanS3Bucket,
      via: (environment) => {
        const client = new LeanGet.S3Client({
          ...environment,
          ...AWS_RETRY,
          requestHandler: handler as never,
        });
        return {
          putObject: (input) => client.run(new LeanWrites.PutObjectCommand(input)),
          getObject: (input) => client.run(new LeanGet.GetObjectCommand(input)),
          deleteObject: (input) => client.run(new LeanWrites.DeleteObjectCommand(input)),
        };
      },
    };
    const store = createS3FileStore(BUCKET, undefined, recording);
    await store.put('t-1/a b.txt', 'héllo', 'text/plain');
    expect(Buffer.from((await store.get('t-1/a b.txt')) ?? []).toString('utf8')).toBe('héllo');
    await store.delete('t-1/a b.txt');
    expect(await store.get('t-1/a b.txt')).toBeUndefined();
  });
});
