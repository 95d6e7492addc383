// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createKnowledgeAgent } from './agent';

export const handler = makeAgentHandler('knowledge', (platform) => createKnowledgeAgent(platform));
