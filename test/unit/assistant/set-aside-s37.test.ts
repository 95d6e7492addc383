import { describe, expect, it } from 'vitest';
import { createWorkflowFromPrompt } from '../../../functions/assistant/assistant';
import { whyNotInert } from '../../../functions/assistant/grammar/set-aside';
import { workflowWordIn } from '../../../functions/assistant/grammar/workflow-words';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { ASIDE_TWINS, SET_ASIDE_CLASS } from './classes/products-s37-a1';

const outline = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const o = outlineOf(result.definition);
  return `${o.trigger} || ${o.steps}`;
};

describe('parts set aside (session 37): words no reader read, set aside only when none can change the workflow', () => {
  it('GIVEN a rule with a remark no reader reads (a reason, who did it, a statement about the business) WHEN parsed THEN the rule is read and the remark is quoted as not understood and said back as set aside', () => {
    const result = parsePrompt('When a booking is cancelled by the family, notify the team.');
    expect(result.ok && outlineOf(result.definition)).toStrictEqual({
      trigger: 'booking.cancelled',
      steps: 'notify.team',
    });
    expect(result.notUnderstood).toStrictEqual(['by the family']);
    expect(
      result.ok && result.notes.some((n) => n.startsWith('set aside') && n.includes('"by the family"')),
    ).toBe(true);
  });

  it('GIVEN every request of the generated class of remarks (products-s37-a1) WHEN parsed THEN each is read as its rule and quotes its remark as not understood', () => {
    expect(SET_ASIDE_CLASS.length).toBeGreaterThanOrEqual(20);
    for (const [prompt, trigger, steps] of SET_ASIDE_CLASS) {
      const result = parsePrompt(prompt);
      expect([prompt, outline(prompt)]).toStrictEqual([prompt, `${trigger} || ${steps}`]);
      expect([prompt, result.notUnderstood.length > 0]).toStrictEqual([prompt, true]);
    }
  });

  it('GIVEN the twin of each remark carrying a time, a number, a condition, a negation, a person, a recipient, a channel or an action WHEN parsed THEN it is refused, quoting the remark', () => {
    expect(ASIDE_TWINS.length).toBeGreaterThan(20);
    const read = ASIDE_TWINS.filter((prompt) => parsePrompt(prompt).ok);
    expect(read).toStrictEqual([]);
  });

  it('GIVEN a reason set aside from an event that keeps its reason (a cancellation) or who did it from one that keeps its sender WHEN parsed THEN it is refused: a condition could test that field', () => {
    expect(outline('Whenever a client cancels because they are sick, notify me.')).toMatch(/^refused: /);
    expect(outline('When an email is received by the office, notify the team.')).toMatch(/^refused: /);
    expect(outline('When an invoice is paid, since our old tool is retiring, notify the team.')).toBe(
      'invoice.paid || notify.team',
    );
  });

  it('GIVEN words that are fields or values of the workflow language, the events or the actions (derived from their schemas) WHEN judged as a part to set aside THEN each is kept, naming the word', () => {
    // event detail fields (booking.location, invoice.currency, lead.company), enum values (lead statuses),
    // action inputs (notify.slack channel), trigger types ("manual"), step kinds ("approval")
    for (const word of [
      'location',
      'currency',
      'company',
      'contacted',
      'channel',
      'manual',
      'approval',
      'attendee',
    ])
      expect([word, workflowWordIn(`as it is the ${word} thing`)]).toStrictEqual([word, word]);
    expect(whyNotInert('since the location changed')).toMatch(/location|rule word/);
    expect(whyNotInert('by the family')).toBeUndefined();
    expect(whyNotInert("we're a small shop so")).toBeUndefined();
  });

  it('GIVEN a part that could pick out records or be an object (a modifier: "on our contact page", "for weddings", "the brochure") WHEN judged THEN it is never set aside', () => {
    for (const part of [
      'on our contact page',
      'for weddings',
      'the brochure',
      'with the big dogs',
      'at the downtown shop',
    ])
      expect([part, whyNotInert(part)]).not.toStrictEqual([part, undefined]);
  });

  it('GIVEN a request whose unread words are set aside WHEN the assistant answers offline THEN the answer lists them in notUnderstood and the explanation quotes them', async () => {
    const answer = await createWorkflowFromPrompt(
      { llm: undefined },
      'When a booking is cancelled by the family, notify the team.',
    );
    expect(answer.notUnderstood).toStrictEqual(['by the family']);
    expect(answer.explanation).toContain('Not understood (left out): "by the family"');
    expect(answer.explanation).toContain('set aside, as nothing in them can change the workflow');
  });
});
