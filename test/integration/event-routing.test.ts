import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivityStore } from '../../functions/data/activity';
import { readEventInterest, versionKey } from '../../functions/data/event-interest';
import { EARLY_INTEREST_MAX_AGE_MS, routingByInterest } from '../../functions/data/routed-publisher';
import { createSubscriptionStore, type Subscription } from '../../functions/data/subscriptions';
import { createWorkflowRepository } from '../../functions/data/workflows';
import type { Clock, EventPublisher, PublishedEvent } from '../../functions/shared/ports';
import { runWithCause, stampingCause } from '../../functions/shared/task-context';
import { routedToPattern } from '../../statemachines/event-routing';
import { matchPattern } from '../../statemachines/patterns';
import { WorkflowDefinition } from '../../statemachines/schema';
import { countingDatabase } from '../support/counting-database';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const clock: Clock = { now: () => new Date('2026-12-05T03:00:00.000Z') };
let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}`;

class CapturingBus implements EventPublisher {
  readonly published: PublishedEvent[] = [];
  async publish(events: readonly PublishedEvent[]) {
    this.published.push(...events);
  }
}

const setup = () => {
  const bus = new CapturingBus();
  const counted = countingDatabase(db);
  const publisher = stampingCause(routingByInterest(bus, { db: counted.db, clock }));
  return { bus, publisher, counted, activity: createActivityStore({ db, clock }) };
};

const started = (tenantId: string, workflowId: string, runId: string): PublishedEvent => ({
  id: `${tenantId}:${runId}:workflow.started`,
  source: 'dynaris.workflow',
  detailType: 'workflow.started',
  detail: { tenantId, workflowId, runId, triggerType: 'event' },
});

const emailSent = (tenantId: string, leadId: string): PublishedEvent => ({
  id: unique('email'),
  source: 'dynaris.email',
  detailType: 'email.sent',
  detail: { tenantId, leadId, to: 'ada@example.com', subject: 'Welcome' },
});

const subscription = (tenantId: string, eventType: string, workflowId: string): Subscription => ({
  tenantId,
  eventType,
  workflowId,
  workflowVersion: 1,
  pattern: {},
  stateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:${workflowId}`,
  workflowType: 'EXPRESS',
});

/** What the bus rules of infra/constructs/bus.ts (and the local bus) would deliver the event to. */
const targetsOf = (event: PublishedEvent) =>
  (['dispatcher', 'correlator'] as const).filter((target) =>
    matchPattern(routedToPattern(target), { source: event.source, detail: event.detail }),
  );

const waitingForEmail = WorkflowDefinition.parse({
  name: 'Waits for a reply to the welcome email',
  trigger: { type: 'manual' },
  steps: [
    {
      id: 'sent',
      waitFor: { event: 'email.sent', match: { leadId: '{{trigger.leadId}}' }, timeout: 'P1D' },
    },
  ],
});

