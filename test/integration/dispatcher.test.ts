import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubscriptionStore, webhookEventType } from '../../functions/data/subscriptions';
import { createDispatcher, DispatchError, executionNameFor } from '../../functions/dispatcher/dispatcher';
import { createStartGuard } from '../../functions/dispatcher/start-guard';
import { createCachedSubscriptionIndex } from '../../functions/dispatcher/subscription-cache';
import { fromEventBridge } from '../../functions/shared/bus-event';
import type { Clock } from '../../functions/shared/ports';
import { ExecutionInput } from '../../statemachines/contracts';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';
import {
  batchPutSubscriptions,
  FakeEngine,
  machineArn,
  subscription,
  TARGET,
  targetEvent,
  tenThousandSubscriptions,
} from '../support/routing';

const clock: Clock = { now: () => new Date('2026-11-25T10:00:01Z') };

let db: TestDatabase;

beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const indexOf = () => createCachedSubscriptionIndex(createSubscriptionStore({ db, clock }));

const dispatcherFor = (engine: FakeEngine) =>
  createDispatcher({
    subscriptions: indexOf(),
    engine,
    expressGuard: createStartGuard({ db, clock }),
  });

describe('dispatcher with 10,000 subscribed workflows', () => {
  const expressArn = machineArn(TARGET.tenantId, 'match-express');
  const all = tenThousandSubscriptions();
  const expressArns = new Set(all.filter((s) => s.workflowType === 'EXPRESS').map((s) => s.stateMachineArn));

  beforeAll(async () => {
    await batchPutSubscriptions(db, all);
  }, 120_000);

  it('GIVEN 10,000 subscriptions of which 3 match WHEN the event is dispatched THEN exactly those 3 workflows start', async () => {
    const engine = new FakeEngine(expressArns);
    const result = await dispatcherFor(engine).dispatch(targetEvent('evt-a'));

    expect(result.matched).toBe(3);
    expect(engine.calls.map((c) => c.stateMachineArn).sort()).toStrictEqual(
      ['match-express', 'match-standard-1', 'match-standard-2']
        .map((w) => machineArn(TARGET.tenantId, w))
        .sort(),
    );
    expect(engine.executions.size).toBe(3);
    // Every subscriber of (tenant, type) was considered; the index ruled most out without testing them.
    expect(result.candidates).toBeGreaterThan(1000);
    expect(result.tested).toBeLessThan(result.candidates);
  });

  it('GIVEN the same event delivered three times WHEN dispatched THEN each of the 3 workflows has exactly one execution', async () => {
    const engine = new FakeEngine(expressArns);
    const dispatcher = dispatcherFor(engine);
    const event = targetEvent('evt-dup');
    const first = await dispatcher.dispatch(event);
    const second = await dispatcher.dispatch(event);
    const third = await dispatcher.dispatch(structuredClone(event));

    expect(first.runs.every((r) => !r.alreadyStarted)).toBe(true);
    expect(second.runs.every((r) => r.alreadyStarted)).toBe(true);
    expect(third.runs.every((r) => r.alreadyStarted)).toBe(true);
    expect(engine.executions.size).toBe(3);
    // Express does not de-duplicate by name: only the conditional write kept it to one call.
    expect(engine.calls.filter((c) => c.stateMachineArn === expressArn)).toHaveLength(1);
    expect(engine.executionsOf(expressArn)).toHaveLength(1);
  });

  it('GIVEN a matching event WHEN a workflow starts THEN its name is deterministic and its input follows the contract', async () => {
    const engine = new FakeEngine(expressArns);
    const event = targetEvent('evt-input');
    await dispatcherFor(engine).dispatch(event);
    const call = engine.calls.find(
      (c) => c.stateMachineArn === machineArn(TARGET.tenantId, 'match-standard-1'),
    )!;
    expect(call.name).toBe(executionNameFor('evt-input', 'match-standard-1'));
    expect(ExecutionInput.parse(call.input)).toStrictEqual({
      trigger: event.detail,
      context: {
        tenantId: TARGET.tenantId,
        workflowId: 'match-standard-1',
        workflowVersion: 1,
        triggerType: 'event',
        eventId: 'evt-input',
      },
    });
  });

  it('GIVEN the same event for another tenant WHEN dispatched THEN only that tenant’s subscriptions are considered', async () => {
    const engine = new FakeEngine(expressArns);
    const event = targetEvent('evt-other-tenant');
    const other = { ...event, detail: { ...event.detail, tenantId: 'tenant-4' } };
    await dispatcherFor(engine).dispatch(other);
    expect(engine.calls.length).toBeGreaterThan(0);
    expect(engine.calls.every((c) => c.stateMachineArn.includes(':dynaris-tenant-4-'))).toBe(true);
  });
});

