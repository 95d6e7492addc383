import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Issue #16 (session 39, a9): event triggers said in a business's own nouns and verbs, from development sets 26–28
 * (accountants, gyms, recruiters) and phrasings of the same classes.
 */

/** A colleague's team said after their name ("Anil in accounts", "Pieter from sales"): who they are, not which records. */
const MEMBER_AND_TEAM: readonly Case[] = [
  ['As soon as an invoice goes overdue, email Rangi in accounts', 'invoice.overdue', 'notify.team'],
  [
    'Invoice goes overdue - chase it with a reminder and tell Anil in accounts',
    'invoice.overdue',
    'invoice.sendReminder; notify.team',
  ],
  ['whenever a new lead comes in, let Pieter from sales know', 'lead.created', 'notify.team'],
  ['When a booking is cancelled, tell Mele at reception', 'booking.cancelled', 'notify.team'],
  ['When a file is uploaded, notify Lerato in compliance', 'file.updated', 'notify.team'],
  ['When an invoice is paid, tell Sam in the payroll team', 'invoice.paid', 'notify.team'],
];
/** Twins: "in accounts" after the event is where the file went (refused, quoted); a time after a name is a time. */
const MEMBER_AND_TEAM_REFUSED = [
  ['When a file is uploaded in accounts, tell Pieter', 'in accounts'],
  ['When a new lead comes in, tell Anna in the morning', 'in the morning'],
] as const;

/** The lead in each trade's noun, its abbreviation, and a trigger said as a header. */
const LEAD_NOUNS: readonly Case[] = [
  ['cand updated → msg slack #crm-changes', 'lead.updated', 'notify.slack'],
  ['when a cand is updated, post in #crm-changes', 'lead.updated', 'notify.slack'],
  ['new cand -> email them our welcome pack', 'lead.created', 'email.send'],
  [
    "cand gets tagged 'placed' -> 4 weeks later email them to see how the new job is going",
    'lead.updated {"lead.tags":["placed"]}',
    'wait(P28D); email.send',
  ],
  ["member tagged 'vip' -> tell Jo", 'lead.updated {"lead.tags":["vip"]}', 'notify.team'],
  ["Client tagged 'vip': tell Jo", 'lead.updated {"lead.tags":["vip"]}', 'notify.team'],
  ["once cand is tagged 'placed', tell Jo", 'lead.updated {"lead.tags":["placed"]}', 'notify.team'],
];
/** Twins: people who are not the lead (a supplier, the coach, the team) never start a lead's workflow. */
const NOT_THE_LEAD = [
  ['supplier updated -> post in #crm', 'supplier updated'],
  ["coach gets tagged 'vip' -> tell Jo", 'coach gets tagged'],
  ['team updated -> post in #crm', 'team updated'],
  ['new supplier -> tell Jo', 'new supplier'],
] as const;

/** A tag put on them, said with the tag as a noun, and said again in brackets. */
const TAG_ADDED: readonly Case[] = [
  [
    'whenever a lead gets the vip tag added, tell Dani on Slack',
    'lead.updated {"lead.tags":["vip"]}',
    'notify.team',
  ],
  ['when the vip tag is added to a member, tell Dani', 'lead.updated {"lead.tags":["vip"]}', 'notify.team'],
  ['when a client has the vip tag added, tell Dani', 'lead.updated {"lead.tags":["vip"]}', 'notify.team'],
  [
    'Hi there, whenever a lead is tagged VIP (they get the vip tag added) I want Coach Dani told straight away on Slack.',
    'lead.updated {"lead.tags":["vip"]}',
    'notify.team',
  ],
  [
    'whenever a lead is tagged VIP (they get the vip tag added), tell Dani on Slack.',
    'lead.updated {"lead.tags":["vip"]}',
    'notify.team',
  ],
];
/** Twins: a tag named by no name, or a tag they have (a state, not an event), stay refused. */
const TAG_REFUSED = [
  ['when a lead gets a new tag, tell Dani', 'a new tag'],
  ['when a member has the vip tag, tell Dani', 'has the vip tag'],
] as const;

/** Files: a document of several words, a new file said as a header, a folder after it. */
const FILES: readonly Case[] = [
  [
    'whenever a right to work doc is uploaded into the RTW folder, notify Lerato in compliance',
    'file.updated {"file.folder":["RTW"]}',
    'notify.team',
  ],
  ['whenever a right to work document is uploaded, notify Lerato', 'file.updated', 'notify.team'],
  ['New file: let Jo know', 'file.updated', 'notify.team'],
  ['new doc in the Payroll folder -> ping Jo', 'file.updated {"file.folder":["Payroll"]}', 'notify.team'],
  // twins: a form's submissions saved as files, file uploads logged
  ['Save new form submissions as files', 'form.submitted', 'files.create'],
  ['Log new file uploads in Slack', 'file.updated', 'notify.slack'],
];

