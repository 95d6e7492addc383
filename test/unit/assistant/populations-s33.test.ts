import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  POPULATION_COUNTS_KEPT,
  POPULATION_FINDS,
  POPULATION_REFUSALS,
  POPULATIONS_PRODUCT,
} from './classes/populations-s33';
import { misread } from './misread';

/** Many records, bookings, recipients and reports said in a population's own words (s33, h8). */

/** The find's input, its keys in order (the order of a JSON object says nothing). */
const findOf = (prompt: string): unknown => {
  const result = parsePrompt(prompt);
  const step = result.ok ? result.definition.steps[0] : undefined;
  return step && 'input' in step ? sorted(step.input) : undefined;
};
const sorted = (input: unknown): Record<string, unknown> =>
  Object.fromEntries(Object.entries(input as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));

describe('a population in its own words, a day of bookings, bookings of any noun, several recipients', () => {
  it('GIVEN every crossed request WHEN parsed THEN each is the workflow its meaning says', () => {
    expect(misread(POPULATIONS_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN many people picked by a tag or a status WHEN parsed THEN the find holds that filter, and no other', () => {
    const wrong = POPULATION_FINDS.filter(
      ([prompt, input]) => JSON.stringify(findOf(prompt)) !== JSON.stringify(sorted(input)),
    );
    expect(
      wrong.map(
        ([prompt, input]) => `${prompt} → ${JSON.stringify(findOf(prompt))} ≠ ${JSON.stringify(input)}`,
      ),
    ).toStrictEqual([]);
  });
});

describe('the must-refuse twins: a part the catalogue cannot express, or a restriction a reader would drop', () => {
  it.each(POPULATION_REFUSALS)(
    'GIVEN "%s" WHEN parsed THEN it is refused, quoting "%s"',
    (prompt, quoted) => {
      const result = parsePrompt(prompt);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.problems.join('\n').toLowerCase()).toContain(quoted.toLowerCase());
    },
  );

  it.each(POPULATION_COUNTS_KEPT)(
    'GIVEN "%s" WHEN parsed THEN the leads are found, not exported',
    (prompt) => {
      const result = parsePrompt(prompt);
      expect(
        result.ok && result.definition.steps.map((s) => ('action' in s ? s.action : 'loop')),
      ).toStrictEqual(['crm.findLeads', 'loop']);
    },
  );
});

describe('a message for one of ours by role names them', () => {
  // a desk or a team is a Slack post; one person's role a team message by Slack (session 42 decision)
  it.each([
    ['let dispatch know on slack', 'For dispatch: ', 'notify.slack'],
    ['let the dispatcher know on slack', 'For the dispatcher: ', 'notify.team'],
    ['DM the on call guy', 'For the on call guy: ', 'notify.team'],
  ])(
    'GIVEN "When a booking is cancelled, %s" WHEN parsed THEN the message starts "%s"',
    (action, start, kind) => {
      const result = parsePrompt(`When a booking is cancelled, ${action}`);
      const step = result.ok ? result.definition.steps[0] : undefined;
      expect(step && 'action' in step && step.action).toBe(kind);
      expect(step && 'input' in step && String((step.input as { text: string }).text).startsWith(start)).toBe(
        true,
      );
    },
  );
});

describe('a count of people over what a find returns', () => {
  it('GIVEN "We have 35k people on the list." before a scheduled email to many WHEN parsed THEN the loop reads an export', () => {
    const result = parsePrompt(
      'We have 35k people on the list. Every Monday at 9am, email all leads tagged newsletter',
    );
    expect(result.ok && result.definition.steps[0]).toMatchObject({
      action: 'crm.exportLeads',
      input: { tag: 'newsletter' },
    });
    expect(result.ok && result.definition.steps[1]).toMatchObject({
      forEach: { itemsFrom: '{{steps.find-leads.leads}}' },
    });
  });
});
