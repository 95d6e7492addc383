import type { Case } from '../table/case';

/**
 * Session 41 (a26), issue 16: conditions of development sets 29–34 said as routing, skipping and checks. Rows are
 * [request, trigger, steps]; refusals are [request, what the refusal quotes].
 */

/**
 * A currency by its code ("in CAD", "its in NZD", "raised in AUD"), tested on the invoice; after the event's verb
 * with no comma ("paid in CAD tell Chloe") the currency ends before the action.
 */
export const CURRENCY_CODE_CLASS: readonly Case[] = [
  [
    'invoice paid - if its in NZD send the NZ thank you email, otherwise send the Aussie one',
    'invoice.paid',
    'if(trigger.invoice.currency eq "NZD")[email.send]else[email.send]',
  ],
  [
    "when an invoice is paid, if it's in CAD tell Chloe",
    'invoice.paid',
    'if(trigger.invoice.currency eq "CAD")[notify.team]',
  ],
  [
    'when an invoice is sent, if the invoice was raised in AUD tell Bruce, otherwise tell Kylie',
    'invoice.created',
    'if(trigger.invoice.currency eq "AUD")[notify.team]else[notify.team]',
  ],
  [
    "new invoice: if it's in ZAR tell Thabo",
    'invoice.created',
    'if(trigger.invoice.currency eq "ZAR")[notify.team]',
  ],
  [
    'when an invoice is paid in CAD tell Chloe',
    'invoice.paid',
    'if(trigger.invoice.currency eq "CAD")[notify.team]',
  ],
  [
    'when an invoice is paid in NZD send them the NZ thank you email',
    'invoice.paid',
    'if(trigger.invoice.currency eq "NZD")[email.send]',
  ],
  [
    'when an invoice is created in usd notify finance',
    'invoice.created',
    'if(trigger.invoice.currency eq "USD")[notify.team]',
  ],
  ['when an invoice is paid in full tell Chloe', 'invoice.paid', 'notify.team'],
];

/** A currency said of a record that has none, or a place that is no currency: refused, quoted. */
export const CURRENCY_CODE_REFUSED: readonly (readonly [string, string])[] = [
  ["when a new lead comes in, if it's in CAD tell Chloe", 'currency is CAD'],
  ["when an invoice is paid, if it's in a folder tell Chloe", "if it's in a folder"],
  ['when a new lead is created in cad tell Chloe', 'in cad'],
];

/**
 * Why a colleague is told, after their name and a comma ("she handles the canadian account", "they look after the
 * trade accounts"): a reason, not a step, left out.
 */
export const WHO_HANDLES_CLASS: readonly Case[] = [
  [
    'when an invoice is paid in CAD tell Chloe, she handles the canadian account',
    'invoice.paid',
    'if(trigger.invoice.currency eq "CAD")[notify.team]',
  ],
  ['when a new lead comes in tell Chloe, she deals with new leads', 'lead.created', 'notify.team'],
  [
    "when a new lead comes in, if they're tagged vip tell Chloe, she handles vip leads, otherwise tell Tom",
    'lead.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[notify.team]',
  ],
  [
    'when a new booking comes in, tell Priya, she looks after the Leeds studio',
    'booking.created',
    'notify.team',
  ],
];

/** What the colleague will do, a step in it, or more than a few words: refused, quoted. */
export const WHO_HANDLES_REFUSED: readonly (readonly [string, string])[] = [
  ["when a new lead comes in tell Chloe, she'll call them", "she'll call them"],
  ['when a new lead comes in tell Chloe, she handles it and marks them contacted', 'marks them contacted'],
  ['when a new lead comes in tell Chloe, she sends them the brochure', 'she sends them the brochure'],
  ['when a new lead comes in tell chloe, she handles the big accounts', 'she handles the big accounts'],
];

/**
 * "a reply email arrives", "reply email received", "we get a reply email": the email received, never an email sent
 * (development set 34 read "reply" as the verb and sent one).
 */
export const REPLY_EMAIL_CLASS: readonly Case[] = [
  ['reply email arrives -> mark them contacted', 'email.received', 'crm.updateLead'],
  ['when a reply email arrives, mark them contacted', 'email.received', 'crm.updateLead'],
  ['reply email comes in -> mark them contacted', 'email.received', 'crm.updateLead'],
  ['reply email received -> mark them contacted', 'email.received', 'crm.updateLead'],
  ['when we get a reply email, mark them contacted', 'email.received', 'crm.updateLead'],
  ['when a new lead comes in, send them a reply email', 'lead.created', 'email.send'],
];