/** A kind of file said as what it is ("if it's a PDF"): a test of the uploaded file's content type. */
const FILE_KINDS: readonly Case[] = [
  // An image is any image/ type (c5's reading, session 39): tested by its prefix, never one content type.
  [
    "File uploaded - if it's an image let Jo know, otherwise tell Raj",
    'file.updated',
    'if(trigger.file.contentType startsWith "image/")[notify.team]else[notify.team]',
  ],
  [
    "When a file is uploaded: if it's a PDF let Jo know, otherwise tell Raj so he can convert it",
    'file.updated',
    'if(trigger.file.contentType eq "application/pdf")[notify.team]else[notify.team]',
  ],
  [
    "File uploaded - if it's a PDF let Jo know, otherwise tell Raj",
    'file.updated',
    'if(trigger.file.contentType eq "application/pdf")[notify.team]else[notify.team]',
  ],
  [
    'When a file is uploaded, if it is not a PDF, tell Raj',
    'file.updated',
    'if(trigger.file.contentType ne "application/pdf")[notify.team]',
  ],
  [
    "when a file is uploaded, if it's a csv file, tell Jo",
    'file.updated',
    'if(trigger.file.contentType eq "text/csv")[notify.team]',
  ],
  // twin: a booking's type is still its title
  [
    'when a booking is made, if the type is yoga, tell Jo',
    'booking.created',
    'if(trigger.booking.title eq "yoga")[notify.team]',
  ],
];
/** A heading that is an event before a condition ("File uploaded: if …") is the trigger; any other heading is dropped. */
const EVENT_HEADINGS: readonly Case[] = [
  [
    "File uploaded: if it's a PDF let Jo know, otherwise tell Raj so he can convert it",
    'file.updated',
    'if(trigger.file.contentType eq "application/pdf")[notify.team]else[notify.team]',
  ],
  [
    'File uploaded: if the name is report let Jo know',
    'file.updated',
    'if(trigger.file.name eq "report")[notify.team]',
  ],
  // twins: a heading that names no event is still set aside
  ['Escalation: if an invoice is overdue, tell Jo', 'invoice.overdue', 'notify.team'],
  ['Dunning: when an invoice goes overdue, send a reminder', 'invoice.overdue', 'invoice.sendReminder'],
];
/** Twins: no file to test stays refused. */
const FILE_KINDS_REFUSED = [["When a new lead comes in, if it's a PDF let Jo know", 'file type']] as const;

/** Invoices raised or issued "for a client" (every invoice is someone's) and details sent "over to" an address. */
const INVOICES: readonly Case[] = [
  [
    'new invoice raised for a client, email the details over to accounts@hireright-staffing.ie',
    'invoice.created',
    'email.send',
  ],
  ['When a new invoice is raised for a client, post it in #billing', 'invoice.created', 'notify.slack'],
  ['invoice issued to a customer -> post it in #billing', 'invoice.created', 'notify.slack'],
  [
    'When an invoice is issued, email the details over to accounts@hireright.ie',
    'invoice.created',
    'email.send',
  ],
];
const INVOICE_PICKED = [['When an invoice is raised for a VIP client, tell Jo', 'for a VIP client']] as const;

/** An email arriving in a named inbox: email.received (which inbox is said back, not tested). */
const INBOXES: readonly Case[] = [
  ['when the jobs inbox gets an email, post the subject in #inbox', 'email.received', 'notify.slack'],
  ['when an email lands in the jobs inbox, post the subject in #inbox', 'email.received', 'notify.slack'],
  ['when we get an email in the jobs inbox, post the subject in #inbox', 'email.received', 'notify.slack'],
  ['when our inbox gets an email, tell Jo', 'email.received', 'notify.team'],
];
const INBOX_REFUSED = [
  ['when the hello@ inbox gets an email, post the subject in #inbox', 'hello@'],
] as const;

