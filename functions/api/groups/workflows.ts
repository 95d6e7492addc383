import { createBuiltInCatalog } from '../../data/built-in-workflows';
import { createWorkflowRepository } from '../../data/workflows';
import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import { defaultLanguage } from '../language';
import { validationRoutes } from '../routes/validation';
import { versionRoutes } from '../routes/versions';
import { workflowRoutes } from '../routes/workflows';
import { type ApiOptions, partialApiDeps, type RouteTable, withIdempotencyKeys } from '../serve';
import { authParts } from './common';

/**
 * /workflows and everything under it (the api-workflows function), except a workflow's runs (the api function)
 * and its dry run (api-dry-run, which serves this table with a dry runner): the workflow language's validation,
 * limits check and diagram live here.
 */
export const WORKFLOW_ROUTES: RouteTable = withIdempotencyKeys([
  ...workflowRoutes,
  ...validationRoutes,
  ...versionRoutes,
]);

export const workflowApiDeps = (platform: Platform, options: ApiOptions = {}): ApiDeps =>
  partialApiDeps(
    platform,
    {
      ...authParts(platform, options),
      workflows: createWorkflowRepository({ db: platform.db, clock: platform.clock }),
      builtIns: createBuiltInCatalog(undefined),
      language: defaultLanguage,
    },
    options,
  );
