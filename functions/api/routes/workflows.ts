import * as z from 'zod/mini';
import { builtOnFirstParse } from '../../../statemachines/zod-kit';
import type { WorkflowRecord } from '../../data/workflows';
import { UnprocessableError } from '../../shared/errors';
import {
  type AnyRoute,
  accepted,
  created,
  defineRoute,
  ok,
  ServiceUnavailableError,
} from '../../shared/http';
import { type ApiContext, actorOf, tenantOf } from '../context';
import {
  IdParams,
  UpdateWorkflowBody,
  Workflow,
  WorkflowDefinitionBody,
  WorkflowDetail,
  WorkflowListQuery,
  WorkflowPage,
  WorkflowWithReport,
} from '../schemas';
import { listWithBuiltIns, refuseBuiltIn } from './built-ins';
import { findWorkflow, mustBeValid, reportView, ValidationError } from './workflow-lookup';
import { testWorkflowRoute } from './workflow-test';

const route = defineRoute<ApiContext>();
const tags = ['Workflows'];

/** A workflow the API may change: 409 for a built-in (with the reason), else findWorkflow. */
const findEditableWorkflow = async (ctx: ApiContext, workflowId: string, change: string) => {
  refuseBuiltIn(ctx, workflowId, change);
  return findWorkflow(ctx, workflowId);
};

/** Converges AWS to the saved workflow; a failure is recorded on the workflow and answered 503. */
const provision = async (ctx: ApiContext, workflowId: string): Promise<WorkflowRecord | undefined> => {
  const tenantId = tenantOf(ctx);
  try {
    await ctx.deps.platform.provisioner.requestProvision(tenantId, workflowId);
  } catch (err) {
    ctx.deps.log('Provisioning failed', { tenantId, workflowId, error: String(err) });
    const wf = await ctx.deps.workflows.get(tenantId, workflowId);
    if (wf && wf.status !== 'error') {
      await ctx.deps.workflows
        .setStatus(tenantId, workflowId, 'error', 'Provisioning failed; retry enabling the workflow')
        .catch(() => undefined);
    }
    throw new ServiceUnavailableError(
      `Provisioning workflow ${workflowId} failed${wf?.statusReason ? `: ${wf.statusReason}` : ''}; it is in error status, retry`,
    );
  }
  // Converging later (AWS: the table stream): the stored status is the previous outcome, not this one's.
  if (ctx.deps.platform.provisioner.deferred) return undefined;
  const after = await ctx.deps.workflows.get(tenantId, workflowId);
  // The provisioner records permanent failures on the workflow instead of throwing: say so, not 200.
  if (after?.status === 'error') {
    throw new UnprocessableError(
      `Workflow ${workflowId} (version ${after.currentVersion}) is saved but could not be deployed: ${after.statusReason ?? 'unknown reason'}`,
    );
  }
  return after;
};

