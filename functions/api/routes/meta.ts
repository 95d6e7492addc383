import * as z from 'zod/mini';
import '../../../statemachines/zod-kit';
import { type AnyRoute, defineRoute, ok } from '../../shared/http';
import type { ApiContext } from '../context';
import { withServers } from '../openapi';
import { assistantRoute } from './assistant';

const route = defineRoute<ApiContext>();

/** GET /health (no authentication). */
export const healthRoute: AnyRoute<ApiContext> = route({
  operationId: 'health',
  method: 'GET',
  path: '/health',
  docs: typeof DYNARIS_BUNDLE === 'undefined' && {
    summary: 'Liveness (no authentication)',
    tags: ['Meta'],
    responses: {
      200: {
        description: 'Up',
        schema: () => z.object({ status: z.literal('ok'), mode: z.enum(['aws', 'local']), time: z.string() }),
      },
    },
  },
  auth: 'none',
  async handler(_req, ctx) {
    return ok({
      status: 'ok',
      mode: ctx.deps.platform.mode,
      time: ctx.deps.platform.clock.now().toISOString(),
    });
  },
});

/** GET /openapi.json: served by its own function on AWS (functions/api/docs-handler.ts). */
export const openApiRoute: AnyRoute<ApiContext> = route({
  operationId: 'openapi',
  method: 'GET',
  path: '/openapi.json',
  docs: typeof DYNARIS_BUNDLE === 'undefined' && {
    summary: 'This API as an OpenAPI 3.1 document (generated from the route table)',
    tags: ['Meta'],
    responses: {
      200: { description: 'OpenAPI 3.1 document', schema: () => z.record(z.string(), z.unknown()) },
    },
  },
  auth: 'none',
  async handler(req, ctx) {
    const host = req.event.requestContext?.domainName ?? req.headers.host;
    const scheme =
      req.headers['x-forwarded-proto'] ?? (ctx.deps.platform.mode === 'local' ? 'http' : 'https');
    return ok(withServers(ctx.openapi(), host ? `${scheme}://${host}` : undefined), {
      'cache-control': 'public, max-age=300',
    });
  },
});

export const metaRoutes: AnyRoute<ApiContext>[] = [healthRoute, openApiRoute, assistantRoute];
