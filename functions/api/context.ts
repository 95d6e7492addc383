import type { WorkingCalendar } from '../../statemachines/business-days';
import type { WorkflowDefinition } from '../../statemachines/schema';
import type { ValidationReport } from '../../statemachines/validate';
import type { ActivityStore } from '../data/activity';
import type { ApprovalRepository } from '../data/approvals';
import type { BuiltInCatalog } from '../data/built-in-workflows';
import type { LogRepository } from '../data/logs';
import type { RequestKeyStore } from '../data/request-keys';
import type { RunRepository } from '../data/runs';
import type { TenantRepository } from '../data/tenants';
import type { WorkflowRepository } from '../data/workflows';
import { UnauthorizedError } from '../shared/errors';
import type { ErrorLogger } from '../shared/http';
import type { Platform } from '../shared/platform';
import type { WebhookDeps } from '../webhooks/webhooks';
import type { DataModules } from './data-modules';
import type { Principal } from './middleware/auth';
import type { RateLimiter } from './middleware/rate-limit';

/** The workflow language as the API uses it: validation (statemachines/validate.ts) and the Mermaid diagram. */
export interface WorkflowLanguage {
  validate(definition: unknown): ValidationReport;
  diagram(definition: WorkflowDefinition): string;
}

/** A dry run of a workflow definition (functions/engine, local-runtime): actions recorded, nothing performed. */
export interface DryRunner {
  dryRun(
    input: {
      tenantId: string;
      workflowId: string;
      definition: WorkflowDefinition;
      trigger: Record<string, unknown>;
      /** The tenant's time zone (the default of schedule triggers and date formatting). */
      timezone: string;
      /** The tenant's working week and holidays, for business-day waits. @default Mon-Fri 09:00-17:00, none */
      calendar?: Omit<WorkingCalendar, 'timeZone'>;
    },
    options?: DryRunControl,
  ): Promise<Record<string, unknown>>;
}

export interface DryRunControl {
  /** Aborted at the dry run's deadline: the run stops where it is and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /**
   * Checks the deadline synchronously (aborting `signal` once it has passed), called by the run at every state, task
   * and step of its answer: a run that never yields to the event loop stops there, where a timer cannot fire.
   */
  readonly checkpoint?: () => void;
}

/** The assistant (functions/assistant): plain words -> a validated workflow definition. */
export interface Assistant {
  createWorkflowFromPrompt(input: { tenantId: string; prompt: string }): Promise<Record<string, unknown>>;
}

/** Everything the API routes use. Built from the Platform by createApiDeps (app.ts); tests substitute parts. */
export interface ApiDeps {
  readonly platform: Platform;
  readonly tenants: TenantRepository;
  readonly workflows: WorkflowRepository;
  /** The built-in workflows the deployment runs (not in the table; read-only). */
  readonly builtIns: BuiltInCatalog;
  readonly runs: RunRepository;
  readonly approvals: ApprovalRepository;
  readonly logs: LogRepository;
  readonly activity: ActivityStore;
  readonly data: DataModules;
  readonly language: WorkflowLanguage;
  readonly webhooks: WebhookDeps;
  readonly limiter: RateLimiter;
  /** Idempotency-Key records (POST routes). */
  readonly requestKeys: RequestKeyStore;
  /**
   * Puts a failed or cancelled run back to running after a redrive (RunRepository.reopen, conditional on it still
   * being failed/cancelled); false when it was not.
   */
  readonly reopenFailedRun: (tenantId: string, runId: string) => Promise<boolean>;
  readonly log: ErrorLogger;
  /** Absent until the local-runtime helper's dry-run helper is wired: POST /workflows/{id}/test answers 501. */
  readonly dryRunner?: DryRunner;
  /** Absent until the assistant is wired: POST /assistant/workflows answers 501. */
  readonly assistant?: Assistant;
}

export interface ApiContext {
  readonly deps: ApiDeps;
  /** Set on every `auth: 'tenant'` route; undefined on public and webhook routes. */
  readonly principal: Principal | undefined;
  /** The OpenAPI document of this API (built lazily from the route table). */
  readonly openapi: () => Record<string, unknown>;
}

/** The caller's tenant: from the principal, never from the request. */
export const tenantOf = (ctx: ApiContext): string => {
  if (!ctx.principal) throw new UnauthorizedError();
  return ctx.principal.tenantId;
};

export const principalOf = (ctx: ApiContext): Principal => {
  if (!ctx.principal) throw new UnauthorizedError();
  return ctx.principal;
};

/** Who did it, for records: the user's email when known, else their id (`apikey:<id>` for machine clients). */
export const actorOf = (ctx: ApiContext): string => {
  const p = principalOf(ctx);
  return p.email ?? p.userId;
};
