import { describe, expect, it } from 'vitest';
import { ownStates } from '../../../functions/assistant/grammar/own-states';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  EVENT_PHRASE_PRODUCT,
  EVENT_THEN_WAIT_PRODUCT,
  NOMINAL_PRODUCT,
  NOT_EVENT_PHRASES,
} from './classes/event-phrases-s32';
import {
  ENQUIRY_PRODUCT,
  LEAVES_PRODUCT,
  MODIFIED_LEAD_PRODUCT,
  NOT_STATE_CHANGES,
  STATUS_LABEL_PRODUCT,
  TRANSITION_PRODUCT,
} from './classes/state-changes';
import { misread } from './misread';

describe("a lead's state change in the writer's words (grammar/own-states.ts, events.ts transitions, trigger-forms.ts labels)", () => {
  const PARTS = 3;
  const size = Math.ceil(TRANSITION_PRODUCT.length / PARTS);
  it.each(
    Array.from(
      { length: PARTS },
      (_, k) => [k + 1, TRANSITION_PRODUCT.slice(k * size, (k + 1) * size)] as const,
    ),
  )(
    'GIVEN a subject (4) × "from" a status or the writer\'s word (4) × "to" a status or the writer\'s word mapped in brackets (6) × position and joint (5) × surface (3), part %i of 3, WHEN parsed THEN the trigger is the status change, with the state left tested only when it is a status',
    (_, cases) => {
      expect(TRANSITION_PRODUCT.length).toBe(1440);
      expect(misread(cases)).toStrictEqual([]);
    },
  );

  it('GIVEN a subject (4) × a verb (4) × "from" a status and no state reached (3) × position (2) × surface (3) WHEN parsed THEN the trigger is the status left, never a source named after it (a wrong workflow on main)', () => {
    expect(misread(LEAVES_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN a label or a short sentence naming a status (10) × a joint (5) × an action (2) × surface (3) WHEN parsed THEN the lead reaching that status is the trigger', () => {
    expect(misread(STATUS_LABEL_PRODUCT)).toStrictEqual([]);
  });

  it("GIVEN a lead noun with the business's word before it (5) × a joint (5) × an action (2) × surface (3) WHEN parsed THEN the word is a tag the lead carries", () => {
    expect(misread(MODIFIED_LEAD_PRODUCT)).toStrictEqual([]);
  });

  it("GIVEN an enquiry named by what it is about or where it comes from (5) × a joint (5) × an action (2) × surface (3) WHEN parsed THEN it is every enquiry, as an invoice's purpose is every invoice", () => {
    expect(misread(ENQUIRY_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN a state with no status and no brackets to map it, brackets naming two statuses or choosing records, or a modifier saying where a lead came from WHEN parsed THEN each is refused', () => {
    expect(NOT_STATE_CHANGES.filter((prompt) => parsePrompt(prompt).ok)).toStrictEqual([]);
  });

  it("GIVEN the writer's word for a status with the status in brackets WHEN read THEN the word is the status and the mapping is said back", () => {
    const own = ownStates(
      'When a lead goes from trial to paid (we flip them to customer in the CRM), post in #wins',
    );
    expect(own.text).toBe('When a lead goes from trial to customer, post in #wins');
    expect(own.notes).toStrictEqual(['"paid" is read as the status customer, as you said in brackets']);
  });

  it('GIVEN a state left that is no status WHEN parsed THEN the workflow says it is not tested, never drops it unsaid', () => {
    const result = parsePrompt('When a lead goes from trial to customer, post in #wins');
    expect(result.ok && result.notes.join(' ')).toContain('"from trial" is not tested');
  });

  it('GIVEN a status change "from qualified to customer" WHEN parsed THEN both ends are tested, never "from qualified" as a source', () => {
    const result = parsePrompt("When a lead's status changes from qualified to customer, post in #wins");
    expect(result.ok && result.definition.trigger).toStrictEqual({
      type: 'event',
      event: 'lead.updated',
      filter: { 'changes.status.to': ['customer'], 'changes.status.from': ['qualified'] },
    });
  });
});

describe("events said as noun phrases in a trade's words, and an event joined to a negative wait (events.ts, trigger-forms.ts, event-then-wait.ts)", () => {
  it('GIVEN a form "on our site", anything arriving via a form tool, a workflow run (6) × an opener (3) × an action (2) × surface (3) WHEN parsed THEN the event is the trigger', () => {
    expect(misread(EVENT_PHRASE_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN the payment said as a noun with "of" or "for", with "receipt of" or not (4) × an action (2) × framing (2) WHEN parsed THEN the trigger is the invoice paid', () => {
    expect(misread(NOMINAL_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN an event (4) and a negative wait on its subject (4) × "if"/"when" (2) × an action (2) × surface (3) WHEN parsed THEN the event is the trigger and the wait follows it, never every new lead with the event dropped', () => {
    expect(EVENT_THEN_WAIT_PRODUCT.length).toBe(192);
    expect(misread(EVENT_THEN_WAIT_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN something arriving by no form tool, or a run doing what no event says WHEN parsed THEN each is refused', () => {
    expect(NOT_EVENT_PHRASES.filter((prompt) => parsePrompt(prompt).ok)).toStrictEqual([]);
  });
});
