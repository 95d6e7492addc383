import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import type { Step } from '../../../statemachines/schema';
import { validateWorkflow } from '../../../statemachines/validate';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 41 (a25), issue 16: records sent on a schedule to one of ours ("send Kate the new leads from the last 7
 * days"), to a group ("send the producers …"), to a channel ("slack #sales the leads that came in yesterday") or said
 * as "the list of …" are a find and ONE message to them carrying the found records, never a message per record.
 */

const stepsOf = (prompt: string): readonly Step[] => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`${prompt} → refused: ${result.problems.join('; ')}`);
  expect(validateWorkflow(result.definition).valid).toBe(true);
  return result.definition.steps;
};
const inputOf = (step: Step | undefined): Record<string, unknown> =>
  step && 'input' in step ? (step.input as Record<string, unknown>) : {};

/** [case, the find's input, the message's recipient field and value]. */
const TO_SOMEONE: readonly (readonly [Case, Record<string, unknown>, readonly [string, string] | null])[] = [
  [
    [
      'monday mornings 9am send Kate the new leads from the last 7 days',
      'cron(0 9 ? * MON *)',
      'crm.findLeads; notify.team',
    ],
    { createdIn: 'last-7-days' },
    ['member', 'Kate'],
  ],
  [
    [
      'every friday at 4 email Rosa all the leads that came in this week',
      'cron(0 16 ? * FRI *)',
      'crm.findLeads; notify.team',
    ],
    { createdIn: 'this-week' },
    ['member', 'Rosa'],
  ],
  [
    [
      'on the 1st of each month at 9 send Kate the overdue invoices',
      'cron(0 9 1 * ? *)',
      'invoice.find; notify.team',
    ],
    { status: 'overdue' },
    ['member', 'Kate'],
  ],
  [
    [
      'every monday at 9 email the overdue invoices to Kate',
      'cron(0 9 ? * MON *)',
      'invoice.find; notify.team',
    ],
    { status: 'overdue' },
    ['member', 'Kate'],
  ],
  [
    [
      'every monday at 9 send the unpaid invoices to the accountant',
      'cron(0 9 ? * MON *)',
      'invoice.find; notify.team',
    ],
    { status: 'unpaid' },
    null,
  ],
  [
    [
      'every monday at 9 email the overdue invoices to ar@acme.test',
      'cron(0 9 ? * MON *)',
      'invoice.find; email.send',
    ],
    { status: 'overdue' },
    ['to', 'ar@acme.test'],
  ],
  [
    [
      'every monday at 9 post the overdue invoices to #ar',
      'cron(0 9 ? * MON *)',
      'invoice.find; notify.slack',
    ],
    { status: 'overdue' },
    ['channel', '#ar'],
  ],
  [
    [
      'every monday at 9 send our accountant the paid invoices',
      'cron(0 9 ? * MON *)',
      'invoice.find; notify.team',
    ],
    { status: 'paid' },
    ['text', 'For the accountant: Paid invoices:\n{{steps.find-invoices.text}}'],
  ],
  [
    ['every monday at 9 email me the unpaid invoices', 'cron(0 9 ? * MON *)', 'invoice.find; notify.team'],
    { status: 'unpaid' },
    ['via', 'email'],
  ],
  [
    [
      'every day at 8 send ar@acme.test the overdue invoices',
      'cron(0 8 * * ? *)',
      'invoice.find; email.send',
    ],
    { status: 'overdue' },
    ['to', 'ar@acme.test'],
  ],
  [
    [
      'every friday send the sales team all the leads that came in this week',
      'cron(0 9 ? * FRI *)',
      'crm.findLeads; notify.team',
    ],
    { createdIn: 'this-week' },
    null,
  ],
  [
    [
      'daily at noon central, slack #sales the leads that came in yesterday',
      'cron(0 12 * * ? *) America/Chicago',
      'crm.findLeads; notify.slack',
    ],
    { createdIn: 'yesterday' },
    ['channel', '#sales'],
  ],
  [
    ['every day at 8 slack #ar all the unpaid invoices', 'cron(0 8 * * ? *)', 'invoice.find; notify.slack'],
    { status: 'unpaid' },
    ['channel', '#ar'],
  ],
  [
    [
      'On the 1st of every month at 7am email the list of unpaid premium invoices to dave@coastalins.com',
      'cron(0 7 1 * ? *)',
      'invoice.find; email.send',
    ],
    { status: 'unpaid' },
    ['to', 'dave@coastalins.com'],
  ],
];

