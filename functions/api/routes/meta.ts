import * as z from 'zod/mini';
import { builtOnFirstUse, described, withMeta } from '../../../statemachines/zod-kit';
import { type AnyRoute, defineRoute, NotImplementedError, ok } from '../../shared/http';
import { type ApiContext, tenantOf } from '../context';
import { withServers } from '../openapi';

const route = defineRoute<ApiContext>();

export const AssistantRequest = /* @__PURE__ */ (() =>
  z.strictObject({
    prompt: described(
      z.string().check(z.trim()).check(z.minLength(3)).check(z.maxLength(4000)),
      'The workflow in plain words',
    ),
  }))();

export const AssistantResult = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.looseObject({
      definition: z.record(z.string(), z.unknown()),
      explanation: z.string(),
      diagram: z.string(),
      validation: z.record(z.string(), z.unknown()),
      source: z.enum(['bedrock', 'parser']),
      notUnderstood: described(
        z.array(z.string()),
        'Words of the request the workflow does not express, quoted',
      ),
    }),
    { id: 'AssistantResult' },
  ),
);

/** GET /health (no authentication). */
export const healthRoute: AnyRoute<ApiContext> = route({
  operationId: 'health',
  method: 'GET',
  path: '/health',
  summary: 'Liveness (no authentication)',
  tags: ['Meta'],
  auth: 'none',
  responses: {
    200: {
      description: 'Up',
      schema: () => z.object({ status: z.literal('ok'), mode: z.enum(['aws', 'local']), time: z.string() }),
    },
  },
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
  summary: 'This API as an OpenAPI 3.1 document (generated from the route table)',
  tags: ['Meta'],
  auth: 'none',
  responses: {
    200: { description: 'OpenAPI 3.1 document', schema: () => z.record(z.string(), z.unknown()) },
  },
  async handler(req, ctx) {
    const host = req.event.requestContext?.domainName ?? req.headers.host;
    const scheme =
      req.headers['x-forwarded-proto'] ?? (ctx.deps.platform.mode === 'local' ? 'http' : 'https');
    return ok(withServers(ctx.openapi(), host ? `${scheme}://${host}` : undefined), {
      'cache-control': 'public, max-age=300',
    });
  },
});

/** POST /assistant/workflows: served by its own function on AWS (functions/api/assistant-handler.ts). */
export const assistantRoute: AnyRoute<ApiContext> = route({
  operationId: 'createWorkflowFromPrompt',
  method: 'POST',
  path: '/assistant/workflows',
  summary:
    'Describe a workflow in plain words; get a definition, an explanation, its diagram and validation report',
  description: 'Nothing is saved or enabled: POST the definition to /workflows to keep it.',
  tags: ['Assistant'],
  auth: 'tenant',
  body: AssistantRequest,
  responses: { 200: { description: 'A validated workflow definition', schema: AssistantResult } },
  errors: [422, 501],
  async handler(req, ctx) {
    if (!ctx.deps.assistant)
      throw new NotImplementedError('The assistant is not available in this deployment yet');
    return ok(
      await ctx.deps.assistant.createWorkflowFromPrompt({
        tenantId: tenantOf(ctx),
        prompt: req.body.prompt,
      }),
    );
  },
});

export const metaRoutes: AnyRoute<ApiContext>[] = [healthRoute, openApiRoute, assistantRoute];