export const REPLY_EMAIL_REFUSED: readonly (readonly [string, string])[] = [
  ['when we send a reply email, mark them contacted', 'when we send a reply email'],
];

/**
 * Records routed to a colleague by a test, with another branch after ("leads tagged commercial go to Tom, everything
 * else to Rachel", "more than 30 days late goes to Mark, otherwise …"): the test, Tom told, the other branch read.
 */
export const GOES_TO_CLASS: readonly Case[] = [
  [
    'incoming leads tagged commercial go to Tom, everything else to Rachel',
    'lead.created',
    'if(trigger.lead.tags contains "commercial")[notify.team]else[notify.team]',
  ],
  [
    'new leads tagged commercial go to Tom, the rest go to Rachel',
    'lead.created',
    'if(trigger.lead.tags contains "commercial")[notify.team]else[notify.team]',
  ],
  [
    'new leads from google go to Tom, everything else to Rachel',
    'lead.created',
    'if(trigger.lead.source eq "google")[notify.team]else[notify.team]',
  ],
  [
    'overdue invoices - more than 30 days late goes to Mark (owner), otherwise send the customer a reminder',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]',
  ],
  [
    'new invoices over $5,000 go to Priya, the rest to Sam',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 500000)[notify.team]else[notify.team]',
  ],
];

/**
 * "…: tell Tom, the rest to Rachel": the other branch, never taken for who Tom is ("Tom, the rest to Rachel" was
 * read as "Tom, our accountant" and Rachel's branch dropped without a word).
 */
export const REST_TO_CLASS: readonly Case[] = [
  [
    'leads from google: send it to Tom, the rest to Rachel',
    'lead.created',
    'if(trigger.lead.source eq "google")[notify.team]else[notify.team]',
  ],
  [
    'leads from google: tell Tom, the rest to Rachel',
    'lead.created',
    'if(trigger.lead.source eq "google")[notify.team]else[notify.team]',
  ],
  [
    'when a new lead comes in, if the source is google send it to Tom, others to Rachel',
    'lead.created',
    'if(trigger.lead.source eq "google")[notify.team]else[notify.team]',
  ],
  ['when a new lead comes in, tell Tom, our accountant', 'lead.created', 'notify.team'],
];

