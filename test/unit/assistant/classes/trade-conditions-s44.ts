import type { Case } from '../table/case';

/**
 * Session 44 (a49), issue 16: conditions said in the trade's words, a test being a field of the trigger's record
 * said as the trade says it, a relation said as a verb, and a value. Rows are [request, trigger, steps]; refusals
 * are [request, what the refusal quotes].
 */

/** What a guest wrote on a booking: its notes, "description", "comments", "special requests" (booking.notes). */
export const BOOKING_NOTES_CLASS: readonly Case[] = [
  [
    'when a booking is made and the notes mention a wheelchair, tell the front desk',
    'booking.created',
    'if(trigger.booking.notes contains "wheelchair")[notify.team]',
  ],
  [
    'new appointment: if the notes say allergy, notify Dr Patel',
    'booking.created',
    'if(trigger.booking.notes contains "allergy")[notify.team]',
  ],
  [
    'when someone books a viewing and the comments mention parking, notify Sam',
    'booking.created',
    'if(trigger.booking.notes contains "parking")[notify.team]',
  ],
  [
    'when a booking comes in, if the special requests mention a cot, let housekeeping know',
    'booking.created',
    'if(trigger.booking.notes contains "cot")[notify.team]',
  ],
  [
    "when a booking is created, if the description includes 'anniversary' email the guest our champagne offer",
    'booking.created',
    'if(trigger.booking.notes contains "anniversary")[email.send]',
  ],
  [
    'when a booking is created, if the booking notes mention a dog, email them our pet policy',
    'booking.created',
    'if(trigger.booking.notes contains "dog")[email.send]',
  ],
  [
    "when a booking comes in and there's a dog in the notes, email them our pet policy",
    'booking.created',
    'if(trigger.booking.notes contains "dog")[email.send]',
  ],
  [
    "when a booking comes in and there's a cot mentioned in the special requests, tell housekeeping",
    'booking.created',
    'if(trigger.booking.notes contains "cot")[notify.team]',
  ],
  [
    "when a booking is made, if the notes have 'dog' in them email them our pet policy",
    'booking.created',
    'if(trigger.booking.notes contains "dog")[email.send]',
  ],
  [
    "when an email comes in and there's 'refund' in the subject, notify Sam",
    'email.received',
    'if(trigger.subject contains "refund")[notify.team]',
  ],
];

/** Notes of a record that keeps none, a number compared with text, an "or" with a tag: refused. */
export const BOOKING_NOTES_REFUSED: readonly (readonly [string, string])[] = [
  ['when a lead is created and the notes mention budget, notify Sam', 'the notes mention budget'],
  ['when an invoice is created, if the notes mention a dog, notify Sam', 'the notes mention a dog'],
  ['when a booking is created and the notes are over 5, notify Sam', 'trigger.booking.notes is text'],
  [
    "when a booking is created, if the notes mention a dog or they're tagged pet, notify Sam",
    "or they're tagged pet",
  ],
  ['when a booking is created, if the dog is friendly notify reception', 'the dog is friendly'],
  ["when a lead comes in and there's a dog in the notes, email them", 'dog'],
];

/**
 * Another word the same text test looks for, said right before the action ("says urgent or leak post it …", "or
 * asap"): each word tested, never the second dropped.
 */
export const WORD_OR_WORD_CLASS: readonly Case[] = [
  [
    'when an email is received, if the subject says urgent or leak post it in #emergencies, otherwise email Dale',
    'email.received',
    'if((trigger.subject contains "urgent" or trigger.subject contains "leak"))[notify.slack]else[notify.team]',
  ],
  [
    'when an email comes in, if it mentions refund or chargeback forward it to accounts@shop.com',
    'email.received',
    'if((trigger.text contains "refund" or trigger.text contains "chargeback"))[email.send]',
  ],
  [
    'when an email arrives, if the subject says urgent or asap notify Bob',
    'email.received',
    'if((trigger.subject contains "urgent" or trigger.subject contains "asap"))[notify.team]',
  ],
  [
    'when an email is received, if the subject contains urgent or asap, notify Bob',
    'email.received',
    'if((trigger.subject contains "urgent" or trigger.subject contains "asap"))[notify.team]',
  ],
  [
    'rego form comes in: if the team field says U7 or U8 send the mini rugby info email',
    'form.submitted',
    'if((trigger.fields.team eq "U7" or trigger.fields.team eq "U8"))[email.send]',
  ],
];

/** "asap" said of the action is still no test: the workflow acts as soon as it runs. */
export const ASAP_ACTION_CLASS: readonly Case[] = [
  ['when an email is received notify Bob asap', 'email.received', 'notify.team'],
];

