// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createEmailAgent } from './email';
import { knowledgeSearchFor } from './knowledge-context';

export const handler = makeAgentHandler('email', (platform) =>
  createEmailAgent({ ...platform, searchKnowledge: knowledgeSearchFor(platform) }),
);
