import type { WorkflowDefinition } from '../../statemachines/schema';
import { NonRetriableError } from '../shared/errors';
import type { Platform } from '../shared/platform';
import type { DryRunner } from './context';
import { createDryRunner } from './dry-runner';

/**
 * What api-workflows sends the api-dry-run function (a synchronous Invoke, functions/api/remote-dry-runner.ts): a
 * dry run of a definition api-workflows has found valid with the workflow language's validator, for the tenant of the
 * request's principal. The function validates nothing itself: POST /workflows/{id}/test is api-workflows' route, which
 * finds the workflow, answers 404 and 422 with the same lookups and report as every workflow route, and then asks
 * this function for the run alone, so api-dry-run ships the engine without the validator (docs/performance.md).
 */
export type DryRunRequest = Parameters<DryRunner['dryRun']>[0];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The request from an invocation's payload: only api-workflows may invoke the function (its role alone is granted),
 * so a payload of another shape is a deployment fault, refused naming the field rather than run.
 */
export const dryRunRequest = (payload: unknown): DryRunRequest => {
  if (!isRecord(payload)) throw new NonRetriableError('A dry-run request is a JSON object');
  for (const field of ['tenantId', 'workflowId', 'timezone'] as const) {
    const value = payload[field];
    if (typeof value !== 'string' || value === '')
      throw new NonRetriableError(`A dry-run request's ${field} is a non-empty string`);
  }
  if (!isRecord(payload.definition) || !isRecord(payload.definition.trigger))
    throw new NonRetriableError(
      "A dry-run request's definition is a workflow definition (an object with a trigger)",
    );
  if (!isRecord(payload.trigger)) throw new NonRetriableError("A dry-run request's trigger is a JSON object");
  const calendar = payload.calendar;
  if (
    calendar !== undefined &&
    !(
      isRecord(calendar) &&
      isRecord(calendar.businessHours) &&
      (calendar.holidays === undefined ||
        (Array.isArray(calendar.holidays) && calendar.holidays.every((d) => typeof d === 'string')))
    )
  )
    throw new NonRetriableError("A dry-run request's calendar is { businessHours, holidays }");
  return {
    tenantId: payload.tenantId as string,
    workflowId: payload.workflowId as string,
    timezone: payload.timezone as string,
    definition: payload.definition as unknown as WorkflowDefinition,
    trigger: payload.trigger,
    ...(calendar ? { calendar: calendar as NonNullable<DryRunRequest['calendar']> } : {}),
  };
};

/** The api-dry-run function's work for one invocation: the checked request, dry-run with the platform's reads. */
export const serveDryRuns = (
  platform: Platform,
  runner: DryRunner = createDryRunner(platform),
): ((payload: unknown) => Promise<Record<string, unknown>>) => {
  return async (payload) => runner.dryRun(dryRunRequest(payload));
};
