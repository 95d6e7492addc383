import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../functions/assistant/parser';
import { type Step, walkSteps } from '../../statemachines/schema';
import { validateWorkflow } from '../../statemachines/validate';

const NOT_A_REPLY = {
  subject: [{ 'anything-but': { prefix: 'Re:' } }],
  $or: [{ kind: ['message'] }, { kind: [{ exists: false }] }],
};

/** prompt -> expected trigger and the ordered actions (depth-first, waits written as "wait"). */
const TABLE: readonly [string, Record<string, unknown>, readonly string[]][] = [
  // The three seed sentences
  [
    'When a new lead is added, send a follow-up email and schedule a meeting',
    { type: 'event', event: 'lead.created' },
    ['email.send', 'calendar.schedule'],
  ],
  [
    "Every day at 5 PM, summarize today's activity and send it to Slack",
    { type: 'schedule', cron: '0 17 * * ? *' },
    ['report.summarize', 'notify.slack'],
  ],
  [
    "If a lead doesn't respond in 2 days, send a reminder email",
    { type: 'event', event: 'email.sent', filter: NOT_A_REPLY },
    ['waitFor', 'email.send'],
  ],
  // Everyday variants of "When <event>, <actions>"
  [
    'When a new lead comes in, email them and book a call',
    { type: 'event', event: 'lead.created' },
    ['email.send', 'calendar.schedule'],
  ],
  [
    'Whenever a lead signs up, send a welcome email, then ping the team on Slack',
    { type: 'event', event: 'lead.created' },
    ['email.send', 'notify.slack'],
  ],
  [
    'When a new lead is created: send them a follow-up email; schedule a demo',
    { type: 'event', event: 'lead.created' },
    ['email.send', 'calendar.schedule'],
  ],
  [
    'As soon as someone fills out the contact form, email them and notify the team',
    { type: 'event', event: 'form.submitted' },
    ['email.send', 'notify.team'],
  ],
  [
    'When a meeting is booked, send a confirmation email, add a note and notify the team',
    { type: 'event', event: 'booking.created' },
    ['email.send', 'crm.addNote', 'notify.team'],
  ],
  [
    'When a booking is cancelled, let the team know',
    { type: 'event', event: 'booking.cancelled' },
    ['notify.team'],
  ],
  [
    'When an invoice is overdue, send a payment reminder, wait 3 days and then escalate to the team',
    { type: 'event', event: 'invoice.overdue' },
    ['invoice.sendReminder', 'wait', 'notify.team'],
  ],
  [
    'When an invoice is paid, send a thank-you email and post it in Slack',
    { type: 'event', event: 'invoice.paid' },
    ['email.send', 'notify.slack'],
  ],
  [
    'When a lead replies, mark them as contacted and notify the team',
    { type: 'event', event: 'email.received' },
    ['crm.updateLead', 'notify.team'],
  ],
  [
    'When a new lead is added, tag them as inbound and add a note',
    { type: 'event', event: 'lead.created' },
    ['crm.updateLead', 'crm.addNote'],
  ],
  [
    'When a webhook from typeform arrives, post it to Slack',
    { type: 'webhook', source: 'typeform' },
    ['notify.slack'],
  ],
  [
    'When a new lead is added, draft a personalised email and send it',
    { type: 'event', event: 'lead.created' },
    ['email.draft', 'email.send'],
  ],
  // Schedules
  [
    "Every weekday at 9:30am in Berlin, summarize yesterday's activity and post it in Slack",
    { type: 'schedule', cron: '30 9 ? * MON-FRI *', timezone: 'Europe/Berlin' },
    ['report.summarize', 'notify.slack'],
  ],
  [
    'Every Monday at 8 in New York time, send a weekly report to Slack',
    { type: 'schedule', cron: '0 8 ? * MON *', timezone: 'America/New_York' },
    ['report.summarize', 'notify.slack'],
  ],
  [
    'Every hour, summarize the activity and send it to Slack',
    { type: 'schedule', rate: '1 hour' },
    ['report.summarize', 'notify.slack'],
  ],
  [
    'Every 15 minutes, post a summary of today to Slack',
    { type: 'schedule', rate: '15 minutes' },
    ['report.summarize', 'notify.slack'],
  ],
  [
    'Every evening, summarize the day and send it to Slack',
    { type: 'schedule', cron: '0 18 * * ? *' },
    ['report.summarize', 'notify.slack'],
  ],
  [
    "Every day at noon in Europe/London, summarize today's activity and send it to slack",
    { type: 'schedule', cron: '0 12 * * ? *', timezone: 'Europe/London' },
    ['report.summarize', 'notify.slack'],
  ],
  [
    'Every Friday at 4:45 pm, send a weekly summary to Slack',
    { type: 'schedule', cron: '45 16 ? * FRI *' },
    ['report.summarize', 'notify.slack'],
  ],
  // Non-responses
  [
    "If a lead doesn't reply within 3 days, send a follow-up email, otherwise schedule a meeting",
    { type: 'event', event: 'email.sent', filter: NOT_A_REPLY },
    ['waitFor', 'calendar.schedule', 'email.send'],
  ],
  [
    'If a prospect has not responded after 1 week, email them again',
    { type: 'event', event: 'email.sent', filter: NOT_A_REPLY },
    ['waitFor', 'email.send'],
  ],
  [
    "If a customer doesn't pay within 7 days, send a payment reminder",
    { type: 'event', event: 'invoice.created' },
    ['waitFor', 'invoice.sendReminder'],
  ],
  [
    "If a lead doesn't book a meeting within two days, send a follow-up email",
    { type: 'event', event: 'lead.created' },
    ['waitFor', 'email.send'],
  ],
  // Conditions
  [
    "If the lead's value is over 10,000, notify the team, otherwise send a welcome email",
    { type: 'event', event: 'lead.created' },
    ['if', 'notify.team', 'email.send'],
  ],
  [
    'If the lead is from LinkedIn, schedule a call, otherwise send a welcome email',
    { type: 'event', event: 'lead.created' },
    ['if', 'calendar.schedule', 'email.send'],
  ],
  [
    'When a new lead is added, if the deal value is at least $5k, book a demo, otherwise email them',
    { type: 'event', event: 'lead.created' },
    ['if', 'calendar.schedule', 'email.send'],
  ],
];

