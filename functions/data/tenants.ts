import { createHash, randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { isValidTimeZone } from '../../statemachines/time-zones';
import { BadRequestError, ConflictError, NotFoundError } from '../shared/errors';
import type { Clock, Database, SecretBox } from '../shared/ports';
import {
  decodeCursor,
  encodeCursor,
  type Item,
  isConditionFailure,
  type Page,
  type PageRequest,
  pageSize,
} from './platform-store';
import { GSI1, tenantKey } from './table';

/**
 * Tenants: settings (Auto Mode, time zone, business hours, team, HTTP allow-list), integrations whose secrets are
 * encrypted with the SecretBox and never returned in full, API keys (stored as SHA-256 hashes), and the webhook
 * signing secret.
 *
 *   settings  pk T#<t>#TENANT   sk SETTINGS
 *   API key   pk T#<t>#APIKEY   sk <keyId>      gsi1pk APIKEY#<sha256(key)>  gsi1sk APIKEY
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24h)');
export const OpeningInterval = z
  .strictObject({ start: TimeOfDay, end: TimeOfDay.or(z.literal('24:00')) })
  .refine((i) => i.start < i.end, { message: 'start must be before end' });
export type OpeningInterval = z.infer<typeof OpeningInterval>;

/** Opening intervals per weekday, in the tenant's time zone; a missing or empty day is closed. */
export const BusinessHours = z.partialRecord(
  Weekday,
  z
    .array(OpeningInterval)
    .max(6)
    .refine(
      (day) => {
        const sorted = [...day].sort((a, b) => a.start.localeCompare(b.start));
        return sorted.every((iv, i) => i === 0 || (sorted[i - 1] as OpeningInterval).end <= iv.start);
      },
      { message: 'intervals of a day must not overlap' },
    ),
);
export type BusinessHours = z.infer<typeof BusinessHours>;

export const TimeZone = z.string().refine(isValidTimeZone, {
  message: 'must be an IANA time zone such as Europe/Berlin',
});

export const TeamMember = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().optional(),
  slackUserId: z
    .string()
    .regex(/^[UW][A-Z0-9]{2,20}$/, 'must be a Slack user id such as U012AB3CD')
    .optional(),
});
export type TeamMember = z.infer<typeof TeamMember>;

/** Hosts (`api.example.com`, `*.example.com`) or CIDRs (`10.0.0.0/8`, `::1/128`) that http.request may reach although private. */
export const AllowListEntry = z.string().trim().min(1).max(253);

export const DEFAULT_BUSINESS_HOURS: BusinessHours = Object.fromEntries(
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, [{ start: '09:00', end: '17:00' }]]),
);

/** What callers see: secrets only masked. */
export interface TenantSettings {
  readonly tenantId: string;
  readonly autoMode: boolean;
  readonly timezone: string;
  readonly businessHours: BusinessHours;
  readonly team: readonly TeamMember[];
  readonly httpAllowList: readonly string[];
  readonly integrations: {
    readonly slack: { readonly configured: boolean; readonly webhookUrl: string | null };
    /** Masked: `whsec_…f3a9`, or a generic HMAC's settings with its secret masked. */
    readonly webhookSecrets: Readonly<Record<string, unknown>>;
  };
  readonly webhookSecretConfigured: boolean;
  /** Optimistic-concurrency version (0 = never saved; defaults in effect). */
  readonly version: number;
  readonly updatedAt: string | null;
}

/** Source path segment of a webhook (`stripe`, `typeform`, `my-crm`). */
export const WebhookSource = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be a webhook source name');

const HeaderName = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name')
  .transform((h) => h.toLowerCase());

/** A tenant-configured HMAC for a source no provider verifier covers. */
export const GenericHmacSetting = z.strictObject({
  secret: z.string().min(16).max(512),
  header: HeaderName,
  algorithm: z.enum(['sha1', 'sha256', 'sha512']).default('sha256'),
  encoding: z.enum(['hex', 'base64']).default('hex'),
  /** Text before the digest in the header, such as `sha256=`. */
  prefix: z.string().max(32).default(''),
  /** A header carrying a unique delivery id, for de-duplication. @default none: the signature itself */
  deliveryHeader: HeaderName.optional(),
});
export type GenericHmacSetting = z.infer<typeof GenericHmacSetting>;

/** A provider's signing secret (Stripe `whsec_…`, Typeform, GitHub, Slack, Shopify, Calendly), or a generic HMAC. */
export const WebhookSecretSetting = z.union([z.string().min(8).max(512), GenericHmacSetting]);

/** What a webhook source of a tenant is verified with (functions/webhooks). */
export type WebhookSourceSecret =
  | { readonly kind: 'secret'; readonly secrets: readonly string[] }
  | { readonly kind: 'hmac'; readonly config: GenericHmacSetting };

/** Sources verified by their provider's own scheme: the tenant's general webhook secret never applies to them. */
export const PROVIDER_SOURCES: readonly string[] = [
  'stripe',
  'typeform',
  'github',
  'slack',
  'shopify',
  'calendly',
];

