import { createBuiltInCatalog } from '../../data/built-in-workflows';
import type { WorkflowRepository } from '../../data/workflows';
import type { Platform } from '../../shared/platform';
import type { ApiDeps, WorkflowLanguage } from '../context';
import { type ApiOptions, partialApiDeps } from '../serve';
import type { authParts } from './common';

/**
 * What the workflow routes need (api-workflows and api-dry-run): the workflows, the built-ins, and the language each
 * function carries (api-workflows' draws diagrams; api-dry-run's only validates, so the diagram stays out of its
 * bundle), how it authenticates (`auth`: api-workflows' authParts; api-dry-run only reads the tenant's settings) and
 * its workflows (api-dry-run only reads them).
 */
export const workflowApiDepsWith =
  (
    language: WorkflowLanguage,
    auth: typeof authParts,
    workflows: (platform: Platform) => WorkflowRepository,
  ) =>
  (platform: Platform, options: ApiOptions = {}): ApiDeps =>
    partialApiDeps(
      platform,
      {
        ...auth(platform, options),
        workflows: workflows(platform),
        builtIns: createBuiltInCatalog(undefined),
        language,
      },
      options,
    );
