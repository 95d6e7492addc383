import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 45 (a57), issue 16: words that must not derail the clauses around them. MEANING: what a message says, a
 * person named by a word that is also a verb or a month, a remark after a comma on how it is done today and a name in
 * brackets for the time, amount or tag just said are none of trigger, condition or step; anything that could choose
 * records is still read or refused. Rows in five trades' words (tattoo studio, bike shop, florist, driving school,
 * piano tuner), none of them a development row.
 */

/** What the message says, after a dash or as its object: an offer, words to the reader. */
const CONTENT: readonly Case[] = [
  [
    'when a client books in, send them a quick email - thanks for booking, see you soon, bring your ID',
    'booking.created',
    'email.send',
  ],
  [
    'when a lesson is cancelled send the pupil a short email - sorry we missed you, heres 10% off if you rebook this month',
    'booking.cancelled',
    'email.send',
  ],
  ['new enquiry -> email them 15% off their first service (code SPIN15)', 'lead.created', 'email.send'],
  [
    'when a wedding booking is cancelled send them 10% off their next bouquet',
    'booking.cancelled',
    'email.send',
  ],
  [
    'new customer in the crm → welcome email with the 10% off first tune coupon',
    'lead.created',
    'email.send',
  ],
  [
    'when an invoice is paid email them a thank you: cheers for the payment, any questions give us a bell',
    'invoice.paid',
    'email.send',
  ],
  ['new piercing booking -> message Kai: new client locked in', 'booking.created', 'notify.team'],
  ['when a lesson is booked ask them for their licence number', 'booking.created', 'email.send'],
  ['new enquiry -> ask them for a photo of the piano', 'lead.created', 'email.send'],
  ['when a lesson is cancelled tell Jo the slot is free', 'booking.cancelled', 'notify.team'],
  ['when a tuning is booked email them a reminder, see you soon!', 'booking.created', 'email.send'],
];

/** A person named by a word that is also a verb or a month: "let Mark know", "let May know", "pass it to Mark". */
const PEOPLE: readonly Case[] = [
  ['when someone books a piercing, let Mark know on slack', 'booking.created', 'notify.team'],
  ['when a new lead comes in mark them as contacted', 'lead.created', 'crm.updateLead'],
  ['new lead -> let May know', 'lead.created', 'notify.team'],
  ['when a service booking is cancelled, let June know', 'booking.cancelled', 'notify.team'],
  ['when a bike repair invoice is paid send it to Mark', 'invoice.paid', 'notify.team'],
  [
    'new service booking -> confirmation email, then a heads up to Ana',
    'booking.created',
    'email.send; notify.team',
  ],
  [
    'new lesson booking -> confirmation email + heads up to Rosa',
    'booking.created',
    'email.send; notify.team',
  ],
  [
    'when a lead is marked as qualified, let Mark know on slack so he can price it up',
    'lead.updated {"changes.status.to":["qualified"]}',
    'notify.team',
  ],
];

/** How it is done today, after a comma: said back, never a step or a refusal. */
const TODAY: readonly Case[] = [
  [
    'every monday at 8am email all our customers the newsletter, I have been doing it by hand in outlook',
    'cron(0 8 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'when a lesson is booked send the pupil a confirmation email, we do this by hand now',
    'booking.created',
    'email.send',
  ],
  ['when a bike repair invoice is paid email them a receipt. danke!', 'invoice.paid', 'email.send'],
  [
    'when a tuning invoice is paid send a thank you email, currently doing this manually in gmail',
    'invoice.paid',
    'email.send',
  ],
];

/** A name in brackets for the time, amount or tag just said. */
const LABELS: readonly Case[] = [
  [
    'every day at 09:00 and 17:00 (shift change) post a summary to #workshop',
    'cron(0 9,17 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    'if a new lead is worth more than £800 (full sleeve) notify the head artist, otherwise send them the price list email',
    'lead.created',
    'if(trigger.lead.value gt 800)[notify.team]else[email.send]',
  ],
  [
    'if a customer gets tagged "wheel-build" (custom job) alert the head mechanic',
    'lead.updated {"lead.tags":["wheel-build"]}',
    'notify.team',
  ],
  [
    'once a pupil is marked qualified (theory passed) let Mark know',
    'lead.updated {"changes.status.to":["qualified"]}',
    'notify.team',
  ],
];

