import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { validateWorkflow } from '../../../statemachines/validate';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * Session 38 (c1), issue 16: records found and sent as one list. A find, then one message whose text carries the
 * find's `text` (one line per record): invoices by status, leads by status, and who is booked on a day. Twins: a step
 * for each record stays a loop, a summary stays the activity report, printing and texting stay refused.
 */

const INVOICE_LISTS: readonly (readonly [Case, Record<string, unknown>])[] = [
  [
    [
      'every Monday at 9 send the team the list of overdue invoices',
      'cron(0 9 ? * MON *)',
      'invoice.find; notify.team',
    ],
    { status: 'overdue' },
  ],
  [
    ['Every morning, send me a list of unpaid invoices', 'cron(0 9 * * ? *)', 'invoice.find; notify.team'],
    { status: 'unpaid' },
  ],
  [
    [
      'every friday at 4pm email accounts@acme.com a rundown of all outstanding invoices',
      'cron(0 16 ? * FRI *)',
      'invoice.find; email.send',
    ],
    { status: 'unpaid' },
  ],
  [
    [
      'every day at 9 post the list of overdue invoices in #billing',
      'cron(0 9 * * ? *)',
      'invoice.find; notify.slack',
    ],
    { status: 'overdue' },
  ],
  [
    ['every monday send Priya the list of late bills', 'cron(0 9 ? * MON *)', 'invoice.find; notify.team'],
    { status: 'overdue' },
  ],
  [
    [
      'every day at 9 list the unpaid invoices in #billing',
      'cron(0 9 * * ? *)',
      'invoice.find; notify.slack',
    ],
    { status: 'unpaid' },
  ],
];

const LEAD_LISTS: readonly (readonly [Case, Record<string, unknown>])[] = [
  [
    ['every morning at 8 send me the list of new leads', 'cron(0 8 * * ? *)', 'crm.findLeads; notify.team'],
    { status: 'new' },
  ],
  [
    [
      'every friday at 5 post the list of qualified leads in #sales',
      'cron(0 17 ? * FRI *)',
      'crm.findLeads; notify.slack',
    ],
    { status: 'qualified' },
  ],
  [
    [
      'twice a day (8am and 1pm) send me the list of new customers',
      'cron(0 8,13 * * ? *)',
      'crm.findLeads; notify.team',
    ],
    { status: 'new' },
  ],
  [
    [
      'every evening email the team a list of our clients',
      'cron(0 18 * * ? *)',
      'crm.findLeads; notify.team',
    ],
    { status: 'customer' },
  ],
  // when they came in (createdIn, in the tenant's zone); "new" with a period says recent, not the status
  [
    [
      'each Friday email me the leads that came in this week',
      'cron(0 9 ? * FRI *)',
      'crm.findLeads; notify.team',
    ],
    { createdIn: 'this-week' },
  ],
  [
    ["every friday at 5 send me this week's new leads", 'cron(0 17 ? * FRI *)', 'crm.findLeads; notify.team'],
    { createdIn: 'this-week' },
  ],
  [
    [
      'Every morning, send me a list of new leads from yesterday',
      'cron(0 9 * * ? *)',
      'crm.findLeads; notify.team',
    ],
    { createdIn: 'yesterday' },
  ],
  [
    ["every evening post today's leads in #sales", 'cron(0 18 * * ? *)', 'crm.findLeads; notify.slack'],
    { createdIn: 'today' },
  ],
  [
    [
      'every monday email the team the list of leads created in the last 7 days',
      'cron(0 9 ? * MON *)',
      'crm.findLeads; notify.team',
    ],
    { createdIn: 'last-7-days' },
  ],
];

const WHO_IS_BOOKED: readonly (readonly [Case, Record<string, unknown>])[] = [
  [
    ["every morning at 8 email me who's booked in today", 'cron(0 8 * * ? *)', 'calendar.find; notify.team'],
    { day: 'today' },
  ],
  [
    [
      'every evening at 6 tell the front desk who is coming in tomorrow',
      'cron(0 18 * * ? *)',
      'calendar.find; notify.team',
    ],
    { day: 'tomorrow' },
  ],
  [
    [
      'every hour, tell the front desk on slack how many consults are booked for today',
      'rate(1 hour)',
      'calendar.find; notify.slack',
    ],
    { day: 'today' },
  ],
  [
    [
      "every morning at 7 let the team know who's booked for today",
      'cron(0 7 * * ? *)',
      'calendar.find; notify.team',
    ],
    { day: 'today' },
  ],
  [
    [
      'every weekday at 8am Eastern post our court calendar for today in slack',
      'cron(0 8 ? * MON-FRI *) America/New_York',
      'calendar.find; notify.slack',
    ],
    { day: 'today' },
  ],
  [
    [
      'every weekday at 7:30 send the rota for today to the team on slack',
      'cron(30 7 ? * MON-FRI *)',
      'calendar.find; notify.slack',
    ],
    { day: 'today' },
  ],
  // all of a day's bookings posted to us: one list, never the same post once per booking
  [
    [
      'every morning post all appointments for today to #frontdesk',
      'cron(0 9 * * ? *)',
      'calendar.find; notify.slack',
    ],
    { day: 'today' },
  ],
  [
    [
      "every morning post all of today's bookings in slack",
      'cron(0 9 * * ? *)',
      'calendar.find; notify.slack',
    ],
    { day: 'today' },
  ],
  [
    [
      "every morning send all of today's appointments to me",
      'cron(0 9 * * ? *)',
      'calendar.find; notify.team',
    ],
    { day: 'today' },
  ],
];

