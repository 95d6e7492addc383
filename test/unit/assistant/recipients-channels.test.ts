import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { RECIPIENTS_CLASS, RECIPIENTS_REFUSALS } from './classes/recipients-channels';
import { misread } from './misread';

/** Roles of any trade, channels without "#", reminders to them on a schedule, many records in trade nouns (s32, h8). */

describe('roles of ours, channels without "#", scheduled reminders to them and many records in trade words', () => {
  it.each([...RECIPIENTS_CLASS])(
    'GIVEN every request of "%s" WHEN parsed THEN each is the workflow its meaning says',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});

describe('what picks records that no finder filters, channels nobody can name, picked bookings', () => {
  it.each(RECIPIENTS_REFUSALS)(
    'GIVEN "%s" WHEN parsed THEN it is refused, quoting "%s"',
    (prompt, quoted) => {
      const result = parsePrompt(prompt);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.problems.join('\n').toLowerCase()).toContain(quoted.toLowerCase());
    },
  );
});

describe('a message to a role of ours never goes to the lead', () => {
  it.each([
    'email the dispatcher',
    'send the field techs a message',
    "email the customer's CSM",
    'email the lead tech',
  ])(
    'GIVEN "When a new lead comes in, %s" WHEN parsed THEN it notifies the team and emails no lead',
    (action) => {
      const result = parsePrompt(`When a new lead comes in, ${action}`);
      expect(result.ok && JSON.stringify(result.definition.steps)).not.toContain(
        '"to":"{{trigger.lead.email}}"',
      );
      expect(result.ok && result.definition.steps.map((s) => ('action' in s ? s.action : '?'))).toStrictEqual(
        ['notify.team'],
      );
    },
  );
});
