// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../../shared/json-parse-install';
import { leanPutEvents } from '../../adapters/aws-lean/put-events';
import { leanS3 } from '../../adapters/aws-lean/s3-calls';
import { startAwsFunction } from '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createFilesAgent } from './agent';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['bus', 'files'], { putEvents: leanPutEvents, s3: leanS3 });

export const handler = makeAgentHandler('files', (platform) => createFilesAgent(platform));
