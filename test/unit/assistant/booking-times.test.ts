import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  BOOKING_MOMENT_CLASS,
  BOOKING_MOMENT_REFUSED,
  BOOKING_MOMENT_TWINS,
  MOMENT_OPENING_CLASS,
  MOMENTS,
} from './classes/booking-times';
import { misread, notRefused } from './misread';

/** The time the first wait of a request waits until ("{{trigger.booking.end}}"), or what it got instead. */
const untilOf = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const step = result.definition.steps[0];
  return step && 'wait' in step && typeof step.wait === 'object' && 'until' in step.wait
    ? step.wait.until
    : JSON.stringify(step);
};

describe('waits anchored on a booking’s own time (session 35): until it starts or ends, then any time after', () => {
  it('GIVEN a booking made in a trade’s words × a moment of it (over, ends, the day after, an hour after it ends, starts) × an action WHEN parsed THEN a wait until the booking’s time (moved that long after it), then the action', () => {
    expect(BOOKING_MOMENT_CLASS.length).toBe(320);
    expect(misread(BOOKING_MOMENT_CLASS)).toStrictEqual([]);
    // its twins: made, cancelled, or a plain wait, with no wait until the booking's time
    expect(misread(BOOKING_MOMENT_TWINS)).toStrictEqual([]);
  });

  it.each(MOMENTS)(
    'GIVEN the moment "%s" WHEN parsed THEN the wait runs until the booking’s %s',
    (moment, _waits, side) => {
      const prompt = `When a client books a session, ${moment.replaceAll('{n}', 'session')}email them.`;
      expect(untilOf(prompt)).toBe(`{{trigger.booking.${side}}}`);
    },
  );

  it('GIVEN the moment said as what starts the workflow ("When a tour ends, …", "After a stay is over, …") WHEN parsed THEN a booking made, then the wait until it ends', () => {
    expect(misread(MOMENT_OPENING_CLASS)).toStrictEqual([]);
    expect(untilOf('When a tour ends, notify me.')).toBe('{{trigger.booking.end}}');
  });

  it('GIVEN a part of the booking’s day (the night before, the morning of), or a booking’s time in a run with no booking WHEN parsed THEN it is refused, quoting it', () => {
    expect(notRefused(BOOKING_MOMENT_REFUSED)).toStrictEqual([]);
  });
});
