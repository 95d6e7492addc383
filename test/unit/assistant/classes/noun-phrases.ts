import type { Case } from '../table/case';

/**
 * Events said of a record as a noun phrase and a verb (session 30), crossing independent slots so that no slot is
 * tried only with the others' first values: whose or which record (determiner, quantifier, possessive: "a", "each",
 * "our", "a member's", "the client's", "our customer's") × the business's own name for it ("subs", "placement",
 * "deposit", "sponsor", "membership" before "invoice") × the head noun by its role (invoice; a form as application,
 * RSVP, timesheet, sign-up sheet, enquiry form; a booking as interview, viewing, tasting, site visit, consult) × the
 * verb's meaning in another aspect or voice ("gets paid", "has been issued", "goes overdue", "lands in our inbox",
 * "has been called off") × the word or mark that joins it to the action ("once", "each time", "X? …", "X → …",
 * after the action) × the action. And people of any trade doing what the catalogue records (a new starter fills in
 * their timesheet, a guest RSVPs, a bride pays her deposit invoice, a patient is booked in).
 */

const WHOSE = ['a', 'the', 'any', 'each', 'our', "a member's", "the client's", "our customer's", 'every'];
const INVOICE_NAMES = ['', 'new ', 'subs ', 'placement ', 'deposit ', 'sponsor ', 'membership '];
const INVOICE_VERBS: readonly (readonly [verb: string, event: string])[] = [
  ['is paid', 'invoice.paid'],
  ['gets paid', 'invoice.paid'],
  ['has been paid', 'invoice.paid'],
  ['was settled', 'invoice.paid'],
  ['is raised', 'invoice.created'],
  ['goes out', 'invoice.created'],
  ['has been issued', 'invoice.created'],
  ['becomes overdue', 'invoice.overdue'],
  ['goes overdue', 'invoice.overdue'],
  ['is past due', 'invoice.overdue'],
];
const FORMS = [
  'application',
  'RSVP',
  'timesheet',
  'registration form',
  'sign-up sheet',
  'enquiry form',
  'booking form',
];
const FORM_VERBS = [
  'is submitted',
  'comes in',
  'lands in our inbox',
  'gets sent in',
  'arrives',
  'has been filled in',
];
const BOOKINGS = ['interview', 'viewing', 'tasting', 'site visit', 'consult', 'session', 'fitting'];
const BOOKING_VERBS: readonly (readonly [verb: string, event: string])[] = [
  ['gets booked', 'booking.created'],
  ['has been booked', 'booking.created'],
  ['is scheduled', 'booking.created'],
  ['gets confirmed', 'booking.created'],
  ['gets cancelled', 'booking.cancelled'],
  ['has been called off', 'booking.cancelled'],
];
const ROLES = [
  'candidate',
  'new starter',
  'couple',
  'exhibitor',
  'tenant',
  'patient',
  'guest',
  'bride',
  'volunteer',
];
const ROLE_VERBS: readonly (readonly [verb: string, event: string])[] = [
  ['submits their application', 'form.submitted'],
  ['fills in their timesheet', 'form.submitted'],
  ['RSVPs', 'form.submitted'],
  ['sends back the form', 'form.submitted'],
  ['applies', 'form.submitted'],
  ['books an interview', 'booking.created'],
  ['is booked in', 'booking.created'],
  ['cancels their appointment', 'booking.cancelled'],
  ['pays their deposit invoice', 'invoice.paid'],
  ['has paid', 'invoice.paid'],
  ['is added to the CRM', 'lead.created'],
  ['replies', 'email.received'],
  ['is tagged vip', 'lead.updated {"lead.tags":["vip"]}'],
  ['becomes a customer', 'lead.updated {"changes.status.to":["customer"]}'],
];
const WHO = ['a', 'the', 'any', 'each', 'every', 'a new'];

