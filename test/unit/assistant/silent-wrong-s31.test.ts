import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  CHOICE_REMARK_CLASS,
  HARMLESS_REMARK_CLASS,
  MESSAGE_NOTE_CLASS,
  ONE_KIND_CLASS,
  PAST_RELATIVE_CLASS,
  PAST_VERB_CLASS,
  PICKED_RECIPIENT_CLASS,
  PLAIN_RECIPIENT_CLASS,
  PRESENT_RELATIVE_CLASS,
  TWO_KINDS_CLASS,
} from './classes/silent-wrong-s31';

const outline = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const { trigger, steps } = outlineOf(result.definition);
  return `${trigger} || ${steps}`;
};

/** Each request that was not refused quoting its words: what came back instead. */
const notRefused = (cases: readonly (readonly [string, string])[]): string[] =>
  cases.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    if (!result.ok)
      return result.problems.join('\n').toLowerCase().includes(quoted.toLowerCase())
        ? []
        : [`${prompt} → refused without quoting "${quoted}": ${result.problems.join('; ')}`];
    return [`${prompt} → ${outline(prompt)}`];
  });

describe('the silent wrong workflows of session 30, as classes (framing.ts, restrictions.ts, actions-message.ts, titles.ts, event-nouns.ts, record-kinds.ts)', () => {
  it('GIVEN a remark that chooses records ("This is just for the premium plan.", "Context: only for leads from Berlin.") × 7 choices × 8 ways of saying it × before or after × 3 rules WHEN parsed THEN each is refused quoting the choice', () => {
    expect(CHOICE_REMARK_CLASS.length).toBe(342);
    expect(notRefused(CHOICE_REMARK_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a remark about our own side or purpose ("This is just for the sales team.") WHEN parsed THEN the workflow is the rule alone', () => {
    const changed = HARMLESS_REMARK_CLASS.flatMap(([prompt, rule]) =>
      outline(prompt) === outline(rule) ? [] : [`${prompt} → ${outline(prompt)}`],
    );
    expect(changed).toStrictEqual([]);
  });

  it('GIVEN a message sent to people picked out by a word ("to the big ones", "email our premium clients") × 3 triggers × 4 verbs × 3 determiners × 5 words × 4 heads WHEN parsed THEN each is refused quoting the word', () => {
    expect(PICKED_RECIPIENT_CLASS.length).toBe(720);
    expect(notRefused(PICKED_RECIPIENT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the same message to the person the event is about ("to the client", "to them") WHEN parsed THEN it is one email', () => {
    const other = PLAIN_RECIPIENT_CLASS.flatMap((prompt) =>
      outline(prompt).endsWith('|| email.send') ? [] : [`${prompt} → ${outline(prompt)}`],
    );
    expect(other).toStrictEqual([]);
  });

  it('GIVEN a message called a note ("send a short thank-you note") × 3 triggers × 3 objects × 6 adjectives × 5 nouns WHEN parsed THEN it is one email and no CRM note', () => {
    expect(MESSAGE_NOTE_CLASS.length).toBe(270);
    const other = MESSAGE_NOTE_CLASS.flatMap((prompt) =>
      outline(prompt).endsWith('|| email.send') ? [] : [`${prompt} → ${outline(prompt)}`],
    );
    expect(other).toStrictEqual([]);
  });

  it('GIVEN whom an action is for said by what they did before ("Remind the client who booked a call") × 5 actions × 4 people × 2 pronouns × 5 past verbs WHEN parsed THEN none starts on that event', () => {
    const read = PAST_RELATIVE_CLASS.flatMap((prompt) =>
      parsePrompt(prompt).ok ? [`${prompt} → ${outline(prompt)}`] : [],
    );
    expect(read).toStrictEqual([]);
  });

  it('GIVEN the same said in the present ("Email the client who books a call") WHEN parsed THEN it starts on that event', () => {
    const other = PRESENT_RELATIVE_CLASS.flatMap(([prompt, event]) =>
      outline(prompt).startsWith(`${event} ||`) ? [] : [`${prompt} → ${outline(prompt)}`],
    );
    expect(other).toStrictEqual([]);
  });

  it('GIVEN a subject and a past verb no event records ("When a new lead opened the email") × 3 joints × 4 subjects × 5 verbs × 2 actions WHEN parsed THEN each is refused quoting the verb, never a new-lead workflow with the verb dropped', () => {
    expect(PAST_VERB_CLASS.length).toBe(120);
    expect(notRefused(PAST_VERB_CLASS)).toStrictEqual([]);
  });

  it('GIVEN one kind of invoice ("the holding deposit invoice is paid") × 3 determiners × 5 kinds × 3 verbs × 2 actions WHEN parsed THEN it runs on every invoice and its notes say so', () => {
    const unsaid = ONE_KIND_CLASS.flatMap(([prompt, kind]) => {
      const result = parsePrompt(prompt);
      if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
      const said = result.notes.some(
        (n) => n.startsWith('on every invoice') && n.includes(`${kind} invoice`),
      );
      return said && outlineOf(result.definition).trigger === 'invoice.paid'
        ? []
        : [`${prompt} → ${result.notes}`];
    });
    expect(unsaid).toStrictEqual([]);
  });

  it('GIVEN two kinds of invoice in one request ("a deposit invoice is paid … create a rent invoice") WHEN parsed THEN each is refused quoting them', () => {
    expect(notRefused(TWO_KINDS_CLASS)).toStrictEqual([]);
  });
});
