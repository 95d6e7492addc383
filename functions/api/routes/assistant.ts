import * as z from 'zod/mini';
import { builtOnFirstUse, described, withMeta } from '../../../statemachines/zod-kit';
import { type AnyRoute, defineRoute, NotImplementedError, ok } from '../../shared/http';
import { type ApiContext, tenantOf } from '../context';

/**
 * POST /assistant/workflows, in a module of its own: the api-assistant function serves it alone, and importing it
 * from meta.ts would bring the health and OpenAPI routes (and the document's server list) into its bundle.
 */

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

/** POST /assistant/workflows: served by its own function on AWS (functions/api/assistant-handler.ts). */
export const assistantRoute: AnyRoute<ApiContext> = route({
  operationId: 'createWorkflowFromPrompt',
  method: 'POST',
  path: '/assistant/workflows',
  docs: typeof DYNARIS_BUNDLE === 'undefined' && {
    summary:
      'Describe a workflow in plain words; get a definition, an explanation, its diagram and validation report',
    description: 'Nothing is saved or enabled: POST the definition to /workflows to keep it.',
    tags: ['Assistant'],
    responses: { 200: { description: 'A validated workflow definition', schema: AssistantResult } },
  },
  auth: 'tenant',
  body: AssistantRequest,
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
