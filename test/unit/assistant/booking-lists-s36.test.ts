import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  BOOKING_LIST_REFUSALS,
  BOOKING_LIST_TWINS,
  BOOKING_SUMMARY_REFUSALS,
} from './classes/booking-lists-s36';
import { misread } from './misread';

/** The requests that came back as a workflow, or refused without quoting the day's bookings. */
const notRefused = (rows: readonly (readonly [string, string])[]): string[] =>
  rows.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    return !result.ok && result.problems.join(' ').toLowerCase().includes(quoted.toLowerCase())
      ? []
      : [prompt];
  });

describe("a day's bookings sent as a list (session 36): refused, never an activity report", () => {
  it('GIVEN a schedule × a list asked for × a day\'s bookings in a trade\'s words ("todays appointments", "tomorrow\'s walks", "the jobs for tomorrow") WHEN parsed THEN it is refused, quoting them: a message cannot carry the bookings found', () => {
    expect(notRefused(BOOKING_LIST_REFUSALS)).toStrictEqual([]);
  });

  it("GIVEN a summary of a day to come or of today's walks WHEN parsed THEN it is refused too, quoting them", () => {
    expect(notRefused(BOOKING_SUMMARY_REFUSALS)).toStrictEqual([]);
  });

  it("GIVEN a step for each booking (\"email everyone on tomorrow's schedule\") or a summary of the day's or the week's bookings WHEN parsed THEN the find and its loop, or the activity report, as before", () => {
    expect(misread(BOOKING_LIST_TWINS)).toStrictEqual([]);
  });
});
