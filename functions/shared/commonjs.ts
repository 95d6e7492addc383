import { createRequire } from 'node:module';

/**
 * `require` for the few modules a Lambda must not load as ES modules at init. `import ... from 'node:http'` makes
 * Node build an ES module facade of node:http, whose getters load the bundled undici (fetch, WebSocket) at once:
 * ~40-70 ms of CPU at every cold start for modules that never use them (docs/performance.md). The same packages
 * and built-ins loaded through require() skip the facade; Powertools publishes a CommonJS build beside its ESM one.
 */
export const requireCommonJs = createRequire(import.meta.url);
