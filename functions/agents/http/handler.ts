// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../../shared/json-parse-install';
import { startAwsFunction } from '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createHttpAgent } from './http';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction([]);

/** On AWS requests use pinned, address-checked sockets; locally they go through the platform fetch (the outbox). */
export const handler = makeAgentHandler('http', (platform) =>
  createHttpAgent({ ...platform, ...(platform.mode === 'local' ? { via: platform.fetch } : {}) }),
);
