// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createHttpAgent } from './http';

/** On AWS requests use pinned, address-checked sockets; locally they go through the platform fetch (the outbox). */
export const handler = makeAgentHandler('http', (platform) =>
  createHttpAgent({ ...platform, ...(platform.mode === 'local' ? { via: platform.fetch } : {}) }),
);
