// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import { leanPutEvents } from '../adapters/aws-lean/put-events';
import { startAwsFunction } from '../adapters/aws-platform';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { apiFunction } from './api-with';
import { DATA_ROUTES, dataApiDeps } from './groups/data';
import { defaultErrorLog, defaultLogger } from './serve';

// Deployed: the Platform from this function's environment, and the SDKs of its main path (writes publish
// events), at cold start.
await startAwsFunction(['bus'], { putEvents: leanPutEvents });

/** The api-data function: the data modules' collections (leads, contacts, bookings, invoices, files, knowledge). */
export const handler = observed(apiFunction({ routes: DATA_ROUTES, deps: dataApiDeps }), defaultLogger).use(
  httpErrors(defaultErrorLog),
);
