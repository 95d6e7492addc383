import { validateWorkflow } from '../../../statemachines/validate';
import { createSettingsReads } from '../../data/tenants/settings-reads';
import type { WorkflowRepository } from '../../data/workflows';
import { readWorkflow } from '../../data/workflows/records';
import type { Platform } from '../../shared/platform';
import type { WorkflowLanguage } from '../context';
import { testWorkflowRoute } from '../routes/workflow-test';
import { type RouteTable, withIdempotencyKeys } from '../serve';
import { authOnlyParts } from './auth-only';
import { workflowApiDepsWith } from './workflow-deps';

/**
 * POST /workflows/{id}/test, the one route API Gateway sends to the api-dry-run function (infra/api-routes.ts): the
 * other workflow routes stay in api-workflows.
 */
export const DRY_RUN_ROUTES: RouteTable = withIdempotencyKeys([testWorkflowRoute]);

/**
 * The language of api-dry-run: validation with the limits check, as api-workflows validates. Its one route answers no
 * diagram, so the Mermaid renderer (statemachines/diagram.ts) is not in its bundle.
 */
export const DRY_RUN_LANGUAGE: WorkflowLanguage = {
  validate: (definition) => validateWorkflow(definition),
  diagram: () => {
    throw new Error(
      "api-dry-run draws no diagrams: GET /workflows/{id} and POST /workflows/validate are api-workflows' routes",
    );
  },
};

/**
 * The workflows of api-dry-run: its route reads the workflow it dry-runs and changes none, so it carries the read
 * alone (not the saves, versions and lifecycle writes); every other method fails naming the function.
 */
const readOnlyWorkflows = (platform: Platform): WorkflowRepository => {
  const absent = (): never => {
    throw new Error('api-dry-run only reads workflows (its one route changes none)');
  };
  return {
    get: (tenantId, workflowId) => readWorkflow(platform.db, tenantId, workflowId),
    mustGet: absent,
    create: absent,
    saveVersion: absent,
    getVersion: absent,
    listVersions: absent,
    list: absent,
    setStatus: absent,
    enable: absent,
    disable: absent,
    setDeployment: absent,
    clearDeployment: absent,
    markDeleting: absent,
    remove: absent,
  };
};

/** Its route reads the tenant's time zone and the workflow, and changes neither (auth-only.ts, readOnlyWorkflows). */
export const dryRunApiDeps = workflowApiDepsWith(
  DRY_RUN_LANGUAGE,
  (platform, options) =>
    authOnlyParts('api-dry-run', platform, options, createSettingsReads({ db: platform.db })),
  readOnlyWorkflows,
);
