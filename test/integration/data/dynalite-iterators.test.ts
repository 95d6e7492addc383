import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDynaliteStore } from '../../../infra/local/dynalite/store';

// The abstract-level dynalite's LevelDB and memory stores are built on.
const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
const { AbstractLevel } = fromDynalite('abstract-level') as {
  AbstractLevel: { prototype: { attachResource(r: unknown): void; detachResource(r: unknown): void } };
};

const TABLE = 'items';
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

let folder: string | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

/** Open iterators (and other resources) of the store while `work` runs. */
const openDuring = async (work: (call: (op: string, body: unknown) => Promise<unknown>) => Promise<void>) => {
  let open = 0;
  const attach = AbstractLevel.prototype.attachResource;
  const detach = AbstractLevel.prototype.detachResource;
  vi.spyOn(AbstractLevel.prototype, 'attachResource').mockImplementation(function (this: unknown, r) {
    open += 1;
    return attach.call(this, r);
  });
  vi.spyOn(AbstractLevel.prototype, 'detachResource').mockImplementation(function (this: unknown, r) {
    open -= 1;
    return detach.call(this, r);
  });
  folder = await mkdtemp(path.join(tmpdir(), 'dynaris-iterators-'));
  const store = openDynaliteStore({ path: folder });
  const call = async (op: string, body: unknown) => {
    const answer = await store.call(op, json(body));
    if (answer.status !== 200) throw new Error(`${op}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  await call('CreateTable', {
    TableName: TABLE,
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ],
    BillingMode: 'PAY_PER_REQUEST',
  });
  for (;;) {
    const { Table } = (await call('DescribeTable', { TableName: TABLE })) as {
      Table: { TableStatus: string };
    };
    if (Table.TableStatus === 'ACTIVE') break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const before = open;
  await work(call);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const after = open;
  await store.close();
  return after - before;
};

describe('dynalite range reads close their LevelDB iterators', () => {
  it('GIVEN a persisted table WHEN queries stopped by a Limit, full queries and scans run THEN no iterator is left open', async () => {
    const leftOpen = await openDuring(async (call) => {
      for (let i = 0; i < 5; i++)
        await call('PutItem', { TableName: TABLE, Item: { pk: { S: 'p' }, sk: { S: `s${i}` } } });
      for (let i = 0; i < 20; i++) {
        await call('Query', {
          TableName: TABLE,
          KeyConditionExpression: 'pk = :p',
          ExpressionAttributeValues: { ':p': { S: 'p' } },
          Limit: 1,
        });
        const all = (await call('Query', {
          TableName: TABLE,
          KeyConditionExpression: 'pk = :p',
          ExpressionAttributeValues: { ':p': { S: 'p' } },
        })) as { Count: number };
        expect(all.Count).toBe(5);
        await call('Scan', { TableName: TABLE, Limit: 2 });
      }
    });
    expect(leftOpen).toBe(0);
  });
});
