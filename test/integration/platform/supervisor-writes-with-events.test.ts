import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { routingByInterest } from '../../../functions/data/routed-publisher';
import { createRunDeadlines } from '../../../functions/data/run-deadlines';
import { tenantKey } from '../../../functions/data/table';
import type { PublishedEvent } from '../../../functions/shared/ports';
import { stampingCause } from '../../../functions/shared/task-context';
import {
  clock,
  db,
  logs,
  runs,
  setup,
  startPayload,
  supervisorWith,
  useSupervisorDatabase,
} from './supervisor-fixture';

useSupervisorDatabase();

/**
 * A run's start and finish, with the publisher every platform has (routingByInterest: nothing in the tenant listens
 * to workflow.started or workflow.completed, so it records the feed itself): the start entry and the Express deadline
 * go in the BatchWriteItem of workflow.started's feed items, before PutEvents (the deadline must be in place before
 * the run can be seen started); the finish entry and the deadline's deletion in workflow.completed's, after it.
 */
const world = () => {
  const order: string[] = [];
  const batches: Record<string, unknown>[][] = [];
  let failing = false;
  const counting = {
    ...db,
    doc: {
      send: (command: {
        constructor: { name: string };
        input: { RequestItems?: Record<string, unknown[]> };
      }) => {
        const name = command.constructor.name;
        order.push(name);
        if (name === 'BatchWriteCommand') {
          const requests = (command.input.RequestItems?.[db.tableName] ?? []) as Record<string, unknown>[];
          batches.push(requests);
          if (failing) {
            failing = false;
            return Promise.reject(new Error('the batch was lost'));
          }
        }
        return db.doc.send(command as never);
      },
    } as never,
  };
  const published: PublishedEvent[] = [];
  const eventBridge = {
    async publish(events: readonly PublishedEvent[]) {
      order.push('PutEvents');
      published.push(...events);
    },
  };
  const bus = stampingCause(routingByInterest(eventBridge, { db: counting, clock }));
  /** The next BatchWriteItem fails (as a crash after PutEvents would leave it). */
  const loseNextBatch = () => {
    failing = true;
  };
  return { sup: supervisorWith({ db: counting, bus }), order, batches, published, loseNextBatch };
};

const expressStart = (tenantId: string, workflowId: string, runId: string) => ({
  ...startPayload(tenantId, workflowId, 'manual', runId),
  executionId: `arn:aws:states:eu-west-1:1:express:sm:${runId}:9b7f6c1e-0000-4000-8000-000000000000`,
});

const keysOf = (requests: Record<string, unknown>[]) =>
  requests.map((r) => {
    const put = r.PutRequest as { Item: { pk: string; sk: string } } | undefined;
    const del = r.DeleteRequest as { Key: { pk: string; sk: string } } | undefined;
    const key = put?.Item ?? del?.Key;
    return `${put ? 'put' : 'delete'} ${key?.pk.split('#')[2]}/${key?.sk.split('#')[0]}`;
  });

const deadlineOf = async (tenantId: string, runId: string) =>
  (
    await db.doc.send(
      new GetCommand({
        TableName: db.tableName,
        Key: createRunDeadlines({ db, clock }).key(tenantId, runId),
      }),
    )
  ).Item;

