import { createBuiltInCatalog } from '../../data/built-in-workflows';
import { createWorkflowRepository } from '../../data/workflows';
import type { Platform } from '../../shared/platform';
import type { ApiDeps, WorkflowLanguage } from '../context';
import { type ApiOptions, partialApiDeps } from '../serve';
import type { authParts } from './common';

/**
 * What the workflow routes need (api-workflows and api-dry-run): the workflows, the built-ins, and the language each
 * function carries (api-workflows' draws diagrams; api-dry-run's only validates, so the diagram stays out of its
 * bundle), and how it authenticates (`auth`: api-workflows' authParts; api-dry-run only reads the tenant's settings).
 */
export const workflowApiDepsWith =
  (language: WorkflowLanguage, auth: typeof authParts) =>
  (platform: Platform, options: ApiOptions = {}): ApiDeps =>
    partialApiDeps(
      platform,
      {
        ...auth(platform, options),
        workflows: createWorkflowRepository({ db: platform.db, clock: platform.clock }),
        builtIns: createBuiltInCatalog(undefined),
        language,
      },
      options,
    );
