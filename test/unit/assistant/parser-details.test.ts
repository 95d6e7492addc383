import { describe, expect, it } from 'vitest';
import { type ParseResult, parsePrompt } from '../../../functions/assistant/parser';
import type { Step } from '../../../statemachines/schema';

const parsed = (prompt: string) => {
  const result: ParseResult = parsePrompt(prompt);
  if (!result.ok) throw new Error(`refused: ${result.problems.join('; ')}`);
  return result;
};
const stepsOf = (prompt: string): Step[] => parsed(prompt).definition.steps;

describe('what the assistant parser puts in each step', () => {
  it('GIVEN the lead follow-up sentence WHEN parsed THEN the email goes to the lead and the meeting is booked with them', () => {
    expect(stepsOf('When a new lead is added, send a follow-up email and schedule a meeting')).toStrictEqual([
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
    const steps = stepsOf("Every day at 5 PM, summarize today's activity and send it to Slack");
    expect(steps).toStrictEqual([
      { id: 'summary', action: 'report.summarize', input: { period: 'today' } },
      { id: 'post-to-slack', action: 'notify.slack', input: { text: '{{steps.summary.summary}}' } },
    ]);
  });

  it.each([
    ['Every Monday, post a summary to Slack', 'last7days'],
    ['Every day at 8am, post a summary to Slack', 'yesterday'],
    ['Every day at 6pm, post a summary to Slack', 'today'],
    ['On the first of every month, post a summary to Slack', 'lastMonth'],
    ["Every Friday, post a summary of this week's activity to Slack", 'thisWeek'],
  ])(
    'GIVEN "%s" WHEN parsed THEN the report covers the period the schedule implies (%s)',
    (prompt, period) => {
      expect(stepsOf(prompt)[0]).toMatchObject({ action: 'report.summarize', input: { period } });
    },
  );

  it.each([
    [
      "If a lead doesn't respond in 2 days, send a reminder email",
      { event: 'email.received', match: { leadId: '{{trigger.leadId}}' }, timeout: 'P2D' },
    ],
    [
      "If an invoice isn't paid within 14 days, send a payment reminder",
      { event: 'invoice.paid', match: { 'invoice.id': '{{trigger.invoice.id}}' }, timeout: 'P14D' },
    ],
    [
      'If a booking is not confirmed by tomorrow, notify the team',
      { event: 'email.received', match: { from: '{{trigger.booking.attendeeEmail}}' }, timeout: 'P1D' },
    ],
    [
      'If the form is not completed after a week, email the lead',
      { event: 'form.submitted', match: { 'lead.email': '{{trigger.lead.email}}' }, timeout: 'P7D' },
    ],
    [
      "If a new lead doesn't book a call within 48 hours, email them",
      { event: 'booking.created', match: { 'booking.leadId': '{{trigger.lead.id}}' }, timeout: 'P2D' },
    ],
  ])(
    'GIVEN "%s" WHEN parsed THEN it waits for the event that would mean it happened, matched to the same record',
    (prompt, waitFor) => {
      const [step] = stepsOf(prompt);
      expect(step && 'waitFor' in step && step.waitFor).toStrictEqual(waitFor);
    },
  );

  it('GIVEN a number written "10k" and an invoice amount in dollars WHEN parsed THEN comparisons hold numbers (cents for invoices), never text', () => {
    const [lead] = stepsOf(
      'If the deal is worth more than 10k notify the team otherwise send a welcome email',
    );
    expect(lead && 'if' in lead && lead.if).toStrictEqual({ path: 'trigger.lead.value', gt: 10000 });
    const [invoice] = stepsOf('When an invoice over $5,000 is paid, post to Slack');
    expect(invoice && 'if' in invoice && invoice.if).toStrictEqual({
      path: 'trigger.invoice.totalCents',
      gt: 500000,
    });
  });

  it('GIVEN a schedule over overdue invoices WHEN parsed THEN it finds them and reminds each one', () => {
    expect(stepsOf('Every hour, remind the customers with overdue invoices')).toStrictEqual([
      { id: 'find-invoices', action: 'invoice.find', input: { status: 'overdue' } },
      {
        id: 'each',
        forEach: {
          items: '{{steps.find-invoices.invoices}}',
          concurrency: 5,
          steps: [
            { id: 'payment-reminder', action: 'invoice.sendReminder', input: { invoiceId: '{{item.id}}' } },
          ],
        },
      },
    ]);
  });

  it('GIVEN leads named by tag and source WHEN parsed THEN the find step filters on them', () => {
    expect(stepsOf('Every day at 10, send a follow-up to every lead tagged cold')[0]).toMatchObject({
      action: 'crm.findLeads',
      input: { tag: 'cold' },
    });
    expect(stepsOf('Every week, email every lead from LinkedIn our newsletter')[0]).toMatchObject({
      action: 'crm.findLeads',
      input: { source: 'LinkedIn' },
    });
  });

  it('GIVEN quoted text, names and sources WHEN parsed THEN they are copied as the user wrote them', () => {
    const [note] = stepsOf("When a booking is created, log a note saying 'Booked a call'");
    expect(note).toMatchObject({ action: 'crm.addNote', input: { text: 'Booked a call' } });
    const [notify] = stepsOf('When a new lead signs up, notify Anna on Slack');
    expect(notify).toMatchObject({ action: 'notify.team', input: { member: 'Anna', via: 'slack' } });
  });

  it.each([
    ['Every day at 7:30 CET, post a summary to #general', 'Europe/Berlin'],
    ['Every evening at 6 Pacific, summarize the day on Slack', 'America/Los_Angeles'],
    ['Every day at 6pm India time, post a summary to Slack', 'Asia/Kolkata'],
    ['Every Monday at 9 in the Tokyo time zone, send the weekly report to Slack', 'Asia/Tokyo'],
  ])('GIVEN "%s" WHEN parsed THEN the schedule runs in the IANA zone %s', (prompt, zone) => {
    expect(parsed(prompt).definition.trigger).toMatchObject({ type: 'schedule', timezone: zone });
  });

  it('GIVEN a detail no grammar reads WHEN parsed THEN the workflow is made and the detail is quoted as not understood', () => {
    const result = parsed('When a lead signs up, send a welcome email with our logo in purple');
    expect(result.notUnderstood).toStrictEqual(['with our logo in purple']);
  });

  it('GIVEN a lead.updated workflow that updates the lead WHEN parsed THEN its trigger ignores the change the workflow makes', () => {
    expect(parsed('When a lead is updated, mark them as contacted').definition.trigger).toStrictEqual({
      type: 'event',
      event: 'lead.updated',
      filter: { 'changes.status.to': [{ 'anything-but': ['contacted'] }] },
    });
  });

  it('GIVEN "add them to the CRM" when a lead is added WHEN parsed THEN no step adds the lead again, and the answer says why', () => {
    const result = parsed('When a lead is created, add them to the CRM and send a welcome email');
    expect(result.definition.steps.map((s) => ('action' in s ? s.action : '?'))).toStrictEqual([
      'email.send',
    ]);
    expect(result.notes).toStrictEqual([
      'the lead is already in the CRM when this workflow starts: no step adds it again',
    ]);
  });
});

describe('the message around a rule', () => {
  it('GIVEN a greeting, context, a closer and a sign-off around the rule WHEN parsed THEN each is said back as context and the workflow is the rule alone', () => {
    const result = parsed(
      "Hi team,\nRight now we do this by hand and it's slow.\nWhen a new lead comes in, send them a welcome email.\nLet me know if this works. Thanks so much!\nCheers,\nAna",
    );
    expect(result.definition.steps.map((s) => ('action' in s ? s.action : s.id))).toStrictEqual([
      'email.send',
    ]);
    expect(result.notes).toContain(
      'ignored as context: "Hi team, Right now we do this by hand and it\'s slow.", "Let me know if this works.", "Thanks so much!", "Cheers, Ana"',
    );
  });

  it('GIVEN a context note that states a condition WHEN parsed THEN the request is refused quoting it', () => {
    const result = parsePrompt(
      'Context: this is only for German customers. When a new lead comes in, email them.',
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0]).toContain('"this is only for German customers"');
  });

  it('GIVEN a request labelled "FYI:" whose rule runs over two sentences WHEN parsed THEN the label is a heading, not a context note, and both sentences are read', () => {
    const result = parsed(
      'FYI: when a new lead comes in, send them a welcome email. If the deal is worth more than 10k, notify the team.',
    );
    expect(result.definition.trigger).toStrictEqual({ type: 'event', event: 'lead.created' });
    expect(JSON.stringify(result.definition.steps)).toContain('notify.team');
  });
});
