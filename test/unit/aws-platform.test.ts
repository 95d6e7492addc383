import { describe, expect, it } from 'vitest';
import { createAwsPlatform } from '../../functions/adapters/aws-platform';
import { createAwsPlatformWith } from '../../functions/adapters/aws-platform-core';
import { createSfnEngine } from '../../functions/adapters/sfn-engine';

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

describe('the adapters only some functions carry', () => {
  it('GIVEN an entry that passes no Step Functions adapter WHEN the engine is called THEN it fails saying so', async () => {
    const platform = createAwsPlatform(ENV, {});
    await expect(async () => platform.engine.describeExecution('arn:x')).rejects.toThrow(
      'This function has no Step Functions adapter',
    );
  });

  it('GIVEN an entry that passes the Step Functions adapter WHEN the platform is built THEN its engine is that adapter', () => {
    const engine = createSfnEngine();
    expect(createAwsPlatform(ENV, { engine: () => engine }).engine).toBe(engine);
  });
});

describe('a function started with only the adapters it uses', () => {
  it('GIVEN no bus, mail, secrets or files adapter WHEN those ports are used THEN each fails naming the missing adapter', async () => {
    const platform = createAwsPlatformWith({}, ENV);
    await expect(async () => platform.bus.publish([])).rejects.toThrow(
      'This function has no EventBridge adapter',
    );
    await expect(async () =>
      platform.mailer.send({
        tenantId: 't',
        from: 'a@example.com',
        to: ['b@example.com'],
        subject: 's',
        text: 't',
      } as never),
    ).rejects.toThrow('This function has no SES mail adapter');
    await expect(async () => platform.secrets.decrypt('x', 't1')).rejects.toThrow(
      'This function has no KMS secrets adapter',
    );
    await expect(async () => platform.files.get('x')).rejects.toThrow(
      'This function has no S3 files adapter',
    );
    expect(platform.llm?.modelId).toBe('anthropic.claude-test');
  });

  it('GIVEN a files adapter WHEN the platform is built THEN files is that adapter over the bucket, the other ports stand-ins', () => {
    const store = { put: async () => {}, get: async () => undefined, delete: async () => {} };
    const buckets: string[] = [];
    const platform = createAwsPlatformWith(
      {
        files: (bucket) => {
          buckets.push(bucket);
          return store;
        },
      },
      ENV,
    );
    expect(platform.files).toBe(store);
    expect(buckets).toStrictEqual(['dynaris-dev-files']);
  });

  it('GIVEN a deployed environment WHEN the api-dry-run or api-assistant entry loads THEN getPlatform() builds the AWS platform without a bus', async () => {
    const { spawnSync } = await import('node:child_process');
    for (const entry of ['functions/api/dry-run-handler.ts', 'functions/api/assistant-handler.ts']) {
      const script = `
        const { getPlatform } = await import('./functions/shared/platform.ts');
        await import('./${entry}');
        const bus = await getPlatform().bus.publish([]).then(() => 'published', (e) => e.message);
        console.log(getPlatform().mode, getPlatform().db.tableName, bus);`;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { ...process.env, ...ENV, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      });
      expect(run.stderr, entry).toBe('');
      expect(run.stdout.trim(), entry).toMatch(/^aws dynaris-dev This function has no EventBridge adapter/);
    }
  });
});

