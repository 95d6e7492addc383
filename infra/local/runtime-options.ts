import {
  LOCAL_RATE_LIMIT,
  type RateLimitOptions,
  rateLimitFromEnv,
} from '../../functions/api/middleware/rate-limit';
import type { EngineClock } from '../../functions/engine/clock';
import type { EngineEvent } from '../../functions/engine/local-engine';

/** What startLocalRuntime (infra/local/runtime.ts) takes; every option has a default. */
export interface LocalRuntimeOptions {
  /** 0 = a free port. @default PORT or 3000 */
  readonly port?: number;
  /** @default HOST or 127.0.0.1 */
  readonly host?: string;
  /** Persist DynamoDB, files, the event archive and the secrets key here; not kept when absent (throwawayStore). */
  readonly dataDir?: string;
  /**
   * Without dataDir, where the DynamoDB store that nothing keeps lives: `disk`, a fresh folder under the OS temporary
   * directory removed at stop (and at exit), so memory stays flat however many items are written (`dynaris serve
   * --disk-store`); `tiered`, this process's heap for the items written last and such a folder for the older ones,
   * moved there in the background (`dynaris serve --tiered-store`: flat memory; ./dynalite/cold-tier.ts);
   * `memory`, this process's heap, which grows with every item (`dynaris serve`, tests, `dynaris run`). @default memory
   */
  readonly throwawayStore?: 'disk' | 'tiered' | 'memory';
  /** With throwawayStore `tiered`: the items and index entries the heap keeps (the newest). @default 8,000 (./dynalite/cold-tier.ts) */
  readonly tieredHeapEntries?: number;
  /** @default DYNARIS_TENANT_ID or "local" */
  readonly tenantId?: string;
  /** @default DYNARIS_API_KEY, else generated and printed */
  readonly apiKey?: string;
  /** @default DYNARIS_WEBHOOK_SECRET, else generated and printed */
  readonly webhookSecret?: string;
  /** `virtual`: time moves only through advance()/runUntilSettled() (tests, dynaris run). @default real */
  readonly clock?: 'real' | 'virtual' | EngineClock;
  /** Start of virtual time. @default now */
  readonly startTime?: Date;
  /** Console lines (run log, start banner); `() => {}` silences them. @default stdout */
  readonly log?: (line: string) => void;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Skip the HTTP server (dynaris run). */
  readonly http?: boolean;
  /** Every engine event (execution started/finished, state transitions), besides the console log. */
  readonly onEngineEvent?: (event: EngineEvent) => void;
  /** The built web console served at `/`. @default console/dist */
  readonly consoleDir?: string;
  /** Templates deployed as built-in workflows of the default tenant. @default DYNARIS_BUILT_IN_WORKFLOWS, else none */
  readonly builtInWorkflows?: readonly string[];
  /** The API's per-key limit. @default API_RATE_LIMIT / API_BURST_LIMIT, else LOCAL_RATE_LIMIT (never the bottleneck) */
  readonly rateLimit?: RateLimitOptions;
  /** Count the DynamoDB capacity units every request would bill (dynamodbStats().capacity; the cost bench). @default false */
  readonly meterCapacity?: boolean;
}

/** The API's per-key limit: the option, else API_RATE_LIMIT / API_BURST_LIMIT (a malformed one throws, naming it). */
export const apiRateLimitOf = (options: LocalRuntimeOptions, env: NodeJS.ProcessEnv): RateLimitOptions =>
  options.rateLimit ?? rateLimitFromEnv(env, LOCAL_RATE_LIMIT);
