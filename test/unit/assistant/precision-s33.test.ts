import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_FAMILIES } from './classes/adversarial-s33';
import { FRAMING_SHAPE_CLASS, FRAMING_SHAPE_REFUSED } from './classes/framing-s33';
import {
  ARROW_BRANCH_CLASS,
  ARROW_BRANCH_REFUSED,
  CITY_CODE_CLASS,
  CITY_CODE_REFUSED,
  LEAVING_CLASS,
  LEAVING_REFUSED,
  MANY_STATUS_CLASS,
  NOTE_IN_CHANNEL_CLASS,
  SOURCE_GLOSS_CLASS,
  SOURCE_GLOSS_REFUSED,
  STATUS_WHEN_CLASS,
  STATUS_WHEN_REFUSED,
} from './classes/precision-s33';
import { misread, notRefused } from './misread';

describe('precision (session 33): the wrong workflows of a fresh set as classes, each with a must-refuse twin', () => {
  it('GIVEN two arrow lines on one field ("less than £200 → the reminder. £200+ → me.") × record × sides × amount × first action × "me" bare or with a verb × joint × arrow WHEN parsed THEN two tests side by side, never the second around the first; a second line whose action is not read is refused', () => {
    expect(ARROW_BRANCH_CLASS.length).toBe(648);
    expect(misread(ARROW_BRANCH_CLASS)).toStrictEqual([]);
    expect(notRefused(ARROW_BRANCH_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a value in the writer’s words with the CRM’s value in brackets ("from TikTok (source tiktok)") × frame × value × bracket form × action WHEN parsed THEN the bracket’s value is tested, never the two joined; a bracket with two values or a restriction is refused quoting it', () => {
    expect(SOURCE_GLOSS_CLASS.length).toBe(96);
    expect(misread(SOURCE_GLOSS_CLASS)).toStrictEqual([]);
    expect(notRefused(SOURCE_GLOSS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a person leaving with the CRM status in brackets ("someone cancels their sub (we set them to lost in the CRM)") × who × verb and object × bracket × action × surface WHEN parsed THEN the status change the bracket names; cancelling a subscription, plan or pass with no bracket is refused, never a booking cancelled', () => {
    expect(LEAVING_CLASS.length).toBe(720);
    expect(misread(LEAVING_CLASS)).toStrictEqual([]);
    expect(notRefused(LEAVING_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a schedule’s zone said by a city’s code ("Daily 5pm LA time") × schedule × action WHEN parsed THEN that city’s zone; a country’s two-letter code ("JP time", "PH time") is refused quoting it, never read as the country', () => {
    expect(misread(CITY_CODE_CLASS)).toStrictEqual([]);
    expect(notRefused(CITY_CODE_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a note said where a channel is ("quick note in #new-customers", "note in Slack") × trigger × surface WHEN parsed THEN a message in the channel only; a note in the CRM or on the lead stays a CRM note', () => {
    expect(misread(NOTE_IN_CHANNEL_CLASS)).toStrictEqual([]);
  });

  it('GIVEN records a step is about with their status in brackets ("all the lapsed subscribers (status lost)") × schedule × verb × who × bracket WHEN parsed THEN the records are found in that status, never each tested', () => {
    expect(misread(MANY_STATUS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a lead’s status said as the trigger after a greeting and a dash ("quick one - When lead status = customer") × subject × copula × status × action WHEN parsed THEN the status changing to it, never a new lead tested for it; a status the CRM has not is refused', () => {
    expect(STATUS_WHEN_CLASS.length).toBe(288);
    expect(misread(STATUS_WHEN_CLASS)).toStrictEqual([]);
    expect(notRefused(STATUS_WHEN_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN requests one word away from accepted forms (an event noun or verb the catalogue lacks, a field no record keeps, a second schedule, a negated who, a quantity, a restriction in an odd place, an action nothing does, hours of the day, how or by whom the event happened) × framing × action WHEN parsed THEN every one is refused, none comes back as a workflow', () => {
    const rows = Object.values(ADVERSARIAL_FAMILIES).flat();
    expect(rows.length).toBe(489);
    expect(notRefused(rows)).toStrictEqual([]);
  });

  it('GIVEN a statement of what the business does or how things tend to be ("We only invoice annual memberships.", "Members usually book online.") × before or after the rule × rule × typed or lower case WHEN parsed THEN it is framing and the rule is read; the same shapes naming the rule, restricting, asking or giving an action are refused', () => {
    expect(FRAMING_SHAPE_CLASS.length).toBe(108);
    expect(misread(FRAMING_SHAPE_CLASS)).toStrictEqual([]);
    expect(notRefused(FRAMING_SHAPE_REFUSED)).toStrictEqual([]);
  });
});
