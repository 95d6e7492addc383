import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Issue #16 (session 41, a24): a booking called by the trade's own name, with its words before the noun ("a groom
 * appointment", "a video consultation", "their click & collect slot", "their in-store styling appt"), is every
 * booking, as the development sets' expected rows read them (no title test); from sets 22, 32 and 33 (groomers,
 * online shops, insurance agencies) and phrasings of the same classes.
 */

/** A time after the booking, or its end, with the trade's words before its noun. */
const AFTER_NAMED: readonly Case[] = [
  [
    '3 days after a groom appointment, email the owner asking for a review',
    'booking.created',
    'wait(until+P3D); email.send',
  ],
  [
    '2 days after a video consultation, email them our feedback survey',
    'booking.created',
    'wait(until+P2D); email.send',
  ],
  [
    'an hour after a video consultation ends send them the follow up email',
    'booking.created',
    'wait(until+PT1H); email.send',
  ],
  [
    '2 hours after a wine tasting finishes, email the guests a thank you',
    'booking.created',
    'wait(until+PT2H); email.send',
  ],
  ['After a client meeting finishes, email them a thank you', 'booking.created', 'wait(until); email.send'],
  ['when a client meeting ends, email them a thank you', 'booking.created', 'wait(until); email.send'],
  [
    'when the in-person consultation is over, email them the notes',
    'booking.created',
    'wait(until); email.send',
  ],
  [
    'after a boarding stay ends wait a day then email the owner a review link',
    'booking.created',
    'wait(until+P1D); email.send',
  ],
];

/** A time before the booking, with the trade's words before its noun, or said bare after the trigger's arrow. */
const BEFORE_NAMED: readonly Case[] = [
  [
    'email customers a reminder 24 hrs before their click & collect slot',
    'booking.created',
    'wait(until-PT24H); email.send',
  ],
  [
    'email customers a reminder 24 hours before their click n collect slot',
    'booking.created',
    'wait(until-PT24H); email.send',
  ],
  [
    'send the patient a reminder 2 days before their dental check-up',
    'booking.created',
    'wait(until-P2D); email.send',
  ],
  [
    'remind the client by email the day before their renewal meeting',
    'booking.created',
    'wait(until-P1D); email.send',
  ],
  [
    'renewal meeting booked -> remind the client by email 24hrs before',
    'booking.created',
    'wait(until-PT24H); email.send',
  ],
  ['test drive booked → email them 2 hours before', 'booking.created', 'wait(until-PT2H); email.send'],
];

/** Cancelling a booking whose name has a hyphenated word ("in-store", "on-site", "at-home"). */
const CANCELLED_NAMED: readonly Case[] = [
  [
    'when someone cancels their in-store styling appt, email them the link to rebook',
    'booking.cancelled',
    'email.send',
  ],
  ['when someone cancels their on-site consultation, tell Sam', 'booking.cancelled', 'notify.team'],
  ['when a guest cancels their at-home massage, email them', 'booking.cancelled', 'email.send'],
];

/** A day's pick-ups, drop-offs and click & collect bookings, as many records. */
const DAY_NAMED: readonly Case[] = [
  [
    'each morning at 8 email everyone with a pickup booked today a reminder',
    'cron(0 8 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'every evening at 6 email everyone with a drop-off tomorrow a reminder',
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    "7:30 every morning post today's click and collect bookings in #shop-floor",
    'cron(30 7 * * ? *)',
    'calendar.find; notify.slack',
  ],
];

/** Twins that must differ: after the booking is made the wait runs from the trigger. */
const MADE_TWINS: readonly Case[] = [
  ['2 days after a groom appointment is booked, email them', 'booking.created', 'wait(P2D); email.send'],
];

/**
 * Twins that stay refused, quoted: a word picking some bookings out (last, morning, missed, cancelled), the team's
 * own meetings, another record's name begun by a booking's word ("gym membership"), an invoice or a lead "booked".
 */
const REFUSED_TWINS = [
  ['3 days after the last class, email them', '3 days after the last class'],
  ['after the team meeting ends, post the notes in slack', 'after the team meeting ends'],
  ['2 days after a missed appointment, email them', '2 days after a missed appointment'],
  ['2 days after a cancelled appointment, email them', '2 days after a cancelled appointment'],
  ['when someone books a slot, wait until 2 days before their first class then email them', 'first class'],
  ['when someone cancels their gym membership, email them', 'gym membership'],
  ['when someone cancels their subscription, email them', 'subscription'],
  ['when an invoice is booked, email the accountant', 'when an invoice is booked'],
  ['when a lead is booked in, email them', 'when a lead is booked in'],
] as const;

