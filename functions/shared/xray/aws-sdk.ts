import type { BuildHandlerArguments, BuildMiddleware, MetadataBearer, ResponseMetadata } from '@smithy/types';
import { callData } from './aws-calls';
import { downstreamHeader } from './header';
import { addException, addStatusFlags, closeSubsegment, openSubsegment, type Subsegment } from './segment';
import type { TraceParent } from './tracer';

/**
 * One subsegment per AWS SDK v3 call, recorded as the X-Ray SDK's captureAWSv3Client records it: named after the
 * service (the client's name without `Client`: `DynamoDB`, `S3`, `SFN`), namespace `aws`, `aws` with the operation,
 * region, request id, retries (the SDK's attempt count, as the X-Ray SDK writes it) and its whitelisted parameters,
 * `http.response` with the status and content length, `throttle`/`error`/`fault` from the status, and on a failed call
 * the exception (remote). The request carries `X-Amzn-Trace-Id` with this subsegment as parent, so the service's
 * own segment joins the trace. A middleware on the client's build step, like the X-Ray SDK's.
 */

export const XRAY_MIDDLEWARE = 'XRaySDKInstrumentation';

const THROTTLING = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);

interface SdkError {
  readonly name?: string;
  readonly $metadata?: ResponseMetadata;
  readonly $retryable?: { readonly throttling?: boolean };
}

const isThrottling = (error: SdkError): boolean =>
  error.$metadata?.httpStatusCode === 429 ||
  THROTTLING.has(error.name ?? '') ||
  error.$retryable?.throttling === true;

const record = (
  subsegment: Subsegment,
  call: { service: string; operation: string; region: string; input: Record<string, unknown> },
  metadata: ResponseMetadata,
  output: Record<string, unknown> | undefined,
  contentLength: string | undefined,
): void => {
  const doc = subsegment.document;
  doc.aws = {
    operation: call.operation.charAt(0).toUpperCase() + call.operation.slice(1),
    ...(call.region ? { region: call.region } : {}),
    ...(metadata.requestId ? { request_id: metadata.requestId } : {}),
    retries: metadata.attempts ?? 0,
    ...(metadata.extendedRequestId && call.service.toLowerCase() === 's3'
      ? { id_2: metadata.extendedRequestId }
      : {}),
    ...callData(call.service, call.operation, call.input, output),
  };
  const status = metadata.httpStatusCode;
  const response = {
    ...(status ? { status } : {}),
    ...(contentLength !== undefined ? { content_length: Number.parseInt(contentLength, 10) || 0 } : {}),
  };
  doc.http = Object.keys(response).length > 0 ? { response } : {};
};

type Input = Record<string, unknown>;

export const xrayMiddleware =
  (
    region: () => Promise<string>,
    parent: () => TraceParent | undefined,
  ): BuildMiddleware<Input, MetadataBearer> =>
  (next, context) =>
  async (args: BuildHandlerArguments<Input>) => {
    const under = parent();
    if (!under) return next(args);
    const service = String(context.clientName ?? '').slice(0, -'Client'.length);
    const command = String(context.commandName ?? '').slice(0, -'Command'.length);
    const operation = command.charAt(0).toLowerCase() + command.slice(1);
    const subsegment = openSubsegment(service, under.header, under.parentId);
    subsegment.document.namespace = 'aws';
    const request = args.request as { headers?: Record<string, string> };
    if (request.headers)
      request.headers['X-Amzn-Trace-Id'] = downstreamHeader(under.header, subsegment.document.id);
    const call = { service, operation, region: '', input: args.input ?? {} };
    try {
      const result = await next(args);
      call.region = await region();
      const response = result.response as { headers?: Record<string, string> } | undefined;
      const output = result.output as MetadataBearer & Record<string, unknown>;
      record(subsegment, call, output.$metadata, output, response?.headers?.['content-length']);
      addStatusFlags(subsegment, output.$metadata.httpStatusCode);
      return result;
    } catch (error) {
      const e = (error ?? {}) as SdkError;
      if (e.$metadata) {
        call.region = await region().catch(() => '');
        record(subsegment, call, e.$metadata, undefined, undefined);
        if (isThrottling(e)) subsegment.document.throttle = true;
        addStatusFlags(subsegment, e.$metadata.httpStatusCode);
      }
      addException(subsegment, error, true);
      throw error;
    } finally {
      closeSubsegment(subsegment);
    }
  };
