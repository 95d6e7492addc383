import { createBuiltInCatalog } from '../../data/built-in-workflows';
import { createWorkflowRepository } from '../../data/workflows';
import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import { defaultLanguage } from '../language';
import { type ApiOptions, partialApiDeps } from '../serve';
import { authParts } from './common';

/** What the workflow routes need (api-workflows and api-dry-run): the workflows, the built-ins, the language. */
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