/** A review asked of the workflow's person: an email asking for it, or what the one email already sent asks. */
const REVIEW_ASKED: readonly Case[] = [
  [
    'after checkout (when the stay ends) wait 1 day then ask for a review',
    'booking.created',
    'wait(until+P1D); email.send',
  ],
  ['when a booking ends, ask them for a google review', 'booking.created', 'wait(until); email.send'],
  ['when a booking ends, ask the guest for some feedback', 'booking.created', 'wait(until); email.send'],
  [
    "When a client books, wait till it's over then ask the client for feedback",
    'booking.created',
    'wait(until); email.send',
  ],
  [
    'when a repair invoice gets paid send them a thank you email and ask for a google review',
    'invoice.paid',
    'email.send',
  ],
  [
    'after a wedding finishes wait 2 days then email the couple a thank you and ask for a review',
    'booking.created',
    'wait(until+P2D); email.send',
  ],
  [
    'when a booking ends, notify the team and ask for a review',
    'booking.created',
    'wait(until); notify.team; email.send',
  ],
];
/** Twins: a colleague asked is told; a colleague by name asked for a review of something is refused, quoted. */
const REVIEW_TWINS: readonly Case[] = [
  ['when a booking ends, ask the manager for a review', 'booking.created', 'wait(until); notify.team'],
];
const REVIEW_REFUSED = [
  ['when a booking ends, ask Sam for a review of the notes', 'ask Sam for a review of the notes'],
  ['when a booking ends, send them the invoice and ask for a review', 'send them the invoice'],
] as const;

/**
 * Someone not yet a lead ("if they aren't in the CRM already", "we don't have them yet", "if they're new") beside
 * creating the lead: crm.createLead adds one only when none has their email, so no test; after an email come in it
 * is the trigger's own test of its sender (leadId), as the expected rows read it.
 */
const CREATED_IF_NEW: readonly Case[] = [
  [
    'whenever someone books a class and we dont have them yet, add them as a lead',
    'booking.created',
    'crm.createLead',
  ],
  [
    'When a booking comes in create a lead for the guest if they aren’t in the CRM already',
    'booking.created',
    'crm.createLead',
  ],
  [
    "when a guest books, create them in the CRM if they're not there and add a note with their stay dates",
    'booking.created',
    'crm.createLead; crm.addNote',
  ],
  ["when a booking comes in, if they're new, add them as a lead", 'booking.created', 'crm.createLead'],
  ["when a form is submitted, create a lead if they're new", 'form.submitted', 'crm.createLead'],
  [
    "when we get an email and they're not in the CRM yet, add them as a lead",
    'email.received',
    'if(trigger.leadId exists false)[crm.createLead]',
  ],
  [
    "when an email comes in, create a lead for them if they're not in the CRM yet",
    'email.received',
    'if(trigger.leadId exists false)[crm.createLead]',
  ],
];
/** Twins: the same words before any other step stay a test no record answers, refused, quoted. */
const NOT_ON_FILE_REFUSED = [
  [
    "when a booking comes in, if they're not in the CRM yet, send them the welcome email",
    "if they're not in the CRM yet",
  ],
  ["when a booking comes in, if we don't have them yet, tag them new", "if we don't have them yet"],
  ['2 days after a session booking, email them', '2 days after a session booking'],
] as const;

/** A guest checking out or in, said with "a", and the moment restated in brackets: the booking's end or start. */
const CHECKED_OUT: readonly Case[] = [
  [
    'When a guest checks out (stay ends), change their status to customer',
    'booking.created',
    'wait(until); crm.updateLead',
  ],
  [
    'after a guest checks out (booking ends), create the cleaning fee invoice for 85 EUR',
    'booking.created',
    'wait(until); invoice.create',
  ],
  ['When a guest checks in, email them the wifi code', 'booking.created', 'wait(until); email.send'],
];
/** Twins: a client leaving (the business?), checking out of something else, or a new guest, stay refused. */
const CHECKED_OUT_REFUSED = [
  ['When a client leaves, send them a goodbye survey', 'When a client leaves'],
  ['When a guest checks out of the app, email them', 'checks out of the app'],
  ['When a new guest checks out, email them', 'a new guest checks out'],
] as const;

