import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  ADJECTIVE_AND_AFTER,
  BOOKING_WINDOW_CLASS,
  CREATED_WINDOW_CLASS,
  FIND_FILTER_CLASS,
  type FindCase,
  UNFINDABLE_CLASS,
} from './classes/find-filters';

/** Each case whose workflow, find input or leftovers differ from what it asks (refusals included). */
const wrongFinds = (cases: readonly FindCase[]): string[] =>
  cases.flatMap(([prompt, trigger, steps, input]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
    const o = outlineOf(result.definition);
    const [find] = result.definition.steps;
    const got = find && 'action' in find ? (find.input ?? {}) : {};
    const same = (a: object) => JSON.stringify(Object.entries(a).sort());
    return o.trigger === trigger &&
      o.steps === steps &&
      same(got) === same(input) &&
      result.notUnderstood.length === 0
      ? []
      : [
          `${prompt} → ${o.trigger} || ${o.steps} ${JSON.stringify(got)} (left out: ${result.notUnderstood.join(' … ')})`,
        ];
  });

describe('a filter on many records goes into the find (grammar/collections.ts readLeadFilters)', () => {
  it("GIVEN every filter crm.findLeads takes (source, status, tag, value, no reply) × the ways of saying it after the noun (from, that came from, with source, whose source is, in … status, that are, tagged, worth, with a value over, who haven't replied in) × one or two of them in either order × schedule and action WHEN parsed THEN the find carries exactly those filters and nothing is left out", () => {
    expect(FIND_FILTER_CLASS.length).toBeGreaterThan(200);
    expect(wrongFinds(FIND_FILTER_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a status or tag said before the noun ("all qualified leads") and another filter after it ("who haven\'t replied in 30 days", "from LinkedIn") WHEN parsed THEN both go into the find (the word before the noun was dropped)', () => {
    expect(wrongFinds(ADJECTIVE_AND_AFTER)).toStrictEqual([]);
  });

  it('GIVEN people with a booking × a window calendar.find names (today, tomorrow, this week, in the next 7 days, within the next seven days) WHEN parsed THEN the find is for that day and attendees, never refused', () => {
    expect(wrongFinds(BOOKING_WINDOW_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a window of creation createdIn names ("created in the last 7 days", "added this week", "that signed up yesterday", "who came in today") × list × action WHEN parsed THEN the find of leads takes it, in the tenant\'s zone when it runs', () => {
    const wrong = CREATED_WINDOW_CLASS.flatMap(([prompt, period]) => {
      const result = parsePrompt(prompt);
      const find = result.ok ? result.definition.steps[0] : undefined;
      const input = find && 'input' in find ? (find.input as Record<string, unknown>) : undefined;
      return input?.createdIn === period
        ? []
        : [`${prompt} → ${JSON.stringify(result.ok ? input : result.problems)}`];
    });
    expect(wrong).toStrictEqual([]);
  });

  it('GIVEN a filter no finder takes ("created in the last 30 days", "added last week", "whose industry is retail", "that opened our last email", "with more than 3 visits") × list × action WHEN parsed THEN it is refused quoting it, never a find of every lead', () => {
    const wrong = UNFINDABLE_CLASS.flatMap(([prompt, quoted]) => {
      const result = parsePrompt(prompt);
      if (result.ok) return [`${prompt} → ${outlineOf(result.definition).steps}`];
      return result.problems.join(' ').toLowerCase().includes(quoted.toLowerCase())
        ? []
        : [`${prompt} → refused without "${quoted}": ${result.problems.join('; ')}`];
    });
    expect(wrong).toStrictEqual([]);
  });
});
