import { testWorkflowRoute } from '../routes/workflow-test';
import { type RouteTable, withIdempotencyKeys } from '../serve';

export { workflowApiDeps as dryRunApiDeps } from './workflow-deps';

/**
 * POST /workflows/{id}/test, the one route API Gateway sends to the api-dry-run function (infra/api-routes.ts): the
 * other workflow routes stay in api-workflows.
 */
export const DRY_RUN_ROUTES: RouteTable = withIdempotencyKeys([testWorkflowRoute]);
