import * as z from 'zod/mini';
import { builtOnFirstParse, builtOnFirstUse, described, withMeta } from '../../../statemachines/zod-kit';
import { NotFoundError } from '../../shared/errors';
import { type AnyRoute, defineRoute, ok } from '../../shared/http';
import { type ApiContext, tenantOf } from '../context';
import { Id, Limit, pageOf, pageView, WorkflowDefinitionBody } from '../schemas';
import { findWorkflow } from './workflow-lookup';

/** A workflow's saved versions (history, and the two sides of a diff). */

const route = defineRoute<ApiContext>();
const tags = ['Workflows'];

export const WorkflowVersion = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({
      workflowId: z.string(),
      version: z.number().check(z.int()),
      definition: WorkflowDefinitionBody(),
      savedAt: z.string(),
      savedBy: z.nullable(z.string()),
      comment: z.nullable(z.string()),
    }),
    { id: 'WorkflowVersion' },
  ),
);
export const WorkflowVersionPage = /* @__PURE__ */ builtOnFirstUse(() =>
  pageOf(WorkflowVersion(), 'WorkflowVersionPage'),
);

// The routes' requests, built on the first request that parses each (most of api-workflows' requests are not these).
const VersionParams = /* @__PURE__ */ builtOnFirstParse(() =>
  z.object({
    id: Id,
    version: described(
      z.coerce.number().check(z.int()).check(z.gte(1)).check(z.lte(1_000_000)),
      'A saved version number (1, 2, …)',
    ),
  }),
);
const VersionsParams = /* @__PURE__ */ builtOnFirstParse(() => z.object({ id: Id }));
const VersionsQuery = /* @__PURE__ */ builtOnFirstParse(() =>
  z.object({
    limit: Limit,
    cursor: described(
      z.optional(z.string().check(z.minLength(1)).check(z.maxLength(2048))),
      'nextCursor of the previous page',
    ),
  }),
);

export const versionRoutes: AnyRoute<ApiContext>[] = [
  route({
    operationId: 'listWorkflowVersions',
    method: 'GET',
    path: '/workflows/{id}/versions',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'The saved versions of a workflow, newest first, each with its definition, author and comment',
      tags,
      responses: { 200: { description: 'A page of versions', schema: WorkflowVersionPage } },
    },
    auth: 'tenant',
    params: VersionsParams,
    query: VersionsQuery,
    async handler(req, ctx) {
      const workflow = await findWorkflow(ctx, req.params.id);
      const builtIn = ctx.deps.builtIns.get(tenantOf(ctx), workflow.workflowId);
      if (builtIn) return ok({ items: [ctx.deps.builtIns.version(builtIn)] });
      const { limit, cursor } = req.query;
      return ok(
        pageView(
          await ctx.deps.workflows.listVersions(tenantOf(ctx), workflow.workflowId, {
            ...(limit !== undefined ? { limit } : {}),
            ...(cursor !== undefined ? { cursor } : {}),
          }),
        ),
      );
    },
  }),
  route({
    operationId: 'getWorkflowVersion',
    method: 'GET',
    path: '/workflows/{id}/versions/{version}',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'One saved version of a workflow',
      tags,
      responses: { 200: { description: 'The version', schema: WorkflowVersion } },
    },
    auth: 'tenant',
    params: VersionParams,
    async handler(req, ctx) {
      const workflow = await findWorkflow(ctx, req.params.id);
      const builtIn = ctx.deps.builtIns.get(tenantOf(ctx), workflow.workflowId);
      if (builtIn) {
        if (req.params.version !== 1) throw new NotFoundError('Version', String(req.params.version));
        return ok(ctx.deps.builtIns.version(builtIn));
      }
      return ok(await ctx.deps.workflows.getVersion(tenantOf(ctx), workflow.workflowId, req.params.version));
    },
  }),
];
