import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { canonicalTimeZone } from '../../../statemachines/time-zones';
import { WEEKDAYS } from '../../../statemachines/working-week';
import { builtOnFirstUse } from '../../../statemachines/zod-kit';
import { emailAddress } from '../../shared/email-address';
import type { Clock, Database, SecretBox } from '../../shared/ports';
import { tenantKey } from '../table';

export const Weekday = /* @__PURE__ */ builtOnFirstUse(() => z.enum(WEEKDAYS));
export type Weekday = z.infer<ReturnType<typeof Weekday>>;

export const TimeOfDay = /* @__PURE__ */ builtOnFirstUse(() =>
  z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24h)')),
);
export const OpeningInterval = /* @__PURE__ */ builtOnFirstUse(() =>
  z
    .strictObject({ start: TimeOfDay(), end: z.union([TimeOfDay(), z.literal('24:00')]) })
    .check(z.refine((i) => i.start < i.end, { message: 'start must be before end' })),
);
export type OpeningInterval = z.infer<ReturnType<typeof OpeningInterval>>;

/** Opening intervals per weekday, in the tenant's time zone; a missing or empty day is closed. */
export const BusinessHours = /* @__PURE__ */ builtOnFirstUse(() =>
  z.partialRecord(
    Weekday(),
    z
      .array(OpeningInterval())
      .check(z.maxLength(6))
      .check(
        z.refine(
          (day) => {
            const sorted = [...day].sort((a, b) => a.start.localeCompare(b.start));
            return sorted.every((iv, i) => i === 0 || (sorted[i - 1] as OpeningInterval).end <= iv.start);
          },
          { message: 'intervals of a day must not overlap' },
        ),
      ),
  ),
);
export type BusinessHours = z.infer<ReturnType<typeof BusinessHours>>;

/** A local date (`2026-12-25`) that is a real calendar day. */
export const LocalDate = /* @__PURE__ */ builtOnFirstUse(() =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    // Only a well-formed date is checked here (the regex reports the rest): 2026-02-30 and 2026-13-01 do not exist.
    z.refine(
      (d) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return true;
        const t = Date.parse(`${d}T00:00:00Z`);
        return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
      },
      { message: 'must be a real calendar date' },
    ),
  ),
);

/** Public holidays: local dates on which business days are not counted (business-day waits). */
export const Holidays = /* @__PURE__ */ builtOnFirstUse(() =>
  z
    .array(LocalDate())
    .check(z.maxLength(MAX_HOLIDAYS))
    .check(z.refine((days) => new Set(days).size === days.length, { message: 'dates must not repeat' })),
);
export const MAX_HOLIDAYS = 500;

/** An IANA time zone, stored as IANA spells it ("europe/berlin" -> "Europe/Berlin": canonicalTimeZone). */
export const TimeZone = /* @__PURE__ */ builtOnFirstUse(() =>
  z.string().check(
    z.refine((zone) => canonicalTimeZone(zone) !== undefined, {
      message: 'must be an IANA time zone such as Europe/Berlin, spelt as the IANA database spells it',
    }),
    z.overwrite((zone) => canonicalTimeZone(zone) ?? zone),
  ),
);

export const TeamMember = /* @__PURE__ */ builtOnFirstUse(() =>
  z.strictObject({
    name: z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(200)),
    email: z.optional(emailAddress()),
    slackUserId: z.optional(
      z.string().check(z.regex(/^[UW][A-Z0-9]{2,20}$/, 'must be a Slack user id such as U012AB3CD')),
    ),
  }),
);
export type TeamMember = z.infer<ReturnType<typeof TeamMember>>;

/** Hosts (`api.example.com`, `*.example.com`) or CIDRs (`10.0.0.0/8`, `::1/128`) that http.request may reach although private. */
export const AllowListEntry = /* @__PURE__ */ builtOnFirstUse(() =>
  z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(253)),
);

