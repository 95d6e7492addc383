import type { TenantRepository } from '../../../functions/data/tenants';
import type { Platform } from '../../../functions/shared/platform';
import { createInboundEmailRoute, INBOUND_EMAIL_PATH } from '../inbound-email';
import type { LocalRoute } from './index';

/** `POST /inbound/email`: a raw message/rfc822 email through the same ingest as SES mail (../inbound-email.ts). */
export const inboundEmailRoutes = (deps: {
  platform: Platform;
  tenants: TenantRepository;
  log?: (line: string) => void;
}): LocalRoute[] => [
  {
    method: 'POST',
    path: INBOUND_EMAIL_PATH,
    handle: createInboundEmailRoute({
      platform: deps.platform,
      keys: deps.tenants,
      ...(deps.log ? { log: deps.log } : {}),
    }),
  },
];
