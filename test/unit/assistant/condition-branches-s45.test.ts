import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Conditions and their other branch, as five trades would type them (session 45, issue 16): florists, bike shops,
 * music teachers, photographers, tattoo studios, plumbers and accountants. Each group is one meaning, said in
 * several trades' words; the twins have the same shape and must be refused.
 */

/** A record handed to a colleague by name ("give it to Sam", "route it to Mere"), the other colleague's verb left out. */
const HANDED_TO_NAME: readonly Case[] = [
  [
    'new order enquiry - if its tagged wedding send it to Priya, otherwise to Tom',
    'lead.created',
    'if(trigger.lead.tags contains "wedding")[notify.team]else[notify.team]',
  ],
  [
    'new booking - if the location is Fitzroy give it to Sam, else Jo',
    'booking.created',
    'if(trigger.booking.location eq "Fitzroy")[notify.team]else[notify.team]',
  ],
  [
    "new enquiry - if they're tagged coverup pass it to Fitz, otherwise to Ana",
    'lead.created',
    'if(trigger.lead.tags contains "coverup")[notify.team]else[notify.team]',
  ],
  [
    'new booking - if the location is Hamilton route it to Mere, else Tama',
    'booking.created',
    'if(trigger.booking.location eq "Hamilton")[notify.team]else[notify.team]',
  ],
  [
    'new lead comes in - if its tagged commercial send it to Emma, otherwise to Mark',
    'lead.created',
    'if(trigger.lead.tags contains "commercial")[notify.team]else[notify.team]',
  ],
  [
    'invoice overdue by more than 30 days goes to Rob, otherwise just send the customer a reminder',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]',
  ],
  [
    'new enquiry tagged wedding -> Priya. tagged corporate -> Tom',
    'lead.created',
    'if(trigger.lead.tags contains "wedding")[notify.team]else[if(trigger.lead.tags contains "corporate")[notify.team]]',
  ],
];

/** The other branch said of the records left ("under that", "anything smaller gets …", "smaller ones get …"). */
const OTHERS_SAID: readonly Case[] = [
  [
    "when an invoice goes overdue and it's over $300 send the reminder and give Kate a heads up. under that just the reminder",
    'invoice.overdue',
    'if(trigger.invoice.totalCents gt 30000)[invoice.sendReminder; notify.team]else[invoice.sendReminder]',
  ],
  [
    'overdue invoices over $800 - send the reminder and tell Paul. under that just the reminder',
    'invoice.overdue',
    'if(trigger.invoice.totalCents gt 80000)[invoice.sendReminder; notify.team]else[invoice.sendReminder]',
  ],
  [
    'new lead worth more than $4000 - tell Dana and email them the full price guide. anything smaller just gets the standard price guide email',
    'lead.created',
    'if(trigger.lead.value gt 4000)[notify.team; email.send]else[email.send]',
  ],
  [
    'new enquiry with a value of at least 2000 -> tag them premium and tell Sara. smaller ones just get the brochure email',
    'lead.created',
    'if(trigger.lead.value gte 2000)[crm.updateLead; notify.team]else[email.send]',
  ],
  [
    'new lead: if the company has Ltd in the name tag them business, everyone else gets the sole trader email',
    'lead.created',
    'if(trigger.lead.company contains "Ltd")[crm.updateLead]else[email.send]',
  ],
  [
    'waiver in -> if first tattoo is yes send the first timer guide, if no send the standard aftercare email',
    'form.submitted',
    'if(trigger.fields.first_tattoo eq "yes")[email.send]else[email.send]',
  ],
  [
    'new job enquiry worth over 1k -> tell Fitz, anything under goes to Ana',
    'lead.created',
    'if(trigger.lead.value gt 1000)[notify.team]else[notify.team]',
  ],
  [
    'deposit paid - over $300 → give Fitz a shout. anything less just the receipt email',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 30000)[notify.team]else[email.send]',
  ],
  [
    'for overdue invoices over $1,500 tell the owner, for smaller ones just send the reminder',
    'invoice.overdue',
    'if(trigger.invoice.totalCents gt 150000)[notify.team]else[invoice.sendReminder]',
  ],
  [
    'new lead worth over $3k (full sleeves, back pieces) - tell Fitz and email them the consult form. anything smaller gets the standard reply email',
    'lead.created',
    'if(trigger.lead.value gt 3000)[notify.team; email.send]else[email.send]',
  ],
];

