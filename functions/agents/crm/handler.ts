import { makeAgentHandler } from '../runner';
import { createCrmAgent } from './agent';

export const handler = makeAgentHandler('crm', (platform) => createCrmAgent(platform));
