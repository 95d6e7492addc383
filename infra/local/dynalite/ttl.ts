import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReadWriteLock } from './lock';
import type { AttributeMap, Json, WireResponse } from './store';
import { isObject, validationError } from './transactions';

/**
 * Time to live, which dynalite 4 lacks: UpdateTimeToLive/DescribeTimeToLive per table (kept in the store's folder
 * when it has one) and a sweep that deletes the items whose TTL attribute has passed, as DynamoDB's background
 * deletion does (later than the instant, never before it).
 */

const TTL_FILE = 'dynaris-ttl.json';

export interface TtlDeps {
  readonly storePath: string | undefined;
  readonly call: (operation: string, body: Json) => Promise<WireResponse>;
  readonly keyAttributeNames: (tableName: string) => Promise<string[] | WireResponse>;
  readonly lock: ReadWriteLock;
}

export const createTimeToLive = async ({ storePath, call, keyAttributeNames, lock }: TtlDeps) => {
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

  return { updateTimeToLive, describeTimeToLive, sweepExpiredItems };
};
