import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  ADJECTIVE_RECORD_CLASS,
  FIND_SOURCE_CLASS,
  JOINED_CLASS,
  JOINED_LEAD_CLASS,
  PLACE_CLASS,
} from './classes/silent-wrong';

/** Each request that was not refused quoting its word: what came back instead. */
const notRefused = (cases: readonly (readonly [string, string])[]): string[] =>
  cases.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    if (!result.ok)
      return result.problems.join('\n').toLowerCase().includes(quoted.toLowerCase())
        ? []
        : [`${prompt} → refused without quoting "${quoted}": ${result.problems.join('; ')}`];
    const { trigger, steps } = outlineOf(result.definition);
    return [`${prompt} → ${trigger} || ${steps}`];
  });

describe('the silent wrong workflows of session 29, as classes (grammar/events.ts, collections.ts, restrictions.ts)', () => {
  it('GIVEN a word before the record that picks some out ("Facebook leads:", "New VIP leads -", "When a new webinar lead comes in") × six words × three actions WHEN parsed THEN each tests it, never the workflow for every lead', () => {
    const untested = ADJECTIVE_RECORD_CLASS.flatMap(([prompt]) => {
      const result = parsePrompt(prompt);
      if (!result.ok) return [];
      const { trigger, steps } = outlineOf(result.definition);
      return trigger.includes('{') || steps.includes('if(') ? [] : [`${prompt} → ${trigger} || ${steps}`];
    });
    expect(ADJECTIVE_RECORD_CLASS.length).toBe(90);
    expect(untested).toStrictEqual([]);
  });

  it('GIVEN a country or a part of the world said of the leads ("from Germany", "based in the UK", "all leads from EMEA") in the trigger, its own sentence, a parenthesis or a find WHEN parsed THEN each is refused quoting it: no record keeps a country', () => {
    expect(notRefused(PLACE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what someone joined or arrived at ("joins the call", "arrives at reception", "registers for the open day") × five subjects × three joints WHEN parsed THEN each is refused quoting it, never a start on every new lead', () => {
    expect(JOINED_CLASS.length).toBe(90);
    expect(notRefused(JOINED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN joining the business, its list or its site ("joins us", "signs up for the newsletter", "joins the waitlist") WHEN parsed THEN each still starts on a new lead', () => {
    const other = JOINED_LEAD_CLASS.flatMap((prompt) => {
      const result = parsePrompt(prompt);
      const trigger = result.ok ? outlineOf(result.definition).trigger : result.problems.join('; ');
      return trigger === 'lead.created' ? [] : [`${prompt} → ${trigger}`];
    });
    expect(other).toStrictEqual([]);
  });

  it('GIVEN a source of several words after a list of leads ("all leads from the spring fair", "every contact from our open day") WHEN parsed THEN the find filters on the whole source, not its first word', () => {
    const wrong = FIND_SOURCE_CLASS.flatMap(([prompt, source]) => {
      const result = parsePrompt(prompt);
      if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
      const find = result.definition.steps.find((s) => 'action' in s && s.action === 'crm.findLeads');
      const input = find && 'input' in find ? (find.input as Record<string, unknown>) : {};
      return input.source === source ? [] : [`${prompt} → source ${String(input.source)}`];
    });
    expect(wrong).toStrictEqual([]);
  });
});
