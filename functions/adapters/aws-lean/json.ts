import { HttpRequest } from '@smithy/core/protocols';
import type { HttpResponse } from '@smithy/types';
import type { LeanErrorDetails, LeanOperation } from './client';

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

/**
 * A JSON error answer as the SDK's JSON protocols throw it, for a service whose modelled errors and their faults are
 * `modelled`: the code (looked up in `order`) names it; a modelled error takes its model's fault, any other its
 * status's; every member of the body is set on the error (decorateServiceException), and the message is `message`,
 * else (missing or empty) `Message`, else `UnknownError`.
 */
export const modelledJsonError = (
  order: readonly ErrorSource[],
  modelled: ReadonlyMap<string, 'client' | 'server'>,
) => {
  const readError = jsonError(order);
  return (body: Uint8Array, response: HttpResponse): LeanErrorDetails => {
    const { code } = readError(body, response);
    let data: Record<string, unknown> = {};
    try {
      data = parseJsonBody(body);
    } catch {
      // Not JSON (a proxy's page): named from the status and header only, as the SDK does.
    }
    const fault = modelled.get(code);
    const first = data.message ?? data.Message ?? 'UnknownError';
    return {
      code,
      message: String(first || data.Message || 'UnknownError'),
      ...(fault ? { fault } : {}),
      fields: Object.fromEntries(Object.entries(data).filter(([name]) => name !== 'message')),
    };
  };
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

/** A path label's value as the SDK writes it (its extendedEncodeURIComponent: also `!'()*` escaped). */
const encodeLabel = (value: string): string =>
  /^[\w.~-]+$/.test(value)
    ? value
    : encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** How a restJson1 operation binds its input: path labels, query members, an idempotency token, the JSON body. */
export interface RestJsonBindings {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path with `{Member}` labels: `/schedules/{Name}`. */
  readonly path: string;
  /** Members bound to the query: member name → query key. */
  readonly query?: Readonly<Record<string, string>>;
  /** A string member the SDK fills with a fresh UUID when the input leaves it out (`idempotencyToken`). */
  readonly idempotencyToken?: string;
  /** The members sent in the JSON body, in the model's order (the token among them when it is a body member). */
  readonly body?: Struct;
}

/**
 * A restJson1 operation with members bound to the path, the query and the body, as the SDK's HTTP binding protocol
 * sends them: labels escaped, a missing label refused, query values as strings, the idempotency token filled where
 * the input has none, a JSON body with `content-type: application/json` only when the model has body members (`{}`
 * when none is set), no body and no content type otherwise.
 */
export const restJsonBoundOperation = <I extends object, O extends object>(
  name: string,
  bindings: RestJsonBindings,
  output: Struct,
): LeanOperation<I, O> => {
  const labels = [...bindings.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const query = bindings.query ?? {};
  const bound = new Set([...labels, ...Object.keys(query)]);
  return {
    name,
    request: (value, { hostname }) => {
      const source = value as Record<string, unknown>;
      const unknown = Object.keys(source).filter(
        (k) =>
          source[k] !== undefined &&
          source[k] !== null &&
          !bound.has(k) &&
          !(bindings.body && Object.hasOwn(bindings.body.struct, k)),
      );
      if (unknown.length > 0)
        throw new TypeError(`${name}: member(s) ${unknown.join(', ')} not supported by this client`);
      const token = bindings.idempotencyToken;
      const input =
        token !== undefined && (source[token] === undefined || source[token] === null)
          ? { ...source, [token]: crypto.randomUUID() }
          : source;
      let path = bindings.path;
      for (const label of labels) {
        const v = input[label];
        if (v === undefined || v === null)
          throw new Error(`No value provided for input HTTP label: ${label}.`);
        path = path.replace(`{${label}}`, encodeLabel(String(toJsonValue(v, 'string', `${name}.${label}`))));
      }
      const q: Record<string, string> = {};
      for (const [member, key] of Object.entries(query)) {
        const v = input[member];
        if (v !== undefined && v !== null) q[key] = String(toJsonValue(v, 'string', `${name}.${member}`));
      }
      const headers: Record<string, string> = {};
      let body: string | undefined;
      if (bindings.body) {
        headers['content-type'] = 'application/json';
        const members = Object.fromEntries(
          Object.entries(input).filter(([k]) => Object.hasOwn(bindings.body?.struct ?? {}, k)),
        );
        body = JSON.stringify(toJsonValue(members, bindings.body, name));
      }
      return new HttpRequest({
        protocol: 'https:',
        hostname,
        method: bindings.method,
        path,
        query: q,
        headers,
        ...(body === undefined ? {} : { body }),
      });
    },
    output: (body) => fromJsonValue(parseJsonBody(body), output) as O,
    error: jsonError(['header', 'code', 'type']),
  };
};