describe('routing a run event by who listens to its type', () => {
  it('GIVEN nothing subscribes to or awaits workflow.started WHEN a run publishes it THEN no target gets it and the publisher records the feed item once, in one BatchWriteItem', async () => {
    const { bus, publisher, activity, counted } = setup();
    const tenantId = unique('t');

    await publisher.publish([started(tenantId, 'wf-a', 'run-1')]);
    await publisher.publish([started(tenantId, 'wf-a', 'run-1')]); // a retried step publishes it again

    const [event] = bus.published;
    expect(event?.detail.routing).toStrictEqual({ dispatcher: 'unsubscribed', correlator: 'recorded' });
    expect(targetsOf(event as PublishedEvent)).toStrictEqual([]);
    const feed = await activity.list(tenantId, { workflowId: 'wf-a' });
    expect(feed.items.map((e) => [e.type, e.runId])).toStrictEqual([['workflow.started', 'run-1']]);
    // Per publish: the interest read and one BatchWriteItem of the event item and its copy (by workflow); the run
    // metric is the supervisor's (counted where the run record changes), so no once-per-id put.
    expect(counted.count('BatchWriteCommand')).toBe(2);
    expect(counted.total()).toBe(2 * 2);
  });

  it('GIVEN a workflow subscribed to email.sent WHEN an agent step publishes one THEN the dispatcher gets it, the correlator does not, and removing the subscription stops it', async () => {
    const { bus, publisher, activity, counted } = setup();
    const tenantId = unique('t');
    const subscriptions = createSubscriptionStore({ db, clock });
    await subscriptions.upsert(subscription(tenantId, 'email.sent', 'wf-listener'));

    await runWithCause({ workflowId: 'wf-sender', runId: 'run-2' }, () =>
      publisher.publish([emailSent(tenantId, 'ld-1')]),
    );
    await subscriptions.remove(tenantId, 'email.sent', 'wf-listener');
    await runWithCause({ workflowId: 'wf-sender', runId: 'run-2' }, () =>
      publisher.publish([emailSent(tenantId, 'ld-1')]),
    );

    const [first, second] = bus.published;
    expect(first?.detail.routing).toStrictEqual({ correlator: 'recorded' });
    expect(targetsOf(first as PublishedEvent)).toStrictEqual(['dispatcher']);
    expect(second?.detail.routing).toStrictEqual({ dispatcher: 'unsubscribed', correlator: 'recorded' });
    const byLead = await activity.list(tenantId, { leadId: 'ld-1' });
    expect(byLead.items.map((e) => e.eventId).sort()).toStrictEqual([first?.id, second?.id].sort());
    // Per publish: the interest read and one BatchWriteItem of the event item and its by-lead copy (no run metric).
    expect(counted.count('GetCommand')).toBe(2);
    expect(counted.count('BatchWriteCommand')).toBe(2);
    expect(counted.total()).toBe(4);
  });

  it('GIVEN a saved workflow whose waitFor awaits email.sent WHEN a run publishes one THEN the correlator gets it and the publisher records nothing, until the workflow is deleted', async () => {
    const { bus, publisher, activity } = setup();
    const tenantId = unique('t');
    const workflows = createWorkflowRepository({ db, clock });
    const waiting = await workflows.create(tenantId, waitingForEmail);

    await runWithCause({ workflowId: 'wf-sender', runId: 'run-3' }, () =>
      publisher.publish([emailSent(tenantId, 'ld-2')]),
    );
    await workflows.remove(tenantId, waiting.workflowId);
    await runWithCause({ workflowId: 'wf-sender', runId: 'run-3' }, () =>
      publisher.publish([emailSent(tenantId, 'ld-2')]),
    );

    const [awaited, after] = bus.published;
    expect(awaited?.detail.routing).toStrictEqual({ dispatcher: 'unsubscribed' });
    expect(targetsOf(awaited as PublishedEvent)).toStrictEqual(['correlator']);
    expect(after?.detail.routing).toStrictEqual({ dispatcher: 'unsubscribed', correlator: 'recorded' });
    // Only the second was recorded by its publisher; the first is the correlator's to record.
    const byLead = await activity.list(tenantId, { leadId: 'ld-2' });
    expect(byLead.items.map((e) => e.eventId)).toStrictEqual([after?.id]);
  });

  it('GIVEN an interest read earlier in the invocation WHEN the event is published within EARLY_INTEREST_MAX_AGE_MS of that read THEN it is routed by it with no read of its own, and WHEN later THEN the interest is read again', async () => {
    const { bus, publisher, counted } = setup();
    const tenantId = unique('t');
    await createSubscriptionStore({ db, clock }).upsert(subscription(tenantId, 'email.sent', 'wf-listener'));
    const now = clock.now().getTime();
    // An early read that says nobody listens (the subscription came after it): what the event is routed by, if fresh.
    const early = (readAtMs: number): PublishedEvent => ({
      ...emailSent(tenantId, 'ld-early'),
      interest: { subscribed: false, awaited: false, readAtMs },
    });

    await runWithCause({ workflowId: 'wf-sender', runId: 'run-e' }, () =>
      publisher.publish([early(now - EARLY_INTEREST_MAX_AGE_MS)]),
    );
    expect(counted.count('GetCommand')).toBe(0);
    await runWithCause({ workflowId: 'wf-sender', runId: 'run-e' }, () =>
      publisher.publish([early(now - EARLY_INTEREST_MAX_AGE_MS - 1)]),
    );
    expect(counted.count('GetCommand')).toBe(1);

    const [fresh, stale] = bus.published;
    expect(fresh?.detail.routing).toStrictEqual({ dispatcher: 'unsubscribed', correlator: 'recorded' });
    expect(stale?.detail.routing).toStrictEqual({ correlator: 'recorded' });
    expect(targetsOf(stale as PublishedEvent)).toStrictEqual(['dispatcher']);
    expect(bus.published.every((e) => !('interest' in e))).toBe(true);
  });

  it('GIVEN an event no run published (the API) or one naming a webhook source WHEN published THEN it goes out unchanged to every target, with no read', async () => {
    const { bus, publisher, counted } = setup();
    const tenantId = unique('t');
    const lead: PublishedEvent = {
      source: 'dynaris.lead',
      detailType: 'lead.created',
      detail: { tenantId, lead: { id: 'ld-3' } },
    };

    const fromWebhook: PublishedEvent = {
      source: 'dynaris.form',
      detailType: 'form.submitted',
      detail: { tenantId, webhook: { source: 'typeform' }, causedBy: { workflowId: 'wf-x', runId: 'r' } },
    };
    await publisher.publish([lead, fromWebhook]);

    // A detail naming a webhook source is also looked up under webhook:<source> by the dispatcher: never routed here.
    expect(bus.published).toStrictEqual([lead, fromWebhook]);
    expect(targetsOf(lead)).toStrictEqual(['dispatcher', 'correlator']);
    expect(counted.total()).toBe(0);
  });
});

