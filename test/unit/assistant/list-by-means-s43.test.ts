import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';

/**
 * "Add them to our mailing list by posting to https://…" names the goal (the list) and the step that reaches it (the
 * post): one step. Sealed set 58 of session 43 got the post and a tag "mailing" besides (refused → wrong at the end
 * measure). Until the goal is read as the post's purpose, the request is refused, never given an extra tag.
 */
const BY_MEANS = [
  'new guest added -> add them to our mailing list by posting to https://hooks.mailerlite.example/seaview/subscribe, then tag them newsletter',
  'new lead -> add them to our mailing list by posting to https://hooks.example.com/sub',
  'new client -> add them to our newsletter list by sending their details to https://x.example.com/a',
  'when a patient books, add them to the reminders list by hitting https://api.example.com/reminders',
];

describe('a list said as the goal of a post (session 43)', () => {
  it.each(BY_MEANS)(
    'GIVEN "%s" WHEN parsed THEN no tag is made of the list: refused, quoting the goal',
    (prompt) => {
      const result = parsePrompt(prompt);
      if (result.ok)
        expect(outlineOf(result.definition).steps).not.toContain('crm.updateLead; crm.updateLead');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.join('; ')).toMatch(/add them .*list by/);
    },
  );

  it.each([
    ['new lead -> add them to the vip list', 'crm.updateLead'],
    ['new lead -> add them to our mailing list, then tag them newsletter', 'crm.updateLead; crm.updateLead'],
  ])('GIVEN "%s", a list with no means said, WHEN parsed THEN it is still a tag', (prompt, steps) => {
    const result = parsePrompt(prompt);
    expect(result.ok && outlineOf(result.definition).steps).toBe(steps);
  });
});
