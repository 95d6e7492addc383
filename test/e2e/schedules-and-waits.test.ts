import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateJson } from '../../statemachines/templates';
import { DAY, explain, HOUR, MINUTE, START, type System, startSystem } from './harness';

describe('daily summary on a schedule', () => {
  let sys: System;
  beforeEach(async () => {
    sys = await startSystem();
  });
  afterEach(async () => {
    await sys.stop();
  });

  it('GIVEN the daily summary at 17:00 Berlin time WHEN the virtual clock passes 16:00 UTC THEN exactly one run posts the summary to Slack, and the next day another', async () => {
    await sys.api.post('/leads', { email: 'cy@example.com', name: 'Cy' });
    const workflowId = await sys.deploy(templateJson('daily-summary'));
    // 08:00 UTC -> 15:59 UTC: 16:59 in Berlin, nothing yet.
    await sys.advance(8 * HOUR - MINUTE);
    expect(await sys.runs(workflowId)).toEqual([]);
    expect(await sys.outbox('slack')).toEqual([]);

    await sys.advance(MINUTE);
    const runs = await sys.runs(workflowId);
    expect(
      runs.map((r) => [r.status, r.triggerType, r.startedAt]),
      explain(sys),
    ).toEqual([['succeeded', 'schedule', '2026-03-02T16:00:00.000Z']]);
    const [post] = await sys.outbox('slack');
    expect(String((post?.body as { text?: string })?.text)).toContain('Daily summary');

    await sys.advance(DAY);
    expect((await sys.runs(workflowId)).map((r) => r.startedAt)).toEqual([
      '2026-03-03T16:00:00.000Z',
      '2026-03-02T16:00:00.000Z',
    ]);
    expect(await sys.outbox('slack')).toHaveLength(2);
  });

  it('GIVEN a schedule without a time zone WHEN the tenant works in New York THEN it fires at 17:00 New York time', async () => {
    const settings = await sys.api.put('/settings', { timezone: 'America/New_York' });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    const { timezone: _zone, ...trigger } = (
      templateJson('daily-summary') as { trigger: Record<string, unknown> }
    ).trigger;
    const workflowId = await sys.deploy({ ...(templateJson('daily-summary') as object), trigger });
    await sys.advance(DAY);
    // 2 March 2026 is winter time in New York (UTC-5): 17:00 there is 22:00 UTC.
    expect(
      (await sys.runs(workflowId)).map((r) => r.startedAt),
      explain(sys),
    ).toEqual(['2026-03-02T22:00:00.000Z']);
  });
});

describe('no reply in 2 days -> reminder; a reply before -> a call instead', () => {
  let sys: System;
  beforeEach(async () => {
    sys = await startSystem();
  });
  afterEach(async () => {
    await sys.stop();
  });

  const setUp = async () => {
    await sys.deploy(templateJson('lead-follow-up'));
    const reminderId = await sys.deploy(templateJson('no-reply-reminder'));
    const lead = await sys.api.post<{ id: string }>('/leads', { email: 'dee@example.com', name: 'Dee' });
    await sys.settle();
    return { reminderId, leadId: lead.body.id };
  };

  it('GIVEN a welcome email to a new lead WHEN no reply comes for 2 days THEN one reminder is sent and the lead is marked contacted', async () => {
    const { reminderId, leadId } = await setUp();
    const [waiting] = await sys.runs(reminderId);
    expect(waiting?.status, explain(sys)).toBe('running');

    await sys.advance(2 * DAY - MINUTE);
    expect((await sys.outbox('email')).map((e) => e.subject)).toEqual(['Welcome, Dee']);

    await sys.advance(MINUTE);
    const emails = await sys.outbox('email');
    expect(
      emails.map((e) => e.subject),
      explain(sys),
    ).toEqual(['Welcome, Dee', 'Re: Welcome, Dee']);
    expect(emails[1]?.at).toBe(new Date(START.getTime() + 2 * DAY).toISOString());
    expect((await sys.runs(reminderId)).map((r) => r.status)).toEqual(['succeeded']);
    const lead = await sys.api.get<{ status: string }>(`/leads/${leadId}`);
    expect(lead.body.status).toBe('contacted');
    expect(await sys.api.get<{ items: unknown[] }>('/bookings').then((r) => r.body.items)).toHaveLength(1);
  });

  it('GIVEN a welcome email WHEN the lead replies by email a day later THEN a call is booked and no reminder is sent', async () => {
    const { reminderId, leadId } = await setUp();
    const [welcome] = await sys.outbox('email');
    await sys.advance(DAY);
    const reply = await sys.webhook('email', {
      from: 'Dee <dee@example.com>',
      to: String(welcome?.replyTo ?? 'sales@example.com'),
      subject: 'Re: Welcome, Dee',
      text: 'Sounds good, call me.',
      inReplyTo: `<${String(welcome?.messageId)}>`,
      trackingId: String(
        (welcome?.headers as Record<string, string> | undefined)?.['X-Dynaris-Tracking-Id'] ?? '',
      ),
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(202);
    await sys.settle();

    const runs = await sys.runs(reminderId);
    expect(
      runs.map((r) => r.status),
      explain(sys),
    ).toEqual(['succeeded']);
    const { timeline } = await sys.run(String(runs[0]?.runId));
    expect(timeline.filter((t) => t.stepId).map((t) => t.stepId)).toEqual(['await-reply', 'book-call']);
    const bookings = await sys.api.get<{ items: { title: string; leadId: string }[] }>('/bookings');
    expect(bookings.body.items.map((b) => b.title).sort()).toEqual([
      'Call about "Re: Welcome, Dee"',
      'Follow-up call with Dee',
    ]);

    await sys.advance(3 * DAY);
    expect((await sys.outbox('email')).map((e) => e.subject)).toEqual(['Welcome, Dee']);
    const lead = await sys.api.get<{ status: string }>(`/leads/${leadId}`);
    expect(lead.body.status).toBe('new');
  });
});
