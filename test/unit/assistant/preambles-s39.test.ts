import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 39 (issue #16, development set 28): a greeting before a heading that names the records ("Morning! For
 * overdue invoices can we do this: …") reads as the heading does alone; the wish around it ("can we do this",
 * "please set up for …") is out first.
 */

/** A greeting, then a "For <state> <records>" heading with or without a wish, then the steps. */
const GREETED_HEADINGS: readonly Case[] = [
  [
    'Morning! For overdue invoices can we do this: send the reminder straight away, wait 5 days, then send another reminder and let Pieter know so he can phone them if needs be. Cheers',
    'invoice.overdue',
    'invoice.sendReminder; wait(P5D); invoice.sendReminder; notify.team',
  ],
  [
    'Hi team! For overdue invoices: send the reminder, wait 3 days, then post in #billing.',
    'invoice.overdue',
    'invoice.sendReminder; wait(P3D); notify.slack',
  ],
  [
    'Good morning, for cancelled bookings: email them and tag them lapsed.',
    'booking.cancelled',
    'email.send; crm.updateLead',
  ],
  [
    'Hello! For overdue invoices could you please do this: send the reminder and add a note.',
    'invoice.overdue',
    'invoice.sendReminder; crm.addNote',
  ],
  [
    'Hi! For cancelled bookings please do this: email them a rebooking link.',
    'booking.cancelled',
    'email.send',
  ],
  ['Hi team! For overdue bills: send the reminder.', 'invoice.overdue', 'invoice.sendReminder'],
];

/** The same headings with the wish and no greeting: read as before the greeting was allowed. */
const UNGREETED_HEADINGS: readonly Case[] = [
  [
    'For overdue invoices can we do this: send the reminder straight away, wait 5 days, then send another reminder.',
    'invoice.overdue',
    'invoice.sendReminder; wait(P5D); invoice.sendReminder',
  ],
  [
    'For paid invoices we need to: send a thank you email and add a note.',
    'invoice.paid',
    'email.send; crm.addNote',
  ],
];

/** "Please set up for <records>: …": the wish said before the heading. */
const SET_UP_FOR: readonly Case[] = [
  [
    'Please set up for overdue invoices: first send the reminder, then add a note on the client so we have a record, then book a follow up call with them in the calendar.',
    'invoice.overdue',
    'invoice.sendReminder; crm.addNote; calendar.schedule',
  ],
  [
    'Can you set this up for cancelled bookings: email them a rebooking link.',
    'booking.cancelled',
    'email.send',
  ],
  [
    'Please set up for new leads: send the welcome email, wait 2 days, then tag them warm.',
    'lead.created',
    'email.send; wait(P2D); crm.updateLead',
  ],
];

/** A greeting does not make a heading's limit or an unread test pass: [request, quoted]. */
const GREETED_LIMITS: readonly (readonly [string, string])[] = [
  ['Morning! For overdue invoices from Acme: send the reminder.', 'from Acme'],
  // ("Morning! For overdue invoices over $500: …" is read since session 45: condition-branches-s45.test.ts)
  ['Hi! For VIP leads: send the welcome email.', 'For VIP leads'],
  [
    'Morning! For overdue invoices can we do this: send the reminder, but only on weekdays.',
    'only on weekdays',
  ],
];

describe('a greeting before a heading (session 39)', () => {
  it('GIVEN a greeting before a "For <state> <records>" heading WHEN parsed THEN the heading is the trigger', () => {
    expect(misread(GREETED_HEADINGS)).toStrictEqual([]);
  });

  it('GIVEN the heading with its wish and no greeting WHEN parsed THEN the heading is the trigger', () => {
    expect(misread(UNGREETED_HEADINGS)).toStrictEqual([]);
  });

  it('GIVEN "please set up for <records>:" WHEN parsed THEN the heading is the trigger', () => {
    expect(misread(SET_UP_FOR)).toStrictEqual([]);
  });

  it('GIVEN a greeting or a wish before a heading with a limit or a filter WHEN parsed THEN it is refused, quoting it', () => {
    expect(notRefused(GREETED_LIMITS)).toStrictEqual([]);
  });
});