describe('every Lambda entry point', () => {
  it('GIVEN a deployed environment WHEN a handler module loads THEN getPlatform() builds the AWS platform', async () => {
    const { spawnSync } = await import('node:child_process');
    const { readdirSync } = await import('node:fs');
    const entries = readdirSync('functions', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('/handler.ts'))
      .map((f) => `functions/${f}`)
      .sort();
    expect(entries.length).toBeGreaterThanOrEqual(15);
    const script = `
      const { getPlatform } = await import('./functions/shared/platform.ts');
      for (const entry of ${JSON.stringify(entries)}) {
        await import('./' + entry);
      }
      console.log(getPlatform().mode, getPlatform().db.tableName);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, ...ENV, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('aws dynaris-dev');
  });
});

describe('the SDK packages a deployed function loads at cold start', () => {
  /** Imports `entry` as a Lambda cold start does and lists the @aws-sdk client packages then in memory. */
  const loadedAtColdStart = async (entry: string, extra: Record<string, string> = {}): Promise<string[]> => {
    const { spawnSync } = await import('node:child_process');
    const script = `
      const { createRequire } = await import('node:module');
      await import('./${entry}');
      const cache = createRequire(import.meta.url)('module')._cache;
      const names = Object.keys(cache).map((k) => /@aws-sdk\\/(client-[a-z0-9-]+)\\//.exec(k)?.[1]).filter(Boolean);
      console.log(JSON.stringify([...new Set(names)].sort()));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: {
        ...process.env,
        ...ENV,
        ...extra,
        AWS_LAMBDA_FUNCTION_NAME: 'dynaris-test',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as string[];
  };

  it('GIVEN the dispatcher WHEN it cold-starts THEN it loads DynamoDB and Step Functions and nothing else', async () => {
    expect(await loadedAtColdStart('functions/dispatcher/handler.ts')).toStrictEqual([
      'client-dynamodb',
      'client-sfn',
    ]);
  });

  it('GIVEN the email agent WHEN it cold-starts THEN it loads DynamoDB, EventBridge and SES, not Bedrock, KMS, S3 or Step Functions', async () => {
    expect(await loadedAtColdStart('functions/agents/email/handler.ts')).toStrictEqual([
      'client-dynamodb',
      'client-eventbridge',
      'client-sesv2',
    ]);
  });

  it('GIVEN the files agent and the email ingest WHEN they cold-start with Lambda’s credentials THEN they load DynamoDB only (lean S3 and EventBridge clients); with a setting the lean client does not model, the S3 package', async () => {
    const lambda = {
      AWS_ACCESS_KEY_ID: 'AK',
      AWS_SECRET_ACCESS_KEY: 'SK',
      INBOUND_EMAIL_BUCKET: 'dynaris-dev-inbound',
    };
    for (const entry of ['functions/agents/files/handler.ts', 'functions/email/handler.ts']) {
      expect(await loadedAtColdStart(entry, lambda), entry).toStrictEqual(['client-dynamodb']);
      expect(
        await loadedAtColdStart(entry, { ...lambda, AWS_S3_US_EAST_1_REGIONAL_ENDPOINT: 'legacy' }),
        entry,
      ).toStrictEqual(['client-dynamodb', 'client-s3']);
    }
  });

  it('GIVEN the api function (core routes) WHEN it cold-starts THEN it loads DynamoDB only: none of its routes publishes on the bus', async () => {
    expect(await loadedAtColdStart('functions/api/handler.ts')).toStrictEqual(['client-dynamodb']);
  });

  it('GIVEN the correlator WHEN it cold-starts THEN it loads DynamoDB only: Step Functions waits for the first event that resumes a wait', async () => {
    expect(await loadedAtColdStart('functions/correlator/handler.ts')).toStrictEqual(['client-dynamodb']);
  });

  it('GIVEN api-dry-run WHEN it cold-starts THEN it loads DynamoDB only: S3 waits for the first dry run that reads an item file', async () => {
    // From source the engine imports aws-local-stepfunctions, which loads client-lambda; the deployed bundle replaces it
    // by the engine's stand-in (FUNCTION_BUNDLE_ALIASES), so only client-s3's absence is this entry's doing.
    const loaded = await loadedAtColdStart('functions/api/dry-run-handler.ts');
    expect(loaded.filter((name) => name !== 'client-lambda')).toStrictEqual(['client-dynamodb']);
  });

  it('GIVEN the provisioner WHEN it cold-starts with Lambda’s credentials THEN it loads DynamoDB only (its state-machine and schedule calls on the lean Step Functions and Scheduler clients), not EventBridge: only enabling an event- or webhook-triggered workflow checks the dispatch rules; with an endpoint a lean client does not model, that service’s package too', async () => {
    const lambda = { AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK' };
    expect(await loadedAtColdStart('functions/provisioner/handler.ts', lambda)).toStrictEqual([
      'client-dynamodb',
    ]);
    expect(
      await loadedAtColdStart('functions/provisioner/handler.ts', {
        ...lambda,
        AWS_ENDPOINT_URL_SFN: 'http://localhost:4566',
      }),
    ).toStrictEqual(['client-dynamodb', 'client-sfn']);
    expect(
      await loadedAtColdStart('functions/provisioner/handler.ts', {
        ...lambda,
        AWS_ENDPOINT_URL_SCHEDULER: 'http://localhost:4566',
      }),
    ).toStrictEqual(['client-dynamodb', 'client-scheduler']);
  });

  it('GIVEN the supervisor WHEN it cold-starts THEN it loads at most DynamoDB and EventBridge (the package only where the lean PutEvents client does not serve): no SES, KMS, S3 or Step Functions', async () => {
    const loaded = await loadedAtColdStart('functions/supervisor/handler.ts');
    expect(loaded.filter((p) => p !== 'client-eventbridge')).toStrictEqual(['client-dynamodb']);
  });

  it('GIVEN a handler imported outside Lambda (tests, the local runtime) WHEN loaded THEN no SDK package is preloaded', async () => {
    const { spawnSync } = await import('node:child_process');
    const script = `
      const { createRequire } = await import('node:module');
      await import('./functions/agents/email/handler.ts');
      const cache = createRequire(import.meta.url)('module')._cache;
      console.log(Object.keys(cache).some((k) => k.includes('@aws-sdk/client-sesv2/')));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, ...ENV, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    expect(run.stdout.trim()).toBe('false');
  });
});
