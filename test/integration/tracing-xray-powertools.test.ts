import middy from '@middy/core';
import { tracingScenarios } from '../support/xray-scenarios';

/**
 * The reference: Powertools Tracer with the X-Ray SDK, which the deployed functions used before Dynaris' own
 * tracer (a devDependency now, for this comparison only). The same scenarios pass on both, so the documents the
 * functions send are the ones they sent before.
 */
tracingScenarios('Powertools Tracer (the X-Ray SDK)', async () => {
  const { Tracer } = await import('@aws-lambda-powertools/tracer');
  const { captureLambdaHandler } = await import('@aws-lambda-powertools/tracer/middleware');
  const tracer = new Tracer();
  return {
    wrap: (work) => middy(work).use(captureLambdaHandler(tracer, { captureResponse: false })),
    traceClient: (client) => tracer.captureAWSv3Client(client),
  };
});
