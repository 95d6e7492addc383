import type { Case } from '../table/case';

/**
 * Session 44 (a44), issue 16: a record's event read from its noun and its verb. The meaning, "what a trade calls the
 * money an invoice asks for + a payment's verb", is read from its parts: the noun (rent, the deposit, school fees, the
 * bond, an instalment: every invoice of that business), the verb's meaning (paid, settled, comes in, clears: the
 * invoice paid; goes overdue, is late, is missed: overdue), and the shape around them ("when …,", "… ->", "once …:",
 * a question as a header). Rows are [request, trigger, steps].
 */

/** What trades call the money, with whether the verb after it is singular. */
const MONEY = [
  ['rent', true],
  ['the deposit', true],
  ['the balance', true],
  ['school fees', false],
  ['an instalment', true],
  ['the bond', true],
  ['membership subs', false],
  ['the service charge', true],
  ['tuition', true],
  ["a tenant's rent", true],
  ["the guest's deposit", true],
  ['the retainer', true],
] as const;

const OVERDUE = [
  (one: boolean) => (one ? 'goes overdue' : 'go overdue'),
  (one: boolean) => (one ? 'is late' : 'are late'),
  (one: boolean) => (one ? 'falls past due' : 'fall past due'),
  (one: boolean) => (one ? 'gets missed' : 'get missed'),
] as const;
const PAID = [
  (one: boolean) => (one ? 'gets paid' : 'get paid'),
  (one: boolean) => (one ? 'is settled' : 'are settled'),
  (one: boolean) => (one ? 'comes in' : 'come in'),
  (one: boolean) => (one ? 'clears' : 'clear'),
  (one: boolean) => (one ? 'is received' : 'are received'),
] as const;

/** Where the event stands in the request. */
const SHAPES = [
  (e: string, a: string) => `when ${e}, ${a}`,
  (e: string, a: string) => `${e} -> ${a}`,
  (e: string, a: string) => `whenever ${e} ${a}`,
  (e: string, a: string) => `once ${e}: ${a}`,
  (e: string, a: string) => `${e}? ${a}`,
  (e: string, a: string) => `${a} when ${e}`,
] as const;

const ACTIONS = [
  ['tell Sandra', 'notify.team'],
  ['post it in #accounts', 'notify.slack'],
] as const;

const rows = (verbs: readonly ((one: boolean) => string)[], trigger: string): Case[] =>
  MONEY.flatMap(([noun, one], i) =>
    verbs.map((verb, j) => {
      const shape = SHAPES[(i + j) % SHAPES.length] ?? SHAPES[0];
      const [action, step] = ACTIONS[(i + 2 * j) % ACTIONS.length] ?? ACTIONS[0];
      return [shape(`${noun} ${verb(one)}`, action), trigger, step] as const;
    }),
  );

export const MONEY_OVERDUE_CLASS: readonly Case[] = rows(OVERDUE, 'invoice.overdue');
export const MONEY_PAID_CLASS: readonly Case[] = rows(PAID, 'invoice.paid');

/** The same with what the trade does next, as writers of sets 41–43 said it. */
export const MONEY_SAID_CLASS: readonly Case[] = [
  ['deposit goes overdue = send the guest the payment reminder', 'invoice.overdue', 'invoice.sendReminder'],
  ['tuition goes overdue → send the parent a reminder', 'invoice.overdue', 'invoice.sendReminder'],
  ['membership fee goes overdue -> email the member a reminder', 'invoice.overdue', 'invoice.sendReminder'],
  ['when school fees are paid, email the parent a receipt', 'invoice.paid', 'email.send'],
  ['balance settled → email the customer a thank you', 'invoice.paid', 'email.send'],
  ['the deposit lands in our account → email the guest', 'invoice.paid', 'email.send'],
  ["once the deposit's paid, tell the team on slack", 'invoice.paid', 'notify.slack'],
  ['premium overdue → remind the policyholder', 'invoice.overdue', 'invoice.sendReminder'],
];

