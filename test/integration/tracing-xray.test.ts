import { Logger } from '../../functions/shared/logger';
import { tracingScenarios } from '../support/xray-scenarios';

/**
 * Dynaris' own tracer (functions/shared/xray) as Lambda runs it: handlers wrapped by observed(), clients passed
 * through traceClient, documents to the X-Ray daemon over UDP (a socket on loopback). No AWS call leaves the
 * process: the client answers from a stub handler.
 */
tracingScenarios('observed() in Lambda', async () => {
  const { observed, traceClient } = await import('../../functions/shared/observability');
  const logger = new Logger({ logLevel: 'CRITICAL' });
  return { wrap: (work) => observed(work, logger), traceClient };
});
