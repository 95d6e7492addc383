import { authenticate } from '../../../functions/api/middleware/auth';
import type { TenantRepository } from '../../../functions/data/tenants';
import { normalizeHeaders } from '../../../functions/shared/http';
import type { Outbox, OutboxKind } from '../outbox';
import { errorResult, json, type LocalRoute } from './index';

const OUTBOX_KINDS: readonly OutboxKind[] = ['email', 'slack', 'http'];

/** `GET /outbox[?kind=email|slack|http]`: what would have left the machine; `DELETE /outbox` clears it. */
export const outboxRoutes = (deps: { outbox: Outbox; tenants: TenantRepository }): LocalRoute[] => {
  const { outbox, tenants } = deps;
  return [
    {
      method: 'GET',
      path: '/outbox',
      handle: async (event) => {
        try {
          const principal = await authenticate(event, normalizeHeaders(event.headers), tenants);
          const kind = event.queryStringParameters?.kind as OutboxKind | undefined;
          if (kind && !OUTBOX_KINDS.includes(kind)) {
            return json(400, {
              error: { code: 'BadRequest', message: `kind must be one of ${OUTBOX_KINDS.join(', ')}` },
            });
          }
          const items = outbox.list({ tenantId: principal.tenantId, ...(kind ? { kind } : {}) });
          return json(200, { items, count: items.length });
        } catch (error) {
          return errorResult(error);
        }
      },
    },
    {
      method: 'DELETE',
      path: '/outbox',
      handle: async (event) => {
        try {
          const principal = await authenticate(event, normalizeHeaders(event.headers), tenants);
          return json(200, { cleared: outbox.clear(principal.tenantId) });
        } catch (error) {
          return errorResult(error);
        }
      },
    },
  ];
};