const kindsOf = (steps: Step[]): string[] =>
  [...walkSteps(steps)].map(({ step }) =>
    'action' in step
      ? step.action
      : 'waitFor' in step
        ? 'waitFor'
        : 'wait' in step
          ? 'wait'
          : 'if' in step
            ? 'if'
            : '?',
  );

describe('the deterministic assistant parser', () => {
  it.each(TABLE)(
    'GIVEN "%s" WHEN parsed THEN the trigger and the ordered actions are as expected',
    (prompt, trigger, actions) => {
      const result = parsePrompt(prompt);
      if (!result.ok) throw new Error(`not understood: ${result.problems.join('; ')}`);
      expect(result.definition.trigger).toStrictEqual(trigger);
      expect(kindsOf(result.definition.steps)).toStrictEqual(actions);
      expect(validateWorkflow(result.definition).issues).toStrictEqual([]);
    },
  );

  it('GIVEN the lead follow-up sentence WHEN parsed THEN the email goes to the lead and the meeting is booked with them', () => {
    const result = parsePrompt('When a new lead is added, send a follow-up email and schedule a meeting');
    expect(result.ok && result.definition.steps).toStrictEqual([
      {
        id: 'follow-up-email',
        action: 'email.send',
        input: {
          to: '{{trigger.lead.email}}',
          subject: 'Following up, {{trigger.lead.name}}',
          body: 'Hi {{trigger.lead.name}},\n\nThanks for your interest. I wanted to follow up and see how we can help. Would a short call this week work for you?',
          leadId: '{{trigger.lead.id}}',
        },
      },
      {
        id: 'schedule-meeting',
        action: 'calendar.schedule',
        input: {
          title: 'Meeting with {{trigger.lead.name}}',
          durationMinutes: 30,
          attendeeEmail: '{{trigger.lead.email}}',
          leadId: '{{trigger.lead.id}}',
        },
      },
    ]);
  });

  it('GIVEN "send it to Slack" after a summary WHEN parsed THEN the Slack text is the summary', () => {
    const result = parsePrompt("Every day at 5 PM, summarize today's activity and send it to Slack");
    expect(result.ok && result.definition.steps[1]).toStrictEqual({
      id: 'post-to-slack',
      action: 'notify.slack',
      input: { text: '{{steps.summary.summary}}' },
    });
  });

  it('GIVEN "no reply in 2 days" WHEN parsed THEN it waits 2 days for a reply from the same lead', () => {
    const result = parsePrompt("If a lead doesn't respond in 2 days, send a reminder email");
    const step = result.ok ? result.definition.steps[0] : undefined;
    expect(step && 'waitFor' in step && step.waitFor).toStrictEqual({
      event: 'email.received',
      match: { leadId: '{{trigger.leadId}}' },
      timeout: 'P2D',
    });
  });

  it.each([
    ['When a new lead is added, fly to the moon', 'I did not understand the action "fly to the moon"'],
    ['Do something nice', 'I could not find a trigger'],
    ['When the moon is full, send an email', 'I did not understand the trigger "the moon is full"'],
    ['Every blue moon at 5pm, send it to Slack', 'I could not read the schedule'],
    ['Every day at 25:00, send it to Slack', 'I could not read the time "25:00"'],
    ['Every day at 5pm in Atlantis, send it to Slack', 'I don\'t know the time zone "atlantis"'],
    ['Every day at 5pm, send an email', 'there is no person or record to do it for'],
    ['If the weather is nice, send an email', 'I did not understand the condition "the weather is nice"'],
    ['', 'The description is empty'],
  ])(
    'GIVEN "%s" WHEN parsed THEN it says what it did not understand instead of guessing',
    (prompt, problem) => {
      const result = parsePrompt(prompt);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems.join('\n')).toContain(problem);
    },
  );
});
