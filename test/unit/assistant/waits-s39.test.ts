import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/** Session 39 (issue #16, development sets 26–28): waits people write that the parser refused. */

/** A booking's own time said with "til", "it's over", a client's booking, or restated in brackets. */
const BOOKING_MOMENTS: readonly Case[] = [
  [
    "after a client's appointment is over (wait till it ends) email them our feedback survey link",
    'booking.created',
    'wait(until); email.send',
  ],
  ["After a customer's session ends, email them a thank you", 'booking.created', 'wait(until); email.send'],
  ["once someone's class is over, send them the feedback form", 'booking.created', 'wait(until); email.send'],
  [
    "once someone's class ends (wait till it's over) email them the timetable",
    'booking.created',
    'wait(until); email.send',
  ],
  [
    'After someone books a class, wait til the class is over then email them asking how it went',
    'booking.created',
    'wait(until); email.send',
  ],
  [
    "When a client books a session, wait 'til it's over, then email them the survey",
    'booking.created',
    'wait(until); email.send',
  ],
  [
    "once an interview is booked, wait till it's over and then ask the consultant for feedback",
    'booking.created',
    'wait(until); notify.team',
  ],
  [
    "When a client books, wait until it's done and then ask the trainer how it went",
    'booking.created',
    'wait(until); notify.team',
  ],
  [
    'For each new interview booking, wait til the interview starts then ask the recruiter to give feedback',
    'booking.created',
    'wait(until); notify.team',
  ],
];

/** Near misses: the booking made or cancelled (no wait), another record's state, someone not ours. */
const BOOKING_MOMENT_TWINS: readonly Case[] = [
  ["after a client's appointment is booked, email them the intake form", 'booking.created', 'email.send'],
  ["after a client's appointment is cancelled, email them", 'booking.cancelled', 'email.send'],
  ["after a client's invoice is paid, email them", 'invoice.paid', 'email.send'],
];
const BOOKING_MOMENT_REFUSED: readonly (readonly [string, string])[] = [
  ["When a client books, wait till it's paid then email them", "it's paid"],
  ["When a lead is added, wait til it's over then email them", 'does not start from a booking'],
  // a colleague asked for a review of something: no action reads it ("ask the client for feedback" is an email to
  // the booking's person since session 41, trade-bookings-s41.test.ts)
  [
    "When a client books, wait till it's over then ask Sam for a review of the notes",
    'ask Sam for a review of the notes',
  ],
];

describe('waits until a booking’s own time, as sets 26–28 wrote them (session 39)', () => {
  it('GIVEN "wait til/till it’s over", "a client’s appointment is over", or the moment restated in brackets WHEN parsed THEN a booking made, one wait until its start or end, then the action', () => {
    expect(misread(BOOKING_MOMENTS)).toStrictEqual([]);
  });

  it('GIVEN a client’s booking made or cancelled, or an invoice paid WHEN parsed THEN no wait until a booking’s time', () => {
    expect(misread(BOOKING_MOMENT_TWINS)).toStrictEqual([]);
  });

  it('GIVEN a moment no booking has, a run with no booking, or a colleague asked for a review of something WHEN parsed THEN it is refused, quoting it', () => {
    expect(notRefused(BOOKING_MOMENT_REFUSED)).toStrictEqual([]);
  });
});

