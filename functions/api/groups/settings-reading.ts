import { createSettingsReads } from '../../data/tenants/settings-reads';
import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import type { ApiOptions } from '../serve';
import { authOnlyParts } from './auth-only';

/**
 * authParts (common.ts) for a function whose routes authenticate API keys and only read the tenant settings
 * (api-workflows: a dry run reads the time zone and business hours): the settings' reads (settings-reads.ts) and the
 * key lookup, without the settings' writes, validation and secrets (7 KB of api-workflows); the other methods fail
 * naming the function (auth-only.ts).
 */
export const settingsReadingParts = (
  fn: string,
  platform: Platform,
  options: ApiOptions = {},
): Pick<ApiDeps, 'tenants' | 'limiter' | 'requestKeys'> => {
  const parts = authOnlyParts(fn, platform, options);
  return { ...parts, tenants: { ...parts.tenants, ...createSettingsReads({ db: platform.db }) } };
};