describe('the subscriber count publishers read', () => {
  it('GIVEN subscriptions added, replaced, repeated and removed WHEN read THEN the type is subscribed exactly while one remains', async () => {
    const tenantId = unique('t');
    const subscriptions = createSubscriptionStore({ db, clock });
    const interest = () => readEventInterest(db, tenantId, 'booking.created');

    expect(await interest()).toStrictEqual({ subscribed: false, awaited: false });
    await subscriptions.upsert(subscription(tenantId, 'booking.created', 'wf-1'));
    await subscriptions.upsert(subscription(tenantId, 'booking.created', 'wf-2'));
    await subscriptions.upsert({ ...subscription(tenantId, 'booking.created', 'wf-2'), workflowVersion: 2 });
    await subscriptions.upsert({ ...subscription(tenantId, 'booking.created', 'wf-2'), workflowVersion: 2 });
    await subscriptions.remove(tenantId, 'booking.created', 'wf-1');
    await subscriptions.remove(tenantId, 'booking.created', 'wf-1');
    expect(await interest()).toStrictEqual({ subscribed: true, awaited: false });
    await subscriptions.remove(tenantId, 'booking.created', 'wf-2');
    expect(await interest()).toStrictEqual({ subscribed: false, awaited: false });
  });

  it('GIVEN concurrent subscriptions of many workflows WHEN all are removed again THEN nothing stays subscribed', async () => {
    const tenantId = unique('t');
    const subscriptions = createSubscriptionStore({ db, clock });
    const ids = Array.from({ length: 8 }, (_, i) => `wf-${i}`);

    await Promise.all(ids.map((id) => subscriptions.upsert(subscription(tenantId, 'lead.updated', id))));
    expect((await readEventInterest(db, tenantId, 'lead.updated')).subscribed).toBe(true);
    await Promise.all(ids.map((id) => subscriptions.remove(tenantId, 'lead.updated', id)));

    expect(await readEventInterest(db, tenantId, 'lead.updated')).toStrictEqual({
      subscribed: false,
      awaited: false,
    });
  });

  it('GIVEN a subscription index from before the count (a version, no count) WHEN read and then changed THEN it counts as subscribed, and the change counts the subscriptions once', async () => {
    const tenantId = unique('t');
    const subscriptions = createSubscriptionStore({ db, clock });
    await subscriptions.upsert(subscription(tenantId, 'invoice.paid', 'wf-old-1'));
    await subscriptions.upsert(subscription(tenantId, 'invoice.paid', 'wf-old-2'));
    // As stored before the count existed.
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: versionKey(tenantId, 'invoice.paid'),
        UpdateExpression: 'REMOVE subscribers',
      }),
    );
    expect((await readEventInterest(db, tenantId, 'invoice.paid')).subscribed).toBe(true);

    await subscriptions.remove(tenantId, 'invoice.paid', 'wf-old-1');
    expect((await readEventInterest(db, tenantId, 'invoice.paid')).subscribed).toBe(true);
    await subscriptions.remove(tenantId, 'invoice.paid', 'wf-old-2');
    expect((await readEventInterest(db, tenantId, 'invoice.paid')).subscribed).toBe(false);
  });
});
