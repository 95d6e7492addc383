import { describe, expect, it } from 'vitest';
import { createAwsPlatform } from '../../functions/adapters/aws-platform';

const ENV = {
  TABLE_NAME: 'dynaris-dev',
  EVENT_BUS_NAME: 'dynaris-dev-bus',
  FILES_BUCKET: 'dynaris-dev-files',
  SECRETS_KEY_ID: 'arn:aws:kms:us-east-1:000000000000:key/abc',
  BEDROCK_MODEL_ID: 'anthropic.claude-test',
  FROM_ADDRESS: 'hello@example.com',
  AWS_REGION: 'us-east-1',
};

describe('the AWS platform built at cold start', () => {
  it('GIVEN the environment infra sets WHEN built THEN the table, bus, model and sender come from it', () => {
    const platform = createAwsPlatform(ENV);
    expect(platform.mode).toBe('aws');
    expect(platform.db.tableName).toBe('dynaris-dev');
    expect(platform.llm?.modelId).toBe('anthropic.claude-test');
    expect(platform.fromAddress).toBe('hello@example.com');
  });

  it('GIVEN no table or bus WHEN built THEN the cold start fails naming both variables', () => {
    expect(() => createAwsPlatform({ AWS_REGION: 'us-east-1' })).toThrow(
      'Missing environment variables: TABLE_NAME, EVENT_BUS_NAME',
    );
  });

  it('GIVEN no bucket, key or model WHEN they are used THEN the error names the missing variable', async () => {
    const platform = createAwsPlatform({ TABLE_NAME: 't', EVENT_BUS_NAME: 'b', AWS_REGION: 'us-east-1' });
    expect(platform.llm).toBeUndefined();
    await expect(async () => platform.files.get('x')).rejects.toThrow('FILES_BUCKET is not set');
    await expect(async () => platform.secrets.encrypt('s', 't1')).rejects.toThrow(
      'SECRETS_KEY_ID is not set',
    );
  });
});
