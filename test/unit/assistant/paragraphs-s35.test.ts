import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  ARROW_NOTE_CLASS,
  ASIDE_CLASS,
  HAVE_IT_CLASS,
  HEADING_REFUSED,
  NO_RESTART_CLASS,
  PARAGRAPH_CLASS,
  PARAGRAPH_REFUSED,
  RESTART_CLASS,
  STATED_HEADING_CLASS,
  TITLE_CLASS,
} from './classes/paragraphs-s35';
import { misread, notRefused } from './misread';

describe('long requests read in part (session 35): context set aside, restarts after "..."', () => {
  it('GIVEN a rule from any trade with background, feelings, tools, plans, thanks or a question about price before, between or after its sentences, or an aside in brackets or between dashes WHEN parsed THEN the rule is read and the context said back as not used', () => {
    expect(PARAGRAPH_CLASS.length).toBe(156);
    expect(misread(PARAGRAPH_CLASS)).toStrictEqual([]);
    expect(misread(ASIDE_CLASS)).toStrictEqual([]);
    const result = parsePrompt(
      'Reviews matter a ton for us. When an invoice is paid, send the customer a thank you email.',
    );
    expect(result.ok && result.notes).toContain('not used, as context: "Reviews matter a ton for us."');
  });

  it('GIVEN the same sentences carrying a negated step, an amount the rule does not say, a time, a copy to someone or a restriction ("Background: we never email clients on Sundays.", "My assistant gets a copy.") WHEN parsed THEN the request is refused quoting the sentence, never read without it', () => {
    expect(notRefused(PARAGRAPH_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a phrase broken off with "..." and said again after "no wait." / "actually just" / "ok just" / "sorry," ("wait until the day before... ok just wait 2 days") WHEN parsed THEN the later choice wins; "..." with no correction, or a correction of one step, takes nothing else back', () => {
    expect(misread(RESTART_CLASS)).toStrictEqual([]);
    expect(misread(NO_RESTART_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a heading naming the trigger\'s own records before a rule ("Late payments: when an invoice is overdue, …"), a heading of records in a state ("For cancelled bookings, notify the team."), or an arrow note whose step is the CRM ("form submitted → CRM + thank you email") WHEN parsed THEN the heading is a title (no test of the state the trigger already has), the records in that state start the workflow, and the CRM step creates the lead; a heading that narrows the records ("VIP leads: …") is never dropped', () => {
    expect(misread(TITLE_CLASS)).toStrictEqual([]);
    expect(misread(STATED_HEADING_CLASS)).toStrictEqual([]);
    expect(misread(ARROW_NOTE_CLASS)).toStrictEqual([]);
    expect(notRefused(HEADING_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN the workflow asked to act ("Can you have it email her at … each time?", "please have the system post to #sales") WHEN parsed THEN the action is read as the step', () => {
    expect(misread(HAVE_IT_CLASS)).toStrictEqual([]);
  });
  it('GIVEN a rule from any trade then a sentence saying what to do otherwise ("Otherwise add a note", "otherwise tag them \'cold\'", "Else send a reminder") WHEN parsed THEN that sentence is never set aside as context: the branch is read or the request refused quoting it, never the rule alone', () => {
    const rules = [
      'When a lead is created, email them.',
      'If an email comes in with "urgent" in the subject, alert me right away.',
      'When an invoice is paid, send a thank you email.',
      'When a booking is cancelled, notify the team.',
    ];
    const otherwise = [
      'Otherwise add a note',
      "otherwise tag them 'cold'",
      'Otherwise, just log it',
      'Else send a reminder',
    ];
    const setAside = rules.flatMap((rule) =>
      otherwise.flatMap((branch) => {
        const result = parsePrompt(`${rule} ${branch}`);
        return result.ok && result.notes.some((n) => n.includes('as context')) ? [`${rule} ${branch}`] : [];
      }),
    );
    expect(setAside).toStrictEqual([]);
  });
});
