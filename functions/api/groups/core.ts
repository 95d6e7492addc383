import { createActivityStore } from '../../data/activity';
import { createApprovalRepository } from '../../data/approvals';
import { createBuiltInCatalog } from '../../data/built-in-workflows';
import { createLogRepository } from '../../data/logs';
import { createRunRepository } from '../../data/runs';
import { createWorkflowRepository } from '../../data/workflows';
import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import { createRunReopener } from '../reopen';
import { approvalRoutes } from '../routes/approvals';
import { assistantRoute } from '../routes/assistant';
import { feedRoutes } from '../routes/feed';
import { healthRoute } from '../routes/meta';
import { runListRoutes } from '../routes/run-list';
import { runRoutes } from '../routes/runs';
import { settingsRoutes } from '../routes/settings';
import { type ApiOptions, partialApiDeps, type RouteTable, withIdempotencyKeys } from '../serve';
import { authParts } from './common';

/**
 * Every route the other API functions do not serve (the api function, API Gateway's `/{proxy+}`): health, runs,
 * approvals, settings, events, schedules, logs. POST /assistant/workflows is listed so that its other methods answer
 * 405 as they always did (API Gateway sends the POST to api-assistant).
 */
export const CORE_ROUTES: RouteTable = withIdempotencyKeys([
  healthRoute,
  assistantRoute,
  ...runRoutes,
  ...runListRoutes,
  ...approvalRoutes,
  ...settingsRoutes,
  ...feedRoutes,
]);

/** What the api function's routes use beyond authentication. */
export const coreParts = (
  platform: Platform,
): Pick<
  ApiDeps,
  'workflows' | 'builtIns' | 'runs' | 'approvals' | 'logs' | 'activity' | 'reopenFailedRun'
> => {
  const { db, clock } = platform;
  return {
    workflows: createWorkflowRepository({ db, clock }),
    builtIns: createBuiltInCatalog(undefined),
    runs: createRunRepository({ db, clock }),
    approvals: createApprovalRepository({ db, clock }),
    logs: createLogRepository({ db, clock }),
    activity: createActivityStore({ db, clock }),
    reopenFailedRun: createRunReopener(platform),
  };
};

export const coreApiDeps = (platform: Platform, options: ApiOptions = {}): ApiDeps =>
  partialApiDeps(platform, { ...authParts(platform, options), ...coreParts(platform) }, options);
