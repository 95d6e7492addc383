import type { Case } from './case';

/**
 * The words around a request and the shapes of session 31 (h5): a greeting before a dash or colon, a sign-off, a
 * reason that ends in "otherwise", the text of a message with a comma in it; negative waits as time given ("allow
 * 14 days", "give the applicant 5 days to rebook"); a day with a list of months; a zone by its region code; an
 * address after a dash; lettered steps. Hand-written, in other words than the generated classes
 * (classes/shapes-s31.ts).
 */
export const AROUND: readonly Case[] = [
  [
    "Morning all, quick request: whenever a viewing gets cancelled, give the applicant 5 days to rebook and if they haven't, email them. Ta, Priya",
    'booking.cancelled',
    'waitFor(booking.created,P5D,timeout:[email.send])',
  ],
  [
    "When a tenancy invoice is raised, allow 14 days; if it's still outstanding after that, post in #arrears",
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[notify.slack])',
  ],
  [
    'When a new enquiry arrives, send them our brochure. If we hear nothing back in 3 days, ping the lettings team.',
    'lead.created',
    'email.send; waitFor(email.received,P3D,timeout:[notify.team])',
  ],
  [
    'On the 1st of March, June, September and December at 8am, email me a summary of new leads',
    'cron(0 8 1 3,6,9,12 ? *)',
    'report.summarize; notify.team',
  ],
  [
    'Every year on the 6th of April at 9am, remind the team to send the tax packs',
    'cron(0 9 6 4 ? *)',
    'notify.team',
  ],
  [
    'Every Monday at 9am SG time, post the pipeline summary in #sales',
    'cron(0 9 ? * MON *) Asia/Singapore',
    'report.summarize; notify.slack',
  ],
  [
    'When an invoice is paid, forward the receipt to our bookkeeper - books@acme-accounts.example',
    'invoice.paid',
    'email.send',
  ],
  [
    'When someone books a valuation: a) add a note to the lead b) notify Sam c) send them a confirmation email',
    'booking.created',
    'crm.addNote; notify.team; email.send',
  ],
  [
    "When a new lead comes in, email them saying thanks for getting in touch, we'll call you within a day. Cheers, Dan (lettings)",
    'lead.created',
    'email.send',
  ],
  [
    'When a client pays their invoice, thank them - we forget to do it otherwise.',
    'invoice.paid',
    'email.send',
  ],
];
