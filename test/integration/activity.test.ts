import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_TTL_SECONDS, createActivityStore, runOf, workflowOf } from '../../functions/data/activity';
import type { Clock } from '../../functions/shared/ports';
import { itemSize } from '../../statemachines/cost/dynamodb-units';
import type { BusEvent } from '../../statemachines/events';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';

let db: TestDatabase;
let now = new Date('2026-11-25T12:00:00.000Z');
const clock: Clock = { now: () => now };

const T = 'tenant-feed';
const events: BusEvent[] = [
  {
    id: 'e1',
    source: 'dynaris.lead',
    detailType: 'lead.created',
    time: '2026-11-25T10:00:01Z',
    detail: { tenantId: T, lead: { id: 'L1' } },
  },
  {
    id: 'e2',
    source: 'dynaris.email',
    detailType: 'email.sent',
    time: '2026-11-25T10:00:02Z',
    detail: { tenantId: T, leadId: 'L1' },
  },
  {
    id: 'e3',
    source: 'dynaris.workflow',
    detailType: 'workflow.started',
    time: '2026-11-25T10:00:03Z',
    detail: { tenantId: T, workflowId: 'W1', runId: 'R1' },
  },
  {
    id: 'e4',
    source: 'dynaris.lead',
    detailType: 'lead.created',
    time: '2026-11-25T10:00:04Z',
    detail: { tenantId: T, lead: { id: 'L2' } },
  },
  {
    id: 'e5',
    source: 'dynaris.workflow',
    detailType: 'workflow.completed',
    time: '2026-11-25T10:00:05Z',
    detail: { tenantId: T, workflowId: 'W1', runId: 'R1', leadId: 'L1' },
  },
  {
    id: 'e6',
    source: 'dynaris.booking',
    detailType: 'booking.created',
    time: '2026-11-25T10:00:06Z',
    detail: { tenantId: T, booking: { id: 'B1', leadId: 'L2' } },
  },
  {
    id: 'other',
    source: 'dynaris.lead',
    detailType: 'lead.created',
    time: '2026-11-25T10:00:07Z',
    detail: { tenantId: 'someone-else', lead: { id: 'L1' } },
  },
];

beforeAll(async () => {
  db = await startTestDatabase();
  const store = createActivityStore({ db, clock });
  for (const e of events) await store.record(e);
});
afterAll(async () => {
  await db.close();
});

const ids = (page: { items: { eventId: string }[] }) => page.items.map((e) => e.eventId);