/** A step said not to happen in a branch, the other branch's step or one done "instead": the branch's test said. */
const NOT_THIS_STEP: readonly Case[] = [
  [
    "cancelled appointments: if the reason mentions 'passed away' just add a note, DON'T send the rebook email. anything else send the rebook email",
    'booking.cancelled',
    'if(trigger.reason contains "passed away")[crm.addNote]else[email.send]',
  ],
  [
    "if a lead's company has council in the name dont send the welcome email, notify Raj instead. everyone else gets the welcome email",
    'lead.created',
    'if(trigger.lead.company contains "council")[notify.team]else[email.send]',
  ],
  [
    "new lead: if they're tagged staff don't send the welcome email, tell Sam instead",
    'lead.created {"lead.tags":["staff"]}',
    'notify.team',
  ],
];

/** What the event carries: an email's attachments, a cancellation's reason, the reminders sent, who wrote. */
const EVENT_CARRIES: readonly Case[] = [
  [
    "When a wedding email mentions 'marquee', tell Rosa",
    'email.received',
    'if(trigger.text contains "marquee")[notify.team]',
  ],
  [
    "if a new client email mentions 'HMRC' or 'audit', alert Dev, otherwise just log it",
    'email.received',
    'if((trigger.text contains "HMRC" or trigger.text contains "audit"))[notify.team]else[log]',
  ],
  [
    "when a customer replies and the email has attachments, add a note to their record 'photos received'",
    'email.received',
    'if(trigger.attachments.0 exists true)[crm.addNote]',
  ],
  [
    'emails to repairs@spokeshop.com: if it has attachments tell Ben, if not reply asking them for photos',
    'email.received {"to":["repairs@spokeshop.com"]}',
    'if(trigger.attachments.0 exists true)[notify.team]else[email.send]',
  ],
  [
    'when an email comes in with no attachments, reply asking them to attach their documents',
    'email.received',
    'if(trigger.attachments.0 exists false)[email.send]',
  ],
  [
    'job cancelled: if the reason mentions weather rebook it, otherwise just tell the office',
    'booking.cancelled',
    'if(trigger.reason contains "weather")[calendar.schedule]else[notify.team]',
  ],
  [
    "booking cancelled: if the reason mentions 'sick' just add a note",
    'booking.cancelled',
    'if(trigger.reason contains "sick")[crm.addNote]',
  ],
  [
    "when an invoice is paid, if we'd sent any reminders for it let Mia know",
    'invoice.paid',
    'if(trigger.invoice.reminderCount gt 0)[notify.team]',
  ],
  [
    'when a customer tagged trade emails us, ping Joel',
    'email.received {"lead.tags":["trade"]}',
    'notify.team',
  ],
];

