import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_BUSINESS_HOURS } from '../../../statemachines/working-week';
import type { Database } from '../../shared/ports';
import type { Item } from '../platform-store';
import { type StoredSettings, settingsKey, type TenantSettings } from './schema';

/** The stored settings item of a tenant (`{}`: none saved), read consistently. */
export const loadStoredSettings = async (db: Database, tenantId: string): Promise<StoredSettings> => {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: settingsKey(tenantId), ConsistentRead: true }),
  );
  return (out.Item as StoredSettings | undefined) ?? {};
};

/** What callers see of a stored settings item: defaults filled in, secrets only masked. */
export const settingsView = (tenantId: string, s: StoredSettings): TenantSettings => ({
  tenantId,
  autoMode: s.autoMode ?? true,
  timezone: s.timezone ?? 'UTC',
  businessHours: s.businessHours ?? DEFAULT_BUSINESS_HOURS,
  holidays: s.holidays ?? [],
  team: s.team ?? [],
  httpAllowList: s.httpAllowList ?? [],
  integrations: {
    slack: s.slackWebhookUrlEnc
      ? { configured: true, webhookUrl: s.slackWebhookUrlMask ?? null }
      : { configured: false, webhookUrl: null },
    webhookSecrets: s.webhookSecretsMask ?? {},
  },
  webhookSecretConfigured: Boolean(s.webhookSecretEnc),
  version: s.version ?? 0,
  updatedAt: s.updatedAt ?? null,
});

/**
 * The settings' reads (no writes, no secrets): what createTenantSettings answers for them, for a function whose routes
 * only read the settings (the supervisor, the provisioner) and so need not carry the settings' validation,
 * encryption and saves.
 */
export const createSettingsReads = (deps: { readonly db: Database }) => ({
  async getTenantSettings(tenantId: string): Promise<TenantSettings> {
    return settingsView(tenantId, await loadStoredSettings(deps.db, tenantId));
  },

  /** The settings from the stored item (undefined: none saved), for a caller that read it in a batch. */
  settingsFromItem(tenantId: string, item: Item | undefined): TenantSettings {
    return settingsView(tenantId, (item as StoredSettings | undefined) ?? {});
  },
});