/** A wait for a payment, a reply, a booking or a form, then its outcomes said short, and the action before it. */
const AWAITED_OUTCOMES: readonly Case[] = [
  [
    'after we send a membership invoice, wait up to 7 days for payment. paid = thank you email. not paid = slack Mele so she can chase',
    'invoice.created',
    'waitFor(invoice.paid,P7D,event:[email.send],timeout:[notify.team])',
  ],
  [
    'when an invoice is sent, wait 7 days for payment. paid: send a thank you email. unpaid: tell Mele',
    'invoice.created',
    'waitFor(invoice.paid,P7D,event:[email.send],timeout:[notify.team])',
  ],
  [
    'when an invoice is sent, wait up to seven days for payment. paid = thank you email. not paid = slack Mele',
    'invoice.created',
    'waitFor(invoice.paid,P7D,event:[email.send],timeout:[notify.team])',
  ],
  [
    "when an invoice is sent, wait up to 10 days for payment. If it comes in post 'paid' in #billing, if not tell Nick to ring them",
    'invoice.created',
    'waitFor(invoice.paid,P10D,event:[notify.slack],timeout:[notify.team])',
  ],
  [
    'when a client job order comes through the form, wait for them to book a call with us, up to 3 days. no booking by then? email them the booking link again',
    'form.submitted',
    'waitFor(booking.created,P3D,timeout:[email.send])',
  ],
  [
    'when a form is submitted, wait up to 3 days for them to book a call. if they book tell Sam, if not email them the booking link again',
    'form.submitted',
    'waitFor(booking.created,P3D,event:[notify.team],timeout:[email.send])',
  ],
  [
    'when a form is submitted, wait for them to book a call, up to 3 days. booked = tell Sam. not booked = email them the booking link again',
    'form.submitted',
    'waitFor(booking.created,P3D,event:[notify.team],timeout:[email.send])',
  ],
  [
    'when someone books in wait for their waiver form to come in. no waiver after 1 day -> email them the waiver link again',
    'booking.created',
    'waitFor(form.submitted,P1D,timeout:[email.send])',
  ],
  [
    'when someone books, wait for the waiver form. no form within 2 days: email them the waiver link again',
    'booking.created',
    'waitFor(form.submitted,P2D,timeout:[email.send])',
  ],
  [
    'when we email a lead, wait up to 3 days for a reply. replied = tell Sam. no reply = tag them cold',
    'email.sent[message]',
    'waitFor(email.received,P3D,event:[notify.team],timeout:[crm.updateLead])',
  ],
  [
    'When a candidate is added, send them the contract, wait up to 7 days for the signed copy to come back by email, if nothing by then tell Sipho',
    'lead.created',
    'email.send; waitFor(email.received,P7D,timeout:[notify.team])',
  ],
  [
    "When a candidate is added, send them the contract, wait 7 days for them to email it back. if they don't, tell Sipho",
    'lead.created',
    'email.send; waitFor(email.received,P7D,timeout:[notify.team])',
  ],
  [
    'When an invoice is sent, wait up to 7 days for payment. If nothing by then, send a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])',
  ],
  // the other branch said with a verb "if not" did not know (it was read into the first branch)
  [
    'when we send an invoice, wait 7 days for payment. if paid thank them, if not slack Mele',
    'invoice.created',
    'waitFor(invoice.paid,P7D,event:[email.send],timeout:[notify.team])',
  ],
  [
    'when we email a lead, if they reply within 3 days tell Sam, if not message Jo',
    'email.sent[message]',
    'waitFor(email.received,P3D,event:[notify.team],timeout:[notify.team])',
  ],
];

/** The same waits said other ways (sets 23, 25, 28): paid within, sent back, a booked meeting finishing, a job spec. */
const SAID_OTHER_WAYS: readonly Case[] = [
  [
    'on a new invoice: if paid within 10 days thank them, if not send a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P10D,event:[email.send],timeout:[invoice.sendReminder])',
  ],
  [
    "when an invoice is sent, if it's paid in 2 weeks thank them, otherwise tell Mele",
    'invoice.created',
    'waitFor(invoice.paid,P14D,event:[email.send],timeout:[notify.team])',
  ],
  [
    "when a consult is booked, email the client the intake packet; if they don't send it back (reply) in 3 days, remind them, and if still nothing after 3 more days tell me",
    'booking.created',
    'email.send; waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P3D,timeout:[notify.team])])',
  ],
  // was sent as soon as the meeting was booked
  [
    'after a booked meeting finishes send the person a thank you for coming in email',
    'booking.created',
    'wait(until); email.send',
  ],
  [
    'when we send a candidate a job spec and they dont reply within 2 days, send them a follow up',
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send])',
  ],
];
const SAID_OTHER_WAYS_TWINS: readonly Case[] = [
  ['after a booked meeting is cancelled, email them', 'booking.cancelled', 'email.send'],
  ['when an appointment is booked, send them the brochure', 'booking.created', 'email.send'],
];
const SAID_OTHER_WAYS_REFUSED: readonly (readonly [string, string])[] = [
  // a form sent back is not a reply: left as written
  [
    "When someone books, email them the intake form; if they don't send the form back within 3 days, remind them",
    "if they don't send the form back within 3 days",
  ],
  ['when an invoice is sent, if paid over 10 days late tell Mele', 'if paid over 10 days late'],
];

