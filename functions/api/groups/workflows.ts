import { createWorkflowRepository } from '../../data/workflows';
import { defaultLanguage } from '../language';
import { validationRoutes } from '../routes/validation';
import { versionRoutes } from '../routes/versions';
import { workflowRoutes } from '../routes/workflows';
import { type RouteTable, withIdempotencyKeys } from '../serve';
import { settingsReadingParts } from './settings-reading';
import { workflowApiDepsWith } from './workflow-deps';

/**
 * /workflows and everything under it (the api-workflows function), except a workflow's runs (the api function): the
 * workflow language's validation, limits check and diagram live here. A dry run (POST /workflows/{id}/test) is found
 * and validated here, and run by the api-dry-run function (the engine without the validator), which the route's dry
 * runner invokes (remote-dry-runner.ts; in process locally and in the tests).
 */
export const WORKFLOW_ROUTES: RouteTable = withIdempotencyKeys([
  ...workflowRoutes,
  ...validationRoutes,
  ...versionRoutes,
]);

/** api-workflows' dependencies: its language validates and draws diagrams. */
export const workflowApiDeps = workflowApiDepsWith(
  defaultLanguage,
  (platform, options) => settingsReadingParts('api-workflows', platform, options),
  (platform) => createWorkflowRepository({ db: platform.db, clock: platform.clock }),
);