describe('dispatcher behaviour', () => {
  const tenantId = 'tenant-behaviour';

  it('GIVEN a throttled start WHEN dispatched THEN the dispatcher calls the engine once and fails the event (the SDK retries, not the dispatcher)', async () => {
    const store = createSubscriptionStore({ db, clock });
    await store.upsert(subscription(tenantId, 'invoice.paid', 'thanks', undefined));
    const engine = new FakeEngine();
    engine.startFailures.push('ThrottlingException');
    const dispatcher = createDispatcher({
      subscriptions: indexOf(),
      engine,
      expressGuard: createStartGuard({ db, clock }),
    });
    const event = {
      id: 'evt-throttle',
      source: 'dynaris.invoice',
      detailType: 'invoice.paid',
      time: '2026-11-25T10:00:00Z',
      detail: { tenantId },
    };
    await expect(dispatcher.dispatch(event)).rejects.toBeInstanceOf(DispatchError);
    expect(engine.calls).toHaveLength(1);
    const result = await dispatcher.dispatch(event);
    expect(result.runs).toHaveLength(1);
    expect(engine.executions.size).toBe(1);
  });

  it('GIVEN starts that keep failing WHEN dispatched THEN the event fails (for the DLQ) and a redelivery starts only what is missing', async () => {
    const store = createSubscriptionStore({ db, clock });
    await store.upsert(subscription(tenantId, 'booking.created', 'confirm', undefined));
    await store.upsert(subscription(tenantId, 'booking.created', 'remind', undefined, 'EXPRESS'));
    const engine = new FakeEngine(new Set([machineArn(tenantId, 'remind')]));
    const dispatcher = createDispatcher({
      subscriptions: indexOf(),
      engine,
      expressGuard: createStartGuard({ db, clock }),
    });
    const event = {
      id: 'evt-fail',
      source: 'dynaris.booking',
      detailType: 'booking.created',
      time: '2026-11-25T10:00:00Z',
      detail: { tenantId },
    };
    // Dispatch order is the subscription order (confirm, remind): the first start fails.
    engine.startFailures.push('ServiceUnavailable');
    await expect(dispatcher.dispatch(event)).rejects.toBeInstanceOf(DispatchError);
    expect(engine.executions.size).toBe(1);

    const retried = await dispatcher.dispatch(event);
    expect(engine.executions.size).toBe(2);
    expect(retried.runs.find((r) => r.workflowId === 'remind')?.alreadyStarted).toBe(true);
    expect(engine.calls.filter((c) => c.stateMachineArn === machineArn(tenantId, 'remind'))).toHaveLength(1);
  });

  it('GIVEN an Express start that fails WHEN the event is redelivered THEN the released guard lets it start', async () => {
    const store = createSubscriptionStore({ db, clock });
    await store.upsert(subscription(tenantId, 'invoice.overdue', 'dun', undefined, 'EXPRESS'));
    const engine = new FakeEngine(new Set([machineArn(tenantId, 'dun')]));
    const dispatcher = createDispatcher({
      subscriptions: indexOf(),
      engine,
      expressGuard: createStartGuard({ db, clock }),
    });
    const event = {
      id: 'evt-x',
      source: 'dynaris.invoice',
      detailType: 'invoice.overdue',
      time: '2026-11-25T10:00:00Z',
      detail: { tenantId },
    };
    engine.startFailures.push('StateMachineDoesNotExist');
    await expect(dispatcher.dispatch(event)).rejects.toThrow(/dun \(StateMachineDoesNotExist/);
    await dispatcher.dispatch(event);
    await dispatcher.dispatch(event);
    expect(engine.executionsOf(machineArn(tenantId, 'dun'))).toHaveLength(1);
  });

  it('GIVEN a webhook event WHEN dispatched THEN webhook:<source> subscribers start with triggerType webhook', async () => {
    const store = createSubscriptionStore({ db, clock });
    await store.upsert(
      subscription(tenantId, webhookEventType('typeform'), 'intake', { 'fields.plan': ['pro'] }),
    );
    await store.upsert(subscription(tenantId, webhookEventType('tally'), 'other-source', undefined));
    await store.upsert(subscription(tenantId, 'form.submitted', 'any-form', undefined));
    const engine = new FakeEngine();
    const event = {
      id: 'evt-webhook',
      source: 'dynaris.webhook',
      detailType: 'form.submitted',
      time: '2026-11-25T10:00:00Z',
      detail: { tenantId, webhook: { source: 'typeform', deliveryId: 'd-1' }, fields: { plan: 'pro' } },
    };
    const result = await dispatcherFor(engine).dispatch(event);
    expect(result.runs.map((r) => r.workflowId).sort()).toStrictEqual(['any-form', 'intake']);
    const intake = engine.calls.find((c) => c.stateMachineArn === machineArn(tenantId, 'intake'))!;
    expect((intake.input as ExecutionInput).context.triggerType).toBe('webhook');
    const anyForm = engine.calls.find((c) => c.stateMachineArn === machineArn(tenantId, 'any-form'))!;
    expect((anyForm.input as ExecutionInput).context.triggerType).toBe('event');
  });

  it("GIVEN a Shopify orders/paid delivery (an invoice.paid event) WHEN dispatched THEN the shopify webhook workflows filtered on the provider's type and the invoice.paid ones both start", async () => {
    const shop = 'tenant-shop';
    const store = createSubscriptionStore({ db, clock });
    await store.upsert(
      subscription(shop, webhookEventType('shopify'), 'paid-orders', { 'webhook.type': ['orders/paid'] }),
    );
    await store.upsert(
      subscription(shop, webhookEventType('shopify'), 'refunds', { 'webhook.type': ['refunds/create'] }),
    );
    await store.upsert(subscription(shop, 'invoice.paid', 'any-paid-invoice', undefined));
    const engine = new FakeEngine();
    const event = {
      id: 'evt-shopify',
      source: 'dynaris.webhook',
      detailType: 'invoice.paid',
      time: '2026-12-07T10:00:00Z',
      detail: {
        tenantId: shop,
        webhook: { source: 'shopify', deliveryId: 'd-2', type: 'orders/paid' },
        invoice: { id: 'shopify:1001' },
        payload: { id: 1001 },
      },
    };
    const result = await dispatcherFor(engine).dispatch(event);
    expect(result.runs.map((r) => r.workflowId).sort()).toStrictEqual(['any-paid-invoice', 'paid-orders']);
  });

  it.each([
    ['the old contract (To and Cc joined in one text)', 'sales@shop.example, orders@shop.example'],
    ["a provider's header as it was sent", 'Sales <sales@shop.example>, "Orders" <Orders@Shop.example>'],
  ])(
    'GIVEN a replayed email.received of %s WHEN dispatched THEN a trigger on one address starts, with to as a list',
    async (_t, to) => {
      const store = createSubscriptionStore({ db, clock });
      await store.upsert(
        subscription(tenantId, 'email.received', 'orders-inbox', { to: ['orders@shop.example'] }),
      );
      await store.upsert(
        subscription(tenantId, 'email.received', 'other-inbox', { to: ['info@shop.example'] }),
      );
      const engine = new FakeEngine();
      const event = {
        id: `evt-replayed-${to.length}`,
        source: 'dynaris.email',
        detailType: 'email.received',
        time: '2026-11-25T10:00:00Z',
        detail: { tenantId, from: 'pat@buyer.example', to, subject: 'PO 7' },
      };
      const result = await dispatcherFor(engine).dispatch(event);
      expect(result.runs.map((r) => r.workflowId)).toStrictEqual(['orders-inbox']);
      expect((engine.calls[0]?.input as ExecutionInput | undefined)?.trigger).toMatchObject({
        to: ['sales@shop.example', 'orders@shop.example'],
      });
    },
  );

  it('GIVEN an EventBridge envelope WHEN converted THEN it is the bus event contract, and one without a tenant is refused', () => {
    const envelope = {
      version: '0',
      id: 'e1',
      'detail-type': 'lead.created',
      source: 'dynaris.lead',
      account: '1',
      time: '2026-11-25T10:00:00Z',
      region: 'us-east-1',
      resources: [],
      detail: { tenantId: 't', lead: {} },
    };
    expect(fromEventBridge(envelope)).toStrictEqual({
      id: 'e1',
      source: 'dynaris.lead',
      detailType: 'lead.created',
      time: '2026-11-25T10:00:00Z',
      detail: { tenantId: 't', lead: {} },
    });
    expect(() => fromEventBridge({ ...envelope, detail: {} })).toThrow();
  });

  it('GIVEN a long workflow id WHEN naming the execution THEN the name stays within 80 valid characters', () => {
    const name = executionNameFor('evt', 'w'.repeat(120));
    expect(name).toHaveLength(80);
    expect(name).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(executionNameFor('evt', 'a')).not.toBe(executionNameFor('evt2', 'a'));
  });
});
