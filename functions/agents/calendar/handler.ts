import { createTenantRepository } from '../../data/tenants';
import { makeAgentHandler } from '../runner';
import { createCalendarAgent } from './agent';

export const handler = makeAgentHandler('calendar', (platform) =>
  createCalendarAgent({ ...platform, settings: createTenantRepository(platform) }),
);
