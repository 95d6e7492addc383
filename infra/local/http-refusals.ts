import type http from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Answers for requests the local server refuses before any handler sees them, each a JSON error naming the problem
 * (the shape every handler refusal has), where Node would answer a bare 400 or 431 without a body, or nothing.
 */

/** An HTTP API refuses a request whose request line and headers pass 10,240 bytes (a quota that cannot be raised). */
export const MAX_HEAD_BYTES = 10_240;

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  417: 'Expectation Failed',
  431: 'Request Header Fields Too Large',
};

export const errorBody = (code: string, message: string): string =>
  JSON.stringify({ error: { code, message } });

/** A complete HTTP/1.1 response, for a socket no ServerResponse was made for. */
const rawResponse = (status: number, code: string, message: string): string => {
  const body = errorBody(code, message);
  return [
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    '',
    body,
  ].join('\r\n');
};

export const headTooLarge = (): readonly [number, string, string] => [
  431,
  'RequestHeaderFieldsTooLarge',
  `The request line and headers exceed ${MAX_HEAD_BYTES} bytes (the limit)`,
];

/** The request line and every header name and value, in bytes, as the client sent them (counted generously). */
export const headBytesOf = (req: http.IncomingMessage): number => {
  let bytes = Buffer.byteLength(`${req.method ?? ''} ${req.url ?? ''} HTTP/${req.httpVersion}`);
  for (const part of req.rawHeaders) bytes += Buffer.byteLength(part);
  return bytes;
};

/** Node's `clientError`: the parser refused the bytes, or the request timed out. */
export const refuseUnparsable = (error: Error & { code?: string; reason?: string }, socket: Duplex): void => {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? headTooLarge()
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'RequestTimeout', 'The request was not received in time']
        : [
            400,
            'BadRequest',
            `Malformed HTTP request: ${error.reason ?? error.code ?? 'it cannot be parsed'}`,
          ];
  socket.end(rawResponse(status, code, message));
};

/** Node's `connect`: nothing here tunnels. */
export const refuseConnect = (_req: http.IncomingMessage, socket: Duplex): void => {
  socket.end(
    rawResponse(405, 'MethodNotAllowed', 'Method CONNECT is not allowed: this server does not tunnel'),
  );
};

/** Node's `checkExpectation`: only `Expect: 100-continue` is understood. */
export const refuseExpectation = (req: http.IncomingMessage, res: http.ServerResponse): void => {
  const body = errorBody(
    'ExpectationFailed',
    `Expect: ${String(req.headers.expect)} is not supported; only 100-continue is`,
  );
  res.writeHead(417, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  });
  res.end(body);
};
