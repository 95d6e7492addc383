// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../../shared/json-parse-install';
import { startAwsFunction } from '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createKnowledgeAgent } from './agent';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction([]);

export const handler = makeAgentHandler('knowledge', (platform) => createKnowledgeAgent(platform));
