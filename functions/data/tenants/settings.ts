import { randomBytes } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { BadRequestError, ConflictError } from '../../shared/errors';
import { POLICIES, retry } from '../../shared/retry';
import { type Item, isConditionFailure } from '../platform-store';
import {
  maskSecret,
  maskUrl,
  PROVIDER_SOURCES,
  type StoredSettings,
  settingsKey,
  type TenantRepositoryDeps,
  type TenantSettings,
  TenantSettingsPatch,
  type WebhookSourceSecret,
  webhookSecretSetting,
} from './schema';
import { createSettingsReads, loadStoredSettings, settingsView } from './settings-reads';

/** A concurrent save lost the version check: re-read and apply again (POLICIES.versionConflict). */
const retrySaves = <T>(attempt: () => Promise<T>): Promise<T> =>
  retry(attempt, POLICIES.versionConflict, { retryOn: (error) => error instanceof ConflictError });

/** The tenant's settings item: Auto Mode, time zone, business hours, team, allow-list, encrypted secrets. */
export const createTenantSettings = (deps: TenantRepositoryDeps) => {
  const { db, secrets, clock } = deps;

  const load = (tenantId: string): Promise<StoredSettings> => loadStoredSettings(db, tenantId);
  const view = settingsView;

  /** Writes the whole settings item iff nobody saved in between (version check). */
  const save = async (
    tenantId: string,
    current: StoredSettings,
    next: StoredSettings,
  ): Promise<StoredSettings> => {
    const version = current.version ?? 0;
    const item: Item = {
      ...settingsKey(tenantId),
      type: 'tenant',
      tenantId,
      ...next,
      version: version + 1,
      updatedAt: clock.now().toISOString(),
    };
    for (const k of Object.keys(item)) if (item[k] === undefined) delete item[k];
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: item,
          ConditionExpression: version === 0 ? 'attribute_not_exists(pk)' : '#v = :v',
          ...(version === 0
            ? {}
            : {
                ExpressionAttributeNames: { '#v': 'version' },
                ExpressionAttributeValues: { ':v': version },
              }),
        }),
      );
    } catch (error) {
      if (isConditionFailure(error))
        throw new ConflictError('The tenant settings were changed concurrently; reload and retry');
      throw error;
    }
    return item as StoredSettings;
  };

  const checkIntegrationUrl = (url: string): void => {
    if (!deps.allowInsecureIntegrationUrls && !url.startsWith('https://')) {
      throw new BadRequestError('Integration URLs must use https', [
        { path: 'integrations.slackWebhookUrl', message: 'must use https' },
      ]);
    }
  };

  return {
    ...createSettingsReads({ db }),

    /** Applies a partial change; `expectedVersion` (from a previous read) turns a concurrent edit into a 409. */
    async updateSettings(
      tenantId: string,
      patchInput: unknown,
      expectedVersion?: number,
    ): Promise<TenantSettings> {
      const parsed = TenantSettingsPatch().safeParse(patchInput);
      if (!parsed.success) {
        throw new BadRequestError(
          'Invalid tenant settings',
          parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      }
      const patch = parsed.data;
      const slackUrl = patch.integrations?.slackWebhookUrl;
      if (slackUrl) checkIntegrationUrl(slackUrl);
      // Without expectedVersion a concurrent save is merged by re-reading (fields not in the patch are kept);
      // with it, the caller asked to lose to any other save.
      const apply = async (): Promise<TenantSettings> => {
        const current = await load(tenantId);
        if (expectedVersion !== undefined && expectedVersion !== (current.version ?? 0)) {
          throw new ConflictError(`Settings are at version ${current.version ?? 0}, not ${expectedVersion}`);
        }
        const next: StoredSettings = { ...current };
        if (patch.autoMode !== undefined) next.autoMode = patch.autoMode;
        if (patch.timezone !== undefined) next.timezone = patch.timezone;
        if (patch.businessHours !== undefined) next.businessHours = patch.businessHours;
        if (patch.holidays !== undefined) next.holidays = [...patch.holidays].sort();
        if (patch.team !== undefined) next.team = patch.team;
        if (patch.httpAllowList !== undefined) next.httpAllowList = patch.httpAllowList;
        if (slackUrl === null) {
          delete next.slackWebhookUrlEnc;
          delete next.slackWebhookUrlMask;
        } else if (slackUrl !== undefined) {
          next.slackWebhookUrlEnc = await secrets.encrypt(slackUrl, tenantId);
          next.slackWebhookUrlMask = maskUrl(slackUrl);
        }
        const sourceSecrets = patch.integrations?.webhookSecrets;
        if (sourceSecrets) {
          const enc = { ...(current.webhookSecretsEnc ?? {}) };
          const mask = { ...(current.webhookSecretsMask ?? {}) };
          for (const [source, setting] of Object.entries(sourceSecrets)) {
            if (setting === null) {
              delete enc[source];
              delete mask[source];
              continue;
            }
            enc[source] = await secrets.encrypt(JSON.stringify(setting), tenantId);
            mask[source] =
              typeof setting === 'string'
                ? maskSecret(setting)
                : { ...setting, secret: maskSecret(setting.secret) };
          }
          next.webhookSecretsEnc = enc;
          next.webhookSecretsMask = mask;
        }
        return view(tenantId, await save(tenantId, current, next));
      };
      return expectedVersion === undefined ? retrySaves(apply) : apply();
    },

    /** The decrypted Slack incoming-webhook URL, for the notify agent only. Never log it. */
    async getSlackWebhookUrl(tenantId: string): Promise<string | undefined> {
      const s = await load(tenantId);
      return s.slackWebhookUrlEnc ? secrets.decrypt(s.slackWebhookUrlEnc, tenantId) : undefined;
    },

    /** The settings and the decrypted Slack URL from one read of the settings item (the notify agent). */
    async getTenantSettingsWithSlack(
      tenantId: string,
    ): Promise<{ settings: TenantSettings; slackWebhookUrl: string | undefined }> {
      const s = await load(tenantId);
      return {
        settings: view(tenantId, s),
        slackWebhookUrl: s.slackWebhookUrlEnc
          ? await secrets.decrypt(s.slackWebhookUrlEnc, tenantId)
          : undefined,
      };
    },

    async getWebhookSecret(tenantId: string): Promise<string | undefined> {
      const s = await load(tenantId);
      return s.webhookSecretEnc ? secrets.decrypt(s.webhookSecretEnc, tenantId) : undefined;
    },

    /**
     * What a webhook to `source` is verified with: the secret (or HMAC settings) set for that source, else, for a
     * source no provider covers, the tenant's webhook secret. Undefined: no such tenant, or nothing set.
     */
    async webhookSecretFor(tenantId: string, source: string): Promise<WebhookSourceSecret | undefined> {
      const s = await load(tenantId);
      const enc = s.webhookSecretsEnc?.[source];
      if (enc) {
        const setting = webhookSecretSetting().parse(JSON.parse(await secrets.decrypt(enc, tenantId)));
        return typeof setting === 'string'
          ? { kind: 'secret', secrets: [setting] }
          : { kind: 'hmac', config: setting };
      }
      if (PROVIDER_SOURCES.includes(source) || !s.webhookSecretEnc) return undefined;
      return { kind: 'secret', secrets: [await secrets.decrypt(s.webhookSecretEnc, tenantId)] };
    },

    /** Sets (or generates) the webhook signing secret; returns the plaintext this once. */
    async setWebhookSecret(
      tenantId: string,
      secret: string = randomBytes(32).toString('base64url'),
    ): Promise<string> {
      if (secret.length < 16) throw new BadRequestError('A webhook secret needs at least 16 characters');
      return retrySaves(async () => {
        const current = await load(tenantId);
        await save(tenantId, current, {
          ...current,
          webhookSecretEnc: await secrets.encrypt(secret, tenantId),
        });
        return secret;
      });
    },
  };
};
