import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { answerStorageCallbacksSooner } from './dynalite/callbacks';
import { jsonDepth, mayNestTooDeep, NESTING_MESSAGE, nestsTooDeep, tooDeepToParse } from './dynalite/guard';
import { ReadWriteLock } from './dynalite/lock';
import { type CapacityTally, createCapacityMeter } from './dynalite/meter';
import {
  API_PREFIX,
  type InProcessRequestHandler,
  inProcessRequestHandler,
  type WireHandler,
} from './dynalite/sdk-handler';
import { DYNALITE_OPERATIONS, type Json, openDynaliteStore, type WireResponse } from './dynalite/store';
import { createTransactions, isObject, validationError } from './dynalite/transactions';
import { createTimeToLive } from './dynalite/ttl';

/**
 * DynamoDB locally: dynalite's store (the real wire protocol's validation and semantics over LevelDB), with what
 * dynalite 4 lacks added in front (TransactWriteItems, TransactGetItems, TTL: ./dynalite/) and DynamoDB's
 * 32-level nesting limit enforced (./dynalite/guard.ts). Two ways in, one request path:
 *  - `requestHandler`: the AWS SDK hands requests to the store in this process (no socket, no signing; the local
 *    runtime and the tests use it, see ./dynalite/sdk-handler.ts);
 *  - `endpoint`: the same over HTTP on loopback, for anything outside the process (the AWS CLI, other tools).
 */

export interface DynaliteOptions {
  /** Folder of the LevelDB store (created when missing). In memory when absent. */
  readonly path?: string;
  /** In memory: the folder older items move to (created; ./dynalite/cold-tier.ts). Ignored with `path`. */
  readonly coldFolder?: string;
  /** With `coldFolder`: the items and index entries the heap keeps (the newest). @default 20,000 */
  readonly coldHeapEntries?: number;
  /** HTTP port on 127.0.0.1; 0 or absent = a random free port. */
  readonly port?: number;
  /** Delete items whose TTL attribute has passed every this many milliseconds. Off when absent or 0. */
  readonly ttlSweepIntervalMs?: number;
  /** Count the capacity units DynamoDB would bill for every request (./dynalite/meter.ts). @default false */
  readonly meterCapacity?: boolean;
}

export interface DynaliteStats {
  /** Requests answered, by operation (TransactWriteItems counts once, as DynamoDB bills and limits it). */
  readonly requests: Readonly<Record<string, number>>;
  /** Items written by Put/Update/Delete, batches and transactions. */
  readonly itemsWritten: number;
  /** Billed capacity units, when the store was started with `meterCapacity`. */
  readonly capacity?: CapacityTally;
}

export interface RunningDynalite {
  readonly endpoint: string;
  readonly port: number;
  /** For `new DynamoDBClient({ requestHandler })` (inProcessDynamoDbClient): the store without HTTP. */
  readonly requestHandler: InProcessRequestHandler;
  /** One request of the wire protocol (operation, JSON text), for the direct document client (./dynalite/direct-client.ts). */
  readonly answer: WireHandler;
  stats(): DynaliteStats;
  /**
   * Calls `listener` when a write request whose text contains `mark` (or any table change) comes in and again once
   * it is answered: a cache of what such writes change forgets it before and after (./api-key-cache.ts).
   */
  watchWrites(mark: string, listener: () => void): void;
  /** Deletes expired items of every table with TTL enabled now; resolves to the number deleted. */
  sweepExpiredItems(nowEpochSeconds?: number): Promise<number>;
  close(): Promise<void>;
}

const SERIALIZATION = { status: 400, body: { __type: 'com.amazon.coral.service#SerializationException' } };
const DYNALITE = new Set<string>(DYNALITE_OPERATIONS);
const DDL = new Set(['CreateTable', 'DeleteTable', 'UpdateTable']);
const WRITES = new Set([
  ...DDL,
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
]);

/** Items a write request carries (for the stats). */
const itemsWrittenBy = (operation: string, body: Json): number => {
  if (operation === 'PutItem' || operation === 'UpdateItem' || operation === 'DeleteItem') return 1;
  if (operation === 'BatchWriteItem')
    return Object.values((body.RequestItems ?? {}) as Record<string, unknown[]>).reduce(
      (n, l) => n + (Array.isArray(l) ? l.length : 0),
      0,
    );
  if (operation === 'TransactWriteItems')
    return Array.isArray(body.TransactItems) ? body.TransactItems.length : 0;
  return 0;
};