/**
 * Near misses, refused (quoting what must be said): a money noun with no event verb, a verb that is no payment's
 * ("goes up", "is raised": more rent), "goes overdue" of a thing that is not money (a van's service, a library book,
 * a task, a vaccination), a word that picks some of them out, two records in one trigger.
 */
export const MONEY_TWINS_REFUSED: readonly (readonly [string, string])[] = [
  ['rent is important, tell Sandra', 'rent is important'],
  ['when rent goes up, tell Sandra', 'when rent goes up'],
  ['when rent is raised tell Sandra', 'what starts the workflow'],
  ['when the van goes overdue for a service, tell Dave', 'the van goes overdue'],
  ['when a library book goes overdue tell Sam', 'what starts the workflow'],
  ['when a task goes overdue tell Sam', 'what starts the workflow'],
  ['when a vaccination goes overdue tell Sam', 'what starts the workflow'],
  ['when the final balance is paid tell Sam', 'final balance'],
  ['when the deposit goes overdue and the booking is cancelled, tell Sandra', 'the booking is cancelled'],
  ['rent is due on the 1st - tell Sandra', 'rent is due'],
  ['when a stripe payment comes thru: tell Sam', 'what starts the workflow'],
];

/** A record's participle contracted ("a form's submitted") with the action right after it, no comma: the event. */
export const CONTRACTED_CLASS: readonly Case[] = [
  ["when a form's submitted tell Fran", 'form.submitted', 'notify.team'],
  ["once a booking's cancelled email the client", 'booking.cancelled', 'email.send'],
  ["when an invoice's paid thank the client", 'invoice.paid', 'email.send'],
  ["when a lead's added send them the welcome email", 'lead.created', 'email.send'],
  ["whenever a reservation's confirmed post it in #front-desk", 'booking.created', 'notify.slack'],
  ["when a waiver's submitted tell the coach", 'form.submitted', 'notify.team'],
];

/** Someone added under the trade's noun for them ("as a new guest", "as a member"): a new lead. */
export const ADDED_AS_CLASS: readonly Case[] = [
  [
    "When someone is added as a new guest in the system send them our 'Welcome' email",
    'lead.created',
    'email.send',
  ],
  ['when someone gets added as a member, email them the joining pack', 'lead.created', 'email.send'],
  ['when a contact is created as a patient in the system tell reception', 'lead.created', 'notify.team'],
  ['when someone is added to the system as a new pupil, tell Paul', 'lead.created', 'notify.team'],
  ['whenever somebody is entered as a tenant, post it in #lettings', 'lead.created', 'notify.slack'],
  ['once a person is added as a volunteer: tell Sue', 'lead.created', 'notify.team'],
];

/** What a trade books, booked "for a …" (any one), as a question or a header: the booking made. */
export const BOOKED_FOR_CLASS: readonly Case[] = [
  ['Viewing booked for a property? email the applicant a confirmation', 'booking.created', 'email.send'],
  ['Lesson booked for a child? tell the coach', 'booking.created', 'notify.team'],
  ['appointment made for a new patient? post it in #front-desk', 'booking.created', 'notify.slack'],
  [
    'inspection booked for a flat -> tell the landlord liaison team on slack',
    'booking.created',
    'notify.slack',
  ],
];

/** What a trade books, put where bookings are kept ("goes in the diary", "is put on the calendar"): the booking made. */
export const DIARY_CLASS: readonly Case[] = [
  ['appointment goes in the diary -> email the client a confirmation', 'booking.created', 'email.send'],
  ['when an appointment is put in the diary email the client', 'booking.created', 'email.send'],
  ['a job gets put on the calendar → tell Dave', 'booking.created', 'notify.team'],
  ['when a session is added to the calendar email the client', 'booking.created', 'email.send'],
  ['when a new booking pops up in the diary tell the team on slack', 'booking.created', 'notify.slack'],
];

/** A thing people send, coming through a channel named with its page ("through the website form"): the form's. */
export const COMES_THROUGH_CLASS: readonly Case[] = [
  ['quote request comes through the website form -> tell Sam', 'form.submitted', 'notify.team'],
  ['quote requests come through the website form -> tell Sam', 'form.submitted', 'notify.team'],
  ['refill request comes through the form → tell the pharmacist', 'form.submitted', 'notify.team'],
  ['warranty claims come through by email → tell Sam', 'email.received', 'notify.team'],
];

