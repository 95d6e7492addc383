import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateJson } from '../../statemachines/templates';
import { DAY, explain, HOUR, START, type System, startSystem } from './harness';

interface Lead {
  id: string;
  email: string;
  status: string;
  tags: string[];
}

describe('seed processes end to end', () => {
  let sys: System;
  beforeEach(async () => {
    sys = await startSystem();
  });
  afterEach(async () => {
    await sys.stop();
  });

  it('GIVEN imported leads tagged for a campaign WHEN the outreach campaign runs THEN each gets a personal email, a reply qualifies its lead and silence is noted after 5 days', async () => {
    const workflowId = await sys.deploy(templateJson('outreach-campaign'));
    const people = ['eva', 'finn', 'gus'];
    for (const name of people) {
      const r = await sys.api.post('/leads', {
        email: `${name}@example.com`,
        name,
        company: `${name} Ltd`,
        tags: ['spring'],
      });
      expect(r.status).toBe(201);
    }
    await sys.api.post('/leads', { email: 'other@example.com', name: 'other', tags: ['autumn'] });

    const started = await sys.api.post<{ runId: string }>(`/workflows/${workflowId}/runs`, {
      input: { tag: 'spring', topic: 'the spring offer' },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    await sys.settle();

    const emails = await sys.outbox('email');
    expect(emails.map((e) => (e.to as string[])[0]).sort(), explain(sys)).toEqual(
      people.map((p) => `${p}@example.com`),
    );
    const finnMail = emails.find((e) => (e.to as string[])[0] === 'finn@example.com');

    await sys.advance(DAY);
    const reply = await sys.webhook('email', {
      from: 'finn@example.com',
      subject: 'Re: spring offer',
      text: 'Interested!',
      inReplyTo: `<${String(finnMail?.messageId)}>`,
      trackingId: String(
        (finnMail?.headers as Record<string, string> | undefined)?.['X-Dynaris-Tracking-Id'] ?? '',
      ),
    });
    expect(reply.status).toBe(202);
    await sys.settle();
    expect((await sys.run(started.body.runId)).run.status).toBe('running');

    await sys.advance(4 * DAY);
    const { run } = await sys.run(started.body.runId);
    expect(run.status, explain(sys)).toBe('succeeded');

    const leads = (await sys.api.get<{ items: Lead[] }>('/leads')).body.items;
    const byEmail = new Map(leads.map((l) => [l.email, l]));
    expect(byEmail.get('finn@example.com')).toMatchObject({ status: 'qualified' });
    expect(byEmail.get('finn@example.com')?.tags).toContain('replied');
    expect(byEmail.get('eva@example.com')).toMatchObject({ status: 'new' });
    expect(byEmail.get('other@example.com')).toMatchObject({ status: 'new' });
    const slack = await sys.outbox('slack');
    expect(JSON.stringify(slack.at(-1)?.body)).toContain('3 leads contacted');
  });

  it('GIVEN the meeting follow-up WHEN a booking is created THEN the attendee gets a confirmation and, once the meeting is over, the lead gets a note and the team a reminder', async () => {
    const workflowId = await sys.deploy(templateJson('meeting-follow-up'));
    const lead = await sys.api.post<{ id: string }>('/leads', { email: 'hal@example.com', name: 'Hal' });
    const start = new Date(START.getTime() + DAY + 2 * HOUR).toISOString();
    const end = new Date(START.getTime() + DAY + 3 * HOUR).toISOString();
    const booking = await sys.api.post('/bookings', {
      title: 'Demo with Hal',
      start,
      end,
      attendeeEmail: 'hal@example.com',
      leadId: lead.body.id,
    });
    expect(booking.status, JSON.stringify(booking.body)).toBe(201);
    await sys.settle();

    const emails = await sys.outbox('email');
    expect(
      emails.map((e) => e.subject),
      explain(sys),
    ).toEqual(['Confirmed: Demo with Hal']);
    const [run] = await sys.runs(workflowId);
    expect(run?.status).toBe('running');
    expect(await sys.outbox('slack')).toEqual([]);

    await sys.advance(DAY + 3 * HOUR);
    expect(
      (await sys.runs(workflowId)).map((r) => r.status),
      explain(sys),
    ).toEqual(['succeeded']);
    const slack = await sys.outbox('slack');
    expect(slack).toHaveLength(1);
    expect(slack[0]?.at).toBe(end);
    expect(JSON.stringify(slack[0]?.body)).toContain('Demo with Hal');
    const { timeline } = await sys.run(String(run?.runId));
    expect(timeline.filter((t) => t.stepId === 'note').map((t) => t.status)).toEqual(['succeeded']);
  });

  it('GIVEN an invoice that falls overdue WHEN the daily sweep finds it THEN the customer is reminded, and a week later reminded again and finance alerted', async () => {
    const team = await sys.api.put('/settings', {
      team: [{ name: 'finance', email: 'finance@example.com', slackUserId: 'U0FINANCE' }],
    });
    expect(team.status, JSON.stringify(team.body)).toBe(200);
    const workflowId = await sys.deploy(templateJson('invoice-payment-follow-up'));
    const invoice = await sys.api.post<{ id: string; number: string }>('/invoices', {
      customerEmail: 'ivy@example.com',
      customerName: 'Ivy',
      currency: 'EUR',
      lines: [{ description: 'Consulting', quantity: 2, unitPriceCents: 50_000 }],
      dueInDays: 1,
    });
    expect(invoice.status, JSON.stringify(invoice.body)).toBe(201);
    await sys.settle();

    // Due in a day; the 06:00 UTC sweep after that marks it overdue.
    await sys.advance(2 * DAY);
    const runs = await sys.runs(workflowId);
    expect(
      runs.map((r) => r.status),
      explain(sys),
    ).toEqual(['running']);
    const reminders = (await sys.outbox('email')).filter((e) =>
      String(e.subject).startsWith('Payment reminder'),
    );
    expect(reminders.map((e) => e.to)).toEqual([['ivy@example.com']]);
    expect((await sys.api.get<{ status: string }>(`/invoices/${invoice.body.id}`)).body.status).toBe(
      'overdue',
    );

    await sys.advance(7 * DAY);
    expect(
      (await sys.runs(workflowId)).map((r) => r.status),
      explain(sys),
    ).toEqual(['succeeded']);
    const all = (await sys.outbox('email')).filter((e) => String(e.subject).startsWith('Payment reminder'));
    expect(all).toHaveLength(2);
    const slack = await sys.outbox('slack');
    expect(JSON.stringify(slack.at(-1)?.body)).toContain(`Invoice ${invoice.body.number} is still unpaid`);
  });

  it('GIVEN an overdue invoice with a reminder sent WHEN it is paid within the week THEN the payment is logged and no second reminder goes out', async () => {
    const workflowId = await sys.deploy(templateJson('invoice-payment-follow-up'));
    const invoice = await sys.api.post<{ id: string }>('/invoices', {
      customerEmail: 'jo@example.com',
      currency: 'EUR',
      lines: [{ description: 'Audit', quantity: 1, unitPriceCents: 90_000 }],
      dueInDays: 0,
    });
    await sys.advance(DAY);
    expect(
      (await sys.runs(workflowId)).map((r) => r.status),
      explain(sys),
    ).toEqual(['running']);
    const paid = await sys.api.put(`/invoices/${invoice.body.id}`, { status: 'paid' });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    await sys.settle();
    const [run] = await sys.runs(workflowId);
    expect(run?.status, explain(sys)).toBe('succeeded');
    const { timeline } = await sys.run(String(run?.runId));
    expect(timeline.filter((t) => t.stepId).map((t) => t.stepId)).toEqual([
      'reminder',
      'await-payment',
      'log-paid',
      'still-unpaid',
    ]);
    const logs = await sys.api.get<{ items: { message: string }[] }>(`/logs?runId=${String(run?.runId)}`);
    expect(JSON.stringify(logs.body)).toContain('was paid after the reminder');
    await sys.advance(8 * DAY);
    expect(
      (await sys.outbox('email')).filter((e) => String(e.subject).startsWith('Payment reminder')),
    ).toHaveLength(1);
  });
});
