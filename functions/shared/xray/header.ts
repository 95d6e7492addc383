/**
 * The X-Ray tracing header Lambda gives each invocation (`Root=1-…;Parent=…;Sampled=1;Lineage=…`), read as the X-Ray
 * SDK reads it: the runtime's per-invocation store first (concurrent invocations in one environment), then the
 * `_X_AMZN_TRACE_ID` variable. Root is the trace id, Parent the id of Lambda's own segment for this invocation (the
 * function's subsegments hang under it), Sampled whether anything is recorded. Other keys (Lineage, which Lambda
 * uses to stop recursive loops) travel on unchanged to the services the function calls.
 */

export interface TraceHeader {
  readonly root: string;
  readonly parent: string;
  readonly sampled: boolean;
  /** Keys other than Root, Parent, Sampled and Self, in their order (at most 256 characters, as the X-Ray SDK keeps). */
  readonly data: readonly (readonly [string, string])[];
}

const TRACE_ID = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;
const SEGMENT_ID = /^[0-9a-f]{16}$/;
const RESERVED = new Set(['root', 'parent', 'sampled', 'self']);
const DATA_BYTES = 256;

/**
 * The header when it names a valid trace and parent segment and says whether it is sampled; undefined otherwise
 * (no active tracing, or the root-only header of PassThrough mode: nothing is recorded then).
 */
export const parseTraceHeader = (value: string | undefined): TraceHeader | undefined => {
  if (!value) return undefined;
  const reserved = new Map<string, string>();
  const data: [string, string][] = [];
  let remaining = DATA_BYTES;
  for (const part of value.split(';')) {
    const [rawKey, rawValue] = part.split('=');
    const key = rawKey?.trim();
    const v = rawValue?.trim();
    if (!key || !v) continue;
    if (RESERVED.has(key.toLowerCase())) reserved.set(key.toLowerCase(), v);
    else if (remaining - (key.length + v.length) >= 0) {
      data.push([key, v]);
      remaining -= key.length + v.length;
    }
  }
  const root = reserved.get('root');
  const parent = reserved.get('parent');
  const sampled = reserved.get('sampled');
  if (!root || !TRACE_ID.test(root) || !parent || !SEGMENT_ID.test(parent) || sampled === undefined)
    return undefined;
  return { root, parent, sampled: Number.parseInt(sampled, 10) > 0, data };
};

/** The header to send on a downstream call made under the (sub)segment `parentId`. */
export const downstreamHeader = (header: TraceHeader, parentId: string): string =>
  [
    `Root=${header.root}`,
    `Parent=${parentId}`,
    `Sampled=${header.sampled ? '1' : '0'}`,
    ...header.data.map(([k, v]) => `${k}=${v}`),
  ].join(';');

interface InvokeStore {
  getXRayTraceId?: () => string | undefined;
}

/** The raw header of the invocation running now. */
export const currentTraceHeader = (): string | undefined => {
  const store = (globalThis as { awslambda?: { InvokeStore?: InvokeStore } }).awslambda?.InvokeStore;
  return store?.getXRayTraceId?.() ?? process.env._X_AMZN_TRACE_ID;
};

export interface DaemonAddress {
  readonly host: string;
  readonly port: number;
}

/** AWS_XRAY_DAEMON_ADDRESS as Lambda sets it (`169.254.79.129:2000`) or as `udp:host:port tcp:host:port`. */
export const daemonAddress = (value = process.env.AWS_XRAY_DAEMON_ADDRESS): DaemonAddress => {
  const udp =
    value
      ?.split(' ')
      .find((part) => part.startsWith('udp:'))
      ?.slice(4) ?? value;
  const at = udp?.lastIndexOf(':') ?? -1;
  const port = udp && at > 0 ? Number(udp.slice(at + 1)) : Number.NaN;
  return udp && at > 0 && Number.isInteger(port) && port > 0
    ? { host: udp.slice(0, at), port }
    : { host: '127.0.0.1', port: 2000 };
};
