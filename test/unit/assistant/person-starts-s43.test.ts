import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * A run a person starts, by its device or by the person's own run verb said anywhere (issue #16, session 43;
 * person-starts.ts), and what is read beside it: "that we're closed" as what each message says, a count of the
 * people said after the steps, and no time zone read from the words of a message. The phrasings come from trades
 * other than the development rows (pools, physios, estate agents, sports clubs, heating engineers).
 */

const DEVICES: readonly Case[] = [
  [
    "heatwave button - cancel all of today's bookings and email each client to say sorry",
    'manual',
    'calendar.find; forEach[calendar.cancel; email.send]',
  ],
  [
    "can we have a pool closed button: email every member tagged swim-squad that we're closed today",
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "a button for when the boiler breaks - cancel all of today's appointments and email each patient to rebook",
    'manual',
    'calendar.find; forEach[calendar.cancel; email.send]',
  ],
  [
    'give me a one-click: email all leads tagged open-house the new listing',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "rain day button: when I click it, cancel all of tomorrow's bookings and email each client to let them know",
    'manual',
    'calendar.find; forEach[calendar.cancel; email.send]',
  ],
  [
    "need a button: email all clients tagged gutters that we're off next week cos of the weather",
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
];

const PRESSED_OR_MINE: readonly Case[] = [
  [
    'I want to press one button and email every lead tagged quote-sent a follow up',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "when the river floods I want to click a button and cancel all of tomorrow's jobs",
    'manual',
    'calendar.find; forEach[calendar.cancel]',
  ],
  [
    'set up one we can run whenever: email everyone tagged under-9s about the tournament',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "need one i can run when the pitch is waterlogged: cancel all of tomorrow's sessions and email each parent",
    'manual',
    'calendar.find; forEach[calendar.cancel; email.send]',
  ],
];

const MYSELF_AFTER: readonly Case[] = [
  [
    "email every customer tagged vip our christmas menu. I'll kick it off myself",
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "send the price rise letter to all clients with status customer, we'll trigger it by hand",
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "email all the families tagged term-2 the new timetable - I'll run it myself",
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "send the spring offer to everyone tagged members, there are around 12,000 of them so it needs to handle the lot. I'll kick it off myself",
    'manual',
    'crm.exportLeads; forEach[email.send]',
  ],
];

describe('a run a person starts, by its device or their own run verb', () => {
  it('GIVEN a device named in a few words, then the steps WHEN parsed THEN the run is started by hand', () => {
    expect(misread(DEVICES)).toStrictEqual([]);
  });

  it('GIVEN "I press one button and …" or "one I can run when …" WHEN parsed THEN the run is started by hand', () => {
    expect(misread(PRESSED_OR_MINE)).toStrictEqual([]);
  });

  it('GIVEN the steps, then "I\'ll kick it off myself" WHEN parsed THEN the run is started by hand', () => {
    expect(misread(MYSELF_AFTER)).toStrictEqual([]);
  });

  it('GIVEN "there are about 8000 of them" after the steps WHEN parsed THEN the leads are exported and it is said back as context', () => {
    const result = parsePrompt(
      "need a button: email everyone tagged newsletter the autumn issue, there's about 8000 of them",
    );
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(outlineOf(result.definition)).toStrictEqual({
      trigger: 'manual',
      steps: 'crm.exportLeads; forEach[email.send]',
    });
  });
});

describe('the twins: a device with no steps, a habit, a start beside a schedule, a name that limits', () => {
  it('GIVEN a device with nothing to do, a device in a sentence or a device named by its records WHEN parsed THEN it stays refused', () => {
    expect(
      notRefused([
        ['button - ', 'what starts'],
        ['the buy button on our site gets clicked - email me', 'what starts'],
        ['vip button: email them the offer', 'what starts'],
        ['a button on the contact form: email me the details', 'what starts'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a schedule said with the steps, then "I\'ll kick it off myself" WHEN parsed THEN no manual start is read', () => {
    expect(
      notRefused([
        [
          "every monday at 9 email all leads tagged vip the offer, I'll kick it off myself",
          "I'll kick it off",
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a button pressed on an occasion with a clock WHEN parsed THEN the schedule stays the trigger', () => {
    const result = parsePrompt('every morning at 8 I press a button and it emails the team');
    expect(result.ok && outlineOf(result.definition).trigger).toBe('cron(0 8 * * ? *)');
  });

  it('GIVEN "that" about the people after those found WHEN parsed THEN it is no message (left as it was)', () => {
    const said = (prompt: string) => {
      const result = parsePrompt(prompt);
      return result.ok ? outlineOf(result.definition).steps : result.problems.join('; ');
    };
    expect(said('when I run it manually, email all customers tagged vip that we met at the expo')).toContain(
      'that we met at the expo',
    );
  });
});

describe('a time zone only where its words could name one', () => {
  it('GIVEN "time" at the end of a message after a schedule WHEN parsed THEN no zone is claimed from the words before it', () => {
    expect(
      misread([
        [
          'every evening at 7 email each patient who has a physio session tmrw with a reminder of the time',
          'cron(0 19 * * ? *)',
          'calendar.find; forEach[email.send]',
        ],
        [
          'Saturday 5pm Sydney time email each member booked in the next 7 days with their class time',
          'cron(0 17 ? * SAT *) Australia/Sydney',
          'calendar.find; forEach[email.send]',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a name no table holds, said as a zone WHEN parsed THEN it is still refused by name', () => {
    expect(
      notRefused([
        ['every monday at 9 Knox time post a summary to slack', 'time zone "Knox"'],
        ['Every day at 8am Narnia time, post a summary to Slack', 'time zone "Narnia"'],
      ]),
    ).toStrictEqual([]);
  });
});

const HEADED: readonly Case[] = [
  [
    'every monday at 8am, for clients tagged gutter-clean that havent replied in 2 weeks, send a follow up',
    'cron(0 8 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "tuesdays 9am: patients tagged physio-plan who haven't replied in 10 days - add a note and send a follow up",
    'cron(0 9 ? * TUE *)',
    'crm.findLeads; forEach[crm.addNote; email.send]',
  ],
  [
    'every friday at 3, for members with status lost, send our comeback offer',
    'cron(0 15 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every monday at 7 every client with status lost gets tagged winback',
    'cron(0 7 ? * MON *)',
    'crm.findLeads; forEach[crm.updateLead]',
  ],
  [
    'on fridays at 5 each lead tagged webinar should get the replay link',
    'cron(0 17 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every monday at 9 email all families (tag: term-3) the newsletter',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

const NEXT_WEEK: readonly Case[] = [
  [
    'Friday 4pm: go through next weeks lessons and email each student a reminder',
    'cron(0 16 ? * FRI *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'every Sunday at 5pm, for each appointment next week, post the details in #front-desk',
    'cron(0 17 ? * SUN *)',
    'calendar.find; forEach[notify.slack]',
  ],
  [
    'every friday at 5 email every guest staying this week the pool times',
    'cron(0 17 ? * FRI *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'every sunday 7pm find the next 7 days of viewings and email each buyer a reminder',
    'cron(0 19 ? * SUN *)',
    'calendar.find; forEach[email.send]',
  ],
];

describe('every record of a kind, said as a heading, a bracket or the subject of what is done', () => {
  it('GIVEN plural records with a filter as the heading, in brackets or as the subject of a passive WHEN parsed THEN one find with that filter and the steps for each', () => {
    expect(misread(HEADED)).toStrictEqual([]);
  });

  it('GIVEN "for clients tagged x that havent replied in 2 weeks" WHEN parsed THEN the find filters on the tag and the silence', () => {
    const result = parsePrompt(
      'every monday at 8am, for leads tagged gutter-clean that havent replied in 2 weeks, send a follow up',
    );
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.definition.steps[0]).toMatchObject({
      action: 'crm.findLeads',
      input: { tag: 'gutter-clean', noReplyFor: 'P14D' },
    });
  });

  it("GIVEN next week's bookings, each booking next week or guests staying this week WHEN parsed THEN calendar.find for that window and the steps for each", () => {
    expect(misread(NEXT_WEEK)).toStrictEqual([]);
    const result = parsePrompt(
      "every sunday at 6 find next week's appointments and email each patient a reminder",
    );
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.definition.steps[0]).toMatchObject({
      action: 'calendar.find',
      input: { day: 'next-7-days' },
    });
  });

  it('GIVEN records with no filter, new records, or records that become so WHEN parsed THEN no find is read for every record', () => {
    const said = (prompt: string) => {
      const result = parsePrompt(prompt);
      return result.ok ? outlineOf(result.definition).trigger : 'refused';
    };
    expect(said('for new leads, send a welcome email')).toBe('lead.created');
    // after an event, records with a filter test the event's record, never every such record on each event
    expect(said('when a client books, for clients tagged vip, send a gift voucher')).toBe(
      'booking.created {"lead.tags":["vip"]}',
    );
    expect(said('when a new lead comes in, for leads tagged vip, notify Sam')).toBe(
      'lead.created {"lead.tags":["vip"]}',
    );
    expect(said('every lead that gets tagged vip gets a welcome email')).toBe(
      'lead.updated {"lead.tags":["vip"]}',
    );
    expect(
      notRefused([
        ['every monday at 9, for leads, send a follow up', 'for leads'],
        ['every monday at 9: leads tagged vip who reply get a thank you', 'who reply'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a possessive after "for" in what is sent WHEN parsed THEN it is no one told (refused, not a message to "Sam\'s")', () => {
    expect(
      notRefused([
        [
          "when I click the button, email all members with status customer the invite for Sam's drinks",
          "Sam's drinks",
        ],
      ]),
    ).toStrictEqual([]);
  });
});