type Joint = (event: string, action: string) => string;
const JOINTS: readonly Joint[] = [
  (e, a) => `When ${e}, ${a}`,
  (e, a) => `Once ${e}, ${a}`,
  (e, a) => `As soon as ${e}, ${a}`,
  (e, a) => `Each time ${e}, ${a}`,
  (e, a) => `${a} when ${e}`,
  (e, a) => `${e}? ${a}`,
  (e, a) => `${e} → ${a}`,
];
const ACTIONS: readonly (readonly [said: string, steps: string])[] = [
  ['notify #office', 'notify.slack'],
  ['ping me', 'notify.team'],
  ['email them a confirmation', 'email.send'],
];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const build = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  let k = 0;
  const add = (group: string, event: string, trigger: string): void => {
    const [said, steps] = ACTIONS[k % ACTIONS.length] ?? ['ping me', 'notify.team'];
    const joint = JOINTS[(k * 5 + Math.floor(k / ACTIONS.length)) % JOINTS.length] ?? JOINTS[0];
    k++;
    if (!joint) return;
    const cases = groups.get(group) ?? [];
    cases.push([capital(joint(event, said)), trigger, steps]);
    groups.set(group, cases);
  };
  for (const whose of WHOSE) {
    for (const name of INVOICE_NAMES)
      for (const [verb, event] of INVOICE_VERBS)
        add(`${whose} … invoice`, `${whose} ${name}invoice ${verb}`, event);
    for (const form of FORMS)
      for (const verb of FORM_VERBS) add(`${whose} … form`, `${whose} ${form} ${verb}`, 'form.submitted');
    for (const booking of BOOKINGS)
      for (const [verb, event] of BOOKING_VERBS)
        add(`${whose} … booking`, `${whose} ${booking} ${verb}`, event);
  }
  for (const who of WHO)
    for (const role of ROLES)
      for (const [verb, event] of ROLE_VERBS) add(`${who} ${role} …`, `${who} ${role} ${verb}`, event);
  return groups;
};

export const NOUN_PHRASE_CLASS: ReadonlyMap<string, readonly Case[]> = build();

/**
 * What must stay refused, crossed the same way: a word that picks some records out (by place, size or period), a
 * possessor that does ("a VIP client's"), a verb no event says (the subject alone was read as one arriving and the
 * verb dropped), a verb of a record no event records.
 */
const PICKED = ['final', 'interim', 'monthly', 'big'];
const UNKNOWN_VERBS = ['gives feedback', 'withdraws', 'opens the email', 'complains', 'asks for a refund'];
const UNRECORDED = ['is rejected', 'is approved', 'gets rescheduled', 'is disputed'];

const refusals = (): (readonly [prompt: string, quoted: string])[] => {
  const out: (readonly [string, string])[] = [];
  let k = 0;
  const joint = (): Joint => JOINTS[k++ % JOINTS.length] ?? ((e, a) => `When ${e}, ${a}`);
  for (const whose of WHOSE)
    for (const word of PICKED)
      out.push([capital(joint()(`${whose} ${word} invoice is paid`, 'ping me')), `${word} invoice`]);
  for (const who of ['a new', 'any', 'each', 'every'])
    for (const role of ROLES.slice(0, 5))
      for (const verb of UNKNOWN_VERBS)
        out.push([capital(joint()(`${who} ${role} ${verb}`, 'ping me')), verb.split(' ')[0] ?? verb]);
  for (const head of ['application', 'timesheet', 'interview', 'invoice'])
    for (const verb of UNRECORDED) out.push([`When the ${head} ${verb}, notify #office`, verb]);
  out.push(["When a VIP client's invoice is paid, ping me", "VIP client's invoice"]);
  return out;
};

export const NOUN_PHRASE_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = refusals();

/** The full cross product, for the bench. */
export const NOUN_PHRASE_PRODUCT: readonly Case[] = [...NOUN_PHRASE_CLASS.values()].flat();
