// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../../shared/json-parse-install';
import { leanPutEvents } from '../../adapters/aws-lean/put-events';
import { leanSendEmail } from '../../adapters/aws-lean/send-email';
import { startAwsFunction } from '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createEmailAgent } from './email';
import { knowledgeSearchFor } from './knowledge-context';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['bus', 'mailer'], { putEvents: leanPutEvents, sendEmail: leanSendEmail });

export const handler = makeAgentHandler('email', (platform) =>
  createEmailAgent({ ...platform, searchKnowledge: knowledgeSearchFor(platform) }),
);