/** A booking made as an action, its length said before the trade's words for it: [request, title's first word, minutes]. */
const BOOKED_WITH_LENGTH = [
  ['when a new lead comes in, book a 30 minute buyer consult in the next free slot', 'Meeting', 30],
  ['lead created: book a 45 min site visit for them and then email them the time', 'Site visit', 45],
  ['someone submits the tour request form: book a 30-min tour in the calendar', 'Tour', 30],
  ['Tax organizer form comes in: add them as a lead, book a 1 hr prep appointment', 'Meeting', 60],
  ['when a lead becomes qualified book a 45min tasting with them', 'Tasting', 45],
  ['when a new lead comes in, book a 2 hour viewing', 'Viewing', 120],
  ['when a new client signs up book a 15 min meet and greet', 'Meet-and-greet', 15],
  ['when a new lead comes in, book a 30 min design call', 'Call', 30],
] as const;

/** The booking calendar.schedule makes: its title's first words and its length, or what was read instead. */
const scheduled = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const step = result.definition.steps.find((s) => 'action' in s && s.action === 'calendar.schedule');
  const input = step && 'input' in step ? (step.input as { title?: string; durationMinutes?: number }) : {};
  return `${input.title?.replace(/ with .*$/, '')} ${input.durationMinutes}`;
};

describe('bookings in the trade’s own nouns (session 41)', () => {
  it('GIVEN a time after a booking or its end, the booking named with the trade’s words ("a groom appointment", "a video consultation", "a client meeting") WHEN parsed THEN a booking made, then the wait until that long after it ends', () => {
    expect(misread(AFTER_NAMED)).toStrictEqual([]);
  });

  it('GIVEN a time before a booking named with the trade’s words ("their click & collect slot", "their renewal meeting"), or "24hrs before" bare after "X booked ->" WHEN parsed THEN the wait until that long before it starts', () => {
    expect(misread(BEFORE_NAMED)).toStrictEqual([]);
  });

  it('GIVEN someone cancelling a booking named with a hyphenated word ("their in-store styling appt", "their on-site consultation") WHEN parsed THEN the booking cancelled', () => {
    expect(misread(CANCELLED_NAMED)).toStrictEqual([]);
  });

  it('GIVEN everyone with a pickup or drop-off on a day, or a day’s click and collect bookings WHEN parsed THEN that day’s bookings found', () => {
    expect(misread(DAY_NAMED)).toStrictEqual([]);
  });

  it('GIVEN a time after the named booking is booked WHEN parsed THEN the wait runs from the trigger, not the booking’s time', () => {
    expect(misread(MADE_TWINS)).toStrictEqual([]);
  });

  it('GIVEN a word picking some bookings out, the team’s own meeting, another record’s name or an invoice or lead "booked" WHEN parsed THEN refused, quoting it', () => {
    expect(notRefused(REFUSED_TWINS)).toStrictEqual([]);
  });

  it('GIVEN "ask (them / the guest) for a review" or "email them a thank you and ask for a google review" WHEN parsed THEN one email to the workflow’s person asking for it; a colleague asked is told, and an invoice sent is never that email', () => {
    expect(misread(REVIEW_ASKED)).toStrictEqual([]);
    expect(misread(REVIEW_TWINS)).toStrictEqual([]);
    expect(notRefused(REVIEW_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "if they aren’t in the CRM already" or "we don’t have them yet" beside creating the lead WHEN parsed THEN the lead created with no test (after an email, the test of its sender); before any other step it stays refused', () => {
    expect(misread(CREATED_IF_NEW)).toStrictEqual([]);
    expect(notRefused(NOT_ON_FILE_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "When a guest checks out (stay ends), …" or "a guest checks in" WHEN parsed THEN a booking made and the wait until it ends or starts; a client leaving or checking out of something else stays refused', () => {
    expect(misread(CHECKED_OUT)).toStrictEqual([]);
    expect(notRefused(CHECKED_OUT_REFUSED)).toStrictEqual([]);
  });

  it.each(BOOKED_WITH_LENGTH)(
    'GIVEN "%s" (a length before the trade’s words for the booking) WHEN parsed THEN calendar.schedule books a %s of %i minutes',
    (prompt, title, minutes) => {
      expect(scheduled(prompt)).toBe(`${title} ${minutes}`);
    },
  );
});
