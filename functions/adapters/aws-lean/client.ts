import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { InvokeStore } from '@aws/lambda-invoke-store';
import { Client } from '@smithy/core/client';
import { HttpRequest } from '@smithy/core/protocols';
import { getRetryPlugin, Retry, StandardRetryStrategy } from '@smithy/core/retry';
import { streamCollector } from '@smithy/core/serde';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { SignatureV4 } from '@smithy/signature-v4';
import type {
  AwsCredentialIdentity,
  BuildMiddleware,
  DeserializeMiddleware,
  FinalizeRequestMiddleware,
  HandlerExecutionContext,
  HttpHandlerOptions,
  HttpResponse,
  MetadataBearer,
  MiddlewareStack,
  RequestHandler,
  ResponseMetadata,
  SerializeMiddleware,
  SourceData,
} from '@smithy/types';

/**
 * A small AWS client for the one or two operations a function calls at every invocation, built on the SDK's own
 * pieces (its middleware stack and standard retry strategy, SigV4 signer and Node HTTP handler, bundled from the same
 * lockfile, so nothing mixes with the runtime's SDK version). The stock client package of a service is one
 * 100–270 KB CommonJS file that compiles and runs every operation's schema at load (EventBridge ~6 ms, SES ~8,
 * KMS ~6, S3 ~25 of a cold start); this carries the serializers of the operations it is given, nothing else.
 *
 * It sends the request the stock client sends (test/unit/aws-lean.test.ts compares method, URL, headers, body and
 * signature with the stock client's for the same input, credentials and clock): the same headers, the same retry
 * (AWS_RETRY: standard mode, the token bucket, the retry headers), the X-Ray and recursion-detection trace header,
 * and errors shaped as the SDK's (`name` is the service's error code, `$metadata`, `$fault`), so callers and
 * traceClient (a middleware on its stack) see no difference. Only the user agent names this client.
 *
 * It covers what a deployed function's environment can hold; `leanAwsEnvironment` (environment.ts) says when, and the
 * adapters fall back to the stock package otherwise.
 */

export type { LeanEnvironment } from './environment';

export interface LeanService {
  /** The stock client's class name (X-Ray names a subsegment after it): `EventBridgeClient`. */
  readonly clientName: string;
  /** Host prefix: `events` in events.us-east-1.amazonaws.com. */
  readonly endpointPrefix: string;
  /** SigV4 service name. */
  readonly signingName: string;
  /** The service model's version (the stock client's config.apiVersion): `2015-10-07`. */
  readonly apiVersion: string;
  /** Whether the signer escapes the path again (S3: no, its keys are escaped once). @default true */
  readonly uriEscapePath?: boolean;
}

/** A failed answer as the service's protocol reads it. */
export interface LeanErrorDetails {
  /** The error code, which becomes the error's `name`. */
  readonly code: string;
  readonly message: string;
  /** The fault the service model gives this error; by default from the status (5xx: server). */
  readonly fault?: 'client' | 'server';
  /** Other members of the error body, set on the error as the SDK sets them (when not already defined). */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** The request id of the body, for an answer without the request-id header. */
  readonly requestId?: string;
}

/** One operation: how its input becomes an HTTP request and a successful answer its output. */
export interface LeanOperation<I, O> {
  readonly name: string;
  readonly request: (input: I, endpoint: { readonly hostname: string }) => HttpRequest;
  /** A successful answer's output; for a `streaming` operation `body` is empty and the stream is `response.body`. */
  readonly output: (body: Uint8Array, response: HttpResponse) => O;
  /** The service's error code and message of a failed answer. */
  readonly error: (body: Uint8Array, response: HttpResponse) => LeanErrorDetails;
  /** The output streams the answer's body (S3 GetObject): it is not read before `output`. */
  readonly streaming?: boolean;
}

export interface LeanClientConfig {
  readonly region: string;
  readonly credentials: AwsCredentialIdentity;
  readonly maxAttempts: number;
  readonly retryMode: 'standard';
  /** Tests: a handler that records the request instead of sending it. */
  readonly requestHandler?: RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;
  /** The `user-agent` and `x-amz-user-agent` headers. @default this client's own */
  readonly userAgent?: { readonly userAgent: string; readonly xAmzUserAgent: string };
}

const bytes = (data: SourceData): Uint8Array =>
  typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/** @smithy/types' SMITHY_CONTEXT_KEY (that package is types only here, a devDependency). */
const SMITHY_CONTEXT_KEY = '__smithy_context';

/** SHA-256 (or its HMAC with a secret) for the signer, on node:crypto as the SDK's Node Sha256 is. */
class Sha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

/** An error as the SDK's protocols throw it: `name` is the service's code, with `$fault` and `$metadata`. */
export class LeanServiceError extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: ResponseMetadata;
  /** The answer (not enumerable, as it is not logged): its `date` corrects a skewed clock. */
  declare readonly $response: HttpResponse;
  constructor(details: LeanErrorDetails, response: HttpResponse, metadata: ResponseMetadata) {
    super(details.message);
    this.name = details.code;
    this.$fault = details.fault ?? (response.statusCode >= 500 ? 'server' : 'client');
    this.$metadata = metadata;
    Object.defineProperty(this, '$response', { value: response, enumerable: false });
    // As the SDK's decorateServiceException: members not already set, `Message` only as the message.
    const self = this as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(details.fields ?? {})) {
      if (name !== 'Message' && (self[name] === undefined || self[name] === null || self[name] === '')) {
        self[name] = value;
      }
    }
  }
}

