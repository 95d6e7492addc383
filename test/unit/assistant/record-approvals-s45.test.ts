import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 45 (a56), issue 16: approvals and record actions in other trades' words (groomers, bike shops, florists,
 * driving schools, recording studios) than the development rows. MEANINGS: who approves + the consent word + the step
 * it guards (and what happens on a no) = the approval, then that step; a person put on file or their status set, said
 * as what happens to them ("they go in as a lead", "the lead becomes qualified").
 */

/** A no, in the trade's words: its steps are the approval's other branch. */
const NO_SAID: readonly Case[] = [
  [
    "when a booking is cancelled, get Fitz's nod, then invoice them £30 for the late cancel. if it's knocked back, let the desk know",
    'booking.cancelled',
    'approval(rejected:[notify.team]); invoice.create',
  ],
  [
    "when a booking is cancelled, get Fitz's nod, then invoice them £30 for the late cancel. if he knocks it back, let the desk know",
    'booking.cancelled',
    'approval(rejected:[notify.team]); invoice.create',
  ],
  [
    'when a new lead comes in, ask Priya to approve it, then email them the price list. if refused, tag them on-hold',
    'lead.created',
    'approval(rejected:[crm.updateLead]); email.send',
  ],
  [
    'when a lesson is booked, Mia has to approve it first. If she turns it down, email the learner a polite no',
    'booking.created',
    'approval(rejected:[email.send])',
  ],
];

/** The rejected branch said before the approved one: the approved steps run after the approval, the rejected on a no. */
const NO_FIRST: readonly Case[] = [
  [
    'when a client emails bookings@inkhouse.com, Mia needs to approve it first. If she rejects it, email the client a polite decline, and if she approves, tell the desk team',
    'email.received {"to":["bookings@inkhouse.com"]}',
    'approval(rejected:[email.send]); notify.team',
  ],
  [
    'when a repair request form comes in, Tom in the shop needs to approve it first. If he rejects it, email them a polite no, and if he approves, post it in #workshop',
    'form.submitted',
    'approval(rejected:[email.send]); notify.slack',
  ],
];

/** Asked of someone before the step ("ask Tom before …", "ask Leo first"), or the draft held for them. */
const ASKED_BEFORE: readonly Case[] = [
  [
    'when an invoice goes overdue, ask Tom before the reminder gets sent',
    'invoice.overdue',
    'approval; invoice.sendReminder',
  ],
  [
    'when a new lead comes in, ask Leo before we create a $200 deposit invoice for them',
    'lead.created',
    'approval; invoice.create',
  ],
  [
    'when a new lead comes in, ask Leo first, then email them the price list',
    'lead.created',
    'approval; email.send',
  ],
  [
    'when a new lead comes in, email them the price list, but ask the studio manager first',
    'lead.created',
    'approval; email.send',
  ],
  [
    "when a new lead comes in, draft a welcome email, but it needs Ana's nod before it goes out",
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    "when a new lead comes in, draft a welcome email. it needs Ana's nod before it goes out",
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    'when a lead is marked qualified, hold the welcome pack email till the boss says yes',
    'lead.updated {"changes.status.to":["qualified"]}',
    'approval; email.send',
  ],
  [
    'when a client cancels, the £30 late fee invoice needs my tick first',
    'booking.cancelled',
    'approval; invoice.create',
  ],
  [
    'when a lesson is booked, ping Ana for the nod, then email them the confirmation',
    'booking.created',
    'approval; email.send',
  ],
  [
    'when an invoice is overdue, Jo has to give it the nod before the reminder goes',
    'invoice.overdue',
    'approval; invoice.sendReminder',
  ],
  [
    'when a new enquiry comes in, have AI draft a reply; needs my tick before it goes out',
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    'when someone fills in the quote form, draft a reply, but it needs my tick first',
    'form.submitted',
    'email.draft; approval',
  ],
];

/** Their approval as a step, then what it guards; a record step guarded as well as a message. */
const STEPS_GUARDED: readonly Case[] = [
  [
    'when a customer emails us, AI drafts a response, Anna approves it and it gets sent. if she rejects it just tell her in slack',
    'email.received',
    'email.draft; approval(rejected:[notify.team]); email.send',
  ],
  [
    'when someone fills in the wholesale form, Tui approves -> create them as a lead tagged wholesale. if she rejects, email them a polite no thanks',
    'form.submitted',
    'approval(rejected:[email.send]); crm.createLead',
  ],
  [
    'when someone fills in the trade form, create them as a lead tagged trade, but only once Hemi approves. if he rejects, send them the polite no email',
    'form.submitted',
    'approval(rejected:[email.send]); crm.createLead',
  ],
  [
    'when a deposit is paid, mark them as a customer, but only after Jo approves',
    'invoice.paid',
    'approval; crm.updateLead',
  ],
];

