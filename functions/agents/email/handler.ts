import { makeAgentHandler } from '../runner';
import { createEmailAgent } from './email';
import { knowledgeSearchFor } from './knowledge-context';

export const handler = makeAgentHandler('email', (platform) =>
  createEmailAgent({ ...platform, searchKnowledge: knowledgeSearchFor(platform) }),
);
