import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../functions/adapters/local-secrets';
import { hashApiKey } from '../../functions/api/middleware/auth';
import { createTenantRepository } from '../../functions/data/tenants';
import { systemClock } from '../../functions/shared/ports';
import { createTenantCredentials } from '../../infra/tenant';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';

let db: TestDatabase;
const secrets = createLocalSecretBox(generateSecretsKey());

beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('first tenant credentials', () => {
  it('GIVEN a new tenant WHEN its credentials are created THEN the API key authenticates as that tenant and the webhook secret is stored encrypted', async () => {
    const created = await createTenantCredentials({ db, secrets }, { tenantId: 'acme', keyName: 'ci' });
    const tenants = createTenantRepository({ db, secrets, clock: systemClock });
    expect(await tenants.findApiKey(hashApiKey(created.apiKey))).toEqual({
      tenantId: 'acme',
      keyId: created.apiKeyId,
    });
    expect(created.webhookSecret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(await tenants.getWebhookSecret('acme')).toBe(created.webhookSecret);
    const stored = JSON.stringify((await db.doc.send(new ScanCommand({ TableName: db.tableName }))).Items);
    expect(stored).not.toContain(created.apiKey);
    expect(stored).not.toContain(created.webhookSecret);
  });

  it('GIVEN two runs for one tenant WHEN keys are created THEN both work and differ', async () => {
    const a = await createTenantCredentials({ db, secrets }, { tenantId: 'beta', webhookSecret: false });
    const b = await createTenantCredentials({ db, secrets }, { tenantId: 'beta', webhookSecret: false });
    expect(a.apiKey).not.toBe(b.apiKey);
    expect(a.webhookSecret).toBeUndefined();
    const tenants = createTenantRepository({ db, secrets, clock: systemClock });
    expect((await tenants.findApiKey(hashApiKey(b.apiKey)))?.tenantId).toBe('beta');
  });

  it('GIVEN an invalid tenant id WHEN creating credentials THEN it is refused before anything is written', async () => {
    await expect(createTenantCredentials({ db, secrets }, { tenantId: 'no spaces' })).rejects.toThrow(
      /Invalid tenant id "no spaces"/,
    );
  });
});
