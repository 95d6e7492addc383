import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explain, HOUR, START, type System, startSystem } from './harness';

/** "Every weekday at 8am post today's court calendar in Slack": a find, and one message carrying its text. */
describe('a found list in one message, end to end', () => {
  let sys: System;
  beforeEach(async () => {
    sys = await startSystem();
  });
  afterEach(async () => {
    await sys.stop();
  });

  const calendarToSlack = {
    name: 'Court calendar',
    trigger: { type: 'schedule', cron: '0 8 ? * MON-FRI *', timezone: 'America/New_York' },
    steps: [
      { id: 'find-bookings', action: 'calendar.find', input: { day: 'today' } },
      {
        id: 'post',
        action: 'notify.slack',
        input: {
          text: "Today's court calendar ({{steps.find-bookings.count}}):\n{{steps.find-bookings.text}}",
        },
      },
    ],
  };

  it("GIVEN a New York tenant with bookings today and tomorrow WHEN the workflow runs THEN one Slack message lists today's bookings at New York times, and only them", async () => {
    expect((await sys.api.put('/settings', { timezone: 'America/New_York' })).status).toBe(200);
    // START is Monday 2 March 2026, 08:00 UTC: 03:00 in New York
    const at = (hoursAfterStart: number, minutes = 60) => ({
      start: new Date(START.getTime() + hoursAfterStart * HOUR).toISOString(),
      end: new Date(START.getTime() + hoursAfterStart * HOUR + minutes * 60_000).toISOString(),
    });
    const bookings = [
      {
        title: 'Smith v Jones – hearing',
        ...at(11, 90),
        attendeeEmail: 'counsel@example.com',
        location: 'Court 4',
      },
      { title: 'Intake call', ...at(7, 30), attendeeEmail: 'new.client@example.com' },
      { title: 'Tomorrow: deposition', ...at(30) },
    ];
    for (const b of bookings) {
      const r = await sys.api.post('/bookings', b);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const workflowId = await sys.deploy(calendarToSlack);
    const started = await sys.api.post(`/workflows/${workflowId}/runs`, {});
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    await sys.settle();

    const slack = await sys.outbox('slack');
    expect(slack, explain(sys)).toHaveLength(1);
    expect((slack[0]?.body as { text?: string } | undefined)?.text).toBe(
      [
        "Today's court calendar (2):",
        'Mon 2 Mar 10:00–10:30 Intake call · new.client@example.com',
        'Mon 2 Mar 14:00–15:30 Smith v Jones – hearing · counsel@example.com · Court 4',
      ].join('\n'),
    );
  });

  it('GIVEN no bookings today WHEN the workflow runs THEN the message says so instead of failing or posting nothing', async () => {
    const workflowId = await sys.deploy(calendarToSlack);
    expect((await sys.api.post(`/workflows/${workflowId}/runs`, {})).status).toBe(202);
    await sys.settle();
    const slack = await sys.outbox('slack');
    expect(slack, explain(sys)).toHaveLength(1);
    expect((slack[0]?.body as { text?: string } | undefined)?.text).toBe(
      "Today's court calendar (0):\nNo bookings today.",
    );
  });
});
