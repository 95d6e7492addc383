import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import { BadRequestError, type FieldIssue, HttpError, PayloadTooLargeError } from '../errors';
import {
  checkJsonValue,
  formatJsonPath,
  JsonLimitError,
  PROTO_KEY,
  PROTO_KEY_RULE,
  parseJsonWithinLimits,
} from '../json-limits';
import type { HttpEvent } from './event';

/** Header names lower-cased (API Gateway v2 already does; the local server and tests may not). */
export const normalizeHeaders = (headers: HttpEvent['headers'] | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === 'string') out[name.toLowerCase()] = value;
  }
  return out;
};

export const requestIdOf = (event: HttpEvent): string => {
  const fromGateway = event.requestContext?.requestId;
  return typeof fromGateway === 'string' && fromGateway.length > 0 ? fromGateway : randomUUID();
};

export const methodOf = (event: HttpEvent): string =>
  (event.requestContext?.http?.method ?? 'GET').toUpperCase();

/** The request path without a named stage prefix (`/prod/workflows` -> `/workflows`). */
export const pathOf = (event: HttpEvent): string => {
  const raw = event.rawPath || event.requestContext?.http?.path || '/';
  const stage = event.requestContext?.stage;
  if (stage && stage !== '$default' && (raw === `/${stage}` || raw.startsWith(`/${stage}/`))) {
    return raw.slice(stage.length + 1) || '/';
  }
  return raw;
};

/** The raw body bytes (base64 decoded when API Gateway encoded them), refused over `limit` bytes. */
export const readBody = (event: HttpEvent, limit: number): Buffer => {
  const body = event.body ?? '';
  // Cheap upper bound first so a huge body is refused before decoding it.
  const approx = event.isBase64Encoded ? Math.floor((body.length * 3) / 4) : body.length;
  if (approx > limit * 4) throw new PayloadTooLargeError(limit);
  const bytes = event.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
  if (bytes.length > limit) throw new PayloadTooLargeError(limit);
  return bytes;
};

export const mediaTypeOf = (headers: Readonly<Record<string, string>>): string =>
  (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export const isFormMediaType = (mediaType: string): boolean =>
  mediaType === 'application/x-www-form-urlencoded';

/** Parses JSON within the free-form limits (json-limits.ts); 400 (never 500) when it is not. Empty -> undefined. */
export const parseJson = (bytes: Buffer): unknown => {
  if (bytes.length === 0) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadRequestError('Request body is not valid UTF-8');
  }
  if (text.trim().length === 0) return undefined;
  try {
    return parseJsonWithinLimits(text, 'body');
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw new BadRequestError(`Request body is not valid JSON: ${(err as Error).message}`);
  }
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const PERCENT = 0x25;
const PLUS = 0x2b;

const hexValue = (byte: number | undefined): number => {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
};

/**
 * One name or value of a form (WHATWG urlencoded parsing: `+` is a space, `%XX` a byte, a `%` that starts no escape
 * stays as it is), decoded as UTF-8 without replacement: undefined when the bytes are not UTF-8.
 */
const decodeFormPart = (bytes: Buffer): string | undefined => {
  const out = Buffer.allocUnsafe(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    const high = byte === PERCENT ? hexValue(bytes[i + 1]) : -1;
    const low = high < 0 ? -1 : hexValue(bytes[i + 2]);
    if (low >= 0) {
      out[length++] = high * 16 + low;
      i += 2;
    } else out[length++] = byte === PLUS ? 0x20 : byte;
  }
  try {
    return strictUtf8.decode(out.subarray(0, length));
  } catch {
    return undefined;
  }
};

const notUtf8 = (path: string): BadRequestError =>
  new BadRequestError('Request body is not valid UTF-8', [
    { path, message: 'not valid UTF-8 (raw or once percent-decoded)' },
  ]);

/**
 * application/x-www-form-urlencoded -> record; a repeated key keeps its values as an array. A name or value whose
 * bytes are not UTF-8 is refused (400), as a JSON body is: URLSearchParams would turn them into U+FFFD.
 */
export const parseForm = (bytes: Buffer): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  let start = 0;
  while (start <= bytes.length) {
    const amp = bytes.indexOf(0x26, start);
    const end = amp < 0 ? bytes.length : amp;
    const pair = bytes.subarray(start, end);
    start = end + 1;
    if (pair.length === 0) continue;
    const eq = pair.indexOf(0x3d);
    const key = decodeFormPart(eq < 0 ? pair : pair.subarray(0, eq));
    if (key === undefined) throw notUtf8('body');
    const value = eq < 0 ? '' : decodeFormPart(pair.subarray(eq + 1));
    if (value === undefined) throw notUtf8(formatJsonPath('body', [key]));
    // Assigning it would set the record's prototype (a string is ignored) and drop the field unseen.
    if (key === PROTO_KEY)
      throw new JsonLimitError({ path: formatJsonPath('body', [key]), message: PROTO_KEY_RULE });
    // Own members only: `constructor=1` must not find Object.prototype's and become [Object, '1'].
    const prev = Object.hasOwn(out, key) ? out[key] : undefined;
    if (prev === undefined) out[key] = value;
    else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  checkJsonValue(out, 'body');
  return out;
};

/**
 * Query string -> record. A key given more than once is refused (400 naming it): API Gateway v2 joins the values
 * with commas in queryStringParameters, and keeping one of them answered a question the client did not ask.
 */
export const queryOf = (event: HttpEvent): Record<string, string> => {
  const out: Record<string, string> = {};
  if (event.rawQueryString) {
    const repeated = new Set<string>();
    for (const [key, value] of new URLSearchParams(event.rawQueryString)) {
      if (Object.hasOwn(out, key)) repeated.add(key);
      out[key] = value;
    }
    if (repeated.size > 0)
      throw new BadRequestError(
        'Request is invalid',
        [...repeated].map((key) => ({
          path: formatIssuePath('query', [key]),
          message: 'is given more than once; give it once',
        })),
      );
    return out;
  }
  for (const [key, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
};

/** `['steps', 0, 'id']` under `body` -> `body.steps[0].id`. */
export const formatIssuePath = (root: string, path: readonly PropertyKey[]): string => {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
};

/** Every issue of a zod error as { path, message }, unions flattened to their most relevant branch. */
export const zodDetails = (error: z.core.$ZodError, root: string): FieldIssue[] => {
  const out: FieldIssue[] = [];
  const visit = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        // Report the branch that got furthest (fewest issues) rather than "Invalid input".
        const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
        if (best.length > 0 && best.length <= 5) {
          visit(best, path);
          continue;
        }
      }
      if (issue.code === 'invalid_key' && issue.issues.length > 0) {
        // Why the key was refused (its schema's message), not zod's bare "Invalid key in record".
        for (const inner of issue.issues)
          out.push({ path: formatIssuePath(root, path), message: `key ${inner.message}` });
        continue;
      }
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          out.push({ path: formatIssuePath(root, [...path, key]), message: 'Unknown field' });
        continue;
      }
      out.push({ path: formatIssuePath(root, path), message: issue.message });
    }
  };
  visit(error.issues, []);
  return out;
};

/** Parses with a schema, collecting issues (every one, with its path) rather than throwing at the first. */
export const parseWith = <S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  root: string,
  issues: FieldIssue[],
): z.output<S> | undefined => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  issues.push(...zodDetails(result.error, root));
  return undefined;
};