/** Put on file, said as what happens to them; their status said as what they become. */
const FILED: readonly Case[] = [
  [
    'when someone fills in the lesson request form, they should go in as a lead tagged learner',
    'form.submitted',
    'crm.createLead',
  ],
  [
    'anyone who fills in the newsletter signup form should go in as a lead tagged newsletter',
    'form.submitted',
    'crm.createLead',
  ],
  [
    'when someone fills in the enquiry form, they need adding to the system as a lead',
    'form.submitted',
    'crm.createLead',
  ],
  ['when someone fills in the enquiry form, add them to the client list', 'form.submitted', 'crm.createLead'],
  [
    "when someone books a groom, make sure they're in the crm as a client (create them if not)",
    'booking.created',
    'crm.createLead',
  ],
  [
    'when someone books a fitting, make a lead for the person who booked',
    'booking.created',
    'crm.createLead',
  ],
  ['when a trial lesson is booked, the lead becomes qualified', 'booking.created', 'crm.updateLead'],
  ['deposit paid = client becomes a customer', 'invoice.paid', 'crm.updateLead'],
  ['when a deposit is paid, they become a customer', 'invoice.paid', 'crm.updateLead'],
  // a word no status is, kept as a tag; what a note says after a colon
  ['when a client cancels, mark them as a no-show', 'booking.cancelled', 'crm.updateLead'],
  ['when someone books a bike fit, flag the client as fitting', 'booking.created', 'crm.updateLead'],
  ['when a client books in, add a note: deposit taken', 'booking.created', 'crm.addNote'],
  ['when a lesson is booked, stick a note on their file: deposit taken', 'booking.created', 'crm.addNote'],
];

/** Must-refuse twins: the same shapes where no one approves, or no record is put on file. */
const TWINS: readonly (readonly [string, string])[] = [
  // held until a time, not a person
  ['when a new lead comes in, draft a reply and hold it till Friday', 'hold it till Friday'],
  // a no that is the client's, not an approver's
  ['when a quote is sent, if the client knocks it back, call them', 'call them'],
  ['when a new lead comes in, Priya will send the welcome email herself', 'Priya will send'],
  ['when a booking is made, whatsapp Kim', 'whatsapp'],
  ['when someone fills in the wholesale form, delete them from the crm', 'delete them'],
  // a record that becomes nothing the CRM keeps
  ['when a deposit is paid, the client becomes a regular', 'no action'],
  // a note, then a channel the system lacks
  ['when a client books in, add a note: deposit taken, then text them', 'text them'],
  // asked on a channel the system lacks
  ['when a lesson is booked, phone Ana for the nod', 'phone Ana'],
];

describe('approvals and record actions in the trades words (session 45)', () => {
  it('GIVEN a no said as the trade says it ("knocked back", "knocks it back", "refused", "turns it down") WHEN parsed THEN its steps are the approval\'s other branch', () => {
    expect(misread(NO_SAID)).toStrictEqual([]);
  });

  it('GIVEN the rejected steps said before the approved ones ("If she rejects it, …, and if she approves, …") WHEN parsed THEN the approved steps follow the approval and the rejected are its other branch', () => {
    expect(misread(NO_FIRST)).toStrictEqual([]);
  });

  it('GIVEN someone asked before the step ("ask Tom before the reminder gets sent", "ask Leo first"), or a draft held for their nod WHEN parsed THEN the approval, then that step', () => {
    expect(misread(ASKED_BEFORE)).toStrictEqual([]);
  });

  it('GIVEN their approval as a step, guarding a message or a record step ("Tui approves -> create them as a lead") WHEN parsed THEN the approval, then that step, with its no before the lead exists', () => {
    expect(misread(STEPS_GUARDED)).toStrictEqual([]);
  });

  it('GIVEN a person put on file or their status set, said as what happens to them ("they go in as a lead", "the lead becomes qualified") WHEN parsed THEN the record step', () => {
    expect(misread(FILED)).toStrictEqual([]);
  });

  it('GIVEN the same shapes with no approver or no record the CRM keeps WHEN parsed THEN refused, quoting that part', () => {
    expect(notRefused(TWINS)).toStrictEqual([]);
  });
});
