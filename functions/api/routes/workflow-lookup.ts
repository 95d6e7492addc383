import type { ValidationReport } from '../../../statemachines/validate';
import type { WorkflowRecord } from '../../data/workflows';
import { NotFoundError, UnprocessableError } from '../../shared/errors';
import { type ApiContext, type ApiDeps, tenantOf } from '../context';

/**
 * What the workflow routes share: finding a workflow of the caller's tenant and refusing an invalid definition (its
 * own module so the run routes carry it without every workflow route).
 */

/** 422 for an invalid definition, with the whole report. */
export const ValidationError = 422;

/** Semantic validation; an invalid definition is 422 with the whole report. */
export const mustBeValid = (deps: ApiDeps, definition: unknown, at: string): ApiValidationReport => {
  const report = deps.language.validate(definition);
  if (!report.valid) {
    const n = report.issues.length;
    throw new UnprocessableError(
      `The workflow is invalid: ${n} problem${n === 1 ? '' : 's'}`,
      report.issues.map((i) => ({ path: i.path.replace(/^\$/, at), message: `${i.message} (${i.code})` })),
    );
  }
  return reportView(report);
};

export type ApiValidationReport = Omit<ValidationReport, 'definition'>;
/** The report without the parsed definition (the workflow is returned beside it). */
export const reportView = (report: ValidationReport): ApiValidationReport => ({
  valid: report.valid,
  issues: report.issues,
  warnings: report.warnings,
});

/**
 * A workflow of the caller's tenant, its built-ins included, or 404 (also for another tenant's ids and workflows
 * being deleted).
 */
export const findWorkflow = async (ctx: ApiContext, workflowId: string): Promise<WorkflowRecord> => {
  const builtIn = ctx.deps.builtIns.get(tenantOf(ctx), workflowId);
  if (builtIn) return builtIn;
  const wf = await ctx.deps.workflows.get(tenantOf(ctx), workflowId);
  if (!wf || wf.status === 'deleting') throw new NotFoundError('Workflow', workflowId);
  return wf;
};