/** Which form it is, by its name: "the form is called X", "the form name is X", "it's called X" (form.submitted's form). */
export const FORM_NAME_CLASS: readonly Case[] = [
  [
    'when a form is submitted, if the form is called equine-callout notify Dr Byrne, otherwise notify reception',
    'form.submitted',
    'if(trigger.form eq "equine-callout")[notify.team]else[notify.team]',
  ],
  [
    "when a form comes in, if the form name is 'Puppy Class' notify Jess, otherwise notify reception",
    'form.submitted',
    'if(trigger.form eq "Puppy Class")[notify.team]else[notify.team]',
  ],
  [
    "when a form is submitted, if the form's called 'Trial Lesson' email the coach at coach@club.com",
    'form.submitted {"form":["Trial Lesson"]}',
    'email.send',
  ],
  [
    "when a form is submitted, if it's called trial-lesson email the coach at coach@club.com",
    'form.submitted {"form":["trial-lesson"]}',
    'email.send',
  ],
  [
    "when a form is submitted, if the form's name isn't equine-callout notify reception",
    'form.submitted',
    'if(trigger.form ne "equine-callout")[notify.team]',
  ],
  [
    "insurance claim form submitted (the form's called 'claim') → save the details to a file, email the client to confirm we got it, let Maria know",
    'form.submitted {"form":["claim"]}',
    'files.create; email.send; notify.team',
  ],
];

/**
 * A form's answer said bare by its question's label ("if species is rabbit", "course level is beginner") or by what
 * they answered ("they answered yes to dinner", "ticked yes for parking"): the form's field of that name.
 */
export const FORM_ANSWER_SAID_CLASS: readonly Case[] = [
  [
    'new client form: if species is rabbit or guinea pig send it to Dr Chen, otherwise to reception',
    'form.submitted',
    'if((trigger.fields.species eq "rabbit" or trigger.fields.species eq "guinea pig"))[notify.team]else[notify.team]',
  ],
  [
    'when a form is submitted, if breed is labrador notify Jess',
    'form.submitted',
    'if(trigger.fields.breed eq "labrador")[notify.team]',
  ],
  [
    'when a form is submitted, if course level is beginner email beginners@school.com, otherwise email office@school.com',
    'form.submitted',
    'if(trigger.fields.course_level eq "beginner")[email.send]else[email.send]',
  ],
  [
    'when a form is submitted, if they answered yes to dinner email kitchen@thegables.co.nz',
    'form.submitted',
    'if(trigger.fields.dinner eq "yes")[email.send]',
  ],
  [
    'when a form is submitted, if they ticked yes for parking email facilities@venue.com',
    'form.submitted',
    'if(trigger.fields.parking eq "yes")[email.send]',
  ],
];

/** A thing of theirs said with its article, a question too long to be a field's name, a label on a booking: refused. */
export const FORM_ANSWER_SAID_REFUSED: readonly (readonly [string, string])[] = [
  ['when a form is submitted, if the horse is lame notify the vet', 'the horse is lame'],
  ['when a form is submitted, if it is urgent email coach@club.com', 'it is urgent'],
  [
    'when a form is submitted, if they answered yes to the question about whether they have had surgery in the last year notify the vet',
    'answered yes to the question',
  ],
  ['when a booking is created, if species is rabbit notify reception', 'species is rabbit'],
];

/**
 * Attachments of an inbound email: ingest always sends the list (empty when there are none), so `attachments exists
 * true` would hold for every email (presence-said-s39.ts); since session 45 the FIRST attachment is tested
 * (`attachments.0`), which is there only when one came. A "(… etc)" of examples is dropped.
 */
export const ATTACHMENTS_INBOUND_CLASS: readonly Case[] = [
  [
    'when an email is received, if it has attachments notify Zoe, otherwise reply asking them to attach their documents',
    'email.received',
    'if(trigger.attachments.0 exists true)[notify.team]else[email.send]',
  ],
  [
    'when a client replies and the email has attachments (payslips, bank statements etc), tell Zoe',
    'email.received',
    'if(trigger.attachments.0 exists true)[notify.team]',
  ],
  [
    'when an email is received and it comes with attachments, notify Zoe',
    'email.received',
    'if(trigger.attachments.0 exists true)[notify.team]',
  ],
];

/** Attachments of a record that has none (a form, a booking, a lead): refused. */
export const ATTACHMENTS_REFUSED: readonly (readonly [string, string])[] = [
  ['when a form is submitted, if it has attachments notify Zoe', 'it has attachments'],
  ['when a booking is created, if it has attachments notify Sam', 'it has attachments'],
  ['when a lead is created, if it has attachments notify Zoe', 'it has attachments'],
];

/**
 * Reminders sent for an invoice with no number: "we'd sent any reminders for it", "any reminders went out", "it had
 * reminders" (reminderCount gt 0); "no reminders were sent", "we never sent a reminder" (eq 0).
 */
export const ANY_REMINDER_CLASS: readonly Case[] = [
  [
    "when an invoice is paid, if we'd sent any reminders for it notify Gemma",
    'invoice.paid',
    'if(trigger.invoice.reminderCount gt 0)[notify.team]',
  ],
  [
    'when an invoice is paid, if any reminders went out let Gemma know',
    'invoice.paid',
    'if(trigger.invoice.reminderCount gt 0)[notify.team]',
  ],
  [
    'when an invoice is paid and it had reminders, thank them for paying',
    'invoice.paid',
    'if(trigger.invoice.reminderCount gt 0)[email.send]',
  ],
  [
    'when an invoice is paid, if no reminders were sent, add a note',
    'invoice.paid',
    'if(trigger.invoice.reminderCount eq 0)[crm.addNote]',
  ],
  [
    "when an invoice is overdue, if we've already sent a reminder notify Gemma, otherwise send a reminder",
    'invoice.overdue',
    'if(trigger.invoice.reminderCount gt 0)[notify.team]else[invoice.sendReminder]',
  ],
  [
    "when an invoice is paid, if we've sent 2 or more reminders notify Gemma",
    'invoice.paid',
    'if(trigger.invoice.reminderCount gte 2)[notify.team]',
  ],
];