/** [case, the find's input, words the message's text holds]. */
const COUNTED_AND_DAYS: readonly (readonly [Case, Record<string, unknown>, string])[] = [
  [
    [
      'first monday of each month 9am, slack #ops how many invoices are still unpaid',
      'cron(0 9 ? * 2#1 *)',
      'invoice.find; notify.slack',
    ],
    { status: 'unpaid' },
    'Unpaid invoices ({{steps.find-invoices.count}})',
  ],
  [
    [
      'every monday at 9 email me how many overdue invoices we have',
      'cron(0 9 ? * MON *)',
      'invoice.find; notify.team',
    ],
    { status: 'overdue' },
    'Overdue invoices ({{steps.find-invoices.count}})',
  ],
  [
    [
      'every day tell the team on slack how many unpaid invoices there are',
      'cron(0 9 * * ? *)',
      'invoice.find; notify.slack',
    ],
    { status: 'unpaid' },
    'Unpaid invoices',
  ],
  [
    [
      'every friday slack #sales how many new leads came in this week',
      'cron(0 9 ? * FRI *)',
      'crm.findLeads; notify.slack',
    ],
    { createdIn: 'this-week' },
    'New leads this week ({{steps.find-leads.count}})',
  ],
  [
    [
      "7:30 every morning post today's click and collect bookings in #shop-floor",
      'cron(30 7 * * ? *)',
      'calendar.find; notify.slack',
    ],
    { day: 'today' },
    'click-and-collect bookings',
  ],
  [
    [
      "every morning post tomorrow's meet & greet sessions in slack",
      'cron(0 9 * * ? *)',
      'calendar.find; notify.slack',
    ],
    { day: 'tomorrow' },
    'meet-and-greet sessions',
  ],
  [
    [
      'each morning 7:30 SAST pls post tomorrows renewal reviews in slack so the guys can prep',
      'cron(30 7 * * ? *) Africa/Johannesburg',
      'calendar.find; notify.slack',
    ],
    { day: 'tomorrow' },
    'renewal reviews',
  ],
  [
    [
      'sunday 6pm send the producers the week ahead diary',
      'cron(0 18 ? * SUN *)',
      'calendar.find; notify.team',
    ],
    { day: 'next-7-days' },
    'For the producers: The week ahead',
  ],
  [
    [
      'every friday at 4 send me the week ahead schedule',
      'cron(0 16 ? * FRI *)',
      'calendar.find; notify.team',
    ],
    { day: 'next-7-days' },
    'The week ahead',
  ],
  [
    [
      'each morning at 7.30 NZ time remind the cellar door team in slack of todays bookings',
      'cron(30 7 * * ? *) Pacific/Auckland',
      'calendar.find; notify.slack',
    ],
    { day: 'today' },
    'bookings',
  ],
  [
    [
      "every morning at 8 remind me about tomorrow's appointments",
      'cron(0 8 * * ? *)',
      'calendar.find; notify.team',
    ],
    { day: 'tomorrow' },
    'appointments',
  ],
];

