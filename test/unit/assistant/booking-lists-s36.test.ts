import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { BOOKING_LIST_TWINS, BOOKING_LISTS, BOOKING_SUMMARIES } from './classes/booking-lists-s36';
import { misread } from './misread';

/** The cases whose find is not given the day said, or whose message does not carry the find's text. */
const notTheDay = (rows: readonly (readonly [readonly [string, string, string], string])[]): string[] =>
  rows.flatMap(([[prompt], day]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [prompt];
    const [find, message] = result.definition.steps as { id: string; input?: Record<string, unknown> }[];
    const text = JSON.stringify(message?.input ?? {});
    return find?.input?.day === day && text.includes(`{{steps.${find.id}.text}}`) ? [] : [prompt];
  });

describe("a day's bookings sent as a list (sessions 36, 38): the day's bookings found, in one message", () => {
  it('GIVEN a schedule × a list asked for × a day\'s bookings in a trade\'s words ("todays appointments", "tomorrow\'s walks", "the jobs for tomorrow") WHEN parsed THEN calendar.find and one message (Slack for a channel, the team otherwise)', () => {
    expect(misread(BOOKING_LISTS.map(([c]) => c))).toStrictEqual([]);
  });

  it('GIVEN the same requests WHEN parsed THEN the find is given the day said and the message carries its text', () => {
    expect(notTheDay(BOOKING_LISTS)).toStrictEqual([]);
  });

  it("GIVEN a summary of a day to come or of today's walks WHEN parsed THEN the bookings are found and sent too, to whom it names", () => {
    expect(misread(BOOKING_SUMMARIES.map(([c]) => c))).toStrictEqual([]);
    expect(notTheDay(BOOKING_SUMMARIES)).toStrictEqual([]);
  });

  it("GIVEN a step for each booking (\"email everyone on tomorrow's schedule\") or a summary of the day's or the week's bookings WHEN parsed THEN the find and its loop, or the activity report, as before", () => {
    expect(misread(BOOKING_LIST_TWINS)).toStrictEqual([]);
  });
});