/** Reminders of a lead, or "we chased it" (maybe a call, no reminder sent): refused. */
export const ANY_REMINDER_REFUSED: readonly (readonly [string, string])[] = [
  ['when a lead is created, if we sent any reminders, notify Gemma', 'we sent any reminders'],
  ['when an invoice is paid, if we chased it notify Gemma', 'we chased it'],
];

/**
 * The person a booking or an email is from or for, in the trade's word, and their tag: "from a guest tagged vip",
 * "for a patient tagged anxious", "the tenant is tagged guarantor" (the lead's tags).
 */
export const PERSON_TAGGED_CLASS: readonly Case[] = [
  [
    'when a booking comes in from a guest tagged vip let chef know so he can do the welcome platter',
    'booking.created {"lead.tags":["vip"]}',
    'notify.team',
  ],
  [
    'when an appointment is booked for a patient tagged anxious, email Dr Lee',
    'booking.created {"lead.tags":["anxious"]}',
    'notify.team',
  ],
  [
    "when a booking is made for someone who's tagged wheelchair, notify the front desk",
    'booking.created {"lead.tags":["wheelchair"]}',
    'notify.team',
  ],
  [
    'when a booking comes in from a guest not tagged vip, notify the chef',
    'booking.created',
    'if(not trigger.lead.tags contains "vip")[notify.team]',
  ],
  [
    'when a booking is created, if the guest is tagged vip, notify the chef',
    'booking.created {"lead.tags":["vip"]}',
    'notify.team',
  ],
  [
    'when a lead is created and the tenant is tagged guarantor, notify Becky',
    'lead.created {"lead.tags":["guarantor"]}',
    'notify.team',
  ],
  [
    'when an email comes in from a client tagged vip, notify Sam',
    'email.received {"lead.tags":["vip"]}',
    'notify.team',
  ],
];

/** A tag of a person no record of the event carries (a cancellation, an invoice): refused. */
export const PERSON_TAGGED_REFUSED: readonly (readonly [string, string])[] = [
  ['when a booking is cancelled by a guest tagged vip, notify the chef', 'tagged vip'],
  ['when an invoice is paid by a client tagged vip, notify Sam', 'by a client tagged vip'],
  ['when an invoice is created and the client is tagged vip, notify Becky', 'the client is tagged vip'],
  ['when a form is submitted, if today is Monday tell Ben', 'today is Monday'],
  ['When the Tally form for VIP clients is submitted, create a lead', 'for VIP clients is submitted'],
];

/** The test on the trigger's noun ended by a dash or an arrow before the action ("worth more than $5000 - tell …"). */
export const DASHED_TEST_CLASS: readonly Case[] = [
  [
    'new lead worth more than $5000 - tell Francesca and email them the group brochure',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team; email.send]',
  ],
  [
    'new enquiry worth more than £10k - tell Sam',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]',
  ],
  [
    'new invoice over $2,000 - tell Lucia',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 200000)[notify.team]',
  ],
  [
    'new booking from a guest tagged vip -> let chef know',
    'booking.created {"lead.tags":["vip"]}',
    'notify.team',
  ],
];

/** A dash with nothing to do after it: refused, quoted. */
export const DASHED_TEST_REFUSED: readonly (readonly [string, string])[] = [
  ['new lead worth more than $5000 - and tell Sam', 'worth more than $5000 -'],
];

/** A currency said as what the invoice is not in ("it's not in EUR", "it isn't in euros"): the currency, not that one. */
export const NOT_IN_CURRENCY_CLASS: readonly Case[] = [
  [
    "when an invoice is paid and it's not in EUR, notify Lucia",
    'invoice.paid',
    'if(trigger.invoice.currency ne "EUR")[notify.team]',
  ],
  [
    "when an invoice is created, if it isn't in euros tell Lucia, otherwise tell Marco",
    'invoice.created',
    'if(trigger.invoice.currency ne "EUR")[notify.team]else[notify.team]',
  ],
  [
    "when an invoice is created, if the invoice wasn't raised in GBP tell Lucia",
    'invoice.created',
    'if(trigger.invoice.currency ne "GBP")[notify.team]',
  ],
  [
    "When an invoice is created and the currency isn't EUR, notify Lucia",
    'invoice.created',
    'if(trigger.invoice.currency ne "EUR")[notify.team]',
  ],
];

/** The currency of a lead (no record keeps one): refused. */
export const NOT_IN_CURRENCY_REFUSED: readonly (readonly [string, string])[] = [
  ["when a lead is created and it's not in EUR, notify Lucia", 'currency is not EUR'],
];
