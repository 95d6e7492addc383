import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import { createDataModules } from '../data';
import { dataRoutes } from '../routes/data';
import { type ApiOptions, partialApiDeps, type RouteTable, withIdempotencyKeys } from '../serve';
import { authParts } from './common';

/** The data modules' collections (the api-data function): /leads, /contacts, /bookings, /invoices, /files, /knowledge. */
export const DATA_ROUTES: RouteTable = withIdempotencyKeys(dataRoutes);

export const dataApiDeps = (platform: Platform, options: ApiOptions = {}): ApiDeps =>
  partialApiDeps(platform, { ...authParts(platform, options), data: createDataModules(platform) }, options);
