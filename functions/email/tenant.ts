import * as z from 'zod/mini';
import '../../statemachines/zod-kit';

/**
 * Which tenant an inbound message belongs to, from its SES recipients (the envelope addresses, not the headers):
 * an address or domain mapped in INBOUND_EMAIL_RECIPIENTS (`{"support@acme.com":"acme","acme.com":"acme"}`), else
 * `<tenantId>@<receiving domain>` / `<tenantId>+<anything>@<receiving domain>`, else INBOUND_EMAIL_TENANT (a
 * single-tenant deployment). Undefined: nobody's; the message is dropped and logged.
 */

export interface TenantRouting {
  readonly receivingDomain: string | undefined;
  readonly recipients: Readonly<Record<string, string>>;
  readonly defaultTenant: string | undefined;
}

const TenantId = /* @__PURE__ */ (() => z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/)))();
const Recipients = /* @__PURE__ */ (() => z.record(z.string().check(z.minLength(1)), TenantId))();

export const tenantRoutingFrom = (env: Readonly<Record<string, string | undefined>>): TenantRouting => {
  let recipients: Record<string, string> = {};
  const raw = env.INBOUND_EMAIL_RECIPIENTS?.trim();
  if (raw) {
    const parsed = Recipients.safeParse(JSON.parse(raw));
    if (!parsed.success)
      throw new Error('INBOUND_EMAIL_RECIPIENTS must map addresses or domains to tenant ids');
    recipients = Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [k.toLowerCase(), v]));
  }
  const defaultTenant = env.INBOUND_EMAIL_TENANT?.trim() || undefined;
  if (defaultTenant && !TenantId.safeParse(defaultTenant).success)
    throw new Error('INBOUND_EMAIL_TENANT must be a tenant id');
  return {
    receivingDomain: env.INBOUND_EMAIL_DOMAIN?.trim().toLowerCase() || undefined,
    recipients,
    defaultTenant,
  };
};

export const tenantForRecipients = (
  routing: TenantRouting,
  recipients: readonly string[],
): string | undefined => {
  for (const recipient of recipients) {
    const address = recipient.trim().toLowerCase();
    const at = address.lastIndexOf('@');
    if (at <= 0) continue;
    const domain = address.slice(at + 1);
    const mapped = routing.recipients[address] ?? routing.recipients[domain];
    if (mapped) return mapped;
    if (routing.receivingDomain && domain === routing.receivingDomain) {
      const local = address.slice(0, at).split('+')[0] ?? '';
      if (TenantId.safeParse(local).success) return local;
    }
  }
  return routing.defaultTenant;
};
