import { createBuiltInCatalog } from '../../data/built-in-workflows';
import { createWorkflowRepository } from '../../data/workflows';
import type { Platform } from '../../shared/platform';
import type { ApiDeps, WorkflowLanguage } from '../context';
import { type ApiOptions, partialApiDeps } from '../serve';
import { authParts } from './common';

/**
 * What the workflow routes need (api-workflows and api-dry-run): the workflows, the built-ins, and the language each
 * function carries (api-workflows' draws diagrams; api-dry-run's only validates, so the diagram stays out of its
 * bundle).
 */
export const workflowApiDepsWith =
  (language: WorkflowLanguage) =>
  (platform: Platform, options: ApiOptions = {}): ApiDeps =>
    partialApiDeps(
      platform,
      {
        ...authParts(platform, options),
        workflows: createWorkflowRepository({ db: platform.db, clock: platform.clock }),
        builtIns: createBuiltInCatalog(undefined),
        language,
      },
      options,
    );