/** The step asked as a question right after the trigger: "… can it go in #desk-team", "… could reception get an email". */
const ASKED: readonly Case[] = [
  ['if a piercing is cancelled can it go in #desk-team', 'booking.cancelled', 'notify.slack'],
  ['whenever a pupil books a lesson could reception get an email please', 'booking.created', 'notify.team'],
  ['when someone books a tuning can Mark get a slack', 'booking.created', 'notify.team'],
  [
    'can u set it up so that when a bike service is booked the team gets a slack',
    'booking.created',
    'notify.slack',
  ],
];

/** Twins: the same shapes where the words choose records, who or when: read or refused, never dropped. */
const TWINS: readonly (readonly [request: string, quoted: string])[] = [
  ['when a booking is made (only the ones from google) email the team', 'only the ones from google'],
  ['new lead, only the ones from instagram -> notify the team on slack', 'only the ones from instagram'],
  ['when a lead comes in (instagram leads) notify the team', 'instagram leads'],
  ['every monday at 9 (before opening) email the team a summary', 'before opening'],
  [
    'when a lesson is cancelled send them a short email - sorry we missed you, only if they are a vip',
    'I did not understand',
  ],
  ['new lead -> email them 15% off their first service if they are from facebook', '15% off'],
  ['when a bouquet order comes in, only the big ones, let Mark know', 'only the big ones'],
  ['new booking -> message Kai: only the vip ones', 'only the vip ones'],
  ['new booking -> message Kai: tomorrow at 9', 'tomorrow at 9'],
  ['once a lead is marked qualified (deposit paid) let Tom know', 'deposit paid'],
  ['new booking -> confirmation email + heads up to Rosa on #shop', 'heads up to Rosa'],
  ['when a booking is made could the vip clients get an email', 'vip'],
  ['when an invoice is overdue ask them for the money', 'ask them for the money'],
  ['when a lesson is cancelled tell Jo the slot is free tomorrow', 'the slot is free tomorrow'],
  ['when a lesson is cancelled tell Jo the ones that are unpaid', 'the ones'],
  ['when a lesson is booked ask them for their licence number only if they are new', 'I did not understand'],
];

describe('words that must not derail the clauses around them (session 45)', () => {
  it('GIVEN what a message says after a dash, a colon or as its object ("- sorry we missed you, heres 10% off if you rebook", "email them 15% off …", "message Kai: new client locked in", "ask them for their licence number", "tell Jo the slot is free") WHEN parsed THEN the message, nothing else', () => {
    expect(misread(CONTENT)).toStrictEqual([]);
  });

  it('GIVEN a person named by a word that is also a verb or a month ("let Mark know", "let May know") or after a heads-up ("then a heads up to Ana") WHEN parsed THEN a message to the team', () => {
    expect(misread(PEOPLE)).toStrictEqual([]);
  });

  it('GIVEN how it is done today after a comma ("…, we do this by hand now") WHEN parsed THEN the rule alone', () => {
    expect(misread(TODAY)).toStrictEqual([]);
  });

  it('GIVEN a plain name in brackets for the time, amount, tag or status just said ("(shift change)", "(full sleeve)", "(theory passed)") WHEN parsed THEN the rule alone', () => {
    expect(misread(LABELS)).toStrictEqual([]);
  });

  it('GIVEN the step asked as a question right after the trigger ("… can it go in #desk-team", "… could reception get an email please", "can u set it up so that …") WHEN parsed THEN that step', () => {
    expect(misread(ASKED)).toStrictEqual([]);
  });

  it('GIVEN the same shapes with words that choose records, who or when ("only the ones from google", "(instagram leads)", "(before opening)") WHEN parsed THEN refused, quoting them', () => {
    expect(notRefused(TWINS)).toStrictEqual([]);
  });
});
