import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/** Session 38, issue #16: wrong workflows from how a field, a time or a form was read (the conditions and triggers). */

/** A field tested for presence, a form field named as one, "emails about": what the words say of which field. */
const FIELD_READ: readonly Case[] = [
  [
    'When a lead is created, if the company field is filled in, tag them corporate',
    'lead.created',
    'if(trigger.lead.company exists true)[crm.updateLead]',
  ],
  [
    'When a lead is created, if the company is filled in, tag them corporate',
    'lead.created',
    'if(trigger.lead.company exists true)[crm.updateLead]',
  ],
  [
    'When a lead is created, if the company field is empty, tag them individual',
    'lead.created',
    'if(trigger.lead.company exists false)[crm.updateLead]',
  ],
  [
    'When a form is submitted, if the phone field is left blank, email them',
    'form.submitted',
    'if(trigger.fields.phone exists false)[email.send]',
  ],
  [
    'When a form is submitted, if the phone field is filled out, notify me',
    'form.submitted',
    'if(trigger.fields.phone exists true)[notify.team]',
  ],
  [
    'when a form is submitted, if the amount field is over 250 notify me',
    'form.submitted',
    'if(trigger.fields.amount gt 250)[notify.team]',
  ],
  [
    'when a form is submitted, if the value field is at least 1000 notify me',
    'form.submitted',
    'if(trigger.fields.value gte 1000)[notify.team]',
  ],
  [
    'If a customer emails about a warranty, notify me',
    'email.received',
    'if(trigger.text contains "warranty")[notify.team]',
  ],
  [
    'When a client emails asking about prices, notify me',
    'email.received',
    'if(trigger.text contains "prices")[notify.team]',
  ],
  [
    'When a customer emails regarding a refund, notify me',
    'email.received',
    'if(trigger.text contains "refund")[notify.team]',
  ],
];

/** Twins: a value compared, a field's value equalled, a form's amount unnamed as a field, a message "to us". */
const FIELD_READ_TWINS: readonly Case[] = [
  [
    'when a form is submitted, if the amount is over 250 notify me',
    'form.submitted',
    'if(trigger.fields.budget gt 250)[notify.team]',
  ],
  [
    'when a form is submitted, if the budget field is over 250 notify me',
    'form.submitted',
    'if(trigger.fields.budget gt 250)[notify.team]',
  ],
  [
    'When a lead is created, if the company is Acme, notify me',
    'lead.created',
    'if(trigger.lead.company eq "Acme")[notify.team]',
  ],
  [
    'When a lead is created, if the source is Facebook, notify me',
    'lead.created',
    'if(trigger.lead.source eq "Facebook")[notify.team]',
  ],
  [
    'If a customer emails us about a warranty, notify me',
    'email.received',
    'if(trigger.text contains "warranty")[notify.team]',
  ],
];

const SLACK_SUMMARY = 'report.summarize; notify.slack';

/** "twice a day (9 and 3)": the bracket names the times, a bare 1-6 in the afternoon as "at 3" is. */
const TIMES_BRACKETED: readonly Case[] = [
  [
    "twice a day (9 and 3) post a summary of what's come in today to slack",
    'cron(0 9,15 * * ? *)',
    SLACK_SUMMARY,
  ],
  ['twice a day (at 9 and 3) post a summary to slack', 'cron(0 9,15 * * ? *)', SLACK_SUMMARY],
  ['twice a day (9 & 4) post a summary to slack', 'cron(0 9,16 * * ? *)', SLACK_SUMMARY],
  ['twice a day (9am and 6pm) post a summary to slack', 'cron(0 9,18 * * ? *)', SLACK_SUMMARY],
  ['3 times a day (8, 12 and 4) post a summary to slack', 'cron(0 8,12,16 * * ? *)', SLACK_SUMMARY],
];

/** Twins: the times said with "at", and "twice a day" with no times (spread over the office day). */
const TIMES_SAID: readonly Case[] = [
  ['twice a day at 9 and 3 post a summary to slack', 'cron(0 9,15 * * ? *)', SLACK_SUMMARY],
  ['every day at 9 & 3 post a summary to slack', 'cron(0 9,15 * * ? *)', SLACK_SUMMARY],
  ['twice a day (8am and 1pm) post a summary to slack', 'cron(0 8,13 * * ? *)', SLACK_SUMMARY],
  ['twice a day post a summary to slack', 'cron(0 9,17 * * ? *)', SLACK_SUMMARY],
];

