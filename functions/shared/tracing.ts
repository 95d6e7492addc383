import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';

/**
 * X-Ray through Powertools Tracer: a subsegment per invocation (cold start annotated; responses not captured, they
 * hold business data) and one per AWS SDK call of every client passed through `traceClient`. Loaded only inside
 * Lambda (observability.ts): tracing is off anywhere else and the X-Ray SDK costs time to import.
 */
export const tracer = new Tracer();

export const tracingMiddleware = () => captureLambdaHandler(tracer, { captureResponse: false });

export const traceClient = <T>(client: T): T => tracer.captureAWSv3Client(client);
