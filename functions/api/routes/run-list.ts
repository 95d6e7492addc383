import * as z from 'zod/mini';
import { described } from '../../../statemachines/zod-kit';
import { type AnyRoute, defineRoute, ok } from '../../shared/http';
import { type ApiContext, tenantOf } from '../context';
import { Id, pageView, RunListQuery, RunPage } from '../schemas';
import { findWorkflow } from './workflow-lookup';

/** The runs of the whole tenant (the console's runs list), filtered by status and workflow. */

const route = defineRoute<ApiContext>();

export const TenantRunsQuery = /* @__PURE__ */ (() =>
  z.extend(RunListQuery, {
    workflowId: described(z.optional(Id), 'Only the runs of this workflow'),
  }))();

export const runListRoutes: AnyRoute<ApiContext>[] = [
  route({
    operationId: 'listTenantRuns',
    method: 'GET',
    path: '/runs',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'List the runs of every workflow, newest first; filter by status and workflowId',
      tags: ['Runs'],
      responses: { 200: { description: 'A page of runs', schema: RunPage } },
    },
    auth: 'tenant',
    query: TenantRunsQuery,
    async handler(req, ctx) {
      const tenantId = tenantOf(ctx);
      const { limit, cursor, status, workflowId } = req.query;
      const page = {
        ...(limit !== undefined ? { limit } : {}),
        ...(cursor !== undefined ? { cursor } : {}),
        ...(status !== undefined ? { status } : {}),
      };
      if (workflowId === undefined) return ok(pageView(await ctx.deps.runs.listByTenant(tenantId, page)));
      const workflow = await findWorkflow(ctx, workflowId);
      return ok(pageView(await ctx.deps.runs.listByWorkflow(tenantId, workflow.workflowId, page)));
    },
  }),
];
