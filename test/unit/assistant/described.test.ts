import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { DESCRIBED_PRODUCT, DESCRIBED_REFUSALS, TITLE_TWINS } from './classes/described';
import { misread } from './misread';

const outline = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const o = outlineOf(result.definition);
  return `${o.trigger} || ${o.steps}`;
};

describe('template descriptions: the workflow said in the third person, under a title (grammar/described.ts, titled.ts)', () => {
  const PARTS = 8;
  const size = Math.ceil(DESCRIBED_PRODUCT.length / PARTS);
  it.each(
    Array.from(
      { length: PARTS },
      (_, k) => [k + 1, DESCRIBED_PRODUCT.slice(k * size, (k + 1) * size)] as const,
    ),
  )(
    'GIVEN a trigger (4) × a voice (the workflow, the automation, "it", bare sentences, bullets, the imperative, "the system should", "I want it to": 8) × an action (6) × a second action (≤ 3) × a title over the paragraph or none (2) × typed or lower case (2), part %i of 8, WHEN parsed THEN the actions are read in order and the title is their name',
    (_, cases) => {
      expect(DESCRIBED_PRODUCT.length).toBe(2048);
      expect(misread(cases)).toStrictEqual([]);
    },
  );

  it('GIVEN the same descriptions with an action the catalogue cannot do (texting, an SMS, Instagram, Trello, Mailchimp, printing) WHEN parsed THEN every one stays refused', () => {
    expect(DESCRIBED_REFUSALS.length).toBe(192);
    expect(DESCRIBED_REFUSALS.filter((prompt) => parsePrompt(prompt).ok)).toStrictEqual([]);
  });

  it('GIVEN a title that says more than its paragraph (a source, a tag, an amount, a day, another action) WHEN parsed THEN it is refused or read, never dropped', () => {
    const dropped = TITLE_TWINS.filter(([prompt, said]) => {
      const got = outline(prompt);
      return !got.startsWith('refused') && !said.test(got);
    });
    expect(dropped).toStrictEqual([]);
  });

  it('GIVEN a title over the paragraph that says it WHEN parsed THEN the result says the title was read as its name, and the title adds no step', () => {
    const result = parsePrompt('Weekly summary\n\nEvery Monday at 9, email me a summary of the week.');
    expect(result.ok && outlineOf(result.definition).steps).toBe('report.summarize; notify.team');
    expect(result.ok && result.notes).toContain(
      'read "Weekly summary" as the title of the description under it, not as part of the rule',
    );
  });

  it('GIVEN a title that names what the paragraph does not WHEN parsed THEN the refusal quotes those words of the title', () => {
    expect(
      outline('Welcome new leads from LinkedIn\n\nWhen a new lead is created, send them a welcome email.'),
    ).toBe(
      'refused: the title "Welcome new leads from LinkedIn" says "linkedin", which the description under it does not: say it in the description, or take the title out',
    );
  });

  it('GIVEN "it" after "if" before a verb of the list WHEN parsed THEN it stays a test of the trigger, refused here, never an action', () => {
    expect(parsePrompt('When an invoice is paid, if it reaches 500, send a thank you email').ok).toBe(false);
  });

  it('GIVEN "your" team told in the passive ("your sales team is notified on Slack") WHEN parsed THEN the team is notified by Slack', () => {
    expect(
      outline(
        'When a new lead comes in and no meeting is booked within 2 days, your sales team is notified on Slack.',
      ),
    ).toBe('lead.created || waitFor(booking.created,P2D,timeout:[notify.slack])');
  });
});