/** A form said as what starts it: "a form lead", "within N days of submitting", "signs up as a volunteer on the form". */
const FORM_STARTS: readonly Case[] = [
  [
    'Alert your team when a form lead goes cold (no meeting booked within 5 days of submitting)',
    'form.submitted',
    'waitFor(booking.created,P5D,timeout:[notify.team])',
  ],
  [
    "If a form lead doesn't book a call within 3 days, email them a nudge",
    'form.submitted',
    'waitFor(booking.created,P3D,timeout:[email.send])',
  ],
  [
    "if someone hasn't booked a meeting within 5 days of submitting, notify me",
    'form.submitted',
    'waitFor(booking.created,P5D,timeout:[notify.team])',
  ],
  [
    "when someone signs up as a volunteer on the website form and they haven't booked an induction slot within 7 days, email them a nudge",
    'form.submitted',
    'waitFor(booking.created,P7D,timeout:[email.send])',
  ],
  [
    'when someone signs up as a volunteer on the website form, email them a welcome',
    'form.submitted',
    'email.send',
  ],
];

/** Twins: a lead with no form said stays a new lead. */
const LEAD_STARTS: readonly Case[] = [
  [
    "if a lead doesn't book a call within 3 days, email them a nudge",
    'lead.created',
    'waitFor(booking.created,P3D,timeout:[email.send])',
  ],
  ['when someone signs up as a volunteer, email them a welcome', 'lead.created', 'email.send'],
  [
    "when a new lead comes in and they haven't booked a call within 7 days, email them a nudge",
    'lead.created',
    'waitFor(booking.created,P7D,timeout:[email.send])',
  ],
];

/** "a new inquiry email comes in": a message of that kind arriving (email.received), not a new lead sent an email. */
const KIND_OF_EMAIL: readonly Case[] = [
  ['new listing inquiry email comes in > add it as a note on that lead', 'email.received', 'crm.addNote'],
  ['when an inquiry email comes in, add it as a note', 'email.received', 'crm.addNote'],
  ['when a support email arrives, notify the support team', 'email.received', 'notify.team'],
  ['when a booking email comes in, add a note', 'email.received', 'crm.addNote'],
];

/** Twins: an enquiry (no email said) is a new lead; a reply is a message arriving, as before. */
const KIND_OF_EMAIL_TWINS: readonly Case[] = [
  ['when a new enquiry comes in, email them the brochure', 'lead.created', 'email.send'],
  ['when a new reply comes in, notify me', 'email.received', 'notify.team'],
];

describe('wrong answers of session 38 (issue #16): fields, times and forms read as said, their twins unchanged', () => {
  it('GIVEN a field said filled in, empty or left blank, a form field named as one ("the amount field"), a customer who "emails about" something WHEN parsed THEN a presence test, the field of that name, a test of the message text', () => {
    expect(misread(FIELD_READ)).toStrictEqual([]);
  });

  it('GIVEN a value equalled or compared without the word "field", and "emails us about" WHEN parsed THEN they read as before', () => {
    expect(misread(FIELD_READ_TWINS)).toStrictEqual([]);
  });

  it('GIVEN "twice a day" or "3 times a day" with its times in a bracket ("(9 and 3)", "(8, 12 and 4)") WHEN parsed THEN those hours, never the office day\'s spread', () => {
    expect(misread(TIMES_BRACKETED)).toStrictEqual([]);
    expect(misread(TIMES_SAID)).toStrictEqual([]);
  });

  it('GIVEN times a bracket cannot give in one cron ("(9 and 3:30)") WHEN parsed THEN refused, naming the two schedules', () => {
    const result = parsePrompt('twice a day (9 and 3:30) post a summary to slack');
    expect(result.ok ? 'a workflow' : result.problems.join('; ')).toContain('needs two schedules');
  });

  it('GIVEN a form said as the start ("a form lead goes cold", "within 5 days of submitting", "signs up as a volunteer on the website form") WHEN parsed THEN form.submitted; GIVEN no form said THEN lead.created as before', () => {
    expect(misread(FORM_STARTS)).toStrictEqual([]);
    expect(misread(LEAD_STARTS)).toStrictEqual([]);
  });

  it('GIVEN an email of a kind arriving ("a new listing inquiry email comes in", "a booking email comes in") WHEN parsed THEN email.received and no email sent; GIVEN an enquiry with no email said THEN a new lead', () => {
    expect(misread(KIND_OF_EMAIL)).toStrictEqual([]);
    expect(misread(KIND_OF_EMAIL_TWINS)).toStrictEqual([]);
  });
});
