import * as z from 'zod/mini';
import '../../../statemachines/zod-kit';
import { defineRoute, NotImplementedError, ok } from '../../shared/http';
import { type ApiContext, tenantOf } from '../context';
import { IdParams, TestWorkflowBody } from '../schemas';
import { findWorkflow, mustBeValid, ValidationError } from './workflow-lookup';

const route = defineRoute<ApiContext>();

/**
 * POST /workflows/{id}/test, an api-workflows route: the workflow is found and validated here (404, 422 with the
 * report), and the dry runner runs it: on AWS the api-dry-run function, invoked (remote-dry-runner.ts), which carries
 * the engine and not the validator; in the local runtime, in process.
 */
export const testWorkflowRoute = route({
  operationId: 'testWorkflow',
  method: 'POST',
  path: '/workflows/{id}/test',
  docs: typeof DYNARIS_BUNDLE === 'undefined' && {
    summary:
      'Dry-run a workflow: every step runs, side-effecting actions are recorded with their inputs, not performed',
    tags: ['Workflows'],
    responses: {
      200: {
        description: 'The dry run: steps with their would-be inputs and outputs',
        schema: () => z.record(z.string(), z.unknown()),
      },
    },
    // 503: Lambda throttled the dry run's Invoke; 504: the dry run outlasted its limit (dry-run-limits.ts).
  },
  auth: 'tenant',
  params: IdParams,
  body: TestWorkflowBody,
  errors: [ValidationError, 501, 503, 504],
  async handler(req, ctx) {
    const workflow = await findWorkflow(ctx, req.params.id);
    const validation = mustBeValid(ctx.deps, workflow.definition, 'definition');
    if (!ctx.deps.dryRunner)
      throw new NotImplementedError('Dry runs are not available in this deployment yet');
    const settings = await ctx.deps.tenants.getTenantSettings(tenantOf(ctx));
    const result = await ctx.deps.dryRunner.dryRun({
      tenantId: tenantOf(ctx),
      timezone: settings.timezone,
      calendar: { businessHours: settings.businessHours, holidays: settings.holidays },
      workflowId: workflow.workflowId,
      definition: workflow.definition,
      trigger: req.body?.trigger ?? {},
    });
    return ok({ ...result, workflowId: workflow.workflowId, version: workflow.currentVersion, validation });
  },
});