export const TenantSettingsPatch = z.strictObject({
  autoMode: z.boolean().optional(),
  timezone: TimeZone.optional(),
  businessHours: BusinessHours.optional(),
  team: z.array(TeamMember).max(200).optional(),
  httpAllowList: z.array(AllowListEntry).max(100).optional(),
  integrations: z
    .strictObject({
      /** Incoming-webhook URL; null removes the integration. */
      slackWebhookUrl: z
        .url({ protocol: /^https?$/ })
        .nullable()
        .optional(),
      /** Per-source webhook signing secrets; null removes one. Stored encrypted, returned masked. */
      webhookSecrets: z
        .record(WebhookSource, WebhookSecretSetting.nullable())
        .refine((r) => Object.keys(r).length <= 50, { message: 'at most 50 sources' })
        .optional(),
    })
    .optional(),
});
export type TenantSettingsPatch = z.infer<typeof TenantSettingsPatch>;

/** What the calendar agent needs (business hours and time zone), without the secrets. */
export interface TenantSettingsReader {
  getTenantSettings(tenantId: string): Promise<TenantSettings>;
}

export interface ApiKeyRecord {
  readonly keyId: string;
  readonly name: string;
  /** First characters of the key, to recognise it in a list. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface TenantRepositoryDeps {
  readonly db: Database;
  readonly secrets: SecretBox;
  readonly clock: Clock;
  /** Accept http:// integration URLs (local runtime and tests); production requires https. */
  readonly allowInsecureIntegrationUrls?: boolean;
}

