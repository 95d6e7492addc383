import type { MiddlewareObj } from '@middy/core';
import type { MetadataBearer, MiddlewareStack } from '@smithy/types';
import type { Context } from 'aws-lambda';
import { XRAY_MIDDLEWARE, xrayMiddleware } from './aws-sdk';
import { currentTraceHeader, parseTraceHeader, type TraceHeader } from './header';
import { type RemoteCall, setRemoteRecorder } from './remote';
import { addException, addStatusFlags, closeSubsegment, openSubsegment, type Subsegment } from './segment';

/**
 * A lean X-Ray tracer for Lambda that records what Powertools Tracer recorded, without the X-Ray SDK (whose
 * import took ~70 ms of every cold start): per invocation a `## <handler>` subsegment under Lambda's own segment
 * (the header's Parent), annotated ColdStart and Service, with the error when the handler throws, sent when the
 * invocation ends; under it one subsegment per AWS SDK call (aws-sdk.ts) and per outbound HTTP request (remote).
 * Switched off as Powertools switches off: outside Lambda (no AWS_EXECUTION_ENV), under SAM local, or with
 * POWERTOOLS_TRACE_ENABLED false.
 */

const FALSY = new Set(['0', 'n', 'no', 'f', 'false', 'off']);

export const tracingEnabled = (env = process.env): boolean =>
  Boolean(env.AWS_EXECUTION_ENV) &&
  !env.AWS_SAM_LOCAL &&
  !FALSY.has((env.POWERTOOLS_TRACE_ENABLED ?? '').trim().toLowerCase());

export interface TraceParent {
  readonly header: TraceHeader;
  readonly parentId: string;
}

/** The handler subsegment of each invocation in progress, by its raw trace header. */
const invocations = new Map<string, Subsegment>();
let coldStart = process.env.AWS_LAMBDA_INITIALIZATION_TYPE === 'on-demand';

/** Where a call made now hangs: the invocation's handler subsegment, else Lambda's segment itself. */
export const currentParent = (): TraceParent | undefined => {
  const raw = currentTraceHeader();
  if (!raw) return undefined;
  const handler = invocations.get(raw);
  if (handler) return { header: handler.header, parentId: handler.document.id };
  const header = parseTraceHeader(raw);
  return header && { header, parentId: header.parent };
};

const HANDLER_KEY = 'dynaris.xray.handler';

export const tracingMiddleware = (): MiddlewareObj<
  unknown,
  unknown,
  Error,
  Context,
  Record<string, unknown>
> => {
  const close = (request: { internal: Record<string, unknown> }): void => {
    const entry = request.internal[HANDLER_KEY] as { raw: string; subsegment: Subsegment } | undefined;
    if (!entry) return;
    delete request.internal[HANDLER_KEY];
    invocations.delete(entry.raw);
    closeSubsegment(entry.subsegment);
  };
  return {
    before: (request) => {
      const cold = coldStart;
      coldStart = false;
      const raw = currentTraceHeader();
      const header = parseTraceHeader(raw);
      if (!raw || !header) return;
      const subsegment = openSubsegment(`## ${process.env._HANDLER ?? ''}`, header, header.parent);
      subsegment.document.annotations = {
        ColdStart: cold,
        Service: process.env.POWERTOOLS_SERVICE_NAME || 'service_undefined',
      };
      // An invocation a middleware ended early never closed its subsegment: keep the map bounded.
      if (invocations.size >= 64) invocations.clear();
      invocations.set(raw, subsegment);
      request.internal[HANDLER_KEY] = { raw, subsegment };
    },
    after: (request) => close(request),
    onError: (request) => {
      const entry = request.internal[HANDLER_KEY] as { subsegment: Subsegment } | undefined;
      if (entry) addException(entry.subsegment, request.error, false);
      close(request);
    },
  };
};

interface TraceableClient {
  readonly middlewareStack: MiddlewareStack<Record<string, unknown>, MetadataBearer>;
  readonly config: { readonly region: () => Promise<string> };
}

/** The client with a subsegment per call (idempotent: a client passed twice is instrumented once). */
export const traceClient = <T>(client: T): T => {
  const { middlewareStack, config } = client as unknown as TraceableClient;
  middlewareStack.remove(XRAY_MIDDLEWARE);
  middlewareStack.add(xrayMiddleware(config.region, currentParent), { name: XRAY_MIDDLEWARE, step: 'build' });
  return client;
};

/** An outbound HTTP request as the X-Ray SDK's HTTP capture records it: namespace remote, method, URL, status. */
const recordRemote = async <T extends { readonly status: number; readonly headers: Record<string, unknown> }>(
  call: RemoteCall,
  run: () => Promise<T>,
): Promise<T> => {
  const under = currentParent();
  if (!under) return run();
  const subsegment = openSubsegment(call.url.hostname, under.header, under.parentId);
  const doc = subsegment.document;
  doc.namespace = 'remote';
  doc.http = {
    request: { url: `${call.url.protocol}//${call.url.hostname}${call.url.pathname}`, method: call.method },
  };
  try {
    const result = await run();
    const length = result.headers['content-length'];
    doc.http.response = {
      status: result.status,
      ...(typeof length === 'string' ? { content_length: Number.parseInt(length, 10) || 0 } : {}),
    };
    addStatusFlags(subsegment, result.status);
    return result;
  } catch (error) {
    addException(subsegment, error, false);
    throw error;
  } finally {
    closeSubsegment(subsegment);
  }
};

setRemoteRecorder(recordRemote);
