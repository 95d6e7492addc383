// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../../shared/json-parse-install';
import { leanKms } from '../../adapters/aws-lean/kms-calls';
import { startAwsFunction } from '../../adapters/aws-platform';
import { createActivityStore } from '../../data/activity';
import { makeAgentHandler } from '../runner';
import { createReportAgent } from './report';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['secrets'], { kms: leanKms });

export const handler = makeAgentHandler('report', (platform) =>
  createReportAgent({ ...platform, activity: createActivityStore(platform) }),
);
