import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import { assistantRoute } from '../routes/assistant';
import { type ApiOptions, partialApiDeps, type RouteTable, withIdempotencyKeys } from '../serve';
import { authOnlyParts } from './auth-only';

/** POST /assistant/workflows (the api-assistant function, which adds the assistant): it reads no tenant settings. */
export const ASSISTANT_ROUTES: RouteTable = withIdempotencyKeys([assistantRoute]);

export const assistantApiDeps = (platform: Platform, options: ApiOptions = {}): ApiDeps =>
  partialApiDeps(platform, authOnlyParts('api-assistant', platform, options), options);
