// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../../adapters/aws-platform';
import { createTenantRepository } from '../../data/tenants';
import { makeAgentHandler } from '../runner';
import { createCalendarAgent } from './agent';

export const handler = makeAgentHandler('calendar', (platform) =>
  createCalendarAgent({ ...platform, settings: createTenantRepository(platform) }),
);
