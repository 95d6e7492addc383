import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DynaliteStore,
  openDynaliteStore,
  type WireResponse,
} from '../../../infra/local/dynalite/store';
import { rememberTables, type TableStore } from '../../../infra/local/dynalite/table-memo';

/**
 * The in-process store remembers each table's description for data requests (infra/local/dynalite/table-memo.ts);
 * every answer must stay the one dynalite gives when it reads the description from storage each time.
 */

const createTable = (hashKey: string) => ({
  TableName: 'memo',
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [{ AttributeName: hashKey, AttributeType: 'S' }],
  KeySchema: [{ AttributeName: hashKey, KeyType: 'HASH' }],
});

describe('dynalite table descriptions remembered for data requests', () => {
  let store: DynaliteStore;
  const call = (operation: string, body: Record<string, unknown>) => store.call(operation, body);
  /** Waits until DescribeTable says ACTIVE, or (status undefined) that the table is gone. */
  const until = async (status: 'ACTIVE' | undefined) => {
    for (const started = Date.now(); Date.now() - started < 10_000; ) {
      const d = await call('DescribeTable', { TableName: 'memo' });
      if ((d.body.Table as { TableStatus?: string } | undefined)?.TableStatus === status) return;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`table not ${status ?? 'deleted'}`);
  };
  const active = () => until('ACTIVE');
  const typeOf = (r: WireResponse) => String(r.body.__type ?? '').replace(/^.*#/, '');

  beforeEach(async () => {
    store = openDynaliteStore({});
    await call('CreateTable', createTable('a'));
    await active();
  });
  afterEach(async () => {
    await store.close();
  });

  it('GIVEN a table read by data requests WHEN it is deleted and created again with another key THEN data requests follow the new key schema', async () => {
    expect((await call('PutItem', { TableName: 'memo', Item: { a: { S: '1' } } })).status).toBe(200);
    expect((await call('GetItem', { TableName: 'memo', Key: { a: { S: '1' } } })).body.Item).toEqual({
      a: { S: '1' },
    });

    await call('DeleteTable', { TableName: 'memo' });
    const afterDelete = await call('GetItem', { TableName: 'memo', Key: { a: { S: '1' } } });
    expect(typeOf(afterDelete)).toBe('ResourceNotFoundException');
    await until(undefined);

    await call('CreateTable', createTable('b'));
    await active();
    const oldKey = await call('PutItem', { TableName: 'memo', Item: { a: { S: '1' } } });
    expect(typeOf(oldKey)).toBe('ValidationException');
    expect((await call('PutItem', { TableName: 'memo', Item: { b: { S: '2' } } })).status).toBe(200);
    expect((await call('GetItem', { TableName: 'memo', Key: { b: { S: '2' } } })).body.Item).toEqual({
      b: { S: '2' },
    });
  });

  it('GIVEN data requests running while the table is deleted THEN none is answered from a description read before the delete', async () => {
    await call('PutItem', { TableName: 'memo', Item: { a: { S: '1' } } });
    const reads = Array.from({ length: 20 }, () =>
      call('GetItem', { TableName: 'memo', Key: { a: { S: '1' } } }),
    );
    await call('DeleteTable', { TableName: 'memo' });
    await Promise.all(reads);
    const after = await Promise.all(
      Array.from({ length: 5 }, () => call('GetItem', { TableName: 'memo', Key: { a: { S: '1' } } })),
    );
    expect(after.map(typeOf)).toEqual(Array(5).fill('ResourceNotFoundException'));
  });

  it('GIVEN the store THEN a remembered description cannot be changed by the requests that read it', async () => {
    await call('GetItem', { TableName: 'memo', Key: { a: { S: '1' } } });
    const described = await call('DescribeTable', { TableName: 'memo' });
    const table = described.body.Table as { KeySchema: unknown[] };
    // DescribeTable reads storage (not the remembered copy): its answer is the caller's to change.
    table.KeySchema.push({ AttributeName: 'z', KeyType: 'RANGE' });
    expect((await call('PutItem', { TableName: 'memo', Item: { a: { S: '3' } } })).status).toBe(200);
  });
});

describe('rememberTables on a store whose reads and writes finish when told', () => {
  type Done = () => void;
  const storeWithControlledIo = () => {
    const pending: Done[] = [];
    let reads = 0;
    let version = 1;
    const store: TableStore = {
      tableDb: {
        put: (_key, _value, callback) => {
          pending.push(() => {
            version += 1;
            callback?.(null);
          });
        },
        del: (_key, callback) => pending.push(() => callback?.(null)),
        batch: (_ops, callback) => pending.push(() => callback?.(null)),
      },
      getTable: (_name, checkStatus, callback) => {
        reads += 1;
        const seen = version;
        const cb = typeof checkStatus === 'function' ? checkStatus : callback;
        pending.push(() => cb?.(null, { TableName: 'memo', TableStatus: 'ACTIVE', version: seen }));
      },
    };
    rememberTables(store);
    const flush = () => {
      while (pending.length) pending.shift()?.();
    };
    const get = () =>
      new Promise<Record<string, unknown>>((resolve) => {
        store.getTable('memo', (_e, table) => resolve(table ?? {}));
        flush();
      });
    return { store, pending, flush, get, reads: () => reads };
  };

  it('GIVEN a data read answered THEN the next one is answered from memory, frozen', async () => {
    const io = storeWithControlledIo();
    const first = await io.get();
    const second = await io.get();
    expect(io.reads()).toBe(1);
    expect(second).toBe(first);
    expect(Object.isFrozen(second)).toBe(true);
  });

  it('GIVEN a data read still in flight WHEN the table is written before it is answered THEN its answer is not remembered', async () => {
    const io = storeWithControlledIo();
    let stale: Record<string, unknown> | undefined;
    io.store.getTable('memo', (_e, table) => {
      stale = table;
    });
    const readFirst = io.pending.shift();
    io.store.tableDb.put('memo', {}, () => {});
    io.flush();
    readFirst?.();
    expect(stale?.version).toBe(1);
    const next = await io.get();
    expect(next.version).toBe(2);
    expect(io.reads()).toBe(2);
  });

  it('GIVEN a remembered table WHEN table management reads it (getTable(name, false)) THEN storage is read and the copy is not frozen', async () => {
    const io = storeWithControlledIo();
    await io.get();
    const managed = await new Promise<Record<string, unknown>>((resolve) => {
      io.store.getTable('memo', false, (_e, table) => resolve(table ?? {}));
      io.flush();
    });
    expect(io.reads()).toBe(2);
    expect(Object.isFrozen(managed)).toBe(false);
  });
});
