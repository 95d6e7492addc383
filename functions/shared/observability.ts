import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { EmfMetrics, logMetrics } from './emf';
import { injectLambdaContext, type Logger } from './logger';
import { METRIC_NAMESPACE } from './metrics';
import { mapErrorStack } from './source-stack';

/**
 * The one observability set-up every Lambda handler shares (thin handlers: `export const handler =
 * observed(lambdaHandler, logger)`): the structured logger with the Lambda context (logger.ts), X-Ray tracing
 * (tracing.ts) and EMF metrics (emf.ts) as middy middlewares: the lines and documents Powertools Logger, Tracer and
 * Metrics wrote, bundled instead of loaded from the Powertools layer (~100 ms of every cold start,
 * docs/performance.md). The service name comes from POWERTOOLS_SERVICE_NAME (infra sets it per function).
 * Outside Lambda (local runtime, tests, CLI) tracing is off and not even loaded, and metrics go to the Platform's
 * port instead (a Prometheus registry locally), so nothing is printed as EMF.
 */

const IN_LAMBDA = Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME);

const tracing = IN_LAMBDA ? await import('./tracing') : undefined;

export const metrics = new EmfMetrics({ namespace: METRIC_NAMESPACE });

/** An AWS SDK client with X-Ray subsegments for its calls (in Lambda; the client itself elsewhere). */
export const traceClient = <T>(client: T): T => (tracing ? tracing.traceClient(client) : client);

export const observed = <E, R>(handler: (event: E, context: Context) => Promise<R>, logger: Logger) => {
  const wrapped = middy(handler).use(injectLambdaContext(logger, { resetKeys: true }));
  const tracingMiddleware = tracing?.tracingMiddleware();
  if (tracingMiddleware) wrapped.use(tracingMiddleware);
  wrapped.use(logMetrics(metrics, { captureColdStartMetric: IN_LAMBDA }));
  // Registered last, so its onError runs first: the error's stack at its source positions for every later reader
  // (the handler's own log line, the Lambda runtime's report of a thrown error), as --enable-source-maps gave it.
  return wrapped.use({ onError: (request) => mapErrorStack(request.error) });
};