/** Bookings and leads that "come through"; a booking cancelled by the one whose booking it is. */
const BOOKINGS: readonly Case[] = [
  [
    'every time a new booking comes through let the coaches channel know on slack (#coaches)',
    'booking.created',
    'notify.slack',
  ],
  ['when a new booking is made tell the sales channel (#sales)', 'booking.created', 'notify.slack'],
  ['when a new lead comes through, post in #sales', 'lead.created', 'notify.slack'],
  ['whenever a new candidate comes through, tell Jo', 'lead.created', 'notify.team'],
  ['when a new booking comes through our website, post in #coaches', 'booking.created', 'notify.slack'],
  ['when a new lead comes through the contact form, email them', 'form.submitted', 'email.send'],
  [
    'Class cancelled by a member: tell the coach, email the member the rebook link, and log it',
    'booking.cancelled',
    'notify.team; email.send; log',
  ],
  ['Booking cancelled by the client -> tell the coach', 'booking.cancelled', 'notify.team'],
  [
    'When an appointment is cancelled by the patient, email them the rebook link',
    'booking.cancelled',
    'email.send',
  ],
];
/** Twins: cancelled by us, by one of ours or by some of them picks cancellations no record tells apart. */
const CANCELLED_BY_REFUSED = [
  ['Booking cancelled by us -> tell the coach', 'by us'],
  ['Booking cancelled by the coach -> tell the team', 'by the coach'],
  ['When a class is cancelled by a VIP member, tell the coach', 'by a VIP member'],
] as const;

/** New records that "should go to" a colleague: the event, and that colleague told ("him" is the colleague). */
const SHOULD_GO_TO: readonly Case[] = [
  [
    'New candidates with source LinkedIn should go to Karthik, just message him with their name n email',
    'lead.created {"lead.source":["LinkedIn"]}',
    'notify.team',
  ],
  ['New enquiries must be passed to the sales team', 'lead.created', 'notify.team'],
  ['new leads need to go straight to Priya.', 'lead.created', 'notify.team'],
  ['All new leads should go to Sam, just ping her on slack', 'lead.created', 'notify.team'],
  // twin: "them" after it is the leads, emailed
  [
    'New leads from LinkedIn should go to Karthik, just email them our brochure',
    'lead.created',
    'if(trigger.lead.source eq "LinkedIn")[notify.team; email.send]',
  ],
];
const SHOULD_GO_REFUSED = [['New leads should go to the CRM', 'go to the CRM']] as const;