/** "… go straight to Victor, everyone else gets the standard welcome email": the others' message is the other branch. */
export const GOES_TO_OTHERS_GET_CLASS: readonly Case[] = [
  [
    'Rule: new leads of 25k or more go straight to Victor, everyone else gets the standard welcome email.',
    'lead.created',
    'if(trigger.lead.value gte 25000)[notify.team]else[email.send]',
  ],
  [
    'new leads over 25k go to Victor, the rest get the standard welcome email',
    'lead.created',
    'if(trigger.lead.value gt 25000)[notify.team]else[email.send]',
  ],
  [
    'new leads tagged vip go directly to Victor, everyone else receives our welcome email',
    'lead.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
  // refused until session 45, when "everything else gets …" joined "everyone else gets …" (branch-words.ts)
  [
    'new leads tagged commercial go to Tom, everything else get the welcome email',
    'lead.created',
    'if(trigger.lead.tags contains "commercial")[notify.team]else[email.send]',
  ],
];

/** No other branch, a team instead of a name, or a step for the others: refused, quoted. */
export const GOES_TO_REFUSED: readonly (readonly [string, string])[] = [
  ['new leads tagged commercial go to Tom', 'go to Tom'],
  ['new leads tagged commercial go to the sales team, everything else to Rachel', 'go to the sales team'],
  // ("new leads from TikTok get the new-client offer email, everyone else gets …" is read since session 43, as set 18
  // expects: branch-shapes-s43.test.ts)
];

/**
 * "the message mentions wholesale" on a form submitted: the form's message field ("if the message contains wholesale
 * email sales@…" dropped the test and sent two emails: silent WRONG); on an email received, its text as before.
 */
export const FORM_MESSAGE_CLASS: readonly Case[] = [
  [
    'when the contact form is submitted, if the message contains wholesale email sales@harborandhive.com',
    'form.submitted',
    'if(trigger.fields.message contains "wholesale")[email.send]',
  ],
  [
    'when the contact form is submitted: if the message mentions wholesale forward it to sales@harborandhive.com, else send them the auto reply',
    'form.submitted',
    'if(trigger.fields.message contains "wholesale")[email.send]else[email.send]',
  ],
  [
    'contact form: if the message mentions wholesale tell Sam',
    'form.submitted',
    'if(trigger.fields.message contains "wholesale")[notify.team]',
  ],
  [
    "contact form: if the 'message' field mentions wholesale tell Sam",
    'form.submitted',
    'if(trigger.fields.message contains "wholesale")[notify.team]',
  ],
  [
    'when an email arrives, if the message mentions wholesale tell Sam',
    'email.received',
    'if(trigger.text contains "wholesale")[notify.team]',
  ],
];

/** A lead has no message: refused, quoted. */
export const FORM_MESSAGE_REFUSED: readonly (readonly [string, string])[] = [
  ['when a new lead comes in, if the message mentions wholesale tell Sam', 'mentions wholesale'],
];

/**
 * A field absent or present, said before an arrow ("no email on the booking -> message Ellie. has an email -> send
 * …"), and "if there's an email …" (the "there's" was dropped: "if an email send them …" lost the test and sent two
 * emails, silent WRONG): the presence tested, the second arrow the other branch.
 */
export const PRESENCE_ARROW_CLASS: readonly Case[] = [
  [
    'when someone books a slot: no email on the booking -> message Ellie. has an email -> send them the prep checklist',
    'booking.created',
    'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]',
  ],
  [
    'new lead: no phone number -> email them asking for one. has a phone -> book a call',
    'lead.created',
    'if(trigger.lead.phone exists false)[email.send]else[calendar.schedule]',
  ],
  [
    'new booking: no email address -> tell Ellie',
    'booking.created',
    'if(trigger.booking.attendeeEmail exists false)[notify.team]',
  ],
  [
    'new booking: with an email -> send them the checklist',
    'booking.created',
    'if(trigger.booking.attendeeEmail exists true)[email.send]',
  ],
  [
    "when someone books a slot, if there's an email send them the prep checklist",
    'booking.created',
    'if(trigger.booking.attendeeEmail exists true)[email.send]',
  ],
  [
    "when someone books a slot, if there's an email address send them the prep checklist",
    'booking.created',
    'if(trigger.booking.attendeeEmail exists true)[email.send]',
  ],
  [
    "when someone books a slot: if there's no email on the booking -> message Ellie. if there's an email -> send them the prep checklist",
    'booking.created',
    'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]',
  ],
];

/** An email that arrives is an event, not a field ("if there's an email from a client"): never a presence test. */
export const PRESENCE_ARROW_OTHER: readonly Case[] = [
  ["if there's a new lead, tell Sam", 'lead.created', 'notify.team'],
];

/** Bare words with no field said, and an email that arrives from someone: refused or read as before, never a presence. */
export const PRESENCE_ARROW_REFUSED: readonly (readonly [string, string])[] = [
  ["if there's an email from a client, tell Sam", 'an email from a client'],
  // ("new enquiry with no phone number -> …" is read since session 45, as set 29 expects: condition-branches-s45)
];

/**
 * Records skipped by a field said, the step for everyone else ("skip the walk-ins (source walk-in), everyone else
 * gets the welcome email"), and "only send X if …": the step under the test.
 */
export const SKIP_CLASS: readonly Case[] = [
  [
    'new lead — skip the walk-ins (source walk-in), everyone else gets the welcome email',
    'lead.created',
    'if(trigger.lead.source ne "walk-in")[email.send]',
  ],
  [
    'new lead: skip leads from walk-in, everyone else gets the welcome email',
    'lead.created',
    'if(trigger.lead.source ne "walk-in")[email.send]',
  ],
  [
    'new lead - skip anyone tagged staff, the rest get the welcome email',
    'lead.created',
    'if(not trigger.lead.tags contains "staff")[email.send]',
  ],
  [
    'new lead: skip anyone already tagged customer, everyone else: send the welcome email',
    'lead.created',
    'if(not trigger.lead.tags contains "customer")[email.send]',
  ],
  [
    "new lead: only send the welcome email if they're not already a customer",
    'lead.created',
    'if(trigger.lead.status ne "customer")[email.send]',
  ],
  [
    "when a new lead comes in, only send the welcome email if they're not already a customer",
    'lead.created',
    'if(trigger.lead.status ne "customer")[email.send]',
  ],
  [
    'new lead: only email them if the value is over 500',
    'lead.created',
    'if(trigger.lead.value gt 500)[email.send]',
  ],
];

/** A skip with no field said, or "only" with no test: refused, quoted. */
export const SKIP_REFUSED: readonly (readonly [string, string])[] = [
  ['new lead: skip walk-ins, everyone else gets the welcome email', 'skip walk-ins'],
  ['new lead: only send the welcome email', 'only send the welcome email'],
  ["new lead: we only send the welcome email if they're tagged vip", 'we only send the welcome email'],
];
