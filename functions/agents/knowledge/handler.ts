import { startAwsFunction } from '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createKnowledgeAgent } from './agent';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction([]);

export const handler = makeAgentHandler('knowledge', (platform) => createKnowledgeAgent(platform));