describe('event triggers in the business own nouns and verbs (session 39, a9)', () => {
  it('GIVEN a colleague named with their team after the name WHEN parsed THEN the team is part of the recipient', () => {
    expect(misread(MEMBER_AND_TEAM)).toStrictEqual([]);
  });

  it('GIVEN "in accounts" after the event or a time after a name WHEN parsed THEN it stays refused, quoted', () => {
    expect(notRefused(MEMBER_AND_TEAM_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN the lead as a cand, member or client, said as a header WHEN parsed THEN it is the lead event', () => {
    expect(misread(LEAD_NOUNS)).toStrictEqual([]);
  });

  it('GIVEN a supplier, the coach or the team updated or tagged WHEN parsed THEN it stays refused', () => {
    expect(notRefused(NOT_THE_LEAD)).toStrictEqual([]);
  });

  it('GIVEN a tag added as a noun or said again in brackets WHEN parsed THEN the trigger filters on that tag', () => {
    expect(misread(TAG_ADDED)).toStrictEqual([]);
  });

  it('GIVEN a tag with no name or a tag they already have WHEN parsed THEN it stays refused', () => {
    expect(notRefused(TAG_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a document of several words, a new file as a header or a folder WHEN parsed THEN file.updated', () => {
    expect(misread(FILES)).toStrictEqual([]);
  });

  it('GIVEN a file said to be a PDF, a CSV or not a PDF WHEN parsed THEN the condition tests its content type', () => {
    expect(misread(FILE_KINDS)).toStrictEqual([]);
  });

  it('GIVEN a heading that is an event before "if" WHEN parsed THEN it is the trigger; other headings are set aside', () => {
    expect(misread(EVENT_HEADINGS)).toStrictEqual([]);
  });

  it('GIVEN a kind of file with no file event or no one content type WHEN parsed THEN it stays refused', () => {
    expect(notRefused(FILE_KINDS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN an invoice raised for a client WHEN parsed THEN invoice.created; for a VIP client it stays refused', () => {
    expect(misread(INVOICES)).toStrictEqual([]);
    expect(notRefused(INVOICE_PICKED)).toStrictEqual([]);
  });

  it('GIVEN an email arriving in a named inbox WHEN parsed THEN email.received; an address-like inbox stays refused', () => {
    expect(misread(INBOXES)).toStrictEqual([]);
    expect(notRefused(INBOX_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a booking or lead that comes through, or cancelled by its client WHEN parsed THEN its event', () => {
    expect(misread(BOOKINGS)).toStrictEqual([]);
  });

  it('GIVEN a booking cancelled by us, by the coach or by a VIP member WHEN parsed THEN it stays refused, quoted', () => {
    expect(notRefused(CANCELLED_BY_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN new records that should go to a colleague WHEN parsed THEN the colleague is told', () => {
    expect(misread(SHOULD_GO_TO)).toStrictEqual([]);
    expect(notRefused(SHOULD_GO_REFUSED)).toStrictEqual([]);
  });
});

/** An email arriving at an address we name, said by who sends it or where it comes in: tested on its "to". */
const ADDRESSED: readonly Case[] = [
  [
    'Can you make it so that when somebody emails volunteering@stcolumbas.org.uk it posts in slack #volunteers',
    'email.received {"to":["volunteering@stcolumbas.org.uk"]}',
    'notify.slack',
  ],
  [
    'when an email comes in to fees@harlowlaw.example, tell Jo',
    'email.received {"to":["fees@harlowlaw.example"]}',
    'notify.team',
  ],
  [
    'emails to fees@harlowlaw.example: tell Jo',
    'email.received {"to":["fees@harlowlaw.example"]}',
    'notify.team',
  ],
  [
    'incoming email to fees@harlowlaw.example -> tell Jo',
    'email.received {"to":["fees@harlowlaw.example"]}',
    'notify.team',
  ],
  // twins: an email we send to an address is a step, never the trigger
  ['email jo@acme.com when a new lead comes in', 'lead.created', 'email.send'],
  ['send an email to jo@acme.com when a lead comes in', 'lead.created', 'email.send'],
  [
    'Email to jo@acme.com every Monday with a summary of new leads',
    'cron(0 9 ? * MON *)',
    'report.summarize; email.send',
  ],
];

/** Someone emailing us what they send in ("their RTW docs", "a question"): an email received. */
const EMAILED_IN: readonly Case[] = [
  [
    'when a candidate emails their RTW docs in, save the email text as a file in the RTW folder, add a note, and ping Lerato',
    'email.received',
    'files.create; crm.addNote; notify.team',
  ],
  ['when a patient emails their referral letter in, tell Jo', 'email.received', 'notify.team'],
  ['When a potential client emails a question, tell Jo', 'email.received', 'notify.team'],
];

/** Other arrivals in the writers' words: a status said with "status", a booking with its client, form requests. */
const ARRIVALS: readonly Case[] = [
  [
    'when a lead is updated to customer status, email them',
    'lead.updated {"changes.status.to":["customer"]}',
    'email.send',
  ],
  [
    'when a lead gets changed to qualified status, tell Jo',
    'lead.updated {"changes.status.to":["qualified"]}',
    'notify.team',
  ],
  ['when any meeting is booked with a contact, add a note to their record', 'booking.created', 'crm.addNote'],
  ['callback requests come in through the website form: tell Jo', 'form.submitted', 'notify.team'],
  ['form enquiries: tell Jo', 'form.submitted', 'notify.team'],
  ['new web form enquiry -> email them', 'form.submitted', 'email.send'],
  [
    'ten days after a new donor is added send them an impact update email',
    'lead.created',
    'wait(P10D); email.send',
  ],
  ['two days after a new client is added email them the survey', 'lead.created', 'wait(P2D); email.send'],
];
/** Twins: a status leads do not have, a booking with one of ours or with some of them, an email we send. */
const ARRIVALS_REFUSED = [
  ['when a lead is updated to the gold status, tell Jo', 'gold status'],
  ['when a meeting is booked with the accountant, add a note', 'with the accountant'],
  ['when a meeting is booked with a VIP client, add a note', 'with a VIP client'],
  // "When we email jo@acme.com, add a note" is email.sent tested on its to since session 44 (email-sent-s44.test.ts)
] as const;

describe('emails, statuses and bookings said in the writers words (session 39, a9)', () => {
  it('GIVEN an email someone sends to an address of ours WHEN parsed THEN email.received tested on its "to"; an email we send stays a step', () => {
    expect(misread(ADDRESSED)).toStrictEqual([]);
  });

  it('GIVEN someone emailing in their documents or a question WHEN parsed THEN email.received', () => {
    expect(misread(EMAILED_IN)).toStrictEqual([]);
  });

  it('GIVEN a status with "status", a booking with its client, form requests, a delay in words WHEN parsed THEN their events', () => {
    expect(misread(ARRIVALS)).toStrictEqual([]);
  });

  it('GIVEN a status leads lack, a booking with one of ours or a VIP, an email we send WHEN parsed THEN it stays refused, quoted', () => {
    expect(notRefused(ARRIVALS_REFUSED)).toStrictEqual([]);
  });
});
