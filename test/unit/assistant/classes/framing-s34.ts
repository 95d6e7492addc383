import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 34 (h1): the rule asked for inside a question, a request to us, a heading or a "should" (class 2 of fresh
 * sets 31/32, told as a class): "Is it possible for the system to …?", "Looking for a way to …", "Wondering if we can
 * …", "Could we have the system …", "For intake forms we need to: 1. … 2. …", "New leads should be flagged to Sam.".
 * The frame is framing; the rule inside it is read as usual. Its twins ask about the system, or name no event: refused.
 */

/** Frames that ask for what follows them, said with the verb of the first step ({} = the rule, verb first). */
const FRAMES = [
  'Is it possible for the system to {}?',
  'Is it possible for Dynaris to {}?',
  'Would it be possible for the tool to {}?',
  'Would it be possible for you to {}?',
  'Is there a way for the system to {}?',
  'Is there any way we could {}?',
  'Looking for a way to {}.',
  "I'm looking for a way to {}.",
  'We are searching for a simple way to {}.',
  'Need a way to {}.',
  'We need an easy way to {}.',
  'Trying to figure out how to {}.',
  "I'm trying to work out how we can {}.",
  'Wondering if we can {}.',
  'I was wondering if you could {}.',
  "Just wondering whether it's possible to {}.",
  'Do you think we could {}?',
  'Could we have the system {}?',
  'Can we have the app {}?',
  'Would love it if we could {}.',
  'Any way to {}?',
  'Hoping to get the system to {}.',
  "We're hoping to {}.",
  'Hoping we can {}.',
  'How do I get the system to {}?',
  'Is it doable to {}?',
  'Can this thing {}?',
];

/** [rule said verb first, trigger, steps]. */
const RULES = [
  ['email the client when a booking is cancelled', 'booking.cancelled', 'email.send'],
  ['notify Sam whenever an invoice is overdue', 'invoice.overdue', 'notify.team'],
  ['post in #billing as soon as an invoice is paid', 'invoice.paid', 'notify.slack'],
  [
    'create a lead and email them every time a form is submitted',
    'form.submitted',
    'crm.createLead; email.send',
  ],
] as const;

/** frame × rule × typed or lower case. */
export const ASKED_FRAME_CLASS: readonly Case[] = FRAMES.flatMap((frame) =>
  RULES.flatMap(([rule, trigger, steps]) => {
    const p = frame.replace('{}', rule);
    return [p, p.toLowerCase()].map((q): Case => [q, trigger, steps]);
  }),
);

/** Wishes whose frame names who gets what ("What I'd love is for new leads to get …", "Could I get an email …"). */
export const WISH_FRAME_CLASS: readonly Case[] = [
  ["What I'd love is for new leads to get a welcome email.", 'lead.created', 'email.send'],
  ["It'd be good to have new leads emailed a welcome note.", 'lead.created', 'email.send'],
  ['Can we make new leads get a welcome email?', 'lead.created', 'email.send'],
  ['Could I get an email whenever a form is submitted?', 'form.submitted', 'notify.team'],
  ['Can I get a ping in #growth every time a new lead comes in?', 'lead.created', 'notify.slack'],
  ['Any way to get a Slack ping in #sales when a form is submitted?', 'form.submitted', 'notify.slack'],
  ['The dream would be: when a booking is cancelled, email the client.', 'booking.cancelled', 'email.send'],
  [
    'Can you set up something so that when a new lead comes in, Sam gets notified?',
    'lead.created',
    'notify.team',
  ],
  [
    'Is it possible to have a reminder sent when an invoice is overdue?',
    'invoice.overdue',
    'invoice.sendReminder',
  ],
];

/** "<records> should be flagged to <someone>": when they come to be, tell them. */
const FLAGGED_RECORDS = [
  ['New leads', 'lead.created'],
  ['New bookings', 'booking.created'],
  ['Cancelled bookings', 'booking.cancelled'],
  ['Overdue invoices', 'invoice.overdue'],
  ['Paid invoices', 'invoice.paid'],
] as const;
const FLAGGED_TO = [
  ['should be flagged to Sam', 'notify.team'],
  ['should be flagged to #ops', 'notify.slack'],
  ['must be flagged to the office manager', 'notify.team'],
] as const;

/** records (capitalised or not) × recipient. */
export const FLAGGED_CLASS: readonly Case[] = FLAGGED_RECORDS.flatMap(([records, trigger]) =>
  FLAGGED_TO.flatMap(([said, steps]) =>
    [records, records.toLowerCase()].map((r): Case => [`${r} ${said}.`, trigger, steps]),
  ),
);

/** "For <records> we need to: 1. … 2. …": a heading naming the records, the wish, then the steps. */
const HEADINGS = [
  ['For new leads', 'lead.created', 'email.send; notify.team'],
  ['For intake forms', 'form.submitted', 'crm.createLead; email.send; notify.team'],
  ['For new form submissions', 'form.submitted', 'crm.createLead; email.send; notify.team'],
  ['For every new booking', 'booking.created', 'crm.createLead; email.send; notify.team'],
] as const;
const WISHES = ['we need to:', 'we want to:', "we'd like to:", 'we need to', 'I need to:', 'we have to:'];
const STEP_LISTS = [
  '1. create a lead 2. email them 3. notify Sam',
  'create a lead, email them and notify Sam.',
];

/** heading × wish × list. */
export const HEADING_CLASS: readonly Case[] = HEADINGS.flatMap(([heading, trigger, steps]) =>
  WISHES.flatMap((wish) => STEP_LISTS.map((list): Case => [`${heading} ${wish} ${list}`, trigger, steps])),
);

/** The twins: the same frames around a question about the system, or around records that never happen: refused. */
export const ASKED_FRAME_REFUSED: readonly Refusal[] = [
  ...[
    'Is it possible for the system to {}?',
    'Looking for a way to {}.',
    'Wondering if we can {}.',
    'Do you think we could {}?',
    'Is there any way we could {}?',
    'Could we have the system {}?',
  ].flatMap((frame) =>
    ['email people', 'export our leads', 'see who opened our emails'].map(
      (q): Refusal => [frame.replace('{}', q), ''],
    ),
  ),
  ['Can the system email people?', 'reads as a question about what the system does'],
  ['What happens when a lead comes in?', 'reads as a question about what the system does'],
  ['How does the system handle overdue invoices?', 'reads as a question about what the system does'],
  ['Big invoices should be flagged to Sam.', ''],
  ['Leads should be flagged to Sam.', ''],
  ['For VIP clients we need to: 1. email them 2. notify Sam', ''],
];
