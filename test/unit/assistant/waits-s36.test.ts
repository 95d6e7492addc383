import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  AFTER_BOOKING_CLASS,
  AFTER_BOOKING_KIND_REFUSED,
  AFTER_BOOKING_TWINS,
  FOLLOW_ONCE_CLASS,
} from './classes/waits-s36';
import { misread } from './misread';

describe('waits after a booking and a follow-up said once (session 36)', () => {
  it('GIVEN "2 days after an appointment," × a booking in a trade\'s words × a step as the request\'s first words WHEN parsed THEN a booking made, the wait until that long after it ends; after it is booked, or after a lead comes in, the wait runs from the trigger', () => {
    expect(misread(AFTER_BOOKING_CLASS)).toStrictEqual([]);
    expect(misread(AFTER_BOOKING_TWINS)).toStrictEqual([]);
    const kind = parsePrompt(AFTER_BOOKING_KIND_REFUSED);
    expect(kind.ok ? 'built' : kind.problems.join('; ')).toContain('the last groom appointment');
  });

  it('GIVEN a message we send ("after we send an estimate email") × "if they don\'t reply in 2 days follow up once" WHEN parsed THEN one wait for their reply whose timeout sends the follow-up, and no email step for the message sent', () => {
    expect(misread(FOLLOW_ONCE_CLASS)).toStrictEqual([]);
  });
});
