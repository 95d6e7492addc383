import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { METRIC_NAMESPACE } from './metrics';

/**
 * The one observability set-up every Lambda handler shares (thin handlers: `export const handler =
 * observed(lambdaHandler, logger)`): Powertools Logger with the Lambda context, X-Ray tracing (tracing.ts: Dynaris'
 * own tracer, the documents Powertools Tracer sent) and Powertools Metrics (EMF), as middy middlewares. The service name comes from POWERTOOLS_SERVICE_NAME (infra sets it per function).
 * Outside Lambda (local runtime, tests, CLI) tracing is off and not even loaded, and metrics go to the Platform's
 * port instead (a Prometheus registry locally), so nothing is printed as EMF.
 */

const IN_LAMBDA = Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME);

const tracing = IN_LAMBDA ? await import('./tracing') : undefined;

/** An invocation that records no metric is normal (most API requests): Powertools' warning about it is noise. */
const EMPTY = 'No application metrics to publish';

export const metrics = new Metrics({
  namespace: METRIC_NAMESPACE,
  logger: {
    debug: () => {},
    info: (...args: unknown[]) => console.info(...args),
    warn: (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && args[0].startsWith(EMPTY))) console.warn(...args);
    },
    error: (...args: unknown[]) => console.error(...args),
  },
});

/** An AWS SDK client with X-Ray subsegments for its calls (in Lambda; the client itself elsewhere). */
export const traceClient = <T>(client: T): T => (tracing ? tracing.traceClient(client) : client);

export const observed = <E, R>(handler: (event: E, context: Context) => Promise<R>, logger: Logger) => {
  const wrapped = middy(handler).use(injectLambdaContext(logger, { resetKeys: true }));
  if (tracing) wrapped.use(tracing.tracingMiddleware());
  return wrapped.use(logMetrics(metrics, { captureColdStartMetric: IN_LAMBDA }));
};
