import {
  type IndexDesign,
  indexWriteUnits,
  itemSize,
  type ReadConsistency,
  readUnits,
  type WireItem,
  writeUnits,
} from '../../../statemachines/cost/dynamodb-units';
import type { ReadWriteLock } from './lock';
import type { Json, WireResponse } from './store';

/**
 * The capacity units DynamoDB would bill for each request the local store answers, by its rules
 * (statemachines/cost/dynamodb-units.ts): each written item's size before and after (read from the store around the
 * write, not counted as requests), each global secondary index entry it puts, rewrites or deletes, each item read
 * in full (a projection does not make a read cheaper). Opt-in (`startDynalite({ meterCapacity: true })`): the bench
 * and the cost model's test read it; the local runtime does not pay for it otherwise.
 */

export interface CapacityFigures {
  writeUnits: number;
  readUnits: number;
}

export interface CapacityTally extends CapacityFigures {
  /** By kind of item: the first part of its partition key after the tenant, and of its sort key (`RUN/LOG`). */
  readonly byKind: Record<string, CapacityFigures>;
}

interface TableShape {
  readonly keys: readonly string[];
  readonly indexes: readonly IndexDesign[];
}

interface Target {
  readonly table: string;
  readonly key: WireItem;
  readonly transactional: boolean;
  /** A ConditionCheck: bills the item read for the check, writes nothing. */
  readonly checkOnly?: boolean;
}

