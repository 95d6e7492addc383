import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 43 (a37), issue 16: the shape of an if/else — "a test on the trigger or its record, what to do when it
 * holds, and what to do when it does not". The rows say the branches in other orders and words than sets 38–40, from
 * other trades; each expects both branches, in order (then first, else second), or a refusal that quotes why.
 */

/** "new lead tagged X → A. anything else → B": the trigger's own test, its other branch said after it. */
const TRIGGER_TEST_OTHERWISE: readonly Case[] = [
  [
    'new lead tagged commercial → tell Raj. anything else → send the standard welcome email',
    'lead.created',
    'if(trigger.lead.tags contains "commercial")[notify.team]else[email.send]',
  ],
  [
    'new patient tagged emergency: notify Dr Patel, otherwise send them the welcome email',
    'lead.created',
    'if(trigger.lead.tags contains "emergency")[notify.team]else[email.send]',
  ],
  [
    'new VIP guest: tell the manager, else send the standard welcome email',
    'lead.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
  [
    'new lead tagged fleet: tell Omar. everything else: send the price list email',
    'lead.created',
    'if(trigger.lead.tags contains "fleet")[notify.team]else[email.send]',
  ],
  [
    'new booking tagged vip → tell the manager, otherwise send the confirmation email',
    'booking.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
  [
    'new student tagged beginner → book an assessment call, everyone else → send the timetable email',
    'lead.created',
    'if(trigger.lead.tags contains "beginner")[calendar.schedule]else[email.send]',
  ],
  [
    'new lead tagged fleet: add a note "fleet" and tell Omar. otherwise send the price list email',
    'lead.created',
    'if(trigger.lead.tags contains "fleet")[crm.addNote; notify.team]else[email.send]',
  ],
];

/** "send to Ellie, otherwise to Sam", "goes to Omar, everything else to Jo": the record passed on, the verb said once. */
const PASSED_ON: readonly Case[] = [
  [
    "new lead - if they're tagged trial lesson send to Ellie, otherwise to Sam",
    'lead.created',
    'if(trigger.lead.tags contains "trial lesson")[notify.team]else[notify.team]',
  ],
  [
    'new enquiry: if the value is over 2000 pass to Ravi, else to Mei',
    'lead.created',
    'if(trigger.lead.value gt 2000)[notify.team]else[notify.team]',
  ],
  [
    'new lead: if the value is over 5000 send to Ellie, otherwise send the welcome email',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]else[email.send]',
  ],
  [
    'new lead tagged fleet goes to Omar, everything else to Jo',
    'lead.created',
    'if(trigger.lead.tags contains "fleet")[notify.team]else[notify.team]',
  ],
  [
    'new booking tagged vip goes to Karen, the rest to Lee',
    'booking.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[notify.team]',
  ],
];

/** "… tell Mark. Otherwise …", "… anyone else gets the usual reminder": the other branch in a sentence of its own. */
const OTHER_SENTENCE: readonly Case[] = [
  [
    'when an invoice is more than 30 days overdue tell Mark. Otherwise send the normal reminder',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]',
  ],
  [
    'If an email comes in with "urgent" in the subject, alert me. Otherwise add a note',
    'email.received',
    'if(trigger.subject contains "urgent")[notify.team]else[crm.addNote]',
  ],
  [
    'when a booking is cancelled and the reason mentions "flu", tell the vet nurse. Otherwise send the rebooking email',
    'booking.cancelled',
    'if(trigger.reason contains "flu")[notify.team]else[email.send]',
  ],
  [
    'invoice overdue - if the total is over 5000 tell Brendan. anyone else gets the usual reminder',
    'invoice.overdue',
    'if(trigger.invoice.totalCents gt 500000)[notify.team]else[invoice.sendReminder]',
  ],
  [
    'when a new lead comes in, if the value is over 5000 tell Mark, everyone else gets the usual welcome email',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]else[email.send]',
  ],
  [
    "when a guest books, if they're tagged vip tell reception. Everybody else gets the standard confirmation",
    'booking.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
  [
    'when a new lead comes in, if the value is over 5000 book a call, anything else: add a note',
    'lead.created',
    'if(trigger.lead.value gt 5000)[calendar.schedule]else[crm.addNote]',
  ],
];

