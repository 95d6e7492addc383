import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { type DaemonAddress, daemonAddress, type TraceHeader } from './header';

/**
 * X-Ray subsegments as independent segment documents (`type: "subsegment"`, `trace_id`, `parent_id`), sent one
 * datagram each to the X-Ray daemon Lambda runs beside the function: the daemon's header line
 * `{"format": "json", "version": 1}`, a newline, then the document (AWS X-Ray developer guide, "Sending segment
 * documents to the X-Ray daemon" and "AWS X-Ray segment documents"). Times are epoch seconds with milliseconds.
 */

export const DAEMON_HEADER = '{"format": "json", "version": 1}\n';

export interface ExceptionDocument {
  readonly id: string;
  readonly message: string;
  readonly type: string;
  readonly remote: boolean;
  readonly stack: readonly { readonly path: string; readonly line: number; readonly label: string }[];
}

export interface SubsegmentDocument {
  readonly id: string;
  readonly name: string;
  readonly trace_id: string;
  readonly parent_id: string;
  readonly type: 'subsegment';
  readonly start_time: number;
  end_time?: number;
  namespace?: 'aws' | 'remote';
  aws?: Record<string, unknown>;
  http?: {
    request?: { method?: string; url?: string };
    response?: { status?: number; content_length?: number };
  };
  annotations?: Record<string, string | number | boolean>;
  error?: true;
  fault?: true;
  throttle?: true;
  cause?: { working_directory: string; exceptions: ExceptionDocument[] };
}

/** A subsegment being recorded, with the header it belongs to (whether it is sent, what travels downstream). */
export interface Subsegment {
  readonly document: SubsegmentDocument;
  readonly header: TraceHeader;
}

export const newId = (): string => randomBytes(8).toString('hex');
const now = (): number => Date.now() / 1000;

export const openSubsegment = (name: string, header: TraceHeader, parentId: string): Subsegment => ({
  header,
  document: {
    id: newId(),
    name,
    trace_id: header.root,
    parent_id: parentId,
    type: 'subsegment',
    start_time: now(),
  },
});

/** The stack as the X-Ray SDK for Node records it: one `{path, line, label}` per frame. */
const stackOf = (stack: string | undefined): ExceptionDocument['stack'] =>
  (stack ?? '')
    .split('\n')
    .slice(1)
    .map((frame) => {
      const line = frame.trim().replace(/\(|\)/g, '');
      const rest = line.slice(line.indexOf(' ') + 1);
      const space = rest.lastIndexOf(' ');
      const [path = '', lineNumber = ''] = rest.slice(space + 1).split(':');
      return {
        path,
        line: Number.parseInt(lineNumber, 10),
        label: (space >= 0 && rest.slice(0, space)) || 'anonymous',
      };
    });

/**
 * Records an exception: `fault` and a `cause` with the exception (as the X-Ray SDK's addError does for any error;
 * `error` and `throttle` come from the HTTP status where there is one).
 */
export const addException = (subsegment: Subsegment, error: unknown, remote: boolean): void => {
  const e = error instanceof Error ? error : { name: '', message: String(error), stack: undefined };
  const doc = subsegment.document;
  doc.fault = true;
  doc.cause ??= { working_directory: process.cwd(), exceptions: [] };
  doc.cause.exceptions.unshift({
    id: newId(),
    message: e.message,
    type: e.name,
    remote,
    stack: stackOf(e.stack),
  });
};

/** `error` for a 4xx status, `fault` for a 5xx, `throttle` for 429 (the segment documents' error fields). */
export const addStatusFlags = (subsegment: Subsegment, status: number | undefined): void => {
  const doc = subsegment.document;
  if (status === 429) doc.throttle = true;
  if (status !== undefined && status >= 400 && status < 500) doc.error = true;
  if (status !== undefined && status >= 500 && status < 600) doc.fault = true;
};

let daemon: DaemonAddress | undefined;
const queue: Buffer[] = [];
let sending = false;

/**
 * Sends queued documents through one short-lived UDP socket, closed once the queue is empty (as the X-Ray SDK does
 * in Lambda: a socket kept open across a frozen environment is not relied on).
 */
const drain = (): void => {
  if (sending) return;
  sending = true;
  daemon ??= daemonAddress();
  const { host, port } = daemon;
  const socket = createSocket('udp4');
  socket.on('error', (error) => console.error('X-Ray daemon socket', error));
  const next = (): void => {
    const message = queue.shift();
    if (!message) {
      sending = false;
      socket.close();
      return;
    }
    socket.send(message, port, host, (error) => {
      if (error) console.error(`X-Ray document not sent (${message.length} bytes)`, error);
      next();
    });
  };
  next();
};

/** Closes the subsegment and sends it, unless its trace is not sampled. */
export const closeSubsegment = (subsegment: Subsegment): void => {
  subsegment.document.end_time ??= now();
  if (!subsegment.header.sampled) return;
  queue.push(Buffer.from(DAEMON_HEADER + JSON.stringify(subsegment.document)));
  drain();
};