/** The reminders invoice.sendReminder sends (email.sent, kind invoice-reminder), each about its invoice. */
const REMINDERS_SENT: readonly Case[] = [
  [
    'Each time we send an invoice reminder, wait up to 10 days for payment. If it comes in post ‘paid ✅’ in #billing, if not tell Nick to ring them',
    'email.sent {"kind":["invoice-reminder"]}',
    'waitFor(invoice.paid,P10D,event:[notify.slack],timeout:[notify.team])',
  ],
  [
    "every time we send an invoice reminder add a note on the client's record",
    'email.sent {"kind":["invoice-reminder"]}',
    'crm.addNote',
  ],
  ['when a payment reminder goes out, tell Sam', 'email.sent {"kind":["invoice-reminder"]}', 'notify.team'],
  ['when an invoice reminder is sent, tell Sam', 'email.sent {"kind":["invoice-reminder"]}', 'notify.team'],
  [
    "when we send a payment reminder, if they don't pay within 5 days, notify the team",
    'email.sent {"kind":["invoice-reminder"]}',
    'waitFor(invoice.paid,P5D,timeout:[notify.team])',
  ],
];

/** Near misses: the invoice sent (not its reminder), a reminder as the action, a kind of invoice named. */
const REMINDER_TWINS: readonly Case[] = [
  ['when we send an invoice, tell Sam', 'invoice.created', 'notify.team'],
  ['when we send a membership invoice, tell Sam', 'invoice.created', 'notify.team'],
  ['when an invoice is overdue, send a payment reminder', 'invoice.overdue', 'invoice.sendReminder'],
];
const AWAITED_REFUSED: readonly (readonly [string, string])[] = [
  // what the catalogue has no event for stays refused, quoted
  [
    'when someone books, wait for them to sign the contract, up to 3 days. not signed = email them the contract again',
    'wait for them to sign the contract',
  ],
  [
    'when someone books, wait up to 3 days for the deposit to clear. cleared = tell Sam. not cleared = email them',
    'wait up to 3 days for the deposit to clear',
  ],
  [
    'when an invoice is sent, wait up to 7 days for a review. reviewed = thank them. no review = tell Mele',
    'wait up to 7 days for a review',
  ],
  // no duration: the wait asks for one
  [
    'When a candidate is added, send them the contract, wait for the signed copy to come back by email, then tell Sipho',
    'wait for the signed copy to come back by email',
  ],
  // a payment nothing in the run can be matched to
  [
    'when a lead is added, wait up to 7 days for payment. paid = thank you email. not paid = slack Mele',
    'nothing to recognise the payment by',
  ],
  // "final" picks some invoices out, which an invoice does not record
  ['after we send a final invoice, tell Sam', 'after we send a final invoice'],
];

describe('a wait said from the action before it, its outcomes said short (session 39)', () => {
  it('GIVEN "wait up to N for payment/a reply/them to book/their form", then "paid = …", "if it comes in …", "no booking by then? …", "no waiver after 1 day -> …" WHEN parsed THEN one waitFor with the outcomes on its event and timeout', () => {
    expect(misread(AWAITED_OUTCOMES)).toStrictEqual([]);
  });

  it('GIVEN "if paid within 10 days", "send it back (reply)", "a booked meeting finishes", "a job spec" WHEN parsed THEN the wait they say; a form sent back, a payment late, a booking cancelled, as before', () => {
    expect(misread(SAID_OTHER_WAYS)).toStrictEqual([]);
    expect(misread(SAID_OTHER_WAYS_TWINS)).toStrictEqual([]);
    expect(notRefused(SAID_OTHER_WAYS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "we send an invoice reminder", "a payment reminder goes out" WHEN parsed THEN the run starts on the reminders sent, and a payment awaited is the reminded invoice’s', () => {
    expect(misread(REMINDERS_SENT)).toStrictEqual([]);
    const result = parsePrompt(
      "when we send a payment reminder, if they don't pay within 5 days, notify the team",
    );
    const [wait] = result.ok ? result.definition.steps : [];
    expect(wait && 'waitFor' in wait ? wait.waitFor.match : undefined).toStrictEqual({
      'invoice.id': '{{trigger.invoiceId}}',
    });
  });

  it('GIVEN the invoice sent, a kind of invoice, or a reminder as the action WHEN parsed THEN no reminders-sent trigger', () => {
    expect(misread(REMINDER_TWINS)).toStrictEqual([]);
  });

  it('GIVEN a wait for what no event records, a payment with no invoice in the run, or a picking word WHEN parsed THEN it is refused, quoting it', () => {
    expect(notRefused(AWAITED_REFUSED)).toStrictEqual([]);
  });
});
