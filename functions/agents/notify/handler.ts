// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createNotifyAgent } from './notify';

export const handler = makeAgentHandler('notify', (platform) => createNotifyAgent(platform));
