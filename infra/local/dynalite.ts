import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { exceedsNesting, NESTING_MESSAGE, replayRequest } from './dynalite-guard';
import { ReadWriteLock } from './dynalite-lock';
import {
  type AttributeMap,
  createTransactions,
  isObject,
  type Json,
  validationError,
  type WireResponse,
} from './dynalite-transactions';

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

interface DynaliteServer extends http.Server {
  close(callback?: (err?: Error) => void): this;
}
type DynaliteFactory = (options: Record<string, unknown>) => DynaliteServer;

// dynalite is CommonJS without type declarations.
const dynalite = createRequire(import.meta.url)('dynalite') as DynaliteFactory;

const API_PREFIX = 'DynamoDB_20120810';
const TTL_FILE = 'dynaris-ttl.json';

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

  const { transactWriteItems, transactGetItems, keyAttributeNames, forgetKeySchemas } = createTransactions(
    call,
    lock,
  );

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
            forgetKeySchemas();
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