describe('activity feed', () => {
  it('GIVEN events a run emitted with events.emit WHEN recorded THEN they are linked to that run and workflow, even when the detail forwards another run', async () => {
    const store = createActivityStore({ db, clock });
    const tenant = 'tenant-emit';
    const emittedBy = { workflowId: 'W-emit', runId: 'R-emit', stepId: 'announce' };
    await store.record({
      id: 'emit-1',
      source: 'dynaris.workflow',
      detailType: 'deal.won',
      time: '2026-11-25T10:01:00Z',
      detail: { tenantId: tenant, amount: 5, emittedBy },
    });
    await store.record({
      id: 'emit-2',
      source: 'dynaris.workflow',
      detailType: 'email.sent',
      time: '2026-11-25T10:02:00Z',
      detail: { tenantId: tenant, workflowId: 'W-sender', runId: 'R-sender', emittedBy },
    });
    for (const id of ['emit-1', 'emit-2'])
      expect(await store.get(tenant, id), id).toMatchObject({ workflowId: 'W-emit', runId: 'R-emit' });
    expect(ids(await store.list(tenant, { workflowId: 'W-emit' }))).toStrictEqual(['emit-2', 'emit-1']);
    expect(workflowOf({ emittedBy: { workflowId: 'W', runId: 'R' } })).toBe('W');
    expect(runOf({ emittedBy: { workflowId: 'W', runId: 'R' } })).toBe('R');
    expect(runOf({ runId: 'R0', emittedBy: { workflowId: 'W', runId: 'R' } })).toBe('R');
    expect(workflowOf({ workflowId: 'W0', runId: 'R0' })).toBe('W0');
  });

  it('GIVEN recorded events WHEN listed THEN they come newest first and only for the tenant', async () => {
    const store = createActivityStore({ db, clock });
    expect(ids(await store.list(T))).toStrictEqual(['e6', 'e5', 'e4', 'e3', 'e2', 'e1']);
  });

  it('GIVEN filters WHEN listed THEN type, workflow and lead narrow the feed, alone or together', async () => {
    const store = createActivityStore({ db, clock });
    expect(ids(await store.list(T, { type: 'lead.created' }))).toStrictEqual(['e4', 'e1']);
    expect(ids(await store.list(T, { workflowId: 'W1' }))).toStrictEqual(['e5', 'e3']);
    expect(ids(await store.list(T, { leadId: 'L1' }))).toStrictEqual(['e5', 'e2', 'e1']);
    expect(ids(await store.list(T, { leadId: 'L2' }))).toStrictEqual(['e6', 'e4']);
    expect(ids(await store.list(T, { leadId: 'L1', type: 'email.sent' }))).toStrictEqual(['e2']);
    expect(ids(await store.list(T, { leadId: 'L1', workflowId: 'W1' }))).toStrictEqual(['e5']);
    expect(ids(await store.list(T, { workflowId: 'W1', type: 'workflow.completed' }))).toStrictEqual(['e5']);
  });

  it('GIVEN a page size WHEN paging with the cursor THEN every event is seen once, newest first', async () => {
    const store = createActivityStore({ db, clock });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.list(T, { limit: 4, ...(cursor ? { cursor } : {}) });
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toStrictEqual(['e6', 'e5', 'e4', 'e3', 'e2', 'e1']);
    expect(pages).toBe(2);
  });

  it('GIVEN a since position WHEN listed THEN only newer events are returned', async () => {
    const store = createActivityStore({ db, clock });
    const first = await store.list(T, { limit: 3 });
    const older = await store.list(T, { cursor: first.nextCursor! });
    expect(ids(await store.list(T, { since: older.newestCursor! }))).toStrictEqual(['e6', 'e5', 'e4']);
    expect(ids(await store.list(T, { since: '2026-11-25T10:00:04.500Z' }))).toStrictEqual(['e6', 'e5']);
  });

  it('GIVEN a cursor or since that is not one of ours WHEN listed THEN it is a 400 naming the parameter', async () => {
    const store = createActivityStore({ db, clock });
    await expect(store.list(T, { cursor: 'bm9wZQ' })).rejects.toMatchObject({
      statusCode: 400,
      details: [{ path: 'query.cursor', message: expect.any(String) }],
    });
    await expect(store.list(T, { since: 'yesterday' })).rejects.toMatchObject({
      statusCode: 400,
      details: [{ path: 'query.since', message: expect.any(String) }],
    });
  });

  it('GIVEN the same event twice WHEN recorded THEN the second is reported as a duplicate', async () => {
    const store = createActivityStore({ db, clock });
    expect(await store.record(events[0]!)).toBe(false);
    expect(ids(await store.list(T, { type: 'lead.created' }))).toStrictEqual(['e4', 'e1']);
  });

  it('GIVEN events older than 90 days WHEN listed THEN they are gone even before TTL deletion runs', async () => {
    const store = createActivityStore({ db, clock });
    now = new Date(now.getTime() + (ACTIVITY_TTL_SECONDS + 60) * 1000);
    try {
      expect(ids(await store.list(T))).toStrictEqual([]);
      expect(await store.get(T, 'e1')).toBeUndefined();
    } finally {
      now = new Date('2026-11-25T12:00:00.000Z');
    }
  });

  it('GIVEN field sets WHEN an event is indexed for look-back THEN the first field of each set and * for an empty one get an entry, which recentMatching finds it by', async () => {
    const store = createActivityStore({ db, clock });
    const booked: BusEvent = {
      id: 'b-lookback',
      source: 'dynaris.booking',
      detailType: 'booking.created',
      time: '2026-11-25T11:00:00Z',
      detail: { tenantId: 'tenant-lookback', status: 'confirmed', booking: { id: 'B7', leadId: 'L7' } },
    };
    await store.record(booked);
    expect(
      await store.recentMatching('tenant-lookback', 'booking.created', { 'booking.id': 'B7' }, booked.time),
    ).toStrictEqual([]);
    await store.indexRecent(booked, [['status', 'booking.id'], [], ['booking.leadId'], ['missing']]);
    const found = (match: Record<string, unknown>) =>
      store
        .recentMatching('tenant-lookback', 'booking.created', match, '2026-11-25T10:59:00Z')
        .then((events) => events.map((e) => e.eventId));
    expect(await found({ status: 'confirmed', 'booking.id': 'B7' })).toStrictEqual(['b-lookback']);
    expect(await found({ 'booking.leadId': 'L7' })).toStrictEqual(['b-lookback']);
    expect(await found({})).toStrictEqual(['b-lookback']);
    expect(await found({ 'booking.leadId': 'L8' })).toStrictEqual([]);
  });
});