/** Records that are whom each message goes to, a message that is no list, or a loop said: as before. */
const TWINS: readonly Case[] = [
  [
    'every monday at 9 send the new leads from this week a welcome email',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every monday at 9 email the new leads from this week',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  ['every monday at 9 send Kate a reminder', 'cron(0 9 ? * MON *)', 'notify.team'],
  [
    'every monday at 9 find the overdue invoices and email each client a reminder',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  // "post them in #ar" is one post listing them since session 44 (scheduled-finds-s44.test.ts); "each" stays a post each
  [
    'every monday at 9 get the overdue invoices and post each one in #ar',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[notify.slack]',
  ],
  ["every morning at 8 remind the team of today's meeting", 'cron(0 8 * * ? *)', 'notify.team'],
  [
    "every evening at 6 remind all guests of tomorrow's bookings",
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'Every Monday, post each overdue invoice in #collections',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[notify.slack]',
  ],
  [
    'Every evening, notify Grace about each overdue invoice',
    'cron(0 18 * * ? *)',
    'invoice.find; forEach[notify.team]',
  ],
];

describe('scheduled lists sent to someone (session 41)', () => {
  it('GIVEN leads of a period or invoices of a status sent to a named person, me, a group, an address or a channel WHEN parsed THEN one find and one message to them with the found text', () => {
    expect(misread(TO_SOMEONE.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], input, to] of TO_SOMEONE) {
      const [find, message] = stepsOf(prompt);
      expect(inputOf(find)).toStrictEqual(input);
      const said = inputOf(message);
      expect(String(said.text ?? said.body)).toContain(`{{steps.${find?.id}.text}}`);
      if (to) expect(said[to[0]]).toBe(to[1]);
    }
  });

  it("GIVEN invoices of a status or leads of a period counted, or a day's bookings in a trade's words (click and collect, renewal reviews, the week ahead diary, reminded of) WHEN parsed THEN the find and one message with the count or the list", () => {
    expect(misread(COUNTED_AND_DAYS.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], input, words] of COUNTED_AND_DAYS) {
      const [find, message] = stepsOf(prompt);
      expect(inputOf(find)).toStrictEqual(input);
      const said = String(inputOf(message).text);
      expect(said).toContain(words);
      expect(said).toContain(`{{steps.${find?.id}.text}}`);
    }
  });

  it('GIVEN the records as whom each message goes to, a reminder that lists nothing, or "each" said WHEN parsed THEN the loop or the one message, as before', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });

  it("GIVEN the records' own people or a pronoun before the list WHEN parsed THEN never one list sent to them", () => {
    for (const prompt of [
      'every monday at 9 send them the overdue invoices',
      'every monday at 9 send the clients the overdue invoices',
      'every monday email the list of unpaid premium invoices to each client',
    ]) {
      const result = parsePrompt(prompt);
      const steps = result.ok ? result.definition.steps : [];
      expect(steps.some((s) => 'action' in s && s.action === 'notify.team')).toBe(false);
    }
  });

  it('GIVEN records no finder reads (orders), two statuses or a customer in a count WHEN parsed THEN refused, quoting them', () => {
    expect(
      notRefused([
        ["every morning post today's click & collect orders in slack", 'click & collect orders'],
        [
          'every monday at 9 slack #ops how many overdue invoices are unpaid',
          'how many overdue invoices are unpaid',
        ],
        ['every monday at 9 slack #ops how many invoices are overdue for acme', 'for acme'],
        ['every monday at 9 slack #ops how many invoices we sent', 'how many invoices we sent'],
        ["every monday post the weekly summary plus the list of today's orders in #team", 'plus the list of'],
        // the records' own people: each their own, never one list to them
        ['every monday at 9 send the overdue invoices to the customers', 'to the customers'],
        ['every monday at 9 send the overdue invoices to clients', 'to clients'],
        // no status, period or "list of": not read as all of them
        ['every monday send Kate the leads', 'send Kate the leads'],
        // on an event, "the new leads" may be this one: never a find
        ['when a new lead comes in send Kate the new leads', 'send Kate the new leads'],
      ]),
    ).toStrictEqual([]);
  });
});
