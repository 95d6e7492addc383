import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 43 (a42), issue 16: a look-up verb + what is looked up + "knowledge base/FAQ/wiki/docs" is a knowledge
 * search FOR those words (they had been dropped: the search read the trigger instead), then the send; "the best
 * match", "the top result" is what it found; "whoever is attending" a booking is its attendee; a look-up of two
 * things joined by "+" in an arrow chain is one search.
 */

/** [case, the search's query]. */
const LOOKUPS: readonly (readonly [Case, string])[] = [
  [
    [
      'When a site visit is booked, find our site safety guidance in the knowledge base and send it to whoever is attending',
      'booking.created',
      'knowledge.search; email.send',
    ],
    'our site safety guidance',
  ],
  [
    [
      'when a booking is made, find our parking info in the wiki and email it to them',
      'booking.created',
      'knowledge.search; email.send',
    ],
    'our parking info',
  ],
  [
    [
      'when a new lead comes in, look up our price list in the FAQ and send it to them',
      'lead.created',
      'knowledge.search; email.send',
    ],
    'our price list',
  ],
  [
    [
      'every monday at 7am look up "holiday timetable" in the knowledge base and send it to the front desk team',
      'cron(0 7 ? * MON *)',
      'knowledge.search; notify.team',
    ],
    'holiday timetable',
  ],
  [
    [
      'when a lead emails in look their question up in the FAQ knowledge base and post the best match to #enquiries so whoever is on can reply',
      'email.received',
      'knowledge.search; notify.slack',
    ],
    '{{trigger.subject}} {{trigger.text}}',
  ],
  [
    [
      'when a client emails in, search our knowledge base for whatever the subject is and send Anil the best match',
      'email.received',
      'knowledge.search; notify.team',
    ],
    '{{trigger.subject}} {{trigger.text}}',
  ],
  [
    [
      'when a client emails in, search the help centre for their question and send me the top result',
      'email.received',
      'knowledge.search; notify.team',
    ],
    '{{trigger.subject}} {{trigger.text}}',
  ],
];

const SENT: readonly Case[] = [
  [
    'trial booked -> grab the parking + what to bring info from our knowledge base -> email to the student',
    'booking.created',
    'knowledge.search; email.send',
  ],
  [
    'when a job is booked, get the site induction notes from our knowledge base and send them to whoever is booked in',
    'booking.created',
    'knowledge.search; email.send',
  ],
  ['when a booking is made, email whoever is attending a confirmation', 'booking.created', 'email.send'],
  [
    'when someone fills in the contact form, look their question up in our docs and email them the best match',
    'form.submitted',
    'knowledge.search; email.send',
  ],
];

describe('knowledge base look-ups (session 43)', () => {
  it('GIVEN a look-up verb, what is looked up and where the answers are kept WHEN parsed THEN a search for those words, then the send', () => {
    expect(misread(LOOKUPS.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], query] of LOOKUPS) {
      const result = parsePrompt(prompt);
      const step = result.ok ? result.definition.steps[0] : undefined;
      expect(step && 'input' in step ? step.input : undefined).toStrictEqual({ query });
    }
  });

  it("GIVEN the best match sent, a booking's attendee said as whoever is attending, or two things looked up with + WHEN parsed THEN the search and the message", () => {
    expect(misread(SENT)).toStrictEqual([]);
  });

  it('GIVEN a one-off question, a look-up with nowhere to look or whoever is booked on a day WHEN parsed THEN refused', () => {
    expect(
      notRefused([
        ['look up our fee scale in the knowledge base', 'could not find what starts the workflow'],
        ['every monday look up our opening hours', 'look up our opening hours'],
        ['every day at 9 email whoever is booked tomorrow a reminder', 'no person or record'],
        // the search's words never run on into the next step
        [
          'when I run it with a topic, it searches the knowledge base for the topic and emails the results to that address',
          'that address',
        ],
      ]),
    ).toStrictEqual([]);
  });
});
