import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { validateWorkflow } from '../../../statemachines/validate';
import {
  AFTER_AFTER_ACTION,
  BEFORE_AFTER_ACTION,
  BEFORE_DUE,
  BEFORE_FIRST,
  BEFORE_TIMES,
  RELATIVE_REFUSED,
  RELATIVE_TWINS,
} from './classes/relative-waits';
import { misread, notRefused } from './misread';

/** The first step's wait, or what the request got instead. */
const waitOf = (prompt: string): unknown => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const step = result.definition.steps[0];
  return step && 'wait' in step ? step.wait : step;
};

describe('waits relative to a time in the data (session 38): before a booking or a due date', () => {
  it('GIVEN a booking in a trade’s words × a time before it (24 hours, the day, 2 days, an hour before it starts, 30 minutes before it ends, a week ahead) × an action, said after the action or first WHEN parsed THEN the moved wait, then the action', () => {
    expect(BEFORE_AFTER_ACTION.length).toBe(108);
    expect(misread(BEFORE_AFTER_ACTION)).toStrictEqual([]);
    expect(misread(BEFORE_FIRST)).toStrictEqual([]);
  });

  it.each(BEFORE_TIMES)(
    'GIVEN "%s" WHEN parsed THEN the wait is %s from the booking’s %s',
    (time, _outline, side) => {
      const wait = waitOf(
        `When a client books a session, email them ${time.replaceAll('{n}', 'session')}.`,
      ) as {
        until: string;
        before: string;
      };
      expect(wait.until).toBe(`{{trigger.booking.${side}}}`);
      expect(wait.before).toMatch(/^P/);
    },
  );

  it('GIVEN an invoice × a time before its due date × an action WHEN parsed THEN a wait until that long before {{trigger.invoice.dueDate}}, and the workflow validates', () => {
    expect(misread(BEFORE_DUE)).toStrictEqual([]);
    expect(
      waitOf('When an invoice is created, email the customer 2 days before the due date.'),
    ).toStrictEqual({
      until: '{{trigger.invoice.dueDate}}',
      before: 'P2D',
    });
    for (const [prompt] of [...BEFORE_DUE, ...BEFORE_FIRST.slice(0, 18)]) {
      const result = parsePrompt(prompt);
      expect(result.ok && validateWorkflow(result.definition).issues).toStrictEqual([]);
    }
  });

  it('GIVEN "an hour after the interview ends" said after the action WHEN parsed THEN the wait moved after its end comes first, as when said first', () => {
    expect(misread(AFTER_AFTER_ACTION)).toStrictEqual([]);
  });

  it('GIVEN the twins (2 days after it is booked, a wait until it starts, no wait) WHEN parsed THEN they stay as they were', () => {
    expect(misread(RELATIVE_TWINS)).toStrictEqual([]);
  });

  it('GIVEN a part of the booking’s day, a time before a booking or due date in a run with neither, or "the day before" with no time WHEN parsed THEN it is refused, quoting it', () => {
    expect(notRefused(RELATIVE_REFUSED)).toStrictEqual([]);
  });
});
