import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * A run started by hand said anywhere in the request (issue #16, sets 18–34): a label ("Manual one:", "snow day!
 * manual run:"), a job's name before the start ("On-demand summary: run it manually …"), the start said aside ("press
 * launch button (I'll run it myself): …"), a thing mine to run ("give me something I can run whenever that …"), a
 * button where I type what the run is given, and what I type said first ("I want to type a topic, it …", "by running
 * it with their name and email", "for whatever email I type in").
 */

const LABELS: readonly Case[] = [
  ['Manual one: email everyone tagged vip the new menu', 'manual', 'crm.findLeads; forEach[email.send]'],
  ['manual job: summarise the last 7 days and post it to slack', 'manual', 'report.summarize; notify.slack'],
  [
    'storm warning! manual run: cancel every booking for tomorrow and email each client',
    'manual',
    'calendar.find; forEach[calendar.cancel; email.send]',
  ],
  [
    "Stocktake summary: run it manually to get this week's summary posted to Slack",
    'manual',
    'report.summarize; notify.slack',
  ],
  [
    'Quarterly catch-up - run it by hand: email every lead tagged alumni the invite',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'start it by hand, email every qualified lead the fee schedule',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'on-demand report - summarise the last 7 days and post it to slack',
    'manual',
    'report.summarize; notify.slack',
  ],
  [
    'just a manual trigger please: post a summary of this week in slack',
    'manual',
    'report.summarize; notify.slack',
  ],
];

const ASIDES: readonly Case[] = [
  [
    "launch day button (I'll kick it off): post the news in #general, then log that it went out",
    'manual',
    'notify.slack; log',
  ],
  [
    'new menu blast (manual): email every lead tagged vip the new menu',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'year end wrap (run by hand): summarise the last 30 days and email it to boss@firm.example',
    'manual',
    'report.summarize; email.send',
  ],
];

const THINGS_TO_RUN: readonly Case[] = [
  [
    'give me something I can run whenever that posts a summary of the last 7 days to slack',
    'manual',
    'report.summarize; notify.slack',
  ],
  [
    'I need a quick thing I can run to email every lead tagged vip the offer',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'make me a little job I can kick off by hand: find all unpaid invoices and send a reminder for each one',
    'manual',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    "set me up a button for when the power goes out: cancel all tomorrow's bookings and email each guest to say sorry",
    'manual',
    'calendar.find; forEach[calendar.cancel; email.send]',
  ],
];

const TYPED: readonly Case[] = [
  [
    'button where I type a topic, it searches our FAQ and emails the results to me@firm.example',
    'manual',
    'knowledge.search; email.send',
  ],
  [
    'can I have a button where we type a question and it looks it up in the knowledge base and posts what it finds in slack',
    'manual',
    'knowledge.search; notify.slack',
  ],
  [
    'I want to type a question, it searches the knowledge base and posts the results in #help',
    'manual',
    'knowledge.search; notify.slack',
  ],
  ["we'd like to type in their name and email and it adds them as a lead", 'manual', 'crm.createLead'],
  ['I want to add walk-in customers by running it with their name and email', 'manual', 'crm.createLead'],
  ['I want to send the brochure by running it with their email', 'manual', 'email.send'],
  ['let me add a lead by hand for whatever email I type in', 'manual', 'crm.createLead'],
  ['let me send the price list by hand to whatever email I type in', 'manual', 'email.send'],
  [
    "For walk-ins I'll run it myself with their name and email: create them as a lead and email them the welcome pack",
    'manual',
    'crm.createLead; email.send',
  ],
];

const definitionOf = (prompt: string) => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`refused: ${result.problems.join('; ')}`);
  return result.definition;
};

describe('a run started by hand, said anywhere in the request', () => {
  it('GIVEN a manual label after a few words, or a job named before "run it by hand", WHEN parsed THEN the run is started by hand', () => {
    expect(misread(LABELS)).toStrictEqual([]);
  });

  it("GIVEN the start by hand said in brackets after the job's name WHEN parsed THEN the run is started by hand and the name is no step", () => {
    expect(misread(ASIDES)).toStrictEqual([]);
  });

  it('GIVEN "something I can run whenever", "a job I can kick off by hand", "a button for when …" WHEN parsed THEN what it does is the steps', () => {
    expect(misread(THINGS_TO_RUN)).toStrictEqual([]);
  });

  it('GIVEN what I type when I run it, said before or after what it does, WHEN parsed THEN the steps act on it', () => {
    expect(misread(TYPED)).toStrictEqual([]);
  });
});

describe('what I type, declared and used', () => {
  it('GIVEN "by running it with their name and email - tag them expo-2026" WHEN parsed THEN the lead added is the person typed, with the tag', () => {
    const definition = definitionOf(
      'i want to add trade show prospects by running it with their name and email - tag them expo-2026',
    );
    expect(definition.trigger).toStrictEqual({ type: 'manual', inputs: ['name', 'email'] });
    expect(definition.steps).toMatchObject([
      {
        action: 'crm.createLead',
        input: { email: '{{trigger.email}}', name: '{{trigger.name}}', tags: ['expo-2026'] },
      },
    ]);
  });

  it.each([
    'button where i type a topic, it searches the knowledge base and posts what it finds in #staff',
    'I want to type a topic, it looks it up in our house rules and emails me what it finds (me@firm.example)',
  ])('GIVEN "%s" WHEN parsed THEN the search is for the topic typed', (prompt) => {
    const definition = definitionOf(prompt);
    expect(definition.trigger).toStrictEqual({ type: 'manual', inputs: ['topic'] });
    expect(definition.steps[0]).toMatchObject({
      action: 'knowledge.search',
      input: { query: '{{trigger.topic}}' },
    });
  });

  it('GIVEN "for whatever email I type in" WHEN parsed THEN the run is given an email and the lead is created with it', () => {
    const definition = definitionOf('let me add a lead by hand for whatever email I type in');
    expect(definition.trigger).toStrictEqual({ type: 'manual', inputs: ['email'] });
    expect(definition.steps[0]).toMatchObject({ input: { email: '{{trigger.email}}' } });
  });
});

describe('the twins: a manual word that is background, a start that says more, a step for someone nobody types', () => {
  it.each([
    // a step that needs a person, with nothing typed: since session 44 the run is given that one person
    // (manual-channels-s44.test.ts)
    // the words before the start name people or records: never dropped as the job's name (it would be everyone)
    [
      "onboarding a new client (I'll run it): create the lead and send the welcome email",
      'onboarding a new client',
    ],
    [
      "For new company sign-ups I'd like to run this by hand: create the lead",
      "I'd like to run this by hand",
    ],
    ["For leads from google, I'll kick it off myself: email every lead the offer", "I'll kick it off myself"],
    ["For leads from google I'll kick it off myself: email every lead the offer", 'For leads from google'],
    ['vip clients only! manual run: email every lead the offer', 'vip clients only'],
    ['qualified leads: run it manually to email every lead the offer', 'run it manually to email every lead'],
    [
      'when I kick it off - create the invoice for the renewal, then email the client',
      'say what you type when you run it',
    ],
    // what is typed is no field a run can be given
    ['a button where I type the details, it emails them the brochure', 'where I type the details'],
    // the words before the start say a time or a step: never dropped as the job's name
    ['after the storm! manual run: email every lead tagged vip the reopening news', 'after the storm'],
    ["email the team (I'll run it myself): post the news in #general", 'email the team'],
    // "I can run when …" is the occasion I run it on (session 42, typed-starts-s42: with the invoice id typed in it is
    // read); with nothing typed, the invoice is no one's
    [
      'need a thing I can run when a parent pays cash at the door - mark the invoice paid',
      'given no one to do it for',
    ],
    // "for whatever email I type in" with no step said as done by hand
    ['let me create an invoice for whatever email I type in', 'what starts the workflow'],
    // a label before an event: the event is the start, the label never a second one
    ['Manual: when a lead emails us, notify sales', 'when a lead emails us'],
  ])('GIVEN "%s" WHEN parsed THEN it is refused, quoting "%s"', (prompt, quoted) => {
    expect(notRefused([[prompt, quoted]])).toStrictEqual([]);
  });

  it.each([
    [
      'Hannah does it by hand at the moment. Every Friday at 4pm email all customers the newsletter',
      'cron(0 16 ? * FRI *)',
    ],
    ['We do these by hand today. When a lead is added, email them the welcome pack', 'lead.created'],
    ['On demand requests: when a lead emails us, notify sales', 'email.received'],
    // "by hand" said of how it is done today, after a comma (session 45: said back as context, as its own sentence is)
    [
      'when a booking is made send the homeowner an email with the techs name, we do this by hand now',
      'booking.created',
    ],
  ])(
    'GIVEN "%s" (a manual word that starts nothing) WHEN parsed THEN the trigger named is the start',
    (prompt, trigger) => {
      expect(outlineOf(definitionOf(prompt)).trigger).toBe(trigger);
    },
  );
});
