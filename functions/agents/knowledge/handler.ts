import { makeAgentHandler } from '../runner';
import { createKnowledgeAgent } from './agent';

export const handler = makeAgentHandler('knowledge', (platform) => createKnowledgeAgent(platform));