/** `https://hooks.slack.com/…/AbCd`: enough to recognise, useless to an attacker. */
export const maskUrl = (url: string): string => {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}/…/${url.slice(-4)}`;
  } catch {
    return `…${url.slice(-4)}`;
  }
};

/** `whsec_…f3a9`: the first characters and the last four, never more than a third of the secret. */
export const maskSecret = (secret: string): string => {
  const shown = Math.min(6, Math.floor(secret.length / 3));
  const prefix = /^[a-z]+_/.exec(secret)?.[0] ?? '';
  return `${prefix.length <= shown ? prefix : ''}…${secret.slice(-Math.min(4, Math.floor(secret.length / 4)))}`;
};

export const sha256Hex = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

const settingsKey = (tenantId: string) => ({ pk: tenantKey(tenantId, 'TENANT'), sk: 'SETTINGS' });
const API_KEY_PREFIX = 'dyn_';

interface StoredSettings {
  autoMode?: boolean;
  timezone?: string;
  businessHours?: BusinessHours;
  team?: TeamMember[];
  httpAllowList?: string[];
  slackWebhookUrlEnc?: string;
  slackWebhookUrlMask?: string;
  webhookSecretEnc?: string;
  /** Source -> encrypted JSON of its WebhookSecretSetting. */
  webhookSecretsEnc?: Record<string, string>;
  webhookSecretsMask?: Record<string, unknown>;
  version?: number;
  updatedAt?: string;
}

export const createTenantRepository = (deps: TenantRepositoryDeps) => {
  const { db, secrets, clock } = deps;

  const load = async (tenantId: string): Promise<StoredSettings> => {
    const out = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: settingsKey(tenantId), ConsistentRead: true }),
    );
    return (out.Item as StoredSettings | undefined) ?? {};
  };

  const view = (tenantId: string, s: StoredSettings): TenantSettings => ({
    tenantId,
    autoMode: s.autoMode ?? true,
    timezone: s.timezone ?? 'UTC',
    businessHours: s.businessHours ?? DEFAULT_BUSINESS_HOURS,
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

  const toApiKey = (i: Item): ApiKeyRecord => ({
    keyId: i.keyId as string,
    name: i.name as string,
    prefix: i.prefix as string,
    createdAt: i.createdAt as string,
    revokedAt: (i.revokedAt as string | null | undefined) ?? null,
  });

  const storeApiKey = async (
    tenantId: string,
    name: string,
    keyId: string,
    key: string,
    prefix: string,
  ): Promise<ApiKeyRecord & { key: string }> => {
    const record: ApiKeyRecord = {
      keyId,
      name: name.trim().slice(0, 100) || 'API key',
      prefix,
      createdAt: clock.now().toISOString(),
      revokedAt: null,
    };
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          pk: tenantKey(tenantId, 'APIKEY'),
          sk: keyId,
          gsi1pk: `APIKEY#${sha256Hex(key)}`,
          gsi1sk: 'APIKEY',
          type: 'apiKey',
          tenantId,
          ...record,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return { ...record, key };
  };

  const repo = {
    async getTenantSettings(tenantId: string): Promise<TenantSettings> {
      return view(tenantId, await load(tenantId));
    },

    /** Applies a partial change; `expectedVersion` (from a previous read) turns a concurrent edit into a 409. */
    async updateSettings(
      tenantId: string,
      patchInput: unknown,
      expectedVersion?: number,
    ): Promise<TenantSettings> {
      const parsed = TenantSettingsPatch.safeParse(patchInput);
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
      for (let attempt = 0; ; attempt++) {
        const current = await load(tenantId);
        if (expectedVersion !== undefined && expectedVersion !== (current.version ?? 0)) {
          throw new ConflictError(`Settings are at version ${current.version ?? 0}, not ${expectedVersion}`);
        }
        const next: StoredSettings = { ...current };
        if (patch.autoMode !== undefined) next.autoMode = patch.autoMode;
        if (patch.timezone !== undefined) next.timezone = patch.timezone;
        if (patch.businessHours !== undefined) next.businessHours = patch.businessHours;
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
        try {
          return view(tenantId, await save(tenantId, current, next));
        } catch (error) {
          if (!(error instanceof ConflictError) || expectedVersion !== undefined || attempt >= 7) throw error;
        }
      }
    },

    /** The decrypted Slack incoming-webhook URL, for the notify agent only. Never log it. */
    async getSlackWebhookUrl(tenantId: string): Promise<string | undefined> {
      const s = await load(tenantId);
      return s.slackWebhookUrlEnc ? secrets.decrypt(s.slackWebhookUrlEnc, tenantId) : undefined;
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
        const setting = WebhookSecretSetting.parse(JSON.parse(await secrets.decrypt(enc, tenantId)));
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
      for (let attempt = 0; ; attempt++) {
        const current = await load(tenantId);
        try {
          await save(tenantId, current, {
            ...current,
            webhookSecretEnc: await secrets.encrypt(secret, tenantId),
          });
          return secret;
        } catch (error) {
          if (!(error instanceof ConflictError) || attempt >= 3) throw error;
        }
      }
    },

    /** Creates an API key; the plaintext is returned here and never again (only its SHA-256 is stored). */
    createApiKey(tenantId: string, name: string): Promise<ApiKeyRecord & { key: string }> {
      const keyId = randomBytes(9).toString('base64url');
      const key = `${API_KEY_PREFIX}${keyId}_${randomBytes(24).toString('base64url')}`;
      return storeApiKey(tenantId, name, keyId, key, `${API_KEY_PREFIX}${keyId}`);
    },

    /**
     * Registers a key chosen by an operator (e.g. DYNARIS_API_KEY of the local runtime). Idempotent for the same
     * tenant; a key already registered for another tenant is a ConflictError.
     */
    async importApiKey(tenantId: string, name: string, key: string): Promise<ApiKeyRecord> {
      if (key.length < 24) throw new BadRequestError('An API key needs at least 24 characters');
      const existing = await repo.findApiKey(sha256Hex(key));
      if (existing && existing.tenantId !== tenantId)
        throw new ConflictError('This API key belongs to another tenant');
      if (existing) {
        const listed = await db.doc.send(
          new GetCommand({
            TableName: db.tableName,
            Key: { pk: tenantKey(tenantId, 'APIKEY'), sk: existing.keyId },
          }),
        );
        return toApiKey(listed.Item ?? {});
      }
      const { key: _plain, ...record } = await storeApiKey(
        tenantId,
        name,
        randomBytes(9).toString('base64url'),
        key,
        `${key.slice(0, 6)}…`,
      );
      return record;
    },

    async listApiKeys(tenantId: string, page: PageRequest = {}): Promise<Page<ApiKeyRecord>> {
      const out = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'APIKEY') },
          Limit: pageSize(page.limit),
          ExclusiveStartKey: decodeCursor(tenantId, page.cursor, {
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'APIKEY') },
          }),
        }),
      );
      const nextCursor = encodeCursor(tenantId, out.LastEvaluatedKey);
      return {
        items: (out.Items ?? []).map(toApiKey),
        ...(nextCursor ? { cursor: nextCursor } : {}),
      };
    },

    /** Revokes a key: it stops authenticating at once (its hash leaves the lookup index). */
    async revokeApiKey(tenantId: string, keyId: string): Promise<void> {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.tableName,
            Key: { pk: tenantKey(tenantId, 'APIKEY'), sk: keyId },
            UpdateExpression: 'SET revokedAt = :now REMOVE gsi1pk, gsi1sk',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':now': clock.now().toISOString() },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFoundError('API key', keyId);
        throw error;
      }
    },

    async deleteApiKey(tenantId: string, keyId: string): Promise<void> {
      await db.doc.send(
        new DeleteCommand({ TableName: db.tableName, Key: { pk: tenantKey(tenantId, 'APIKEY'), sk: keyId } }),
      );
    },

    /** ApiKeyLookup (functions/api/middleware/auth.ts): SHA-256 hex of the presented key -> its tenant. */
    async findApiKey(keyHash: string): Promise<{ tenantId: string; keyId: string } | undefined> {
      if (!/^[0-9a-f]{64}$/.test(keyHash)) return undefined;
      const out = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          IndexName: GSI1,
          KeyConditionExpression: 'gsi1pk = :h AND gsi1sk = :s',
          ExpressionAttributeValues: { ':h': `APIKEY#${keyHash}`, ':s': 'APIKEY' },
          Limit: 1,
        }),
      );
      const item = out.Items?.[0];
      if (!item || item.revokedAt) return undefined;
      return { tenantId: item.tenantId as string, keyId: item.keyId as string };
    },
  };
  return repo;
};

export type TenantRepository = ReturnType<typeof createTenantRepository>;
