// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../../shared/json-parse-install';
import { leanPutEvents } from '../../adapters/aws-lean/put-events';
import { startAwsFunction } from '../../adapters/aws-platform';
import { createTenantRepository } from '../../data/tenants';
import { makeAgentHandler } from '../runner';
import { createCrmAgent } from './agent';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['bus'], { putEvents: leanPutEvents });

export const handler = makeAgentHandler('crm', (platform) =>
  createCrmAgent({ ...platform, settings: createTenantRepository(platform) }),
);
