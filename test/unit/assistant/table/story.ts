import type { Case } from './case';

/**
 * The rule wrapped in its story (grammar/story.ts): openers about the talk before, who asked and when, plans for
 * later, statistics, the business said first, reasons, thanks with a name and labelled notes around one rule. Each
 * must be the rule's own workflow; the story is said back as ignored context.
 */
export const STORY: readonly Case[] = [
  [
    "Hi Priya, following up on Tuesday's call with Ravi. When a new lead comes in from the website form, post it in #sales. Thanks for picking this up!",
    // a lead that comes in from a form is the form's submission (session 27, h6), not a test of the lead's source
    'form.submitted',
    'notify.slack',
  ],
  [
    'Context: we get ~40 leads a week from the website. Requirement: when a new lead is added, send them our welcome email. Rationale: sales keeps forgetting to do it by hand.',
    'lead.created',
    'email.send',
  ],
  ['I own a hair salon. When a client cancels their booking, email me.', 'booking.cancelled', 'notify.team'],
  [
    "We have a real estate office in Toronto. Every Friday at 4pm, send me a summary of the week's new leads.",
    'cron(0 16 ? * FRI *) America/Toronto',
    'report.summarize; notify.team',
  ],
  [
    "When an invoice is paid, send the client a thank-you email (thanks Ravi for the idea!). I'll write the copy later.",
    'invoice.paid',
    'email.send',
  ],
  [
    'When a deal is marked won, notify the team in #wins. Let me know if Slack is fine.',
    'lead.updated {"changes.status.to":["customer"]}',
    'notify.slack',
  ],
  [
    "Last month we lost two deals because nobody followed up. If a lead doesn't reply within 3 days, remind the account owner.",
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[notify.team])',
  ],
  [
    'My business partner and I run a small bookkeeping firm. We send about 150 invoices a month. When an invoice becomes overdue, send the client a reminder.',
    'invoice.overdue',
    'invoice.sendReminder',
  ],
  [
    'As discussed with Anna last week: when a form is submitted, create a lead and notify the team. Anna will send you the wording separately.',
    'form.submitted',
    'crm.createLead; notify.team',
  ],
  [
    "We're a 6-person design studio. Could we notify the team when a new lead comes in?",
    'lead.created',
    'notify.team',
  ],
  [
    'Thank you Anna for looking into this. When a lead replies, add a note to the lead.',
    'email.received',
    'crm.addNote',
  ],
  [
    'Ravi asked for this on Monday. Whenever an invoice is paid, post it in #finance. Thanks Ravi!',
    'invoice.paid',
    'notify.slack',
  ],
];
