import { makeAgentHandler } from '../runner';
import { createHttpAgent } from './http';

export const handler = makeAgentHandler('http', (platform) => createHttpAgent(platform));
