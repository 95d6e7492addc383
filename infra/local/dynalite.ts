import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { exceedsNesting, NESTING_MESSAGE, replayRequest } from './dynalite-guard';

/**
 * DynamoDB on loopback: dynalite (the real wire protocol over LevelDB) behind a small HTTP front in the same process.
 * dynalite 4 lacks TransactWriteItems, TransactGetItems and UpdateTimeToLive; the front implements them with
 * DynamoDB's semantics and forwards everything else untouched.
 *
 * Isolation: every forwarded request holds a shared lock for its duration; a transaction holds the exclusive lock,
 * so no other request observes or interleaves with its intermediate states. A transaction snapshots the items it
 * touches, applies each operation through dynalite's own conditional Put/Update/Delete, and on any failure puts
 * the snapshots back and answers TransactionCanceledException with CancellationReasons exactly as AWS does.
 */

export interface DynaliteOptions {
  /** Folder of the LevelDB store (created when missing). In memory when absent. */
  readonly path?: string;
  /** 0 or absent = a random free port. */
  readonly port?: number;
  /** Delete items whose TTL attribute has passed every this many milliseconds. Off when absent or 0. */
  readonly ttlSweepIntervalMs?: number;
}

export interface RunningDynalite {
  readonly endpoint: string;
  readonly port: number;
  /** Deletes expired items of every table with TTL enabled now; resolves to the number deleted. */
  sweepExpiredItems(nowEpochSeconds?: number): Promise<number>;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;
type AttributeMap = Record<string, Record<string, unknown>>;
interface WireResponse {
  readonly status: number;
  readonly body: Json;
}

interface DynaliteServer extends http.Server {
  close(callback?: (err?: Error) => void): this;
}
type DynaliteFactory = (options: Record<string, unknown>) => DynaliteServer;

// dynalite is CommonJS without type declarations.
const dynalite = createRequire(import.meta.url)('dynalite') as DynaliteFactory;

const API_PREFIX = 'DynamoDB_20120810';
const TYPE_PREFIX = 'com.amazonaws.dynamodb.v20120810#';
const VALIDATION = 'com.amazon.coral.validate#ValidationException';
const MAX_TRANSACT_ITEMS = 100;
const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;
const TTL_FILE = 'dynaris-ttl.json';

/** Readers-writer lock, granted in arrival order so a waiting transaction is not starved by a stream of reads. */
class ReadWriteLock {
  private readers = 0;
  private writer = false;
  private readonly waiting: { exclusive: boolean; grant: () => void }[] = [];

  acquire(exclusive: boolean): Promise<() => void> {
    return new Promise((resolve) => {
      this.waiting.push({
        exclusive,
        grant: () => {
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            if (exclusive) this.writer = false;
            else this.readers--;
            this.pump();
          });
        },
      });
      this.pump();
    });
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0]!;
      if (next.exclusive) {
        if (this.writer || this.readers > 0) return;
        this.writer = true;
      } else {
        if (this.writer) return;
        this.readers++;
      }
      this.waiting.shift();
      next.grant();
    }
  }
}

const validationError = (message: string): WireResponse => ({
  status: 400,
  body: { __type: VALIDATION, message },
});

