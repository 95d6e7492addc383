import type * as Https from 'node:https';
import { requireCommonJs } from '../commonjs';

/** node:https through require(), as builtins/http.ts says (the SDK's Node HTTP handler imports it for every request). */
const https = requireCommonJs('node:https') as typeof Https;
export default https;
export const { Agent, globalAgent, Server, createServer, get, request } = https;
