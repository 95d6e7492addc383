import { startAwsFunction } from '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createFilesAgent } from './agent';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['bus', 'files']);

export const handler = makeAgentHandler('files', (platform) => createFilesAgent(platform));