const errorType = (body: Json): string => String(body.__type ?? '').replace(/^.*#/, '');

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/** Canonical JSON (sorted keys), for request fingerprints and item identity. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
};

type TransactOp = 'Put' | 'Update' | 'Delete' | 'ConditionCheck';
const TRANSACT_OPS: readonly TransactOp[] = ['Put', 'Update', 'Delete', 'ConditionCheck'];

interface PlannedWrite {
  readonly op: TransactOp;
  readonly params: Json;
  readonly tableName: string;
  readonly key: AttributeMap;
}

export const startDynalite = async (options: DynaliteOptions = {}): Promise<RunningDynalite> => {
  const storePath = options.path ? path.resolve(options.path) : undefined;
  if (storePath) await mkdir(storePath, { recursive: true });

  const inner = dynalite({
    ...(storePath ? { path: storePath } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  const innerHandler = inner.listeners('request')[0] as http.RequestListener;
  await new Promise<void>((resolve, reject) => {
    inner.once('error', reject);
    inner.listen(0, '127.0.0.1', () => resolve());
  });
  const innerPort = (inner.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const lock = new ReadWriteLock();

  const ttlFile = storePath ? path.join(storePath, TTL_FILE) : undefined;
  const ttlSettings = new Map<string, string>();
  if (ttlFile) {
    const saved = await readFile(ttlFile, 'utf8').catch(() => undefined);
    if (saved)
      for (const [t, a] of Object.entries(JSON.parse(saved) as Record<string, string>)) ttlSettings.set(t, a);
  }
  const saveTtl = async () => {
    if (ttlFile) await writeFile(ttlFile, JSON.stringify(Object.fromEntries(ttlSettings)));
  };

  const completedTransactions = new Map<
    string,
    { fingerprint: string; at: number; response: WireResponse }
  >();

  /** A request straight to dynalite, bypassing the front's lock (callers hold it). */
  const call = (operation: string, body: Json): Promise<WireResponse> =>
    new Promise((resolve, reject) => {
      const payload = JSON.stringify(body);
      const req = http.request(
        {
          host: '127.0.0.1',
          port: innerPort,
          method: 'POST',
          path: '/',
          agent,
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            'content-length': Buffer.byteLength(payload),
            'x-amz-target': `${API_PREFIX}.${operation}`,
            'x-amz-date': '20240101T000000Z',
            authorization:
              'AWS4-HMAC-SHA256 Credential=local/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=local',
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 500, body: text ? (JSON.parse(text) as Json) : {} });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  /** Key schemas by table; forgotten whenever a table is created, changed or deleted. */
  const keySchemas = new Map<string, string[]>();
  const keyAttributeNames = async (tableName: string): Promise<string[] | WireResponse> => {
    const cached = keySchemas.get(tableName);
    if (cached) return cached;
    const r = await call('DescribeTable', { TableName: tableName });
    if (r.status !== 200) return r;
    const table = r.body.Table as { KeySchema: { AttributeName: string }[] };
    const names = table.KeySchema.map((k) => k.AttributeName);
    keySchemas.set(tableName, names);
    return names;
  };

  const getItem = async (tableName: string, key: AttributeMap): Promise<AttributeMap | undefined> => {
    const r = await call('GetItem', { TableName: tableName, Key: key, ConsistentRead: true });
    if (r.status !== 200) throw new Error(`GetItem failed during a transaction: ${JSON.stringify(r.body)}`);
    return r.body.Item as AttributeMap | undefined;
  };

  const restore = async (w: PlannedWrite, snapshot: AttributeMap | undefined): Promise<void> => {
    const r = snapshot
      ? await call('PutItem', { TableName: w.tableName, Item: snapshot })
      : await call('DeleteItem', { TableName: w.tableName, Key: w.key });
    if (r.status !== 200) throw new Error(`Could not roll back a transaction: ${JSON.stringify(r.body)}`);
  };

  const planWrites = async (body: Json): Promise<PlannedWrite[] | WireResponse> => {
    const items = body.TransactItems;
    if (!Array.isArray(items) || items.length === 0) {
      return validationError(
        "1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null",
      );
    }
    if (items.length > MAX_TRANSACT_ITEMS) {
      return validationError(
        `1 validation error detected: Value '[${items.length} items]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to ${MAX_TRANSACT_ITEMS}`,
      );
    }
    const schemas = new Map<string, string[]>();
    const seen = new Set<string>();
    const planned: PlannedWrite[] = [];
    for (const entry of items) {
      const ops = isObject(entry) ? TRANSACT_OPS.filter((o) => isObject(entry[o])) : [];
      if (!isObject(entry) || ops.length !== 1) {
        return validationError(
          'TransactItems can only contain one of Check, Put, Update or Delete in a single TransactWriteItem',
        );
      }
      const op = ops[0]!;
      const params = entry[op] as Json;
      const tableName = params.TableName;
      if (typeof tableName !== 'string') return validationError('TableName must be specified');
      let names = schemas.get(tableName);
      if (!names) {
        const described = await keyAttributeNames(tableName);
        if (!Array.isArray(described)) return described;
        names = described;
        schemas.set(tableName, names);
      }
      const source = (op === 'Put' ? params.Item : params.Key) as AttributeMap | undefined;
      if (!isObject(source)) return validationError(`${op === 'Put' ? 'Item' : 'Key'} must be specified`);
      const key: AttributeMap = {};
      for (const n of names) {
        const v = source[n];
        if (!v) return validationError('The provided key element does not match the schema');
        key[n] = v;
      }
      const identity = `${tableName}\u0000${canonical(key)}`;
      if (seen.has(identity)) {
        return validationError('Transaction request cannot include multiple operations on one item');
      }
      seen.add(identity);
      planned.push({ op, params, tableName, key });
    }
    return planned;
  };

  const transactWriteItems = async (body: Json): Promise<WireResponse> => {
    const planned = await planWrites(body);
    if (!Array.isArray(planned)) return planned;

    const token = typeof body.ClientRequestToken === 'string' ? body.ClientRequestToken : undefined;
    const { ClientRequestToken: _token, ...rest } = body;
    const fingerprint = canonical(rest);

    const release = await lock.acquire(true);
    try {
      if (token) {
        const now = Date.now();
        for (const [t, done] of completedTransactions) {
          if (now - done.at > IDEMPOTENCY_WINDOW_MS) completedTransactions.delete(t);
        }
        const done = completedTransactions.get(token);
        if (done) {
          if (done.fingerprint !== fingerprint) {
            return {
              status: 400,
              body: {
                __type: `${TYPE_PREFIX}IdempotentParameterMismatchException`,
                Message: 'The request uses the same client token as a previous, but non-identical request.',
              },
            };
          }
          return done.response;
        }
      }

      // Items are distinct, so snapshots and operations are independent of each other: run them concurrently.
      const snapshots = await Promise.all(planned.map((w) => getItem(w.tableName, w.key)));
      const responses = await Promise.all(
        planned.map((w) => {
          const { ReturnValuesOnConditionCheckFailure: _returnOld, ...params } = w.params;
          // ConditionCheck: an UpdateItem without updates evaluates the condition; the item is put back below.
          return call(w.op === 'Put' ? 'PutItem' : w.op === 'Delete' ? 'DeleteItem' : 'UpdateItem', params);
        }),
      );
      const reasons: Json[] = [];
      const applied: number[] = [];
      let failure: WireResponse | undefined;
      for (const [i, r] of responses.entries()) {
        const w = planned[i]!;
        if (r.status === 200) {
          reasons.push({ Code: 'None' });
          if (w.op === 'ConditionCheck') await restore(w, snapshots[i]);
          else applied.push(i);
        } else if (errorType(r.body) === 'ConditionalCheckFailedException') {
          const snapshot = snapshots[i];
          reasons.push({
            Code: 'ConditionalCheckFailed',
            Message: 'The conditional request failed',
            ...(w.params.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' && snapshot
              ? { Item: snapshot }
              : {}),
          });
        } else {
          failure ??= r;
          reasons.push({
            Code: errorType(r.body) || 'ValidationError',
            Message: String(r.body.message ?? ''),
          });
        }
      }

      const cancelled = reasons.some((r) => r.Code !== 'None');
      if (failure || cancelled) {
        await Promise.all(applied.map((i) => restore(planned[i]!, snapshots[i])));
        if (failure) return failure;
        return {
          status: 400,
          body: {
            __type: `${TYPE_PREFIX}TransactionCanceledException`,
            Message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons
              .map((r) => r.Code)
              .join(', ')}]`,
            CancellationReasons: reasons,
          },
        };
      }

      const response: WireResponse = { status: 200, body: consumedCapacity(body, planned, 2) };
      if (token) completedTransactions.set(token, { fingerprint, at: Date.now(), response });
      return response;
    } finally {
      release();
    }
  };

  const transactGetItems = async (body: Json): Promise<WireResponse> => {
    const items = body.TransactItems;
    if (!Array.isArray(items) || items.length === 0 || items.length > MAX_TRANSACT_ITEMS) {
      return validationError(
        `1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${MAX_TRANSACT_ITEMS}`,
      );
    }
    const release = await lock.acquire(true);
    try {
      const responses: Json[] = [];
      const tables: { tableName: string }[] = [];
      for (const entry of items) {
        const get = isObject(entry) && isObject(entry.Get) ? entry.Get : undefined;
        if (!get) return validationError('TransactItems can only contain Get in a TransactGetItems request');
        const r = await call('GetItem', { ...get, ConsistentRead: true });
        if (r.status !== 200) return r;
        responses.push(r.body.Item ? { Item: r.body.Item } : {});
        tables.push({ tableName: String(get.TableName) });
      }
      return { status: 200, body: { Responses: responses, ...consumedCapacity(body, tables, 2) } };
    } finally {
      release();
    }
  };

  const updateTimeToLive = async (body: Json): Promise<WireResponse> => {
    const tableName = body.TableName;
    const spec = body.TimeToLiveSpecification;
    if (typeof tableName !== 'string' || !isObject(spec) || typeof spec.Enabled !== 'boolean') {
      return validationError('TableName and TimeToLiveSpecification (Enabled, AttributeName) are required');
    }
    if (typeof spec.AttributeName !== 'string' || spec.AttributeName.length === 0) {
      return validationError('TimeToLiveSpecification.AttributeName must not be empty');
    }
    const described = await call('DescribeTable', { TableName: tableName });
    if (described.status !== 200) return described;
    const current = ttlSettings.get(tableName);
    if (spec.Enabled && current) return validationError('TimeToLive is already enabled');
    if (!spec.Enabled && !current) return validationError('TimeToLive is already disabled');
    if (spec.Enabled) ttlSettings.set(tableName, spec.AttributeName);
    else ttlSettings.delete(tableName);
    await saveTtl();
    return {
      status: 200,
      body: { TimeToLiveSpecification: { Enabled: spec.Enabled, AttributeName: spec.AttributeName } },
    };
  };

  const describeTimeToLive = async (body: Json): Promise<WireResponse> => {
    const tableName = body.TableName;
    if (typeof tableName !== 'string') return validationError('TableName must be specified');
    const described = await call('DescribeTable', { TableName: tableName });
    if (described.status !== 200) return described;
    const attribute = ttlSettings.get(tableName);
    return {
      status: 200,
      body: {
        TimeToLiveDescription: attribute
          ? { TimeToLiveStatus: 'ENABLED', AttributeName: attribute }
          : { TimeToLiveStatus: 'DISABLED' },
      },
    };
  };

  const handled: Record<string, (body: Json) => Promise<WireResponse>> = {
    TransactWriteItems: transactWriteItems,
    TransactGetItems: transactGetItems,
    UpdateTimeToLive: updateTimeToLive,
    DescribeTimeToLive: describeTimeToLive,
  };

  const front = http.createServer((req, res) => {
    const [api, operation] = String(req.headers['x-amz-target'] ?? '').split('.');
    const own = api === API_PREFIX && operation ? handled[operation] : undefined;
    const contentType =
      String(req.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim() === 'application/json'
        ? 'application/json'
        : 'application/x-amz-json-1.0';
    void readBody(req)
      .then(async (raw) => {
        const text = raw.toString('utf8');
        if (exceedsNesting(text)) return send(res, contentType, validationError(NESTING_MESSAGE));
        if (!own) {
          if (operation === 'CreateTable' || operation === 'DeleteTable' || operation === 'UpdateTable')
            keySchemas.clear();
          const release = await lock.acquire(false);
          res.once('finish', release);
          res.once('close', release);
          innerHandler(replayRequest(req, raw), res);
          return;
        }
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          return send(res, contentType, {
            status: 400,
            body: { __type: 'com.amazon.coral.service#SerializationException' },
          });
        }
        if (!isObject(body))
          return send(res, contentType, validationError('The request body must be an object'));
        send(res, contentType, await own(body));
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
    // Port taken (or similar): do not leave the inner store running.
    agent.destroy();
    await new Promise<void>((resolve) => inner.close(() => resolve()));
    throw error;
  }
  const port = (front.address() as AddressInfo).port;

  const sweepExpiredItems = async (nowEpochSeconds = Math.floor(Date.now() / 1000)): Promise<number> => {
    let deleted = 0;
    for (const [tableName, attribute] of ttlSettings) {
      const names = await keyAttributeNames(tableName);
      if (!Array.isArray(names)) continue;
      let startKey: unknown;
      do {
        const release = await lock.acquire(false);
        try {
          const page = await call('Scan', {
            TableName: tableName,
            FilterExpression: '#ttl < :now',
            ExpressionAttributeNames: { '#ttl': attribute },
            ExpressionAttributeValues: { ':now': { N: String(nowEpochSeconds) } },
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          });
          if (page.status !== 200) break;
          for (const item of (page.body.Items ?? []) as AttributeMap[]) {
            const key = Object.fromEntries(names.map((n) => [n, item[n]]));
            const r = await call('DeleteItem', {
              TableName: tableName,
              Key: key,
              ConditionExpression: '#ttl = :seen',
              ExpressionAttributeNames: { '#ttl': attribute },
              ExpressionAttributeValues: { ':seen': item[attribute] },
            });
            if (r.status === 200) deleted++;
          }
          startKey = page.body.LastEvaluatedKey;
        } finally {
          release();
        }
      } while (startKey);
    }
    return deleted;
  };

  let sweeping: Promise<unknown> = Promise.resolve();
  const sweeper =
    options.ttlSweepIntervalMs && options.ttlSweepIntervalMs > 0
      ? setInterval(() => {
          sweeping = sweepExpiredItems().catch(() => 0);
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
      agent.destroy();
      await new Promise<void>((resolve, reject) => {
        inner.close((err) => (err ? reject(err) : resolve()));
        inner.closeAllConnections();
      });
    })();
    return closed;
  };

  return { endpoint: `http://127.0.0.1:${port}`, port, sweepExpiredItems, close };
};

function consumedCapacity(
  request: Json,
  items: readonly { tableName: string }[],
  unitsPerItem: number,
): Json {
  if (request.ReturnConsumedCapacity !== 'TOTAL' && request.ReturnConsumedCapacity !== 'INDEXES') return {};
  const perTable = new Map<string, number>();
  for (const i of items) perTable.set(i.tableName, (perTable.get(i.tableName) ?? 0) + unitsPerItem);
  return {
    ConsumedCapacity: [...perTable].map(([TableName, units]) => ({ TableName, CapacityUnits: units })),
  };
}
