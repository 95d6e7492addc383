import { createBuiltInCatalog } from '../../data/built-in-workflows';
import type { WorkflowRepository } from '../../data/workflows';
import type { Platform } from '../../shared/platform';
import type { ApiDeps, WorkflowLanguage } from '../context';
import { type ApiOptions, partialApiDeps } from '../serve';
import type { authParts } from './common';

/**
 * What the workflow routes need (api-workflows): the workflows, the built-ins, the language the function carries
 * (validation and the diagram), how it authenticates (`auth`) and its workflows' repository.
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
