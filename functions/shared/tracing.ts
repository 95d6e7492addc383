/**
 * X-Ray in Lambda: a subsegment per invocation (cold start and service annotated; responses not captured, they
 * hold business data) and one per AWS SDK call of every client passed through `traceClient` and per outbound HTTP
 * request, sent to the X-Ray daemon by Dynaris' own lean tracer (functions/shared/xray). Loaded only inside
 * Lambda (observability.ts). It replaces Powertools Tracer, whose X-Ray SDK took ~70 ms of CPU at every cold start
 * (docs/performance.md); the documents are the ones that tracer sent (test/integration/tracing-xray*.test.ts).
 */
import {
  traceClient as traceSdkClient,
  tracingEnabled,
  tracingMiddleware as xrayMiddleware,
} from './xray/tracer';

const enabled = tracingEnabled();

/** The invocation's subsegment middleware, or undefined where tracing is off (as Powertools: no AWS_EXECUTION_ENV). */
export const tracingMiddleware = () => (enabled ? xrayMiddleware() : undefined);

export const traceClient = <T>(client: T): T => (enabled ? traceSdkClient(client) : client);
