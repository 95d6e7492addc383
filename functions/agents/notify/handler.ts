import { makeAgentHandler } from '../runner';
import { createNotifyAgent } from './notify';

export const handler = makeAgentHandler('notify', (platform) => createNotifyAgent(platform));