/** Near misses: a step for each record, a summary, a message about the bookings, printing or texting. */
const TWINS: readonly Case[] = [
  // no channel and no us: the attendees of each, as before
  [
    "every evening email all of tomorrow's appointments a reminder",
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  ['every day post each new lead in #sales', 'cron(0 9 * * ? *)', 'crm.findLeads; forEach[notify.slack]'],
  [
    'every evening at 6 remind everyone booked tomorrow',
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    "every evening at 6 email everyone who's booked in tomorrow",
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'every morning remind the customers with overdue invoices',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'every monday send me a summary of overdue invoices',
    'cron(0 9 ? * MON *)',
    'report.summarize; notify.team',
  ],
  [
    "every friday post a summary of the week's bookings in #team",
    'cron(0 9 ? * FRI *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every Sunday at 8pm, post the coming weeks rota reminder in #rota',
    'cron(0 20 ? * SUN *)',
    'notify.slack',
  ],
];

const REFUSED = [
  'Every morning at 8, print the list of new leads',
  // last week is the week before this one, not the last 7 days: no period of createdIn
  'every friday email me the leads that came in last week',
  "every evening text me tomorrow's appointments",
  // no one to send it to: never guessed
  "every morning send the list of today's appointments",
];

/** The cases whose find is not given `input`, or whose message does not carry its text, or that do not validate. */
const notCarried = (rows: readonly (readonly [Case, Record<string, unknown>])[]): string[] =>
  rows.flatMap(([[prompt], input]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused`];
    const [find, message] = result.definition.steps as { id: string; input?: Record<string, unknown> }[];
    const text = JSON.stringify(message?.input ?? {});
    const ok =
      JSON.stringify(find?.input) === JSON.stringify(input) &&
      text.includes(`{{steps.${find?.id}.text}}`) &&
      validateWorkflow(result.definition).valid;
    return ok ? [] : [`${prompt} → ${JSON.stringify(result.definition.steps)}`];
  });

describe('records found and sent as one list (session 38)', () => {
  it('GIVEN "the list of overdue invoices" and its kin, to me, the team, a person, an address or a channel WHEN parsed THEN invoice.find by that status and one message with its text', () => {
    expect(misread(INVOICE_LISTS.map(([c]) => c))).toStrictEqual([]);
    expect(notCarried(INVOICE_LISTS)).toStrictEqual([]);
  });

  it('GIVEN "the list of new leads / qualified leads / our clients", or "the leads that came in this week" WHEN parsed THEN crm.findLeads by that status or period and one message with its text', () => {
    expect(misread(LEAD_LISTS.map(([c]) => c))).toStrictEqual([]);
    expect(notCarried(LEAD_LISTS)).toStrictEqual([]);
  });

  it('GIVEN "who\'s booked in tomorrow", "how many consults are booked for today", "our court calendar for today" sent to us WHEN parsed THEN calendar.find for that day and one message with its text', () => {
    expect(misread(WHO_IS_BOOKED.map(([c]) => c))).toStrictEqual([]);
    expect(notCarried(WHO_IS_BOOKED)).toStrictEqual([]);
  });

  it('GIVEN "how many … are booked" WHEN parsed THEN the message says how many too', () => {
    const result = parsePrompt(
      'every hour, tell the front desk on slack how many consults are booked for today',
    );
    expect(result.ok && result.definition.steps[1]).toMatchObject({
      action: 'notify.slack',
      input: {
        text: 'For the front desk: Booked today ({{steps.find-bookings.count}}):\n{{steps.find-bookings.text}}',
      },
    });
  });

  it('GIVEN a step for each record, a summary, or a message about the bookings WHEN parsed THEN the loop, the report or the message, never a found list', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });

  it('GIVEN printing, texting, or a list with no one to send it to WHEN parsed THEN it is refused', () => {
    expect(REFUSED.filter((p) => parsePrompt(p).ok)).toStrictEqual([]);
  });
});
