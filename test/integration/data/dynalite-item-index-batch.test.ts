import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunRepository } from '../../../functions/data/runs';
import { openDataDir } from '../../../infra/local/data-dir';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { gateLevelWrites } from '../../support/level-writes';

/**
 * A kill -9 in the middle of a write, without a race: LevelDB takes `room` more writes and then none (what reached
 * it before the kill is on disk, nothing after). An item and its index entries are one LevelDB batch, so wherever
 * the kill falls, a GSI Query lists an item exactly when GetItem finds it, under the index key of the stored copy.
 * Before, the entries were written first and the item after: a run record cut there was listed by its workflow's
 * runs as running forever, and listed twice once its run was created again (crash-recovery: "51 runs, 50 emails").
 */

describe('an item and its index entries when the process is killed during the write', () => {
  let dir: string;
  let db: TestDatabase;
  /** LevelDB writes that still reach the disk before the kill (Infinity: no kill). */
  let room = Number.POSITIVE_INFINITY;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dynaris-item-index-'));
    await openDataDir(dir);
    gateLevelWrites(() => room-- > 0, 'killed');
    db = await startTestDatabase({ path: path.join(dir, 'dynamodb') });
  });
  afterEach(async () => {
    room = Number.POSITIVE_INFINITY;
    await db.close();
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs `write` with the kill after `writes` LevelDB writes; then the process is "started again" (room restored). */
  const killedAfter = async (writes: number, write: () => Promise<unknown>): Promise<void> => {
    room = writes;
    await write().catch(() => undefined);
    room = Number.POSITIVE_INFINITY;
  };
  const stored = async (pk: string) =>
    (await db.doc.send(new GetCommand({ TableName: db.tableName, Key: { pk, sk: 'x' } }))).Item;
  const listed = async (index: 'gsi1' | 'gsi2', partition: string) =>
    (
      await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          IndexName: index,
          KeyConditionExpression: `${index}pk = :p`,
          ExpressionAttributeValues: { ':p': partition },
        }),
      )
    ).Items ?? [];
  /** What both indexes hold of the item at `pk`, as [gsi1sk | null, gsi2sk | null]. */
  const indexed = async (pk: string) => [
    (await listed('gsi1', 'G1')).find((i) => i.pk === pk)?.gsi1sk ?? null,
    (await listed('gsi2', 'G2')).find((i) => i.pk === pk)?.gsi2sk ?? null,
  ];
  const item = (pk: string, at: string) => ({
    pk,
    sk: 'x',
    gsi1pk: 'G1',
    gsi1sk: at,
    gsi2pk: 'G2',
    gsi2sk: at,
  });

  it.each([0, 1, 2, 3])(
    'GIVEN a PutItem of a new item with two index entries WHEN the process is killed after %i LevelDB writes THEN both indexes list it exactly when it is stored',
    async (writes) => {
      await killedAfter(writes, () =>
        db.doc.send(new PutCommand({ TableName: db.tableName, Item: item('p', 't1') })),
      );
      const there = (await stored('p')) !== undefined;
      expect(await indexed('p')).toEqual(there ? ['t1', 't1'] : [null, null]);
    },
  );

  it.each([0, 1, 2, 3, 4])(
    'GIVEN an item WHEN an UpdateItem moving its index keys is killed after %i LevelDB writes THEN both indexes list it under the keys of its stored copy only',
    async (writes) => {
      await db.doc.send(new PutCommand({ TableName: db.tableName, Item: item('u', 't1') }));
      await killedAfter(writes, () =>
        db.doc.send(
          new UpdateCommand({
            TableName: db.tableName,
            Key: { pk: 'u', sk: 'x' },
            UpdateExpression: 'SET gsi1sk = :t, gsi2sk = :t',
            ExpressionAttributeValues: { ':t': 't2' },
          }),
        ),
      );
      const at = (await stored('u'))?.gsi1sk;
      expect(await indexed('u')).toEqual([at, at]);
      expect((await listed('gsi1', 'G1')).length).toBe(1);
    },
  );

  it.each([0, 1, 2, 3])(
    'GIVEN an item WHEN its DeleteItem is killed after %i LevelDB writes THEN both indexes list it exactly when it is still stored',
    async (writes) => {
      await db.doc.send(new PutCommand({ TableName: db.tableName, Item: item('d', 't1') }));
      await killedAfter(writes, () =>
        db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: { pk: 'd', sk: 'x' } })),
      );
      const there = (await stored('d')) !== undefined;
      expect(await indexed('d')).toEqual(there ? ['t1', 't1'] : [null, null]);
    },
  );

  it.each([0, 1, 2, 3])(
    "GIVEN a run record whose create was killed after %i LevelDB writes WHEN its execution, started again later, creates it again and ends it THEN the workflow's runs list it once, ended",
    async (writes) => {
      const clock = { now: () => new Date('2026-12-05T10:00:00.000Z') };
      const runs = createRunRepository({ db, clock });
      const run = (startedAt: string) => ({
        runId: 'run-1',
        workflowId: 'wf-1',
        workflowName: 'Welcome leads',
        version: 1,
        executionId: 'arn:aws:states:us-east-1:000000000000:express:m:run-1:1',
        triggerType: 'event' as const,
        dryRun: false,
        autoMode: true,
        startedAt,
      });
      await killedAfter(writes, () => runs.create('t', run('2026-12-05T10:00:00.000Z')));
      await runs.create('t', run('2026-12-05T10:00:09.000Z'));
      await runs.transition('t', 'run-1', 'succeeded', { endedAt: '2026-12-05T10:00:10.000Z' });
      const listedRuns = (await runs.listByWorkflow('t', 'wf-1')).items;
      expect(listedRuns.map((r) => `${r.runId} ${r.status}`)).toEqual(['run-1 succeeded']);
    },
  );
});