/** As the SDK reads it (the keys are there, undefined when the header is not). */
const responseMetadata = (response: HttpResponse): ResponseMetadata =>
  ({
    httpStatusCode: response.statusCode,
    requestId:
      response.headers['x-amzn-requestid'] ??
      response.headers['x-amzn-request-id'] ??
      response.headers['x-amz-request-id'],
    extendedRequestId: response.headers['x-amz-id-2'],
    cfId: response.headers['x-amz-cf-id'],
  }) as ResponseMetadata;

const NO_BYTES = new Uint8Array(0);

/** The command object a lean client runs: an operation and its input. */
export class LeanCommand<I extends object, O extends object> {
  constructor(
    readonly input: I,
    readonly operation: LeanOperation<I, O>,
    private readonly commandName = `${operation.name}Command`,
  ) {}

  /** The handler Client#send calls: the client's stack with this operation's serializer and deserializer. */
  resolveMiddleware(
    clientStack: MiddlewareStack<object, MetadataBearer>,
    config: ResolvedLeanConfig,
    options?: HttpHandlerOptions,
  ): (command: LeanCommand<I, O>) => Promise<{ output: O & MetadataBearer }> {
    const stack = clientStack.clone();
    const { operation } = this;
    const serialize: SerializeMiddleware<object, MetadataBearer> = (next) => async (args) =>
      next({ ...args, request: operation.request(args.input as I, { hostname: config.hostname }) });
    const deserialize: DeserializeMiddleware<object, MetadataBearer> = (next) => async (args) => {
      const { response } = await next(args);
      const http = response as HttpResponse;
      const $metadata = responseMetadata(http);
      const ok = http.statusCode >= 200 && http.statusCode < 300;
      if (ok && operation.streaming) {
        return { response, output: { ...operation.output(NO_BYTES, http), $metadata } };
      }
      const body = await streamCollector(http.body);
      if (ok) return { response, output: { ...operation.output(body, http), $metadata } };
      const details = operation.error(body, http);
      if (details.requestId !== undefined && !$metadata.requestId) $metadata.requestId = details.requestId;
      throw new LeanServiceError(details, http, $metadata);
    };
    stack.add(serialize, { step: 'serialize', name: 'leanSerializer' });
    stack.add(deserialize, { step: 'deserialize', name: 'leanDeserializer' });
    const context = {
      logger: config.logger,
      clientName: config.service.clientName,
      commandName: this.commandName,
      [SMITHY_CONTEXT_KEY]: {
        commandInstance: this,
        ...(options?.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
      },
    } as unknown as HandlerExecutionContext;
    const handler = config.requestHandler;
    const resolved = stack.resolve(
      async (args) => handler.handle(args.request as HttpRequest, options ?? {}) as never,
      context,
    );
    return resolved as unknown as (command: LeanCommand<I, O>) => Promise<{ output: O & MetadataBearer }>;
  }
}

interface ResolvedLeanConfig {
  readonly apiVersion: string;
  readonly service: LeanService;
  readonly hostname: string;
  readonly region: () => Promise<string>;
  readonly requestHandler: RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;
  readonly logger: {
    readonly debug: () => void;
    readonly info: () => void;
    readonly warn: () => void;
    readonly error: () => void;
  };
  systemClockOffset: number;
}

const NO_LOGGER = { debug() {}, info() {}, warn() {}, error() {} };

const LEAN_USER_AGENT = 'dynaris-aws-lean/1';

/** The request's trace header from the environment or Lambda's invoke store, as the SDK's recursion detection sets it. */
const recursionDetection: BuildMiddleware<object, MetadataBearer> = (next) => async (args) => {
  const request = args.request;
  if (!HttpRequest.isInstance(request)) return next(args);
  const present = Object.keys(request.headers).some((h) => h.toLowerCase() === 'x-amzn-trace-id');
  const store = await InvokeStore.getInstanceAsync();
  if (!present) {
    const functionName = process.env.AWS_LAMBDA_FUNCTION_NAME;
    const traceId = store?.getXRayTraceId() ?? process.env._X_AMZN_TRACE_ID;
    if (functionName && traceId) request.headers['X-Amzn-Trace-Id'] = traceId;
  }
  for (const header of Object.keys(request.headers)) {
    const lower = header.toLowerCase();
    if (header !== lower && (lower === 'traceparent' || lower === 'tracestate' || lower === 'baggage')) {
      request.headers[lower] = request.headers[header] as string;
      delete request.headers[header];
    }
  }
  if (!request.headers.traceparent) {
    const traceparent = store?.getTraceparent?.();
    if (traceparent) {
      request.headers.traceparent = traceparent;
      const tracestate = store?.getTracestate?.();
      if (tracestate) request.headers.tracestate = tracestate;
      const baggage = store?.getBaggage?.();
      if (baggage) request.headers.baggage = baggage;
    }
  }
  return next(args);
};

/** A clock more than 5 minutes off the service's (its `date` header) is corrected for the next signature. */
const CLOCK_SKEW_MS = 300_000;

export class LeanClient extends Client<HttpHandlerOptions, object, MetadataBearer, ResolvedLeanConfig> {
  /** `send` for a lean command (Client#send is typed for the SDK's generated commands). */
  run<I extends object, O extends object>(command: LeanCommand<I, O>): Promise<O & MetadataBearer> {
    const send = Client.prototype.send as unknown as (
      this: LeanClient,
      c: LeanCommand<I, O>,
    ) => Promise<O & MetadataBearer>;
    return send.call(this, command);
  }

