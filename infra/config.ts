import type { Node } from 'constructs';
import * as z from 'zod';

/**
 * What a stage is configured with (cdk.json `context`, or `-c key=value`). Parsed once, at the edge of the app.
 * Lists may be given as JSON arrays (cdk.json) or as comma-separated strings (`-c builtInWorkflows=a,b`).
 */
const List = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z.array(z.string().min(1)),
);

export const StageConfig = z.object({
  stage: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,15}$/, 'stage: lowercase letters, digits and "-", 1-16 characters'),
  /** Tenant the built-in workflows serve. */
  tenantId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  /** Template ids from statemachines/templates deployed as built-in workflows. */
  builtInWorkflows: List.default([]),
  /**
   * Bedrock model or inference profile id. @default the cross-region inference profile of BEDROCK_DEFAULT_MODEL for
   * the stack's region (`us.`, `eu.` or `apac.`): current Anthropic models are served only through a profile
   */
  bedrockModelId: z.string().min(1).optional(),
  /** Verified SES identity (domain or address) mail is sent from. */
  sesIdentity: z.string().min(3).default('example.com'),
  fromAddress: z.string().min(3).default('workflows@example.com'),
  /** Browser origins allowed to call the API (CORS), besides the web console's. @default none (no localhost) */
  corsOrigins: List.default([]),
  /** Deploy the web console (S3 + CloudFront, Cognito hosted sign-in). */
  console: z.preprocess((v) => (v === 'false' ? false : v === 'true' ? true : v), z.boolean()).default(true),
  /** Hosted sign-in domain prefix (unique per region). @default dynaris-<stage>-<account id> */
  signInDomainPrefix: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'signInDomainPrefix: lowercase letters, digits and "-"')
    .refine((v) => !/aws|amazon|cognito/.test(v), 'signInDomainPrefix may not contain aws, amazon or cognito')
    .optional(),
  alarmEmail: z.string().optional(),
  logRetentionDays: z.coerce.number().int().positive().default(30),
  archiveRetentionDays: z.coerce.number().int().positive().default(30),
  /** Requests per second / burst on the API's default route. */
  apiRateLimit: z.coerce.number().positive().default(50),
  apiBurstLimit: z.coerce.number().int().positive().default(100),
  /** Domain SES receives mail for (its MX record points at inbound-smtp.<region>.amazonaws.com); unset: no receiving. */
  inboundEmailDomain: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'inboundEmailDomain: a domain name')
    .optional(),
  /** Tenant of inbound mail no recipient names (single-tenant deployments). @default the stage's tenantId */
  inboundEmailTenant: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional(),
  /** Address or domain -> tenant id for inbound mail (`{"support@acme.com":"acme"}`). */
  inboundEmailRecipients: z
    .preprocess((v) => (typeof v === 'string' ? JSON.parse(v) : v), z.record(z.string(), z.string()))
    .default({}),
  /** `drop` or `flag` per SES verdict (`{"spam":"drop"}`); default: virus drop, the others flag. */
  inboundEmailVerdicts: z
    .preprocess(
      (v) => (typeof v === 'string' ? JSON.parse(v) : v),
      z.partialRecord(z.enum(['spam', 'virus', 'spf', 'dkim', 'dmarc']), z.enum(['drop', 'flag'])),
    )
    .default({}),
  /** Reserved concurrency by function service name (`{ "dispatcher": 50 }`); unreserved by default. */
  reservedConcurrency: z
    .preprocess(
      (v) => (typeof v === 'string' ? JSON.parse(v) : v),
      z.record(z.string(), z.number().int().min(1)),
    )
    .default({}),
});
export type StageConfig = z.infer<typeof StageConfig>;

const KEYS = Object.keys(StageConfig.shape) as (keyof StageConfig)[];

export const isProduction = (config: Pick<StageConfig, 'stage'>): boolean =>
  config.stage === 'prod' || config.stage === 'production';

/** Reads the stage configuration from the CDK context; a bad value fails synth naming the key. */
export const readStageConfig = (node: Node, overrides: Partial<Record<keyof StageConfig, unknown>> = {}) => {
  const raw: Record<string, unknown> = { stage: 'dev', tenantId: 'default' };
  for (const key of KEYS) {
    const value = overrides[key] ?? node.tryGetContext(key);
    if (value !== undefined) raw[key] = value;
  }
  const parsed = StageConfig.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid stage configuration (cdk.json context / -c): ${problems}`);
  }
  return parsed.data;
};