/** The test said as what the record is, with its tag, place or count ("a coverup (tag coverup)", "at our X studio"). */
const RECORD_SAID: readonly Case[] = [
  [
    "new enquiry: if it's a coverup (tag coverup) ping Fitz, otherwise let Ana know",
    'lead.created',
    'if(trigger.lead.tags contains "coverup")[notify.team]else[notify.team]',
  ],
  [
    'new booking: if the guest has a dog (tag dog), email them the pet policy, otherwise send the standard welcome',
    'booking.created',
    'if(trigger.lead.tags contains "dog")[email.send]else[email.send]',
  ],
  [
    'someone books in at our Newtown studio: ping Jess, otherwise ping Ana',
    'booking.created',
    'if(trigger.booking.location eq "Newtown studio")[notify.team]else[notify.team]',
  ],
  [
    'when a deposit goes overdue and more than 2 reminders have gone out, tell the boss, otherwise send the reminder',
    'invoice.overdue',
    'if(trigger.invoice.reminderCount gt 2)[notify.team]else[invoice.sendReminder]',
  ],
  [
    'when an invoice goes overdue, if 3 or more reminders were sent tell Sam, otherwise send another reminder',
    'invoice.overdue',
    'if(trigger.invoice.reminderCount gte 3)[notify.team]else[invoice.sendReminder]',
  ],
  ['if a vip client emails us, give Ana a shout', 'email.received {"lead.tags":["vip"]}', 'notify.team'],
  [
    'when a client tagged vip books in, give Ana a heads up',
    'booking.created {"lead.tags":["vip"]}',
    'notify.team',
  ],
  [
    "deposit overdue and we've sent 2 reminders already? flag it to Ana. if not send another reminder",
    'invoice.overdue',
    'if(trigger.invoice.reminderCount gte 2)[notify.team]else[invoice.sendReminder]',
  ],
  [
    "intake form in -> if they're under 18 email them the parental consent form",
    'form.submitted',
    'if(trigger.fields.age lt 18)[email.send]',
  ],
  [
    'music camp signup form comes in - if the child is younger than 8 years old tell Kate, otherwise send the welcome pack email',
    'form.submitted',
    'if(trigger.fields.age lt 8)[notify.team]else[email.send]',
  ],
  [
    'when the intake form comes in and the client is under 18, send the parental consent email',
    'form.submitted',
    'if(trigger.fields.age lt 18)[email.send]',
  ],
  [
    "when the membership form is submitted and they're over 65, flag it to the coach",
    'form.submitted',
    'if(trigger.fields.age gt 65)[notify.team]',
  ],
  [
    'booking form submitted: if the size is over 10 tell Fitz, otherwise tell Ana',
    'form.submitted',
    'if(trigger.fields.size gt 10)[notify.team]else[notify.team]',
  ],
  [
    'waiver comes in -> if first tattoo is yes, send the first timer guide. if not just the normal confirmation',
    'form.submitted',
    'if(trigger.fields.first_tattoo eq "yes")[email.send]else[email.send]',
  ],
];

/** The test said inside the trigger's own words: a field it lacks, what it is worth, where it was, a quoted field. */
const TRIGGER_QUALIFIED: readonly Case[] = [
  [
    'new client with no phone number -> email them asking for one',
    'lead.created',
    'if(trigger.lead.phone exists false)[email.send]',
  ],
  [
    'new lead without a phone number: email them asking for one',
    'lead.created',
    'if(trigger.lead.phone exists false)[email.send]',
  ],
  [
    "when a new lead comes in and the project's worth over $20k, tell Mia",
    'lead.created',
    'if(trigger.lead.value gt 20000)[notify.team]',
  ],
  [
    'when a class is cancelled and it was in the Main Studio, let Ivy know',
    'booking.cancelled',
    'if(trigger.booking.location eq "Main Studio")[notify.team]',
  ],
  [
    "form submitted: if 'treatment' is whitening tell Dr Lee, if it's braces tell Dr Moss",
    'form.submitted',
    'if(trigger.fields.treatment eq "whitening")[notify.team]else[if(trigger.fields.treatment eq "braces")[notify.team]]',
  ],
];

/** Read since session 45 where earlier tests kept them refused (the test is read now, never dropped). */
const NOW_READ: readonly Case[] = [
  [
    'new enquiry with no phone number -> email them asking for a contact number',
    'lead.created',
    'if(trigger.lead.phone exists false)[email.send]',
  ],
  [
    'new enquiry with no phone number -> tell Sam in slack',
    'lead.created',
    'if(trigger.lead.phone exists false)[notify.team]',
  ],
  [
    'Morning! For overdue invoices over $500: send the reminder.',
    'invoice.overdue',
    'if(trigger.invoice.totalCents gt 50000)[invoice.sendReminder]',
  ],
  [
    'When an enquiry email mentions refund, notify Sophie',
    'email.received',
    'if(trigger.text contains "refund")[notify.team]',
  ],
  [
    'When an inquiry email mentions refund, post it in #support',
    'email.received',
    'if(trigger.text contains "refund")[notify.slack]',
  ],
  [
    'When an enquiry email mentions pricing or discount, tell the team',
    'email.received',
    'if((trigger.text contains "pricing" or trigger.text contains "discount"))[notify.team]',
  ],
];