export interface MeterDeps {
  call(operation: string, body: Json): Promise<WireResponse>;
  readonly lock: ReadWriteLock;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** `T#<tenant>#RUN#…` / `LOG#…` -> `RUN/LOG`. */
export const kindOfKey = (key: WireItem): string => {
  const text = (v: unknown) => (isObject(v) && typeof v.S === 'string' ? v.S : '');
  const [pk, sk] = Object.values(key).map(text);
  const pkKind = (pk ?? '').startsWith('T#') ? ((pk ?? '').split('#')[2] ?? '') : (pk ?? '').split('#')[0];
  return `${pkKind}/${(sk ?? '').split('#')[0]}`;
};

export const createCapacityMeter = (deps: MeterDeps) => {
  const tally: CapacityTally = { writeUnits: 0, readUnits: 0, byKind: {} };
  const shapes = new Map<string, TableShape>();

  const add = (key: WireItem, figures: Partial<CapacityFigures>): void => {
    const kind = kindOfKey(key);
    const row = tally.byKind[kind] ?? { writeUnits: 0, readUnits: 0 };
    tally.byKind[kind] = row;
    row.writeUnits += figures.writeUnits ?? 0;
    row.readUnits += figures.readUnits ?? 0;
    tally.writeUnits += figures.writeUnits ?? 0;
    tally.readUnits += figures.readUnits ?? 0;
  };

  const shapeOf = async (table: string): Promise<TableShape | undefined> => {
    const known = shapes.get(table);
    if (known) return known;
    const r = await deps.call('DescribeTable', { TableName: table });
    if (r.status !== 200) return undefined;
    type Key = { AttributeName: string };
    const t = r.body.Table as {
      KeySchema: Key[];
      GlobalSecondaryIndexes?: {
        IndexName: string;
        KeySchema: Key[];
        Projection?: { ProjectionType?: IndexDesign['projection']; NonKeyAttributes?: string[] };
      }[];
    };
    const shape: TableShape = {
      keys: t.KeySchema.map((k) => k.AttributeName),
      indexes: (t.GlobalSecondaryIndexes ?? []).map((g) => ({
        name: g.IndexName,
        keys: g.KeySchema.map((k) => k.AttributeName),
        projection: g.Projection?.ProjectionType ?? 'ALL',
        ...(g.Projection?.NonKeyAttributes ? { nonKeyAttributes: g.Projection.NonKeyAttributes } : {}),
      })),
    };
    shapes.set(table, shape);
    return shape;
  };

  /** The stored item under `key` (a consistent read of the store itself, under the store's read lock). */
  const stored = async (table: string, key: WireItem): Promise<WireItem | undefined> => {
    const release = await deps.lock.acquire(false);
    try {
      const r = await deps.call('GetItem', { TableName: table, Key: key, ConsistentRead: true });
      return r.status === 200 && isObject(r.body.Item) ? (r.body.Item as WireItem) : undefined;
    } finally {
      release();
    }
  };

  const keyOf = async (table: string, item: unknown): Promise<WireItem | undefined> => {
    const shape = await shapeOf(table);
    if (!shape || !isObject(item)) return undefined;
    return Object.fromEntries(shape.keys.map((k) => [k, item[k]]));
  };

  const writeTargets = async (operation: string, body: Json): Promise<Target[]> => {
    const table = String(body.TableName ?? '');
    if (operation === 'PutItem') {
      const key = await keyOf(table, body.Item);
      return key ? [{ table, key, transactional: false }] : [];
    }
    if (operation === 'UpdateItem' || operation === 'DeleteItem')
      return isObject(body.Key) ? [{ table, key: body.Key as WireItem, transactional: false }] : [];
    const targets: Target[] = [];
    if (operation === 'BatchWriteItem') {
      for (const [t, requests] of Object.entries((body.RequestItems ?? {}) as Record<string, unknown[]>))
        for (const r of Array.isArray(requests) ? requests : []) {
          if (!isObject(r)) continue;
          const put = isObject(r.PutRequest) ? r.PutRequest.Item : undefined;
          const del = isObject(r.DeleteRequest) ? r.DeleteRequest.Key : undefined;
          const key = put ? await keyOf(t, put) : isObject(del) ? (del as WireItem) : undefined;
          if (key) targets.push({ table: t, key, transactional: false });
        }
    }
    if (operation === 'TransactWriteItems') {
      for (const action of Array.isArray(body.TransactItems) ? body.TransactItems : []) {
        if (!isObject(action)) continue;
        const [kind, spec] = Object.entries(action)[0] ?? [];
        if (!isObject(spec)) continue;
        const t = String(spec.TableName ?? '');
        const key =
          kind === 'Put'
            ? await keyOf(t, spec.Item)
            : isObject(spec.Key)
              ? (spec.Key as WireItem)
              : undefined;
        if (key) targets.push({ table: t, key, transactional: true, checkOnly: kind === 'ConditionCheck' });
      }
    }
    return targets;
  };

  const meterWrite = async (operation: string, body: Json, run: () => Promise<WireResponse>) => {
    const targets = await writeTargets(operation, body);
    const before = await Promise.all(targets.map((t) => stored(t.table, t.key)));
    const answer = await run();
    for (const [i, t] of targets.entries()) {
      const was = before[i];
      if (answer.status !== 200 || t.checkOnly) {
        // A failed conditional write, a cancelled transaction, a condition check: the item's units, no index write.
        add(t.key, { writeUnits: writeUnits(was ? itemSize(was) : 0, t.transactional) });
        continue;
      }
      const is = await stored(t.table, t.key);
      const shape = await shapeOf(t.table);
      const size = Math.max(was ? itemSize(was) : 0, is ? itemSize(is) : 0);
      let units = writeUnits(size, t.transactional);
      for (const index of shape?.indexes ?? []) units += indexWriteUnits(was, is, index, shape?.keys ?? []);
      add(t.key, { writeUnits: units });
    }
    return answer;
  };

  const consistency = (spec: Record<string, unknown>): ReadConsistency =>
    spec.ConsistentRead === true ? 'strong' : 'eventual';

  const meterRead = async (operation: string, body: Json, answer: WireResponse): Promise<void> => {
    if (answer.status !== 200) return;
    const table = String(body.TableName ?? '');
    const one = async (t: string, key: WireItem, c: ReadConsistency) => {
      const item = await stored(t, key);
      add(key, { readUnits: readUnits(item ? itemSize(item) : 0, c) });
    };
    if (operation === 'GetItem' && isObject(body.Key))
      await one(table, body.Key as WireItem, consistency(body));
    if (operation === 'BatchGetItem')
      for (const [t, spec] of Object.entries((body.RequestItems ?? {}) as Record<string, unknown>))
        if (isObject(spec) && Array.isArray(spec.Keys))
          for (const key of spec.Keys) if (isObject(key)) await one(t, key as WireItem, consistency(spec));
    if (operation === 'TransactGetItems')
      for (const g of Array.isArray(body.TransactItems) ? body.TransactItems : [])
        if (isObject(g) && isObject(g.Get) && isObject(g.Get.Key))
          await one(String(g.Get.TableName ?? ''), g.Get.Key as WireItem, 'transactional');
    if (operation === 'Query' || operation === 'Scan') {
      // What the request read: the same page without its projection and filter (a filter is applied after the read).
      const {
        ProjectionExpression: _p,
        FilterExpression: _f,
        Select: _s,
        AttributesToGet: _a,
        ...read
      } = body as Record<string, unknown>;
      const release = await deps.lock.acquire(false);
      let items: WireItem[] = [];
      try {
        const r = await deps.call(operation, read as Json);
        items = r.status === 200 && Array.isArray(r.body.Items) ? (r.body.Items as WireItem[]) : [];
      } finally {
        release();
      }
      const bytes = items.reduce((n, item) => n + itemSize(item), 0);
      const key = (items[0] ?? {}) as WireItem;
      const shape = await shapeOf(table);
      add(Object.fromEntries((shape?.keys ?? []).map((k) => [k, key[k]])), {
        readUnits: readUnits(bytes, consistency(body)),
      });
    }
  };

  return {
    async measure(operation: string, body: Json, run: () => Promise<WireResponse>): Promise<WireResponse> {
      if (['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'].includes(operation))
        return meterWrite(operation, body, run);
      const answer = await run();
      await meterRead(operation, body, answer);
      return answer;
    },
    tally: (): CapacityTally => ({
      writeUnits: tally.writeUnits,
      readUnits: tally.readUnits,
      byKind: Object.fromEntries(Object.entries(tally.byKind).map(([k, v]) => [k, { ...v }])),
    }),
    forgetShapes: (): void => shapes.clear(),
  };
};

export type CapacityMeter = ReturnType<typeof createCapacityMeter>;
