import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  ARRIVING_ON_CLASS,
  ASKED_OF_THEM_CLASS,
  CARD_TWINS,
  GUARANTEED_CLASS,
  GUARANTEED_TWINS,
  HASHED_CHANNEL_CLASS,
  HASHED_CHANNEL_TWINS,
  MANUAL_WISH_CLASS,
  MANUAL_WISH_TWINS,
  STEP_REFUSALS,
} from './classes/steps-s35';
import { misread, notRefused } from './misread';

const stepsOf = (prompt: string): unknown => {
  const result = parsePrompt(prompt);
  return result.ok ? result.definition.steps : result.problems;
};

describe('a channel typed with its "#" and called a Slack channel', () => {
  it('GIVEN "post it in the #billing slack channel" in every trigger and wording WHEN parsed THEN it is one post to that channel, and a second delivery after it stays a second step', () => {
    expect([...misread(HASHED_CHANNEL_CLASS), ...misread(HASHED_CHANNEL_TWINS)]).toStrictEqual([]);
  });
});

describe('the manual start said as a wish', () => {
  it('GIVEN "Let me trigger this manually: …" and its variants WHEN parsed THEN the workflow starts by hand and sends me nothing more, while "let me know" is still a message to me', () => {
    expect([...misread(MANUAL_WISH_CLASS), ...misread(MANUAL_WISH_TWINS)]).toStrictEqual([]);
  });
});

describe('a test of the state the starting event guarantees', () => {
  it('GIVEN "Late payments: when an invoice is overdue …" and "when an invoice is paid, if it is paid …" WHEN parsed THEN no step tests or awaits what the event already says, and tests it does not say stay', () => {
    expect([...misread(GUARANTEED_CLASS), ...misread(GUARANTEED_TWINS)]).toStrictEqual([]);
  });

  it('GIVEN a test that repeats the trigger WHEN parsed THEN the answer says the test was left out', () => {
    const result = parsePrompt('When an invoice is overdue and it is overdue, send a reminder');
    expect(result.ok && result.notes.join(' ')).toContain('already overdue');
  });
});

describe('whom a reminder to many people asks something of', () => {
  it('GIVEN "remind all past clients to leave us a review" in many wordings WHEN parsed THEN each client found gets an email; "us" is not who receives it', () => {
    expect(misread(ASKED_OF_THEM_CLASS)).toStrictEqual([]);
  });
});

describe('people who arrive on a day', () => {
  it('GIVEN "email each guest arriving tomorrow …" across trades, verbs and days WHEN parsed THEN the bookings of that day are found and each attendee is emailed', () => {
    expect(misread(ARRIVING_ON_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "each patient arriving tomorrow" WHEN parsed THEN the finder asks for tomorrow\'s bookings with an attendee', () => {
    expect(stepsOf('Every day at 3pm, email each patient arriving tomorrow a reminder')).toMatchObject([
      { action: 'calendar.find', input: { day: 'tomorrow', withAttendee: true } },
      { forEach: { steps: [{ action: 'email.send', input: { to: '{{item.attendeeEmail}}' } }] } },
    ]);
  });

  it('GIVEN people arriving at a time no finder names, and cards only the post carries WHEN parsed THEN each is refused, quoting it; what goes by email stays an email', () => {
    expect([...notRefused(STEP_REFUSALS), ...misread(CARD_TWINS)]).toStrictEqual([]);
  });
});