/** What callers see: secrets only masked. */
export interface TenantSettings {
  readonly tenantId: string;
  readonly autoMode: boolean;
  readonly timezone: string;
  readonly businessHours: BusinessHours;
  /** Local dates that are not working days (business-day waits skip them). */
  readonly holidays: readonly string[];
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
export const WebhookSource = /* @__PURE__ */ builtOnFirstUse(() =>
  z
    .string()
    .check(
      z.regex(
        /^[a-z0-9][a-z0-9_-]{0,63}$/,
        'must be a webhook source name: 1-64 lowercase letters, digits, "-" or "_", starting with a letter or digit',
      ),
    ),
);

const headerName = /* @__PURE__ */ builtOnFirstUse(() =>
  z.pipe(
    z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name')),
    z.transform((h) => h.toLowerCase()),
  ),
);

/**
 * A tenant-configured HMAC for a source no provider verifier covers. Built on first use, like the settings patch: only
 * reading a webhook secret or patching settings parses it, yet every function that reads settings carries it.
 */
export const genericHmacSetting = /* @__PURE__ */ builtOnFirstUse(() =>
  z.strictObject({
    secret: z.string().check(z.minLength(16)).check(z.maxLength(512)),
    header: headerName(),
    algorithm: z._default(z.enum(['sha1', 'sha256', 'sha512']), 'sha256'),
    encoding: z._default(z.enum(['hex', 'base64']), 'hex'),
    /** Text before the digest in the header, such as `sha256=`. */
    prefix: z._default(z.string().check(z.maxLength(32)), ''),
    /** A header carrying a unique delivery id, for de-duplication. @default none: the signature itself */
    deliveryHeader: z.optional(headerName()),
  }),
);
export type GenericHmacSetting = z.infer<ReturnType<typeof genericHmacSetting>>;
export const GenericHmacSetting = /* @__PURE__ */ (() => genericHmacSetting())();

/** A provider's signing secret (Stripe `whsec_…`, Typeform, GitHub, Slack, Shopify, Calendly), or a generic HMAC. */
export const webhookSecretSetting = /* @__PURE__ */ builtOnFirstUse(() =>
  z.union([z.string().check(z.minLength(8)).check(z.maxLength(512)), genericHmacSetting()]),
);
export const WebhookSecretSetting = /* @__PURE__ */ (() => webhookSecretSetting())();

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

export const TenantSettingsPatch = /* @__PURE__ */ builtOnFirstUse(() =>
  z.strictObject({
    autoMode: z.optional(z.boolean()),
    timezone: z.optional(TimeZone()),
    businessHours: z.optional(BusinessHours()),
    holidays: z.optional(Holidays()),
    team: z.optional(z.array(TeamMember()).check(z.maxLength(200))),
    httpAllowList: z.optional(z.array(AllowListEntry()).check(z.maxLength(100))),
    integrations: z.optional(
      z.strictObject({
        /** Incoming-webhook URL; null removes the integration. */
        slackWebhookUrl: z.optional(
          z.nullable(
            z.url({ protocol: /^https?$/ }).check(
              // The outbound guard refuses such a URL at every send (functions/agents/http/outbound.ts).
              z.refine(
                (u) => !/^https?:\/\/[^/?#]*@/i.test(u),
                'must not carry credentials (user:password@)',
              ),
            ),
          ),
        ),
        /** Per-source webhook signing secrets; null removes one. Stored encrypted, returned masked. */
        webhookSecrets: z.optional(
          z
            .record(WebhookSource(), z.nullable(webhookSecretSetting()))
            .check(z.refine((r) => Object.keys(r).length <= 50, { message: 'at most 50 sources' })),
        ),
      }),
    ),
  }),
);
export type TenantSettingsPatch = z.infer<ReturnType<typeof TenantSettingsPatch>>;

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

export const settingsKey = (tenantId: string) => ({ pk: tenantKey(tenantId, 'TENANT'), sk: 'SETTINGS' });
export const API_KEY_PREFIX = 'dyn_';

export interface StoredSettings {
  autoMode?: boolean;
  timezone?: string;
  businessHours?: BusinessHours;
  holidays?: string[];
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
