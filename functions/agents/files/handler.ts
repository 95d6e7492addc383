import { makeAgentHandler } from '../runner';
import { createFilesAgent } from './agent';

export const handler = makeAgentHandler('files', (platform) => createFilesAgent(platform));
