import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * Our own events said as a trade says them (issue #16, session 42): a form named by its page, a payment by what it
 * is for, a file by whoever adds it or by the folder it lands in, an approval asked for in other words, a
 * registration that comes through a form. Phrasings from trades other than the rows'.
 */

const SAID_BY_TRADES: readonly Case[] = [
  ['booking form on our site - email the client', 'form.submitted', 'email.send'],
  ['call us form on the homepage → add them as a lead', 'form.submitted', 'crm.createLead'],
  [
    'enquiry form filled in -- wait 5 minutes, then send the price list',
    'form.submitted',
    'wait(PT5M); email.send',
  ],
  ['When a parent pays their dues let the treasurer know', 'invoice.paid', 'notify.team'],
  ['when a term payment comes in, add a note saying term paid', 'invoice.paid', 'crm.addNote'],
  ['when the client uploads a document email the accountant', 'file.updated', 'notify.team'],
  ['When a tutor adds a new file post it in slack', 'file.updated', 'notify.slack'],
  [
    'when photos are uploaded to the jobs folder email the office',
    'file.updated {"file.folder":["jobs"]}',
    'notify.team',
  ],
  ['when anything needs signing off tell the manager', 'approval.requested', 'notify.team'],
  ['anytime something needs approving ping the GM on slack', 'approval.requested', 'notify.slack'],
  ['new application via the online form - email the applicant', 'form.submitted', 'email.send'],
  ['when a booking is cancelled post it in slack #front-desk', 'booking.cancelled', 'notify.slack'],
  [
    'every hour between 8am and 5pm on weekdays post a reminder to check the fridge temps in #kitchen',
    'cron(0 8-17 ? * MON-FRI *)',
    'notify.slack',
  ],
  [
    'every 2 hours between 8am and 6pm post a reminder in #ops',
    'cron(0 8,10,12,14,16,18 * * ? *)',
    'notify.slack',
  ],
];

describe("our own events said in a trade's words", () => {
  it('GIVEN "in slack #channel" and every hour of a range WHEN parsed THEN the channel is #channel and the hours are the range', () => {
    expect(misread(SAID_BY_TRADES.slice(-3))).toStrictEqual([]);
  });

  it('GIVEN a form by its page, a payment by what it is for, a file by who adds it or its folder, an approval asked for WHEN parsed THEN it is that event', () => {
    expect(misread(SAID_BY_TRADES)).toStrictEqual([]);
  });
});

describe('a form that gets a response, an approval left waiting, a long name before what I type', () => {
  it('GIVEN "the booking form gets a new submission", "something is sitting waiting for sign-off", "a quick way to … - I type …" WHEN parsed THEN the event or the start by hand is read', () => {
    expect(
      misread([
        ['when the booking form gets a new submission email the office', 'form.submitted', 'notify.team'],
        [
          'whenever something is still waiting for sign-off, tell Priya on slack',
          'approval.requested',
          'notify.team',
        ],
        [
          'we need a quick way to add a trade customer - I type the email and name, it saves them as a lead tagged trade',
          'manual',
          'crm.createLead',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('the twins: a record that is no file, a quote to approve, a lead from a place', () => {
  const outline = (prompt: string) => {
    const result = parsePrompt(prompt);
    return result.ok ? `${outlineOf(result.definition).trigger}` : 'refused';
  };

  it('GIVEN a lead added to a folder or a quote that needs approving WHEN parsed THEN no file or approval event is read', () => {
    expect(outline('when a lead is added to the vip folder notify me')).toBe('refused');
    expect(outline('whenever a quote needs approving email me')).toBe('refused');
  });

  it('GIVEN a new lead from a place, or a registration with no form said WHEN parsed THEN it stays a new lead', () => {
    expect(outline('new lead via google -> email them')).toBe('lead.created');
    expect(outline('new registration -> email them')).toBe('lead.created');
  });
});