/** Something waiting for approval or sign-off, said with "'s" or "sitting": an approval requested. */
export const AWAITING_CLASS: readonly Case[] = [
  ["whenever something's waiting for sign off post it in #management", 'approval.requested', 'notify.slack'],
  [
    "whenever something's sitting waiting for approval let Sandra know by email",
    'approval.requested',
    'notify.team',
  ],
  ["when anything's awaiting sign-off tell Sandra", 'approval.requested', 'notify.team'],
  ["something's pending approval → post it in #managers", 'approval.requested', 'notify.slack'],
];

/** Two person's nouns and no determiner, said as a header: a new lead (a tag said is its filter). */
export const BARE_COMPOUND_CLASS: readonly Case[] = [
  [
    "student applicant added (tag student) - look up 'guarantor requirements' in the KB and email it to them",
    'lead.created {"lead.tags":["student"]}',
    'knowledge.search; email.send',
  ],
  ['student applicant added -> email them the guide', 'lead.created', 'email.send'],
  ['patient family signs up -> email them the forms', 'lead.created', 'email.send'],
  ['tenant applicant added → email them the checklist', 'lead.created', 'email.send'],
  // a verb before the people is the action, never a kind of them (table row)
  ['Thank customers who pay their invoice', 'invoice.paid', 'email.send'],
];

/** A person pays what the trade calls the money, or enquires; the event said before "can you …". */
export const PERSON_MONEY_CLASS: readonly Case[] = [
  ['when a parent pays their term fees email a receipt', 'invoice.paid', 'email.send'],
  ['when a parent pays the deposit email a receipt', 'invoice.paid', 'email.send'],
  ['when a tenant pays their rent tell Sandra', 'invoice.paid', 'notify.team'],
  ['once a pupil pays the trip balance, post it in #office', 'invoice.paid', 'notify.slack'],
  ['when a whanau pays their deposit invoice can you let Aroha know', 'invoice.paid', 'notify.team'],
  ['when rent goes overdue can you send the tenant a reminder', 'invoice.overdue', 'invoice.sendReminder'],
  ['when a form is submitted could you tell Fran', 'form.submitted', 'notify.team'],
  ['when a new couple enquires could you email them the brochure', 'lead.created', 'email.send'],
  ['when someone makes an enquiry, email them the brochure', 'lead.created', 'email.send'],
];

/** Near misses of the shapes above, refused. */
export const SHAPES_TWINS_REFUSED: readonly (readonly [string, string])[] = [
  // a status, not a noun for the person: the lead's status is read elsewhere, never guessed here
  ['when someone is added as a customer email them', 'what starts the workflow'],
  ['When a booking is made for a repeat customer, notify the front desk', 'for a repeat customer'],
  ['When a customer pays their final invoice, notify the team', 'final invoice'],
  ['whenever a failed payment comes through, tell Tom', 'what starts the workflow'],
  ['when someone is added as a new guest to the spreadsheet tell Sue', 'spreadsheet'],
  ["when something's approved tell Sandra", 'what starts the workflow'],
  ['when a reminder is added to the calendar tell Sam', 'what starts the workflow'],
  ['when an invoice goes in the diary tell Sam', 'what starts the workflow'],
  ['quote request comes through -> tell Sam', 'what starts the workflow'],
  // a word that picks some payments out, and what they enquire about (no record keeps it)
  ['once a member pays the final balance tell Sam', 'what starts the workflow'],
  ['when a customer enquires about a refund tell Sam', 'what starts the workflow'],
  // where an enquiry came from, with no determiner and no "new": a form or a lead, which the words do not say
  ['website enquiry comes in → tell Sam', 'what starts the workflow'],
  // with no determiner, only a person's noun before another is the trade's name for them
  ['trial member joins -> email them', 'what starts the workflow'],
];