  constructor(service: LeanService, input: LeanClientConfig) {
    const requestHandler = input.requestHandler ?? new NodeHttpHandler();
    // What the SDK's resolveRetryConfig makes of standard mode (its maxAttempts provider and one strategy, made on
    // first use), without that function's import of the adaptive strategy and its rate limiter (~3 KB a bundle).
    let strategy: Promise<StandardRetryStrategy> | undefined;
    const config = {
      apiVersion: service.apiVersion,
      service,
      hostname: `${service.endpointPrefix}.${input.region}.amazonaws.com`,
      region: async () => input.region,
      requestHandler,
      logger: NO_LOGGER,
      systemClockOffset: 0,
      maxAttempts: async () => input.maxAttempts,
      retryMode: input.retryMode,
      retryStrategy: () => {
        strategy ??= Promise.resolve(
          new StandardRetryStrategy({ maxAttempts: input.maxAttempts, baseDelay: Retry.delay() }),
        );
        return strategy;
      },
    };
    super(config as unknown as ResolvedLeanConfig);
    const signer = new SignatureV4({
      credentials: input.credentials,
      region: input.region,
      service: service.signingName,
      sha256: Sha256,
      uriEscapePath: service.uriEscapePath ?? true,
    });
    const ua = input.userAgent ?? {
      userAgent: `${LEAN_USER_AGENT} lang/js md/nodejs#${process.versions.node} api/${service.signingName}`,
      xAmzUserAgent: LEAN_USER_AGENT,
    };
    const headers: BuildMiddleware<object, MetadataBearer> = (next) => async (args) => {
      const request = args.request as HttpRequest;
      // As the SDK's content-length middleware: for a body that is not empty ('' has none).
      if (request.body && request.headers['content-length'] === undefined) {
        request.headers['content-length'] = String(Buffer.byteLength(request.body as string | Uint8Array));
      }
      request.headers.host = request.hostname;
      return next(args);
    };
    const userAgent: BuildMiddleware<object, MetadataBearer> = (next) => async (args) => {
      const request = args.request as HttpRequest;
      request.headers['x-amz-user-agent'] = ua.xAmzUserAgent;
      request.headers['user-agent'] = ua.userAgent;
      return next(args);
    };
    const resolved = this.config;
    const sign: FinalizeRequestMiddleware<object, MetadataBearer> = (next) => async (args) => {
      const signingDate = new Date(Date.now() + resolved.systemClockOffset);
      const request = (await signer.sign(args.request as HttpRequest, { signingDate })) as HttpRequest;
      try {
        const out = await next({ ...args, request });
        correctClock(resolved, (out.response as HttpResponse | undefined)?.headers?.date);
        return out;
      } catch (error) {
        const date = (error as { $response?: HttpResponse }).$response?.headers?.date;
        const skewed = correctClock(resolved, date);
        if (skewed && (error as { $metadata?: ResponseMetadata }).$metadata) {
          (
            error as { $metadata: ResponseMetadata & { clockSkewCorrected?: boolean } }
          ).$metadata.clockSkewCorrected = true;
        }
        throw error;
      }
    };
    this.middlewareStack.add(headers, { step: 'build', name: 'leanHeaders' });
    // The SDK's name, so plugins placed after it (Powertools' user-agent marker) find it.
    this.middlewareStack.add(userAgent, { step: 'build', name: 'getUserAgentMiddleware', priority: 'low' });
    this.middlewareStack.add(recursionDetection, {
      step: 'build',
      name: 'recursionDetectionMiddleware',
      priority: 'low',
    });
    this.middlewareStack.use(getRetryPlugin(this.config as never));
    this.middlewareStack.addRelativeTo(sign, {
      relation: 'after',
      toMiddleware: 'retryMiddleware',
      name: 'leanSigning',
    });
  }
}

/** Records the service's clock offset from a response's `date` header when it is over 5 minutes off; true if so. */
const correctClock = (config: { systemClockOffset: number }, date: string | undefined): boolean => {
  if (!date) return false;
  const server = Date.parse(date);
  if (Number.isNaN(server)) return false;
  const skewed = Math.abs(Date.now() + config.systemClockOffset - server) >= CLOCK_SKEW_MS;
  if (skewed) config.systemClockOffset = server - Date.now();
  return skewed;
};
