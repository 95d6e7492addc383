import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';
import { templateJson } from '../../statemachines/templates';

/**
 * A run's own events through the local runtime: with nothing listening they reach neither the dispatcher nor the
 * correlator, yet the activity feed and the run metrics hold them; a workflow saved later that subscribes to one of
 * them is started by it, and a waitFor saved later is resumed by it.
 */
let runtime: LocalRuntime;

const call = async (method: string, path: string, body?: unknown) => {
  const answer = await runtime.api(method, path, body);
  // biome-ignore lint/suspicious/noExplicitAny: API answers read field by field in assertions
  return answer as { status: number; body: Record<string, any> };
};

const saveEnabled = async (definition: unknown): Promise<string> => {
  const saved = await call('POST', '/workflows', definition);
  expect(saved.status).toBe(201);
  const workflowId = saved.body.workflow.workflowId as string;
  expect((await call('POST', `/workflows/${workflowId}/enable`)).status).toBe(200);
  await runtime.waitForIdle();
  return workflowId;
};

const newLead = async (email: string): Promise<string> => {
  const created = await call('POST', '/leads', { email, name: 'Ada', company: 'Engines' });
  expect(created.status).toBe(201);
  await runtime.runUntilSettled();
  return (created.body.lead?.id ?? created.body.id) as string;
};

const runsOf = async (workflowId: string) =>
  (await call('GET', `/workflows/${workflowId}/runs?limit=20`)).body.items as {
    runId: string;
    status: string;
  }[];

/** The routing of the run events about a lead the bus carried (by type). */
const routingOf = (type: string, leadId: string) =>
  runtime.bus
    .events({ detailType: type })
    .filter((e) => e.detail.leadId === leadId)
    .map((e) => e.detail.routing);

const metric = async (name: string): Promise<number> => {
  const res = await fetch(`${runtime.url}/metrics`, { headers: { 'x-api-key': runtime.apiKey } });
  const text = await res.text();
  return [...text.matchAll(new RegExp(`^dynaris_${name}_total\\{[^}]*\\} (\\d+)`, 'gm'))].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
};

let followUp = '';

beforeAll(async () => {
  runtime = await startLocalRuntime({ port: 0, clock: 'virtual', log: () => {}, env: {} });
  followUp = await saveEnabled(templateJson('lead-follow-up'));
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

describe("a run's own events, routed by who listens to them", () => {
  it('GIVEN only the lead follow-up WHEN a lead runs it THEN its events skip both targets, and the feed and run metrics still have them', async () => {
    const startedBefore = await metric('runs_started');
    const leadId = await newLead('ada@example.com');

    const [run] = await runsOf(followUp);
    expect(run?.status).toBe('succeeded');
    expect(routingOf('email.sent', leadId)).toStrictEqual([
      { dispatcher: 'unsubscribed', correlator: 'recorded' },
    ]);
    const feed = (await call('GET', `/events?workflowId=${followUp}`)).body.items as { type: string }[];
    expect(feed.map((e) => e.type)).toEqual(
      expect.arrayContaining(['workflow.completed', 'workflow.started']),
    );
    const byLead = (await call('GET', `/events?leadId=${leadId}`)).body.items as { type: string }[];
    expect(byLead.map((e) => e.type).sort()).toStrictEqual(['booking.created', 'email.sent', 'lead.created']);
    expect((await metric('runs_started')) - startedBefore).toBe(1);
    expect(await metric('runs_succeeded')).toBeGreaterThanOrEqual(1);
  });

  it('GIVEN a workflow saved later that subscribes to email.sent and one whose waitFor awaits it WHEN the next lead runs the follow-up THEN the first is started by it and the wait is resumed', async () => {
    const onSent = await saveEnabled({
      name: 'After the welcome email',
      trigger: { type: 'event', event: 'email.sent' },
      steps: [{ id: 'note', action: 'log', input: { message: 'Welcome email to {{trigger.to}}' } }],
    });
    const waiter = await saveEnabled({
      name: 'Waits for the welcome email',
      trigger: { type: 'event', event: 'lead.created' },
      steps: [
        {
          id: 'sent',
          waitFor: { event: 'email.sent', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P1D' },
          onEvent: [{ id: 'seen', action: 'log', input: { message: 'Welcome email seen' } }],
          onTimeout: [{ id: 'missed', action: 'log', input: { message: 'No welcome email' } }],
        },
      ],
    });

    const leadId = await newLead('grace@example.com');

    expect(routingOf('email.sent', leadId)).toStrictEqual([undefined]);
    expect((await runsOf(onSent)).map((r) => r.status)).toStrictEqual(['succeeded']);
    const [waited] = await runsOf(waiter);
    expect(waited?.status).toBe('succeeded');
    const logs = (await call('GET', `/logs?runId=${waited?.runId}`)).body.items as { message: string }[];
    expect(logs.map((l) => l.message)).toContain('Welcome email seen');
    expect(logs.map((l) => l.message)).not.toContain('No welcome email');
    // Still nothing subscribes to or awaits booking.created.
    expect(runtime.bus.events({ detailType: 'booking.created' }).at(-1)?.detail.routing).toStrictEqual({
      dispatcher: 'unsubscribed',
      correlator: 'recorded',
    });
  });

  it('GIVEN a workflow saved later that subscribes to booking.created and one whose waitFor awaits it WHEN the next lead runs the follow-up THEN calendar.schedule, which reads who listens before it books, starts the first and resumes the wait', async () => {
    const onBooked = await saveEnabled({
      name: 'After the booking',
      trigger: { type: 'event', event: 'booking.created' },
      steps: [{ id: 'note', action: 'log', input: { message: 'Booked {{trigger.booking.title}}' } }],
    });
    const waiter = await saveEnabled({
      name: 'Waits for the booking',
      trigger: { type: 'event', event: 'lead.created' },
      steps: [
        {
          id: 'booked',
          waitFor: { event: 'booking.created', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P1D' },
          onEvent: [{ id: 'seen', action: 'log', input: { message: 'Booking seen' } }],
          onTimeout: [{ id: 'missed', action: 'log', input: { message: 'No booking' } }],
        },
      ],
    });

    const leadId = await newLead('hopper@example.com');

    expect(routingOf('booking.created', leadId)).toStrictEqual([undefined]);
    expect((await runsOf(onBooked)).map((r) => r.status)).toStrictEqual(['succeeded']);
    const [waited] = await runsOf(waiter);
    expect(waited?.status).toBe('succeeded');
    const logs = (await call('GET', `/logs?runId=${waited?.runId}`)).body.items as { message: string }[];
    expect(logs.map((l) => l.message)).toContain('Booking seen');
    expect(logs.map((l) => l.message)).not.toContain('No booking');
  });
});
