import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  BRANCH_CLASS,
  CANCELLATION_CLASS,
  CHANGE_CLASS,
  COMPARISON_CLASS,
  COMPARISON_REFUSED,
  END_OF_WEEK_CLASS,
  FIELD_LIST_ROWS,
  FORM_ANSWER_CLASS,
  GOAL_CLASS,
  MESSAGE_AFTER_CLASS,
  MONTH_LIMIT_CLASS,
  MONTH_PERIOD_CLASS,
  PURPOSE_AFTER_CLASS,
  PURPOSE_REFUSED,
  RANGE_CLASS,
  ROLE_CLASS,
} from './classes/comparisons-s32';
import { REPORT_FOR_CLASS, TIME_ASIDE_CLASS } from './classes/framing-s32';
import {
  ACCEPTED_REFUSED,
  EVERYONE_ELSE_CLASS,
  FIELD_TEXT_CLASS,
  HOW_IT_COMES_CLASS,
  OR_WORDS_CLASS,
  PERSON_MESSAGE_CLASS,
  TOPIC_ACRONYM_CLASS,
  TRADE_VALUE_CLASS,
} from './classes/set17-s32';

/** Each request whose outline is not the expected one: what came back instead. */
const misread = (rows: readonly (readonly [string, string, string])[]): string[] =>
  rows.flatMap(([prompt, trigger, steps]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
    const o = outlineOf(result.definition);
    return o.trigger === trigger && o.steps === steps ? [] : [`${prompt} → ${o.trigger} || ${o.steps}`];
  });

describe('comparisons in words, branches, schedule words and what is said around a request (session 32)', () => {
  it('GIVEN a record × field × comparison in words ("anything over", "$5k or more", "5,000+", "no more than") × amount × where the test stands (an "if", "and" on the trigger, a field before an arrow, a bare comparison as a label, after the action) × action WHEN parsed THEN the one condition on the typed field', () => {
    expect(COMPARISON_CLASS.length).toBe(768);
    expect(misread(COMPARISON_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a first branch × amount × the other branch said as the other side of the comparison ("Below that →", "Anything less,", "if below that", "Everything else:") × pair of actions WHEN parsed THEN one test with both branches, never the second action under the first test', () => {
    expect(BRANCH_CLASS.length).toBe(432);
    expect(misread(BRANCH_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a range said with a dash or "to" ("1000-5000", "1k–5k", "$2,000 to $8,000") × record × position × action WHEN parsed THEN both bounds are tested, never the first alone', () => {
    expect(misread(RANGE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a lead’s value that drops, falls, dips, goes, rises or climbs past an amount WHEN parsed THEN it starts on a lead update with that test, never on a new lead', () => {
    expect(misread(CHANGE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a form’s answer named before its comparison ("the score is 6 or lower", "the rating is under 3 stars") WHEN parsed THEN the test is on that answer of the submission', () => {
    expect(misread(FORM_ANSWER_CLASS)).toStrictEqual([]);
  });

  it('GIVEN days × time × months with no day of their own ("in March", "during June and July") × action × order WHEN parsed THEN one cron limited to those months', () => {
    expect(MONTH_LIMIT_CLASS.length).toBe(72);
    expect(misread(MONTH_LIMIT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a period of months ("every 3 months", "every six months", "twice a year") × day × action WHEN parsed THEN one cron over those months', () => {
    expect(misread(MONTH_PERIOD_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "before the weekend" or "the end of every week" with or without a day × time × action WHEN parsed THEN Friday, or the day named, never a second day', () => {
    expect(misread(END_OF_WEEK_CLASS)).toStrictEqual([]);
  });

  it('GIVEN an executive ("the VP", "the VP of sales") as who gets a scheduled summary WHEN parsed THEN the summary goes to them, never a time zone', () => {
    expect(misread(ROLE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a goal after the rule ("we want to respond faster", "that way nothing gets missed") × event × action WHEN parsed THEN the rule alone, never a step for the goal’s verb', () => {
    expect(misread(GOAL_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "cancellation of" the booking’s own noun WHEN parsed THEN every cancelled booking, with no test of its title', () => {
    expect(misread(CANCELLATION_CLASS)).toStrictEqual([]);
  });

  it('GIVEN fields of the lead listed with "and" ("their name and email") WHEN parsed THEN no email is sent to the lead', () => {
    const emailed = FIELD_LIST_ROWS.filter((prompt) => {
      const result = parsePrompt(prompt);
      return result.ok && outlineOf(result.definition).steps.includes('email.send');
    });
    expect(emailed).toStrictEqual([]);
  });

  it('GIVEN the words of a message after whom it goes to and a colon, a dash or "with:" (plain, with a comma and "we\'ll", "please … or we\'ll …", quoted) × event WHEN parsed THEN one email whose body they are', () => {
    expect(MESSAGE_AFTER_CLASS.length).toBe(72);
    expect(misread(MESSAGE_AFTER_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a purpose after the action ("so whoever is on call can grab it") × event × action WHEN parsed THEN the action alone; one that limits who ("so only the sales team sees it") is refused quoting it', () => {
    expect(misread(PURPOSE_AFTER_CLASS)).toStrictEqual([]);
    const kept = PURPOSE_REFUSED.filter(([prompt, quoted]) => {
      const result = parsePrompt(prompt);
      return result.ok || !result.problems.join('\n').includes(quoted);
    });
    expect(kept).toStrictEqual([]);
  });

  it('GIVEN h4’s set-17 classes — a quoted word in a field ("with \'Private Dining\' in the title", "has \'outage\' or \'down\' in the subject"), quoted words joined by "or", how the record always arrives ("via my calendar link"), "everyone else" as the other branch, a trade’s name for the value ("loan value"), an acronym before a summary ("the SLA summary") WHEN parsed THEN the test, the branch or nothing as said, never a dropped word or a time zone', () => {
    expect(misread(FIELD_TEXT_CLASS)).toStrictEqual([]);
    expect(misread(OR_WORDS_CLASS)).toStrictEqual([]);
    expect(misread(HOW_IT_COMES_CLASS)).toStrictEqual([]);
    expect(misread(EVERYONE_ELSE_CLASS)).toStrictEqual([]);
    expect(misread(TRADE_VALUE_CLASS)).toStrictEqual([]);
    expect(misread(TOPIC_ACRONYM_CLASS)).toStrictEqual([]);
    expect(misread(PERSON_MESSAGE_CLASS)).toStrictEqual([]);
    expect(misread(TIME_ASIDE_CLASS)).toStrictEqual([]);
    expect(misread(REPORT_FOR_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a confirmation of something no record is ("if a quote isn\'t accepted within 5 days") WHEN parsed THEN it is refused, never started on a booking', () => {
    expect(ACCEPTED_REFUSED.filter(([prompt]) => parsePrompt(prompt).ok)).toStrictEqual([]);
  });

  it('GIVEN a currency on a booking or a comparison of a field no record keeps WHEN parsed THEN it is refused quoting those words', () => {
    const wrong = COMPARISON_REFUSED.flatMap(([prompt, quoted]) => {
      const result = parsePrompt(prompt);
      if (result.ok) return [`${prompt} → ${outlineOf(result.definition).steps}`];
      return result.problems.join('\n').toLowerCase().includes(quoted.toLowerCase())
        ? []
        : [`${prompt} → refused without quoting "${quoted}"`];
    });
    expect(wrong).toStrictEqual([]);
  });
});