/** An "otherwise" with nothing to pair, or whose action is not read: refused, never a branch dropped. */
const REFUSED: readonly (readonly [string, string])[] = [
  ['new lead: tell Ellie, otherwise tell Sam', '"otherwise" needs an "if"'],
  ['new lead tagged vip: otherwise tell Sam', '"otherwise" needs an "if"'],
  ['every Monday at 9 send the report to Sam, otherwise tell Ellie', '"otherwise" needs an "if"'],
  [
    'when a new lead comes in, if the value is over 5000 tell Mark, otherwise blorp the flurb',
    '"blorp the flurb" as what to do otherwise',
  ],
  ['new lead tagged vip: tell Raj, otherwise frobnicate them', '"frobnicate them" as what to do otherwise'],
  ["invoice paid: if it's over 1000 tell Sam, anyone else gets the wibble", '"gets the wibble"'],
  [
    'when a new lead comes in, if the value is over 5000 tell Mark, everyone else gets tagged cold',
    'tagged cold',
  ],
  // an other branch that names no action and no one
  ['new lead: if the value is over 5000 tell Sam, otherwise', '"otherwise" is said with nothing to do'],
  ['new client: tagged vip? tell Sam. else to', '"otherwise" is said with nothing to do'],
  ['invoice overdue: if it is more than 30 days overdue tell Mark, otherwise the', 'said with nothing to do'],
  // two other branches for one test
  [
    'new lead: if the value is over 5000 tell Sam, otherwise tell Jo, otherwise tell Ann',
    '"otherwise" needs an "if"',
  ],
  // the other side of no test
  ['new lead: tag them small. over → tell Sam', '"otherwise" needs an "if"'],
];

/** The trigger's test with an other branch that does nothing: the filter stays the trigger's. */
const FILTER_KEPT: readonly Case[] = [
  ['new lead tagged vip: tell Raj, otherwise nothing', 'lead.created {"lead.tags":["vip"]}', 'notify.team'],
  ['new lead tagged vip: tell Raj, otherwise leave it', 'lead.created {"lead.tags":["vip"]}', 'notify.team'],
  [
    'when a new lead comes in, if the value is over 5000 tell Mark, otherwise do nothing',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]',
  ],
];

/** "no email on it? tell the office. has an email? send the confirmation": a test asked, its action after it. */
const ASKED_TESTS: readonly Case[] = [
  [
    'new booking: no email on it? tell the office to chase it. has an email? send the confirmation',
    'booking.created',
    'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]',
  ],
  [
    'new booking: has an email? send the confirmation. no email on it? tell the office to chase it',
    'booking.created',
    'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]',
  ],
  [
    'new lead: has a phone number? tell Sam to call them. no phone number? email them asking for one',
    'lead.created',
    'if(trigger.lead.phone exists true)[notify.team]else[email.send]',
  ],
  [
    'overdue invoice: more than 30 days overdue? tell Mark. otherwise send the normal reminder',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]',
  ],
  [
    'new client: worth over 5k? tell Sam. otherwise send the welcome email',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]else[email.send]',
  ],
  [
    'new lead -> tagged vip? tell Sam. not tagged vip? send the welcome email',
    'lead.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
  [
    'new pupil: tagged beginner? book a trial lesson, otherwise send the timetable email',
    'lead.created',
    'if(trigger.lead.tags contains "beginner")[calendar.schedule]else[email.send]',
  ],
  // the question that opens the request is its trigger, not a test
  ['new appointment booked in the diary? drop it in #diary on slack', 'booking.created', 'notify.slack'],
];

/** "DONT chase, just flag it to Brendan", "if not just the normal one", "their source is Airbnb …; if it's direct …". */
const BRANCH_ACTIONS: readonly Case[] = [
  [
    'invoice overdue - if the total is over 5000 DONT chase, just flag it to Brendan. anyone else gets the usual reminder',
    'invoice.overdue',
    'if(trigger.invoice.totalCents gt 500000)[notify.team]else[invoice.sendReminder]',
  ],
  [
    "new lead: if tagged vip don't send the welcome email, just tell Sam. otherwise send the welcome email",
    'lead.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
  [
    'invoice paid: if it was over 1000 send them the VIP thank you email, if not just the normal thank you email',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 100000)[email.send]else[email.send]',
  ],
  [
    'new lead: if the value is over 5000 notify Sam, otherwise just Priya',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]else[notify.team]',
  ],
  // who signs it is not who gets it (it was a team email to the owner)
  ['invoice paid: send a thank you from the owner', 'invoice.paid', 'email.send'],
  [
    "when a new guest signs up and their source is Airbnb, tag them airbnb; if it's direct send them the direct thank you email",
    'lead.created',
    'if(trigger.lead.source eq "Airbnb")[crm.updateLead]else[if(trigger.lead.source eq "direct")[email.send]]',
  ],
  [
    'new leads from TikTok get the new-client offer email, everyone else gets the normal welcome email',
    'lead.created',
    'if(trigger.lead.source eq "TikTok")[email.send]else[email.send]',
  ],
  [
    'new guests tagged vip get the upgrade offer email, everyone else gets the standard welcome email',
    'lead.created',
    'if(trigger.lead.tags contains "vip")[email.send]else[email.send]',
  ],
  [
    'new patients tagged cat get the cat care email, the rest get the general welcome email',
    'lead.created',
    'if(trigger.lead.tags contains "cat")[email.send]else[email.send]',
  ],
];

/** A test asked or said that is not read, whose words name an action: refused, never that action. */
const TESTS_NOT_READ: readonly (readonly [string, string])[] = [
  ['new booking: no email? tell the office. email? send the confirmation', 'the test "if email"'],
  ['new booking: if email, tell the office', 'the test "if email"'],
  ['new lead: blorp? send them the welcome email', '"if blorp"'],
  ['new leads from TikTok get the new-client offer email, everyone else gets blorped', '"gets blorped"'],
];