export const workflowRoutes: AnyRoute<ApiContext>[] = [
  route({
    operationId: 'createWorkflow',
    method: 'POST',
    path: '/workflows',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Create a workflow (saved as a draft, version 1)',
      description:
        'The definition is checked structurally (400, every field) and semantically (422 with the validation report: ' +
        'actions exist, inputs fit, references resolve, durations and schedules parse). Nothing runs until it is enabled.',
      tags,
      responses: { 201: { description: 'Created', schema: WorkflowWithReport } },
    },
    auth: 'tenant',
    body: builtOnFirstParse(WorkflowDefinitionBody),
    errors: [ValidationError],
    async handler(req, ctx) {
      const validation = mustBeValid(ctx.deps, req.body, 'body');
      const workflow = await ctx.deps.workflows.create(tenantOf(ctx), req.body, { by: actorOf(ctx) });
      return created({ workflow, validation }, `/workflows/${workflow.workflowId}`);
    },
  }),
  route({
    operationId: 'listWorkflows',
    method: 'GET',
    path: '/workflows',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: "List workflows: the built-in ones first, then the tenant's own, newest first",
      description:
        'Built-in workflows (`builtIn: true`) are deployed by the stack from templates and are read-only: they are ' +
        'enabled, have one version, and PUT, DELETE, enable and disable answer 409.',
      tags,
      responses: { 200: { description: 'A page of workflows', schema: WorkflowPage } },
    },
    auth: 'tenant',
    query: WorkflowListQuery,
    async handler(req, ctx) {
      const { limit, cursor, status } = req.query;
      return ok(
        await listWithBuiltIns(ctx, {
          ...(limit !== undefined ? { limit } : {}),
          ...(cursor !== undefined ? { cursor } : {}),
          ...(status !== undefined ? { status } : {}),
        }),
      );
    },
  }),
  route({
    operationId: 'getWorkflow',
    method: 'GET',
    path: '/workflows/{id}',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Get a workflow with its diagram and validation report',
      tags,
      responses: { 200: { description: 'The workflow', schema: WorkflowDetail } },
    },
    auth: 'tenant',
    params: IdParams,
    async handler(req, ctx) {
      const workflow = await findWorkflow(ctx, req.params.id);
      const report = ctx.deps.language.validate(workflow.definition);
      const diagram = report.valid ? ctx.deps.language.diagram(workflow.definition) : '';
      return ok({ workflow, validation: reportView(report), diagram });
    },
  }),
  route({
    operationId: 'updateWorkflow',
    method: 'PUT',
    path: '/workflows/{id}',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Save a new version of a workflow',
      description:
        'Optimistic concurrency: `expectedVersion` is the currentVersion the change was made from; if someone saved ' +
        'since, 409. Running executions finish on the version they started with; an enabled workflow is re-provisioned.',
      tags,
      responses: { 200: { description: 'Saved', schema: WorkflowWithReport } },
    },
    auth: 'tenant',
    params: IdParams,
    body: builtOnFirstParse(UpdateWorkflowBody),
    errors: [409, ValidationError, 503],
    async handler(req, ctx) {
      const existing = await findEditableWorkflow(ctx, req.params.id, 'changed');
      const validation = mustBeValid(ctx.deps, req.body.definition, 'body.definition');
      let workflow = await ctx.deps.workflows.saveVersion(
        tenantOf(ctx),
        existing.workflowId,
        req.body.definition,
        req.body.expectedVersion,
        { by: actorOf(ctx), ...(req.body.comment ? { comment: req.body.comment } : {}) },
      );
      if (workflow.status === 'enabled' || workflow.status === 'error' || workflow.deployed) {
        workflow = (await provision(ctx, workflow.workflowId)) ?? workflow;
      }
      return ok({ workflow, validation });
    },
  }),
  route({
    operationId: 'enableWorkflow',
    method: 'POST',
    path: '/workflows/{id}/enable',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Enable a workflow: deploy its state machine and turn its trigger on',
      tags,
      responses: { 200: { description: 'Enabled (status may be error with a reason)', schema: Workflow } },
    },
    auth: 'tenant',
    params: IdParams,
    errors: [409, ValidationError, 503],
    async handler(req, ctx) {
      const existing = await findEditableWorkflow(ctx, req.params.id, 'enabled');
      mustBeValid(ctx.deps, existing.definition, 'definition');
      const enabled = await ctx.deps.workflows.enable(tenantOf(ctx), existing.workflowId);
      return ok((await provision(ctx, existing.workflowId)) ?? enabled);
    },
  }),
  route({
    operationId: 'disableWorkflow',
    method: 'POST',
    path: '/workflows/{id}/disable',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Disable a workflow: its trigger stops (running executions finish)',
      tags,
      responses: { 200: { description: 'Disabled', schema: Workflow } },
    },
    auth: 'tenant',
    params: IdParams,
    errors: [409, 503],
    async handler(req, ctx) {
      const existing = await findEditableWorkflow(ctx, req.params.id, 'disabled');
      const disabled = await ctx.deps.workflows.disable(
        tenantOf(ctx),
        existing.workflowId,
        `Disabled by ${actorOf(ctx)}`,
      );
      return ok((await provision(ctx, existing.workflowId)) ?? disabled);
    },
  }),
  route({
    operationId: 'deleteWorkflow',
    method: 'DELETE',
    path: '/workflows/{id}',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Delete a workflow and everything deployed for it',
      tags,
      responses: {
        202: {
          description: 'Deletion under way (state machine, schedule and subscription are removed)',
          schema: () => z.object({ workflowId: z.string(), status: z.literal('deleting') }),
        },
      },
    },
    auth: 'tenant',
    params: IdParams,
    errors: [409, 503],
    async handler(req, ctx) {
      const existing = await findEditableWorkflow(ctx, req.params.id, 'deleted');
      await ctx.deps.workflows.markDeleting(tenantOf(ctx), existing.workflowId);
      await provision(ctx, existing.workflowId);
      return accepted({ workflowId: existing.workflowId, status: 'deleting' });
    },
  }),
  testWorkflowRoute,
];