describe('activity items as stored', () => {
  const tenant = 'tenant-stored';
  const raw = async (pk: string, sk: string) =>
    (await db.doc.send(new GetCommand({ TableName: db.tableName, Key: { pk, sk }, ConsistentRead: true })))
      .Item;
  const recordedAt = new Date('2026-11-25T11:30:00.250Z');
  const atClock: Clock = { now: () => recordedAt };
  const asRead = (e: BusEvent, ids: { workflowId?: string; runId?: string; leadId?: string }) => ({
    eventId: e.id,
    type: e.detailType,
    source: e.source,
    time: e.time,
    detail: e.detail,
    receivedAt: recordedAt.toISOString(),
    ...ids,
  });

  it('GIVEN a run event WHEN recorded THEN its items keep no fact twice (tenant, ids, time, usual source, type on the event item), stay under 1 KB, and read back as the event from every feed', async () => {
    const store = createActivityStore({ db, clock: atClock });
    const event: BusEvent = {
      id: `${tenant}:wf-1-abc:workflow.completed`,
      source: 'dynaris.workflow',
      detailType: 'workflow.completed',
      time: '2026-11-25T11:30:00.000Z',
      detail: {
        tenantId: tenant,
        workflowId: 'wf-1',
        runId: 'wf-1-abc',
        leadId: 'L9',
        result: {
          status: 'succeeded',
          steps: { mail: { to: 'ada@example.com', text: 'Hello '.repeat(60) } },
        },
      },
    };
    await store.record(event);
    const item = await raw(`T#${tenant}#EVENT#${event.id}`, 'EVENT');
    for (const name of ['type', 'tenantId', 'eventId', 'eventType', 'source', 'time', 'receivedAt'])
      expect(item, name).not.toHaveProperty(name);
    for (const name of ['workflowId', 'runId', 'leadId']) expect(item, name).not.toHaveProperty(name);
    expect(item?.detail).not.toHaveProperty('tenantId');
    expect(item?.receivedMs).toBe(250);
    expect(itemSize(marshall(item ?? {}) as never)).toBeLessThan(1024);
    const byLead = await raw(`T#${tenant}#ACTIVITY#LEAD#L9`, `${event.time}#${event.id}`);
    expect(byLead).toMatchObject({ workflowId: 'wf-1', eventType: 'workflow.completed' });
    expect(byLead).not.toHaveProperty('runId');
    const byWorkflow = await raw(`T#${tenant}#ACTIVITY#WF#wf-1`, `${event.time}#${event.id}`);
    expect(byWorkflow).not.toHaveProperty('workflowId');

    const expected = asRead(event, { workflowId: 'wf-1', runId: 'wf-1-abc', leadId: 'L9' });
    expect(await store.get(tenant, event.id)).toStrictEqual(expected);
    for (const query of [
      {},
      { type: 'workflow.completed' },
      { workflowId: 'wf-1' },
      { leadId: 'L9' },
      { leadId: 'L9', workflowId: 'wf-1', type: 'workflow.completed' },
    ])
      expect((await store.list(tenant, query)).items, JSON.stringify(query)).toStrictEqual([expected]);
    expect(await store.list(tenant, { leadId: 'L9', workflowId: 'wf-2' })).toStrictEqual({ items: [] });
  });

  it('GIVEN events whose position or type cannot say their time, id or source WHEN recorded THEN those are kept and read back exactly', async () => {
    const store = createActivityStore({ db, clock: atClock });
    const tenantB = 'tenant-kept';
    const kept: BusEvent[] = [
      // EventBridge's second-precision time: the position holds it in milliseconds.
      {
        id: 'k1',
        source: 'acme.crm',
        detailType: 'deal.won',
        time: '2026-11-25T11:00:00Z',
        detail: { tenantId: tenantB },
      },
      // A time that is no instant: the position holds it as it is, so the id after its '#' is kept too.
      {
        id: 'k2',
        source: 'dynaris.deal',
        detailType: 'deal.lost',
        time: 'soon#ish',
        detail: { tenantId: tenantB, n: 1 },
      },
      {
        id: 'k3',
        source: 'dynaris.email',
        detailType: 'webhook:github',
        time: '2026-11-25T11:00:01.500Z',
        detail: { tenantId: tenantB, nested: { deep: [1, { x: null }] } },
      },
    ];
    for (const e of kept) await store.record(e);
    for (const e of kept) expect(await store.get(tenantB, e.id), e.id).toStrictEqual(asRead(e, {}));
    const byType = await store.list(tenantB, { type: 'webhook:github' });
    expect(byType.items).toStrictEqual([asRead(kept[2] as BusEvent, {})]);
  });

  it('GIVEN run events with the routing marks their publishers set, recorded at their own time WHEN stored THEN the marks are a code and no time is kept, and each reads back exactly; other marks are kept as they are', async () => {
    const store = createActivityStore({ db, clock: atClock });
    const tenantR = 'tenant-routing';
    const at = recordedAt.toISOString();
    const marks: [string, Record<string, unknown>, string | undefined][] = [
      ['r-d', { dispatcher: 'unsubscribed' }, 'd'],
      ['r-c', { correlator: 'recorded' }, 'c'],
      ['r-dc', { dispatcher: 'unsubscribed', correlator: 'recorded' }, 'dc'],
      ['r-other', { dispatcher: 'elsewhere' }, undefined],
      ['r-extra', { dispatcher: 'unsubscribed', correlator: 'recorded', by: 'me' }, undefined],
    ];
    for (const [id, routing, code] of marks) {
      const event: BusEvent = {
        id,
        source: 'dynaris.email',
        detailType: 'email.sent',
        time: at,
        detail: { tenantId: tenantR, to: 'ada@example.com', routing },
      };
      await store.record(event);
      const item = await raw(`T#${tenantR}#EVENT#${id}`, 'EVENT');
      expect(item?.rt, id).toBe(code);
      expect(item?.detail?.routing, id).toStrictEqual(code ? undefined : routing);
      for (const name of ['receivedMs', 'receivedAt']) expect(item, `${id} ${name}`).not.toHaveProperty(name);
      expect(await store.get(tenantR, id), id).toStrictEqual(asRead(event, {}));
    }
    // Marks that are not the detail's last field are kept where they are.
    const notLast: BusEvent = {
      id: 'r-first',
      source: 'dynaris.email',
      detailType: 'email.sent',
      time: at,
      detail: { tenantId: tenantR, routing: { correlator: 'recorded' }, to: 'ada@example.com' },
    };
    await store.record(notLast);
    expect((await raw(`T#${tenantR}#EVENT#r-first`, 'EVENT'))?.rt).toBeUndefined();
    expect(await store.get(tenantR, 'r-first')).toStrictEqual(asRead(notLast, {}));
  });

  it('GIVEN an item written before session 26 (ids, tenant and times beside a plain detail) WHEN read THEN it reads as it did', async () => {
    const store = createActivityStore({ db, clock });
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          pk: 'T#tenant-old#EVENT#old-1',
          sk: 'EVENT',
          gsi1pk: 'T#tenant-old#ACTIVITY',
          gsi1sk: '2026-11-25T11:00:00.000Z#old-1',
          gsi2pk: 'T#tenant-old#ACTIVITY#TYPE#email.sent',
          gsi2sk: '2026-11-25T11:00:00.000Z#old-1',
          type: 'activity',
          tenantId: 'tenant-old',
          eventId: 'old-1',
          eventType: 'email.sent',
          source: 'dynaris.email',
          time: '2026-11-25T11:00:00.000Z',
          detail: { tenantId: 'tenant-old', leadId: 'L1' },
          receivedAt: '2026-11-25T11:00:01.000Z',
          leadId: 'L1',
          runId: 'R-forwarded',
        },
      }),
    );
    const expected = {
      eventId: 'old-1',
      type: 'email.sent',
      source: 'dynaris.email',
      time: '2026-11-25T11:00:00.000Z',
      detail: { tenantId: 'tenant-old', leadId: 'L1' },
      receivedAt: '2026-11-25T11:00:01.000Z',
      runId: 'R-forwarded',
      leadId: 'L1',
    };
    expect(await store.get('tenant-old', 'old-1')).toStrictEqual(expected);
    expect((await store.list('tenant-old')).items).toStrictEqual([expected]);
  });
});

describe('activity feed: events stored under an older contract', () => {
  it.each([
    [
      'To and Cc joined in one text',
      'sales@shop.example, orders@shop.example',
      ['sales@shop.example', 'orders@shop.example'],
    ],
    ['no recipient (null)', null, []],
  ])(
    'GIVEN an email.received stored with to as %s WHEN read back THEN to is the list of addresses',
    async (_t, to, expected) => {
      const store = createActivityStore({ db, clock });
      const tenantId = `old-mail-${expected.length}`;
      await store.record({
        id: `old-${expected.length}`,
        source: 'dynaris.email',
        detailType: 'email.received',
        time: '2026-11-25T10:00:01Z',
        detail: { tenantId, from: 'pat@buyer.example', to, subject: 'PO' },
      });
      expect((await store.get(tenantId, `old-${expected.length}`))?.detail.to).toStrictEqual(expected);
      expect((await store.list(tenantId)).items.map((e) => e.detail.to)).toStrictEqual([expected]);
    },
  );
});