const readBody = (req: http.IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const send = (res: http.ServerResponse, contentType: string, response: WireResponse): void => {
  const body = JSON.stringify(response.body);
  res.statusCode = response.status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('x-amzn-RequestId', randomBytes(26).toString('hex').toUpperCase());
  res.setHeader('x-amz-crc32', String(crc32(body)));
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
};

answerStorageCallbacksSooner();

export const startDynalite = async (options: DynaliteOptions = {}): Promise<RunningDynalite> => {
  const storePath = options.path ? path.resolve(options.path) : undefined;
  if (storePath) await mkdir(storePath, { recursive: true });
  const store = openDynaliteStore(
    storePath
      ? { path: storePath }
      : options.coldFolder
        ? {
            coldTier: {
              folder: options.coldFolder,
              ...(options.coldHeapEntries ? { heapEntries: options.coldHeapEntries } : {}),
            },
          }
        : {},
  );
  const lock = new ReadWriteLock();
  const requests: Record<string, number> = {};
  let itemsWritten = 0;
  const watches: { readonly mark: string; readonly listener: () => void }[] = [];
  const watchersOf = (operation: string, text: string) =>
    WRITES.has(operation) ? watches.filter((w) => DDL.has(operation) || text.includes(w.mark)) : [];

  /** Key schemas by table; forgotten whenever a table is created, changed or deleted. */
  const keySchemas = new Map<string, string[]>();
  const keyAttributeNames = async (tableName: string): Promise<string[] | WireResponse> => {
    const cached = keySchemas.get(tableName);
    if (cached) return cached;
    const r = await store.call('DescribeTable', { TableName: tableName });
    if (r.status !== 200) return r;
    const table = r.body.Table as { KeySchema: { AttributeName: string }[] };
    const names = table.KeySchema.map((k) => k.AttributeName);
    keySchemas.set(tableName, names);
    return names;
  };

  const deps = { call: store.call, keyAttributeNames, lock };
  const { transactWriteItems, transactGetItems } = createTransactions({
    ...deps,
    inOneBatch: store.inOneBatch,
  });
  const ttl = await createTimeToLive({ ...deps, storePath });
  const meter = options.meterCapacity ? createCapacityMeter(deps) : undefined;
  const own: Record<string, (body: Json) => Promise<WireResponse>> = {
    TransactWriteItems: transactWriteItems,
    TransactGetItems: transactGetItems,
    UpdateTimeToLive: ttl.updateTimeToLive,
    DescribeTimeToLive: ttl.describeTimeToLive,
  };

  /** One request of the wire protocol, from either way in. */
  const handle = async (operation: string, text: string): Promise<WireResponse> => {
    const ownHandler = own[operation];
    if (!ownHandler && !DYNALITE.has(operation)) {
      return { status: 400, body: { __type: 'com.amazon.coral.service#UnknownOperationException' } };
    }
    requests[operation] = (requests[operation] ?? 0) + 1;
    const wireDepth = jsonDepth(text);
    if (tooDeepToParse(wireDepth)) return validationError(NESTING_MESSAGE);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return SERIALIZATION;
    }
    if (!isObject(body))
      return ownHandler ? validationError('The request body must be an object') : SERIALIZATION;
    if (mayNestTooDeep(wireDepth) && nestsTooDeep(body)) return validationError(NESTING_MESSAGE);
    const written = itemsWrittenBy(operation, body);
    const watchers = watches.length ? watchersOf(operation, text) : [];
    for (const w of watchers) w.listener();
    let answer: WireResponse;
    const run = async (): Promise<WireResponse> => {
      if (ownHandler) return ownHandler(body);
      if (DDL.has(operation)) {
        keySchemas.clear();
        meter?.forgetShapes();
      }
      const release = await lock.acquire(false);
      try {
        return await store.call(operation, body);
      } finally {
        release();
      }
    };
    try {
      answer = meter ? await meter.measure(operation, body, run) : await run();
    } finally {
      for (const w of watchers) w.listener();
    }
    if (answer.status === 200) itemsWritten += written;
    return answer;
  };

  const front = http.createServer((req, res) => {
    const [api, operation] = String(req.headers['x-amz-target'] ?? '').split('.');
    const contentType =
      String(req.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim() === 'application/json'
        ? 'application/json'
        : 'application/x-amz-json-1.0';
    void readBody(req)
      .then(async (raw) => {
        if (api !== API_PREFIX || !operation)
          return send(res, contentType, {
            status: 400,
            body: { __type: 'com.amazon.coral.service#UnknownOperationException' },
          });
        send(res, contentType, await handle(operation, raw.toString('utf8')));
      })
      .catch((err: unknown) => {
        send(res, contentType, {
          status: 500,
          body: { __type: 'com.amazon.coral.service#InternalFailure', message: String(err) },
        });
      });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      front.once('error', reject);
      front.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    // Port taken (or similar): do not leave the store open.
    await store.close();
    throw error;
  }
  const port = (front.address() as AddressInfo).port;

  let sweeping: Promise<unknown> = Promise.resolve();
  const sweeper =
    options.ttlSweepIntervalMs && options.ttlSweepIntervalMs > 0
      ? setInterval(() => {
          sweeping = ttl.sweepExpiredItems().catch(() => 0);
        }, options.ttlSweepIntervalMs)
      : undefined;
  sweeper?.unref();

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      if (sweeper) clearInterval(sweeper);
      await sweeping;
      await new Promise<void>((resolve) => {
        front.close(() => resolve());
        front.closeAllConnections();
      });
      await store.close();
    })();
    return closed;
  };

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    requestHandler: inProcessRequestHandler(handle),
    answer: handle,
    stats: () => ({ requests: { ...requests }, itemsWritten, ...(meter ? { capacity: meter.tally() } : {}) }),
    watchWrites: (mark, listener) => {
      watches.push({ mark, listener });
    },
    sweepExpiredItems: ttl.sweepExpiredItems,
    close,
  };
};
