import type * as TracerModule from '@aws-lambda-powertools/tracer';
import type * as TracerMiddleware from '@aws-lambda-powertools/tracer/middleware';
import { requireCommonJs } from './commonjs';

/**
 * X-Ray through Powertools Tracer: a subsegment per invocation (cold start annotated; responses not captured, they
 * hold business data) and one per AWS SDK call of every client passed through `traceClient`. Loaded only inside
 * Lambda (observability.ts): tracing is off anywhere else and the X-Ray SDK costs time to import. Its CommonJS build
 * (commonjs.ts): the ES module build imports node:http as an ES module, which loads undici at init for nothing.
 */
const { Tracer } = requireCommonJs('@aws-lambda-powertools/tracer') as typeof TracerModule;
const { captureLambdaHandler } = requireCommonJs(
  '@aws-lambda-powertools/tracer/middleware',
) as typeof TracerMiddleware;

export const tracer = new Tracer();

export const tracingMiddleware = () => captureLambdaHandler(tracer, { captureResponse: false });

export const traceClient = <T>(client: T): T => tracer.captureAWSv3Client(client);
