import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../../functions/adapters/local-secrets';
import { hashApiKey } from '../../../functions/api/middleware/auth';
import { createDocumentClient } from '../../../functions/data/client';
import { createTenantRepository } from '../../../functions/data/tenants';
import { rememberApiKeys, withRememberedApiKeys } from '../../../infra/local/api-key-cache';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

const clock = { now: () => new Date() };
const secrets = createLocalSecretBox(generateSecretsKey());

describe('the local runtime remembers API keys until a write could change one', () => {
  let db: TestDatabase;
  let repository: ReturnType<typeof createTenantRepository>;
  const queries = () => db.dynalite.stats().requests.Query ?? 0;

  beforeAll(async () => {
    db = await startTestDatabase();
    repository = createTenantRepository({ db, clock, secrets });
  });
  afterAll(async () => {
    await db.close();
  });

  const newKey = async (tenantId: string) => {
    const key = await repository.createApiKey(tenantId, 'test');
    return { ...key, hash: hashApiKey(key.key) };
  };

  it('GIVEN a key found once WHEN it is presented again THEN it is answered without a store query', async () => {
    const remembered = withRememberedApiKeys(repository, db.dynalite.watchWrites);
    const key = await newKey('t-remember');
    expect(await remembered.findApiKey(key.hash)).toStrictEqual({ tenantId: 't-remember', keyId: key.keyId });
    const before = queries();
    expect(await remembered.findApiKey(key.hash)).toStrictEqual({ tenantId: 't-remember', keyId: key.keyId });
    expect(queries()).toBe(before);
    expect(await remembered.listApiKeys('t-remember')).toMatchObject({ items: [{ keyId: key.keyId }] });
  });

  it('GIVEN a remembered key WHEN another repository revokes it THEN the next request after the revocation is refused', async () => {
    const remembered = rememberApiKeys(repository, db.dynalite.watchWrites);
    const key = await newKey('t-revoke');
    expect(await remembered.findApiKey(key.hash)).toBeDefined();
    const other = createTenantRepository({ db, clock, secrets });
    await other.revokeApiKey('t-revoke', key.keyId);
    expect(await remembered.findApiKey(key.hash)).toBeUndefined();
  });

  it('GIVEN a remembered key WHEN it is deleted over the store HTTP endpoint THEN it is refused at once', async () => {
    const remembered = rememberApiKeys(repository, db.dynalite.watchWrites);
    const key = await newKey('t-http');
    expect(await remembered.findApiKey(key.hash)).toBeDefined();
    const overHttp = createDocumentClient({
      client: new DynamoDBClient({
        endpoint: db.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
        maxAttempts: 1,
      }),
    });
    try {
      await createTenantRepository({ db: { ...db, doc: overHttp }, clock, secrets: secrets }).deleteApiKey(
        't-http',
        key.keyId,
      );
    } finally {
      overHttp.destroy();
    }
    expect(await remembered.findApiKey(key.hash)).toBeUndefined();
  });

  it('GIVEN a lookup that a revocation overtakes WHEN it answers THEN its answer is not remembered', async () => {
    const key = await newKey('t-race');
    const racing = rememberApiKeys(
      {
        async findApiKey(hash) {
          const found = await repository.findApiKey(hash);
          await repository.revokeApiKey('t-race', key.keyId);
          return found;
        },
      },
      db.dynalite.watchWrites,
    );
    expect(await racing.findApiKey(key.hash)).toBeDefined();
    const before = queries();
    await racing.findApiKey(key.hash);
    expect(queries()).toBe(before + 1);
  });

  it('GIVEN an unknown key WHEN it is created after a refused lookup THEN it is found (refusals are not remembered)', async () => {
    const remembered = rememberApiKeys(repository, db.dynalite.watchWrites);
    const key = await repository.importApiKey('t-late', 'late', 'dyn_late_key_chosen_by_an_operator_0001');
    const hash = hashApiKey('dyn_late_key_chosen_by_an_operator_0002');
    expect(await remembered.findApiKey(hash)).toBeUndefined();
    await repository.importApiKey('t-late', 'late 2', 'dyn_late_key_chosen_by_an_operator_0002');
    expect(await remembered.findApiKey(hash)).toMatchObject({ tenantId: 't-late' });
    expect(key.keyId).toBeTruthy();
  });
});
