import type * as Http from 'node:http';
import { requireCommonJs } from '../commonjs';

/**
 * node:http through require(), for the bundled packages that import it (the SDK's Node HTTP handler in
 * functions/adapters/aws-lean): every bundle aliases `node:http` here (infra/constructs/function.ts
 * BUILTIN_ALIASES), because importing it as an ES module builds its facade, whose getters load undici at cold start.
 */
const http = requireCommonJs('node:http') as typeof Http;
export default http;
// Its exports but the undici getters (WebSocket, CloseEvent, MessageEvent): a package importing those fails to bundle.
export const {
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  maxHeaderSize,
  globalAgent,
} = http;
