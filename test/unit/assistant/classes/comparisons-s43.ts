import type { Case } from '../table/case';

/**
 * Session 43 (a38), issue 16: comparisons a condition says in its own words (how late, any but one, a range said
 * with "up to"). Rows are [request, trigger, steps]; refusals are [request, what the refusal quotes].
 */

/**
 * An overdue invoice said with how late it is ("an overdue invoice is more than 30 days late", "an invoice is more
 * than a week overdue"): the invoice's overdue event, and the days it is overdue tested.
 */
export const DAYS_LATE_CLASS: readonly Case[] = [
  [
    'If an overdue invoice is more than 30 days late email the director (paul@okeeffestructural.ie), otherwise just send the normal reminder',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 30)[email.send]else[invoice.sendReminder]',
  ],
  [
    'When an invoice is more than a week overdue, notify the account manager; otherwise send the customer a reminder',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 7)[notify.team]else[invoice.sendReminder]',
  ],
  [
    'when an overdue bill is late by more than 14 days tell the practice manager',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 14)[notify.team]',
  ],
  [
    'when an invoice is overdue by more than a week tell Sam',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 7)[notify.team]',
  ],
];

/** Another event of an overdue invoice, or a span no count keeps (a month, a lead's age): refused, quoted. */
export const DAYS_LATE_REFUSED: readonly (readonly [string, string])[] = [
  ['when an overdue invoice is paid, tell Sam', 'is paid'],
  ['when an overdue invoice is more than a month late tell Sam', 'more than a month late'],
  ['when a new lead is more than a week old tell Sam', 'more than a week old'],
];

/** "anything other than referral", "anything but lost": the field is not that value. */
export const ANY_BUT_CLASS: readonly Case[] = [
  [
    'when a new lead comes in, if the source is anything other than referral tell Sam',
    'lead.created',
    'if(trigger.lead.source ne "referral")[notify.team]',
  ],
  [
    'when a lead is updated, if the status is anything but lost tell Sam',
    'lead.updated',
    'if(trigger.lead.status ne "lost")[notify.team]',
  ],
  [
    'when a new lead comes in, if they are anything other than qualified tell Sam',
    'lead.created',
    'if(trigger.lead.status ne "qualified")[notify.team]',
  ],
];

/** Any but several values (all of them not? any of them?): refused, quoted. */
export const ANY_BUT_REFUSED: readonly (readonly [string, string])[] = [
  ['when a new lead comes in, if the source is anything except referral or google tell Sam', 'or google'],
];

/** A range said with "up to" between its bounds ("£100 up to £499"): both bounds; "up to 5000" alone is the top. */
export const UP_TO_RANGE_CLASS: readonly Case[] = [
  [
    'when an invoice is paid, if the total is £100 up to £499 tell Sue',
    'invoice.paid',
    'if((trigger.invoice.totalCents gte 10000 and trigger.invoice.totalCents lte 49900))[notify.team]',
  ],
  [
    'when a new lead comes in with a budget of 5k up to 10k tell Sue',
    'lead.created',
    'if((trigger.lead.value gte 5000 and trigger.lead.value lte 10000))[notify.team]',
  ],
  [
    'when a new lead comes in, if the value is up to 5000 tell Sue',
    'lead.created',
    'if(trigger.lead.value lte 5000)[notify.team]',
  ],
];
