import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { createLocalInvoker } from '../../../infra/local/invoker';
import { memoryFileStore } from '../../support/memory-files';

/** The Step Functions S3 integrations a Distributed Map uses (ItemReader, ResultWriter), served by the file store. */
describe('local S3 integrations of the engine', () => {
  const store = memoryFileStore();
  const invoke = createLocalInvoker({
    functions: new Map(),
    dynamodb: {} as DynamoDBClient,
    bus: { publish: async () => {} },
    files: { bucket: 'dynaris-local-files', store },
  });
  const call = (resource: string, payload: Record<string, unknown>) =>
    invoke({ kind: 'service', resource, payload, executionArn: 'arn:x', stateName: 'Each', attempt: 0 });

  it('GIVEN an object written with s3:putObject WHEN read with s3:getObject THEN its body comes back as text', async () => {
    await call('arn:aws:states:::s3:putObject', {
      Bucket: 'dynaris-local-files',
      Key: 'a.jsonl',
      Body: '{"n":1}',
    });
    await expect(
      call('arn:aws:states:::s3:getObject', { Bucket: 'dynaris-local-files', Key: 'a.jsonl' }),
    ).resolves.toStrictEqual({ Body: '{"n":1}' });
  });

  it('GIVEN another bucket or a missing key WHEN read THEN S3.NoSuchBucketException or S3.NoSuchKeyException (Step Functions names SDK errors Service.ErrorName, always with the Exception suffix)', async () => {
    await expect(call('arn:aws:states:::s3:getObject', { Bucket: 'other', Key: 'a' })).rejects.toMatchObject({
      name: 'S3.NoSuchBucketException',
    });
    await expect(
      call('arn:aws:states:::s3:getObject', { Bucket: 'dynaris-local-files', Key: 'missing' }),
    ).rejects.toMatchObject({ name: 'S3.NoSuchKeyException' });
  });
});