/** The same shapes with a field no record has, a step no one can do, or a colleague's name missing: refused. */
const TWINS: readonly (readonly [request: string, quoted: string])[] = [
  ['new lead - if their shoe size is over 10 send it to Mark, otherwise to Emma', 'shoe size'],
  ['client cancels: if the weather is bad add a note to their file', 'the weather is bad'],
  ["when an invoice is paid, if we'd sent any flowers for it let Mia know", 'flowers'],
  ['new lead worth more than $4000 - tell Dana. under that just blorp the flurb', 'blorp the flurb'],
  ['emails to repairs@spokeshop.com: if it has wheels tell Ben', 'it has wheels'],
  ['overdue invoices over $500 - send the reminder. anything smaller just gets a hug', 'a hug'],
  ['new booking - if the location is Fitzroy give it a polish, else Jo', 'Jo'],
  [
    'new lead: if the company has Ltd in the name tag them business, everyone else gets sorted',
    'gets sorted',
  ],
  ['when a form is submitted, if it has attachments notify Zoe', 'it has attachments'],
  ['when a booking is cancelled by a guest tagged vip, notify the chef', 'tagged vip'],
  ['when a vip customer pays, tell Sam', 'vip customer'],
  ['when a client tagged vip cancels, tell Ana', 'tagged vip'],
  [
    'inquiry comes in - if the message mentions coverup, tag them coverup and tell Fitz',
    'the message mentions',
  ],
  ['when an urgent email mentions refund, tell Sophie', 'urgent email'],
  ['when a text message says stop, tell Sam', 'no SMS'],
  ['new lead with no shoe size -> email them', 'with no shoe size'],
  ['when a booking is cancelled and it was in March let Lou know', 'in March'],
];

describe('conditions and their other branch, said across trades (session 45, issue 16)', () => {
  it('GIVEN a record given, passed, routed or sent to a colleague by name in a branch WHEN parsed THEN that colleague told, the other branch too', () => {
    expect(misread(HANDED_TO_NAME)).toStrictEqual([]);
  });

  it('GIVEN the other branch said of the records left ("under that", "anything smaller gets", "everyone else gets") WHEN parsed THEN the else branch', () => {
    expect(misread(OTHERS_SAID)).toStrictEqual([]);
  });

  it('GIVEN a step said not to happen that the other branch does, or one done instead WHEN parsed THEN the test and its branches, no contradiction', () => {
    expect(misread(NOT_THIS_STEP)).toStrictEqual([]);
  });

  it("GIVEN a test of what the event carries (an email's attachments, a cancellation's reason, reminders sent, the writer's tag) WHEN parsed THEN that field tested", () => {
    expect(misread(EVENT_CARRIES)).toStrictEqual([]);
  });

  it('GIVEN the test said as what the record is (its tag in brackets, its place "at our …", a person\'s age, a form\'s size) or the reminders counted first WHEN parsed THEN that field tested', () => {
    expect(misread(RECORD_SAID)).toStrictEqual([]);
  });

  it("GIVEN the test inside the trigger's words (a field it lacks, what the job's worth, where it was, a quoted field said again as \"it's\") WHEN parsed THEN the test", () => {
    expect(misread(TRIGGER_QUALIFIED)).toStrictEqual([]);
  });

  it("GIVEN requests earlier sessions refused for want of a reader (a presence in the trigger's words, a heading's limit, an email by its kind) WHEN parsed THEN the test read", () => {
    expect(misread(NOW_READ)).toStrictEqual([]);
  });

  it('GIVEN the same shapes with a field no record has or a step nobody can do WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(TWINS)).toStrictEqual([]);
  });
});
