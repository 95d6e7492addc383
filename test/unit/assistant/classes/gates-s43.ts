import type { Case } from '../table/case';

/**
 * Session 43 (a40), issue 16: approvals as people say them. The meaning read: an approval sits before the step it
 * gates, whichever step that is and wherever it is said ("before it goes out" after a draft: before its send; "but I
 * want to sign it off first" after a send: before that send; "ask me to approve before the reminders go out, then
 * remind …": before the reminders), and its outcomes may be said as labels ("Maeve approves: … she rejects: …").
 * Rows are [request, trigger, steps], invented from other trades.
 */

/** The writer's own gate after a draft: what goes out is the draft; "… first" approves it, sent only when said (session 34). */
export const MINE_BEFORE_OUT_CLASS: readonly Case[] = [
  [
    'when a new lead comes in draft a welcome email but let me approve it before it goes out',
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    "new booking → AI writes a confirmation email, but I want to check it before it's sent",
    'booking.created',
    'email.draft; approval; email.send',
  ],
  [
    'when a form is submitted draft a reply, I need to OK it before it goes out',
    'form.submitted',
    'email.draft; approval; email.send',
  ],
  [
    'customer emails → draft an answer but let me sign it off before it gets sent',
    'email.received',
    'email.draft; approval; email.send',
  ],
  [
    'when a job is booked draft a confirmation email but let me OK it first',
    'booking.created',
    'email.draft; approval',
  ],
  [
    'new lead → draft welcome email → Dave checks it → it goes out',
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    'overdue invoices: Priya OKs the reminder before it goes out',
    'invoice.overdue',
    'approval; invoice.sendReminder',
  ],
];

/** The writer's gate said after the step it gates. */
export const MINE_FIRST_CLASS: readonly Case[] = [
  [
    'every friday at 4pm send the weekly update to all customers, but I want to approve it first',
    'cron(0 16 ? * FRI *)',
    'approval; crm.findLeads; forEach[email.send]',
  ],
  [
    'first monday of the month at 10am send the newsletter to everyone tagged members, but let me OK it first',
    'cron(0 10 ? * 2#1 *)',
    'approval; crm.findLeads; forEach[email.send]',
  ],
  [
    'every monday at 9 remind everyone with an unpaid invoice, but I need to approve it first',
    'cron(0 9 ? * MON *)',
    'approval; invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'every friday at 4pm email all clients the timetable, but let me check it before it goes out',
    'cron(0 16 ? * FRI *)',
    'approval; crm.findLeads; forEach[email.send]',
  ],
];

/** The gate said before the step it gates, which is named after "then". */
export const BEFORE_NAMED_CLASS: readonly Case[] = [
  [
    'every day at 8am ask me to approve before the reminders go out, then remind everyone with an unpaid invoice',
    'cron(0 8 * * ? *)',
    'approval; invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'on the 15th at 9am ask me to approve before the newsletter goes out, then email everyone tagged parents',
    'cron(0 9 15 * ? *)',
    'approval; crm.findLeads; forEach[email.send]',
  ],
];

/** A batch approved once: the list found, the approval, then each one (never each one approved). */
export const BATCH_CLASS: readonly Case[] = [
  [
    'every friday at 10 send reminders for all overdue invoices, but only once the office manager has approved the list',
    'cron(0 10 ? * FRI *)',
    'invoice.find; approval; forEach[invoice.sendReminder]',
  ],
  [
    'first of the month email invites to all our members but only after Dee OKs the list',
    'cron(0 9 1 * ? *)',
    'crm.findLeads; approval; forEach[email.send]',
  ],
  [
    'every monday 9am send chasers for all the unpaid invoices but only once Aoife approves the batch',
    'cron(0 9 ? * MON *)',
    'invoice.find; approval; forEach[invoice.sendReminder]',
  ],
];

/** The outcomes said as labels, the approver named by name or role; and an aside about the approver. */
export const LABELLED_OUTCOMES_CLASS: readonly Case[] = [
  [
    'enquiries come in by email. Ruth approves: reply to them with our rates. she rejects: email them our standard no',
    'email.received',
    'approval(rejected:[email.send]); email.send',
  ],
  [
    'new booking request via the website → the office manager approves: tell the team. he says no: email them our standard no',
    'form.submitted',
    'approval(rejected:[email.send]); notify.team',
  ],
  [
    'new membership application form → the membership sec approves: send the welcome pack email. rejects: email them a polite no',
    'form.submitted',
    'approval(rejected:[email.send]); email.send',
  ],
  [
    'new lead → AI drafts a reply, Dara approves it, then it goes out. If Dara says no, tell me in slack. Dara is our practice manager and she is fussy about wording so nothing goes out without her ok',
    'lead.created',
    'email.draft; approval(rejected:[notify.slack]); email.send',
  ],
];

/** What is approved said as a gerund, "to ok" the thing, and the trade's words for a payment reminder. */
export const APPROVED_STEP_CLASS: readonly Case[] = [
  [
    'when an invoice goes overdue ask Bronagh to approve sending a final reminder. if she says no tell the accounts team',
    'invoice.overdue',
    'approval(rejected:[notify.team]); invoice.sendReminder',
  ],
  [
    'new lead → ask Sam to OK booking a site visit, then tell the team',
    'lead.created',
    'approval; calendar.schedule; notify.team',
  ],
  [
    "when a client's moved to lost, ask the director to ok the 'sorry to see you go' email first. if she says no just add a note",
    'lead.updated {"changes.status.to":["lost"]}',
    'approval(rejected:[crm.addNote]); email.send',
  ],
  [
    'invoice overdue → ask Nuala to approve, then send a final demand',
    'invoice.overdue',
    'approval; invoice.sendReminder',
  ],
  ['invoice overdue → send a chaser', 'invoice.overdue', 'invoice.sendReminder'],
  [
    'when a booking is cancelled the practice manager gets asked whether we charge the €40 no-show fee. if she says yes, bill them for it',
    'booking.cancelled',
    'approval; invoice.create',
  ],
  [
    'when a booking is cancelled I want Sarah to get asked if we charge the £25 late fee; if she says yes, invoice them for it',
    'booking.cancelled',
    'approval; invoice.create',
  ],
];

/**
 * Must stay refused: an approval with no approver and no step, "he approves:" with no one named, "approved" as a
 * word of the trade ("the approved suppliers list"), and a sentence about someone who is asked for nothing.
 */
export const GATE_TWINS_REFUSED: readonly (readonly [request: string, quoted: string])[] = [
  ['when a new lead comes in, approval', 'approval'],
  ['let me approve it first', 'could not find what starts'],
  [
    'when a job is booked draft a confirmation email and save it as a file, but let me OK it first',
    'approval first',
  ],
  ['new lead → he approves: tell the team', 'he approves'],
  ['when a new supplier is added to the approved suppliers list, email them', 'approved suppliers list'],
  ['Tom is our IT guy. when a workflow fails message him on slack', 'Tom is our IT guy'],
  [
    'when a booking is cancelled ask the practice manager whether we charge a fee. if she says yes, bill them for it',
    'say the amount',
  ],
];

/** "Approved" as a word of the trade stays no approval. */
export const APPROVED_WORD_KEPT: readonly Case[] = [
  ['when a form is submitted send the approved price list to them', 'form.submitted', 'email.send'],
];
