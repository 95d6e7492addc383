import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';

/**
 * More of session 43's run-by-hand starts and every record of a kind (issue #16; person-starts.ts, records-headed.ts,
 * typed-starts.ts): amounts invoiced to every record found, whose values are typed, and more ways a device or my
 * press is said, each with its twins. The phrasings come from music schools, clinics, salons, pools and agencies.
 */

describe('amounts invoiced to every record, and whose values are typed', () => {
  it('GIVEN "invoice / bill / charge every <records> the <amount> <what>" WHEN parsed THEN one invoice for each found record, for that amount', () => {
    expect(
      misread([
        [
          'every month on the 1st at 9 bill each member with status customer the $40 monthly subs',
          'cron(0 9 1 * ? *)',
          'crm.findLeads; forEach[invoice.create]',
        ],
        [
          'when I click the button, charge all clients tagged retainer the €500 retainer, due in 7 days',
          'manual',
          'crm.findLeads; forEach[invoice.create]',
        ],
      ]),
    ).toStrictEqual([]);
    const result = parsePrompt(
      'when I click the button, invoice every piano student (status customer) the £180 term fee, due in 14 days',
    );
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.definition.steps[0]).toMatchObject({
      action: 'crm.findLeads',
      input: { status: 'customer' },
    });
    expect(JSON.stringify(result.definition.steps[1])).toContain('"unitPriceCents":18000');
  });

  it("GIVEN a bracket filter after one record or after a time WHEN parsed THEN it is read as before (an event's tag, the loop)", () => {
    const said = (prompt: string) => {
      const result = parsePrompt(prompt);
      return result.ok
        ? `${outlineOf(result.definition).trigger} || ${outlineOf(result.definition).steps}`
        : 'refused';
    };
    expect(said('new commercial lead (tagged commercial) → email them the brochure')).toBe(
      'lead.created {"lead.tags":["commercial"]} || email.send',
    );
    expect(said('Every Friday email leads (tag jobfair) a thank-you note')).toBe(
      'cron(0 9 ? * FRI *) || crm.findLeads; forEach[email.send]',
    );
  });

  it('GIVEN the values typed said as the customers name / the clients email WHEN parsed THEN the run is manual with those inputs', () => {
    expect(
      misread([
        ['a button where i put in the clients email and it sends them our brochure', 'manual', 'email.send'],
        [
          'for the front desk: I type the customers name and email and it adds them as a lead',
          'manual',
          'crm.createLead',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('more ways a device or my press is said', () => {
  it('GIVEN "a panic button that cancels …", "a one-click that emails …", "a button for the salon:", "I\'ll hit the button myself when …:" WHEN parsed THEN the run is started by hand', () => {
    expect(
      misread([
        [
          "can you make me a panic button that cancels all of today's appointments and emails each patient to rebook",
          'manual',
          'calendar.find; forEach[calendar.cancel; email.send]',
        ],
        [
          "i'd love a one-click that emails every student tagged grade-5 the exam timetable",
          'manual',
          'crm.findLeads; forEach[email.send]',
        ],
        [
          'a button for the front desk: email all families tagged term-1 the uniform list',
          'manual',
          'crm.findLeads; forEach[email.send]',
        ],
        [
          "I'll hit the button myself when the pool is shut: cancel all of today's sessions and email each member",
          'manual',
          'calendar.find; forEach[calendar.cancel; email.send]',
        ],
        [
          "email all leads with status qualified the new brochure when I'm ready. I'll run it myself",
          'manual',
          'crm.findLeads; forEach[email.send]',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a button someone else presses, or one named by the records it is for WHEN parsed THEN no start of mine is read', () => {
    expect(
      notRefused([
        ['the buy button that customers click on our site should email me', 'what starts'],
        ['the book now button that clients press - email me when they do', 'what starts'],
        ['a button for vip clients: email them the offer', 'what starts'],
        ['I press the button on the website and it emails me', 'what starts'],
      ]),
    ).toStrictEqual([]);
  });
});

describe('what each message says, only after an email to each of them', () => {
  it('GIVEN "email each client that we\'re open late tomorrow" on a schedule WHEN parsed THEN the clause is what the email says', () => {
    expect(
      misread([
        [
          "every day at 9 email each client that we're open late tomorrow",
          'cron(0 9 * * ? *)',
          'crm.findLeads; forEach[email.send]',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN "tell each customer that we\'re closed" after an event WHEN parsed THEN it is not read as a message to the team', () => {
    expect(
      notRefused([["tell each customer that we're closed when a booking is cancelled", 'what starts']]),
    ).toStrictEqual([]);
  });
});

describe("the board's papers, never the board", () => {
  it('GIVEN "email everyone tagged trustee the board pack" WHEN parsed THEN each trustee is emailed the pack, while "email the board …" still tells the board', () => {
    expect(
      misread([
        [
          'every monday at 10 email everyone tagged trustee the link to the board pack',
          'cron(0 10 ? * MON *)',
          'crm.findLeads; forEach[email.send]',
        ],
        [
          'every friday at 4 email all members tagged committee the board papers',
          'cron(0 16 ? * FRI *)',
          'crm.findLeads; forEach[email.send]',
        ],
        [
          'every monday at 9 email the board the weekly summary',
          'cron(0 9 ? * MON *)',
          'report.summarize; notify.team',
        ],
      ]),
    ).toStrictEqual([]);
  });
});
