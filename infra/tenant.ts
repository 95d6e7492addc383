/**
 * Creates a tenant's first credentials on a deployed stage: an API key for machine clients and the webhook
 * signing secret. Each plaintext is printed once; only a hash (API key) or KMS ciphertext (secret) is stored.
 *
 *   npx tsx infra/tenant.ts --tenant acme --table <TableName output> --secrets-key <SecretsKeyArn output>
 *
 * People sign in through Cognito instead: see docs/deploy.md ("First tenant").
 */
import { parseArgs } from 'node:util';
import { createKmsSecretBox } from '../functions/adapters/kms-secrets';
import { createDocumentClient } from '../functions/data/client';
import { createTenantRepository } from '../functions/data/tenants';
import { type Clock, type Database, type SecretBox, systemClock } from '../functions/shared/ports';

export const TENANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface TenantCredentials {
  readonly tenantId: string;
  readonly apiKey: string;
  readonly apiKeyId: string;
  /** Present when a webhook secret was created (not with `webhookSecret: false`). */
  readonly webhookSecret?: string;
}

export const createTenantCredentials = async (
  deps: { db: Database; secrets: SecretBox; clock?: Clock },
  options: { tenantId: string; keyName?: string; webhookSecret?: boolean },
): Promise<TenantCredentials> => {
  if (!TENANT_ID.test(options.tenantId)) {
    throw new Error(`Invalid tenant id "${options.tenantId}": 1-64 letters, digits, "-" or "_"`);
  }
  const tenants = createTenantRepository({
    db: deps.db,
    secrets: deps.secrets,
    clock: deps.clock ?? systemClock,
  });
  const key = await tenants.createApiKey(options.tenantId, options.keyName ?? 'first key');
  const webhookSecret =
    options.webhookSecret === false ? undefined : await tenants.setWebhookSecret(options.tenantId);
  return {
    tenantId: options.tenantId,
    apiKey: key.key,
    apiKeyId: key.keyId,
    ...(webhookSecret ? { webhookSecret } : {}),
  };
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      table: { type: 'string' },
      'secrets-key': { type: 'string' },
      'key-name': { type: 'string' },
      'no-webhook-secret': { type: 'boolean' },
    },
  });
  const tenantId = values.tenant;
  const tableName = values.table;
  const keyArn = values['secrets-key'];
  if (!tenantId || !tableName || !keyArn) {
    console.error(
      'usage: npx tsx infra/tenant.ts --tenant ID --table TABLE --secrets-key KEY_ARN [--key-name NAME]',
    );
    process.exitCode = 2;
    return;
  }
  const credentials = await createTenantCredentials(
    { db: { doc: createDocumentClient(), tableName }, secrets: createKmsSecretBox(keyArn) },
    {
      tenantId,
      ...(values['key-name'] ? { keyName: values['key-name'] } : {}),
      webhookSecret: !values['no-webhook-secret'],
    },
  );
  console.log(JSON.stringify(credentials, null, 2));
  console.error('Store these now: they are not shown again.');
};

if (import.meta.url === `file://${process.argv[1]}`) await main();