/** Tests of one field one after the other, the last with an other branch: one ladder, never a branch run twice. */
const LADDERS: readonly Case[] = [
  [
    'when a new enquiry comes in, if tagged wedding tell Grace, if tagged corporate tell Tom, anything else send the brochure email',
    'lead.created',
    'if(trigger.lead.tags contains "wedding")[notify.team]else[if(trigger.lead.tags contains "corporate")[notify.team]else[email.send]]',
  ],
  [
    'new enquiry: if source is instagram tell Grace, if source is google tell Tom, anything else send the brochure email',
    'lead.created',
    'if(trigger.lead.source eq "instagram")[notify.team]else[if(trigger.lead.source eq "google")[notify.team]else[email.send]]',
  ],
  [
    'new client: if the value is over 5000 tell Grace, if the value is over 1000 tell Tom, everyone else gets the brochure email',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]else[if(trigger.lead.value gt 1000)[notify.team]else[email.send]]',
  ],
  // with no other branch each test stands alone (both tags may be on one lead)
  [
    'new enquiry: if tagged wedding tell Grace, if tagged corporate tell Tom',
    'lead.created',
    'if(trigger.lead.tags contains "wedding")[notify.team]; if(trigger.lead.tags contains "corporate")[notify.team]',
  ],
  // tests of different fields: the other branch is the last test's
  [
    'new enquiry: if tagged vip tell Grace, if the value is over 1000 tell Tom, otherwise send the brochure email',
    'lead.created',
    'if(trigger.lead.tags contains "vip")[notify.team]; if(trigger.lead.value gt 1000)[notify.team]else[email.send]',
  ],
];

/** "over £500 → Sarah; under → the thank you": the other side of an amount said in one word; who a colleague is. */
const OTHER_SIDE_SAID: readonly Case[] = [
  [
    'invoice paid: over £500 → tell Sarah; under → send the usual thank you email',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 50000)[notify.team]else[email.send]',
  ],
  [
    'new lead: under 1000 → tag them small. over → tell Sam',
    'lead.created',
    'if(trigger.lead.value lt 1000)[crm.updateLead]else[notify.team]',
  ],
  [
    'new lead: if tagged vip tell Sam who handles the big accounts, otherwise tell Jo who looks after everyone else',
    'lead.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[notify.team]',
  ],
  [
    'When a new lead comes in and they are tagged nurse, send the details to Deepa, otherwise send to Ravi. Thanks and regards, Anil',
    'lead.created',
    'if(trigger.lead.tags contains "nurse")[notify.team]else[notify.team]',
  ],
];

describe('the shape of an if/else (session 43)', () => {
  it('GIVEN a trigger that names its own test ("new lead tagged X → …") and an other branch after it WHEN parsed THEN every event starts it and a step tests it, the branches in order', () => {
    expect(misread(TRIGGER_TEST_OTHERWISE)).toStrictEqual([]);
  });

  it('GIVEN a record passed on to someone ("send to Ellie", "goes to Omar") with the other branch naming only who WHEN parsed THEN both branches tell someone', () => {
    expect(misread(PASSED_ON)).toStrictEqual([]);
  });

  it('GIVEN the other branch in a sentence of its own, or said of everyone else WHEN parsed THEN it is the else of the test before', () => {
    expect(misread(OTHER_SENTENCE)).toStrictEqual([]);
  });

  it('GIVEN an "otherwise" with no test before it, or whose action is not read WHEN parsed THEN refused, quoting it', () => {
    expect(notRefused(REFUSED)).toStrictEqual([]);
  });

  it("GIVEN an other branch that does nothing WHEN parsed THEN the test stays as it was (the trigger's filter, or no else)", () => {
    expect(misread(FILTER_KEPT)).toStrictEqual([]);
  });

  it('GIVEN a test asked as a question with its action after it ("no email on it? tell the office") WHEN parsed THEN it is the test of an if, a pair of them one if/else in the order said', () => {
    expect(misread(ASKED_TESTS)).toStrictEqual([]);
  });

  it('GIVEN a branch that says what it does not do, an other branch with its verb left out, or a sibling test said short WHEN parsed THEN each branch does what it says', () => {
    expect(misread(BRANCH_ACTIONS)).toStrictEqual([]);
  });

  it('GIVEN a test whose words are not read but name an action ("if email, …") WHEN parsed THEN refused, never that action', () => {
    expect(notRefused(TESTS_NOT_READ)).toStrictEqual([]);
  });

  it('GIVEN tests of one field one after the other, the last with an other branch ("…, anything else …") WHEN parsed THEN one ladder of else-ifs; with none, or of different fields, side by side', () => {
    expect(misread(LADDERS)).toStrictEqual([]);
  });

  it('GIVEN the other side of an amount said in one word ("under →"), or a colleague said with what they handle WHEN parsed THEN the else of the test before', () => {
    expect(misread(OTHER_SIDE_SAID)).toStrictEqual([]);
  });
});
