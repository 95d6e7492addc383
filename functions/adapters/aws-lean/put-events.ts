import { traceClient } from '../../shared/observability';
import { AWS_RETRY } from '../../shared/retry';
import type { PutEventsVia } from '../eventbridge-bus';
import { onFirstUse } from '../lazy-sdk';
import { EventBridgeClient, PutEventsCommand } from './eventbridge';

/**
 * The publisher's PutEvents through this client (traced like every SDK client), for the environment
 * leanAwsEnvironment resolved. An entry whose main path publishes passes it to startAwsFunction, so only those
 * bundles carry this client (~45 KB).
 */
export const leanPutEvents: PutEventsVia = (environment) => {
  const client = onFirstUse(async () => traceClient(new EventBridgeClient({ ...environment, ...AWS_RETRY })));
  return async (input) => (await client()).run(new PutEventsCommand(input));
};