describe('the start and the finish of a run write with their events', () => {
  it('GIVEN an Express run WHEN it starts THEN its start entry, its deadline and workflow.started feed items are one BatchWriteItem before PutEvents', async () => {
    const wf = await setup('sv-sb');
    const { sup, order, batches, published } = world();
    await sup.start(expressStart('sv-sb', wf.workflowId, 'run-sb'));
    expect(order).toEqual(['BatchGetCommand', 'PutCommand', 'BatchWriteCommand', 'PutEvents']);
    expect(keysOf(batches[0] ?? [])).toEqual([
      'put RUN/LOG',
      'put RUN/DEADLINE',
      expect.stringMatching(/^put ACTIVITY\//),
      'put EVENT/EVENT',
    ]);
    expect(published.map((e) => e.detailType)).toEqual(['workflow.started']);
    expect(await deadlineOf('sv-sb', 'run-sb')).toBeDefined();
  });

  it('GIVEN an Express run WHEN it finishes THEN its finish entry, its deadline deletion and workflow.completed feed items are one BatchWriteItem after PutEvents', async () => {
    const wf = await setup('sv-fb');
    const { sup, order, batches, published } = world();
    const ctx = await sup.start(expressStart('sv-fb', wf.workflowId, 'run-fb'));
    expect(await deadlineOf('sv-fb', 'run-fb')).toBeDefined();
    order.length = 0;
    batches.length = 0;
    expect(await sup.finish({ op: 'finish', context: ctx, steps: { a: { ok: true } } })).toEqual({
      status: 'succeeded',
    });
    expect(order).toEqual(['UpdateCommand', 'GetCommand', 'PutEvents', 'BatchWriteCommand']);
    expect(keysOf(batches[0] ?? [])).toEqual([
      'put RUN/LOG',
      'delete RUN/DEADLINE',
      expect.stringMatching(/^put ACTIVITY\//),
      'put EVENT/EVENT',
    ]);
    expect(batches).toHaveLength(1);
    expect(published.map((e) => e.detailType)).toEqual(['workflow.started', 'workflow.completed']);
    expect(await deadlineOf('sv-fb', 'run-fb')).toBeUndefined();
    const messages = (await logs().listByRun('sv-fb', 'run-fb')).items.map((e) => e.message);
    expect(messages[0]).toMatch(/^Run succeeded in /);
    const eventId = published[1]?.id as string;
    const feedItem = await db.doc.send(
      new GetCommand({
        TableName: db.tableName,
        Key: { pk: tenantKey('sv-fb', 'EVENT', eventId), sk: 'EVENT' },
      }),
    );
    expect(feedItem.Item).toBeDefined();
  });

  it('GIVEN an Express run WHEN it fails THEN its fail entry, its deadline deletion and workflow.failed feed items are one BatchWriteItem after PutEvents; a repeated fail writes them again, once', async () => {
    const wf = await setup('sv-ff');
    const { sup, order, batches, published } = world();
    const ctx = await sup.start(expressStart('sv-ff', wf.workflowId, 'run-ff'));
    order.length = 0;
    batches.length = 0;
    const failure = { op: 'fail' as const, context: ctx, error: { Error: 'Boom', Cause: 'it broke' } };
    expect(await sup.fail(failure)).toEqual({ status: 'failed' });
    expect(order).toEqual(['UpdateCommand', 'GetCommand', 'PutEvents', 'BatchWriteCommand']);
    expect(keysOf(batches[0] ?? [])).toEqual([
      'put RUN/LOG',
      'delete RUN/DEADLINE',
      expect.stringMatching(/^put ACTIVITY\//),
      'put EVENT/EVENT',
    ]);
    expect(await deadlineOf('sv-ff', 'run-ff')).toBeUndefined();
    expect(await sup.fail(failure)).toEqual({ status: 'failed' });
    const failed = published.filter((e) => e.detailType === 'workflow.failed');
    expect(new Set(failed.map((e) => e.id)).size).toBe(1);
    const entries = (await logs().listByRun('sv-ff', 'run-ff')).items.filter((e) => e.stepId === '_fail');
    expect(entries).toHaveLength(1);
  });

  it('GIVEN the batch after PutEvents lost WHEN the finish is retried THEN the entry, the deletion and the feed are written, the event is published again under the same id, and the run ended once', async () => {
    const wf = await setup('sv-fb2');
    const { sup, published, loseNextBatch } = world();
    const ctx = await sup.start(expressStart('sv-fb2', wf.workflowId, 'run-fb2'));
    loseNextBatch();
    await expect(sup.finish({ op: 'finish', context: ctx, steps: {} })).rejects.toThrow('the batch was lost');
    expect(await deadlineOf('sv-fb2', 'run-fb2')).toBeDefined();
    expect((await runs().mustGet('sv-fb2', 'run-fb2')).status).toBe('succeeded');
    expect(await sup.finish({ op: 'finish', context: ctx, steps: {} })).toEqual({ status: 'succeeded' });
    expect(await deadlineOf('sv-fb2', 'run-fb2')).toBeUndefined();
    const completed = published.filter((e) => e.detailType === 'workflow.completed');
    expect(completed).toHaveLength(2);
    expect(new Set(completed.map((e) => e.id)).size).toBe(1);
    const finishes = (await logs().listByRun('sv-fb2', 'run-fb2')).items.filter(
      (e) => e.stepId === '_finish',
    );
    expect(finishes).toHaveLength(1);
  });
});
