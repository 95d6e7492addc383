import { HttpRequest } from '@smithy/core/protocols';
import type { HttpResponse } from '@smithy/types';
import type { LeanOperation } from './client';

/**
 * The AWS JSON protocols (awsJson1_0/1_1 and restJson1 bodies) for the shapes a lean operation declares: members in
 * the order of the service's model (the SDK serializes in that order, so the bytes and the signature match),
 * timestamps as epoch seconds, blobs as base64. An input member the shape does not declare is refused rather than
 * dropped, so an adapter that starts passing a new field fails its tests instead of sending less than it meant.
 */
export type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'timestamp'
  | 'blob'
  | { readonly list: Shape }
  | { readonly map: Shape }
  | { readonly struct: Readonly<Record<string, Shape>> };

const toBase64 = (value: unknown, path: string): string => {
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('base64');
  throw new TypeError(`${path}: expected bytes or a string`);
};

/** The JSON value of `value` as `shape` (member order of the shape, undefined and null members left out). */
export const toJsonValue = (value: unknown, shape: Shape, path: string): unknown => {
  if (shape === 'timestamp') {
    const time = value instanceof Date ? value.getTime() : Number.NaN;
    if (Number.isNaN(time)) throw new TypeError(`${path}: expected a valid Date`);
    return time / 1000;
  }
  if (shape === 'blob') return toBase64(value, path);
  if (typeof shape === 'string') {
    if (typeof value !== shape) throw new TypeError(`${path}: expected a ${shape}`);
    return value;
  }
  if ('list' in shape) {
    if (!Array.isArray(value)) throw new TypeError(`${path}: expected a list`);
    return value.map((item, i) => toJsonValue(item, shape.list, `${path}[${i}]`));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${path}: expected an object`);
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && v !== null,
  );
  if ('map' in shape)
    return Object.fromEntries(entries.map(([k, v]) => [k, toJsonValue(v, shape.map, `${path}.${k}`)]));
  const unknown = entries.map(([k]) => k).filter((k) => !Object.hasOwn(shape.struct, k));
  if (unknown.length > 0)
    throw new TypeError(`${path}: member(s) ${unknown.join(', ')} not supported by this client`);
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const [name, member] of Object.entries(shape.struct)) {
    const v = source[name];
    if (v !== undefined && v !== null) out[name] = toJsonValue(v, member, `${path}.${name}`);
  }
  return out;
};

/** The output value of a JSON answer: the shape's members only, timestamps as Dates, blobs as bytes. */
export const fromJsonValue = (value: unknown, shape: Shape): unknown => {
  if (value === null || value === undefined) return undefined;
  if (shape === 'timestamp') return new Date(Math.round(Number(value) * 1000));
  if (shape === 'blob') return new Uint8Array(Buffer.from(String(value), 'base64'));
  if (typeof shape === 'string') return value;
  if ('list' in shape)
    return Array.isArray(value) ? value.map((item) => fromJsonValue(item, shape.list)) : undefined;
  if (typeof value !== 'object') return undefined;
  const source = value as Record<string, unknown>;
  if ('map' in shape) {
    const map = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, fromJsonValue(v, shape.map)]));
    // The stock deserializer keeps a map key named __proto__ as an own member without its value: so does this.
    if (Object.hasOwn(map, '__proto__'))
      Object.defineProperty(map, '__proto__', {
        value: undefined,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    return map;
  }
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(shape.struct)) {
    const v = fromJsonValue(source[name], member);
    if (v !== undefined) out[name] = v;
  }
  return out;
};

/** A JSON answer's body as an object ({} when empty or not an object); throws when it is not JSON. */
export const parseJsonBody = (body: Uint8Array): Record<string, unknown> => {
  if (body.byteLength === 0) return {};
  const parsed: unknown = JSON.parse(
    Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'),
  );
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
};

/** The SDK's error-code cleaning: `aws.protocols#Name:http://…` → `Name`. */
const sanitizeErrorCode = (raw: unknown): string => {
  let code = String(raw);
  if (code.includes(',')) code = code.split(',')[0] ?? code;
  if (code.includes(':')) code = code.split(':')[0] ?? code;
  if (code.includes('#')) code = code.split('#')[1] ?? code;
  return code;
};

type ErrorSource = 'type' | 'code' | 'header';

/** The error code and message of a JSON error answer, looked up in the protocol's order (as the SDK does). */
export const jsonError =
  (order: readonly ErrorSource[]) =>
  (body: Uint8Array, response: HttpResponse): { code: string; message: string } => {
    let data: Record<string, unknown> = {};
    try {
      data = parseJsonBody(body);
    } catch {
      // A non-JSON error body (a proxy's HTML page): the status and header still name it.
    }
    const message = String(data.message ?? data.Message ?? 'UnknownError');
    for (const source of order) {
      if (source === 'header') {
        const key = Object.keys(response.headers).find((k) => k.toLowerCase() === 'x-amzn-errortype');
        if (key !== undefined) return { code: sanitizeErrorCode(response.headers[key]), message };
      } else if (source === 'code') {
        const key = Object.keys(data).find((k) => k.toLowerCase() === 'code');
        if (key !== undefined && data[key] !== undefined)
          return { code: sanitizeErrorCode(data[key]), message };
      } else if (data.__type !== undefined) {
        return { code: sanitizeErrorCode(data.__type), message };
      }
    }
    return { code: 'Unknown', message };
  };

export interface JsonRpcService {
  /** `1.0` or `1.1`. */
  readonly version: '1.0' | '1.1';
  /** The X-Amz-Target prefix: `AWSEvents`. */
  readonly target: string;
}

type Struct = { readonly struct: Readonly<Record<string, Shape>> };

/** An operation whose whole input is its JSON body and whose output is its JSON answer. */
const jsonBodyOperation = <I extends object, O extends object>(
  name: string,
  http: { readonly method: 'POST' | 'PUT'; readonly path: string; readonly headers: Record<string, string> },
  input: Struct,
  output: Struct,
  errorOrder: readonly ErrorSource[],
): LeanOperation<I, O> => ({
  name,
  request: (value, { hostname }) =>
    new HttpRequest({
      protocol: 'https:',
      hostname,
      method: http.method,
      path: http.path,
      query: {},
      headers: { ...http.headers }, // a fresh object: the signer adds its headers to it
      body: JSON.stringify(toJsonValue(value, input, name)),
    }),
  output: (body) => fromJsonValue(parseJsonBody(body), output) as O,
  error: jsonError(errorOrder),
});

/** An awsJson1_0/1_1 operation: POST / with X-Amz-Target, the input as JSON, the output parsed by `output`. */
export const jsonRpcOperation = <I extends object, O extends object>(
  service: JsonRpcService,
  name: string,
  input: Struct,
  output: Struct,
): LeanOperation<I, O> =>
  jsonBodyOperation(
    name,
    {
      method: 'POST',
      path: '/',
      headers: {
        'content-type': `application/x-amz-json-${service.version}`,
        'x-amz-target': `${service.target}.${name}`,
      },
    },
    input,
    output,
    ['type', 'code', 'header'],
  );

/** A restJson1 operation with the whole input as its JSON body (no members bound to the path, query or headers). */
export const restJsonOperation = <I extends object, O extends object>(
  http: { readonly method: 'POST' | 'PUT'; readonly path: string },
  name: string,
  input: Struct,
  output: Struct,
): LeanOperation<I, O> =>
  jsonBodyOperation(name, { ...http, headers: { 'content-type': 'application/json' } }, input, output, [
    'header',
    'code',
    'type',
  ]);
