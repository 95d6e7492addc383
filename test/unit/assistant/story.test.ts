import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { OPENER_CLASS, STORY_CLASS, STORY_MESSAGES, STORY_REFUSALS, ZONED } from './classes/story';
import { sameSteps } from './misread';
import type { Case } from './table/case';

/** What came back other than the expected workflow with `said` in its "ignored as context" note. */
const misread = (cases: readonly (readonly [Case, string])[]): string[] =>
  cases.flatMap(([[prompt, trigger, steps], said]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
    const got = outlineOf(result.definition);
    const note = result.notes.find((n) => n.startsWith('ignored as context:')) ?? '';
    return got.trigger === trigger &&
      sameSteps(got.steps) === sameSteps(steps) &&
      note.toLowerCase().includes(said.replace(/^(?:Context|Background|Rationale|Why): /, '').toLowerCase())
      ? []
      : [`${prompt} → ${got.trigger} || ${got.steps} (${note || 'nothing said back'})`];
  });

describe('the story around a rule, every kind of story sentence (opener, past event, plan, statistic, the business, reason, politeness, labelled note) × its parts × rule body', () => {
  it.each([...STORY_CLASS])(
    'GIVEN every request with "%s" around its rule WHEN parsed THEN each is the body\'s own workflow and the story is said back as ignored context',
    (_kind, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );

  it('GIVEN an opener before the rule in its own sentence (":", ",", " - ") WHEN parsed THEN each is the body\'s own workflow, the opener said back', () => {
    expect(misread(OPENER_CLASS)).toStrictEqual([]);
  });

  it("GIVEN a whole message (greeting, opener, the business, a statistic, a requirement, a reason, a plan, thanks) around each body WHEN parsed THEN each is the body's own workflow", () => {
    expect(
      misread(STORY_MESSAGES.map((c) => [c, "following up on Tuesday's call with Ravi"] as const)),
    ).toStrictEqual([]);
  });

  it('GIVEN a place told in the story ("an office in Toronto") and a schedule with no zone WHEN parsed THEN the schedule runs in that place\'s zone, said in a note', () => {
    const wrong = ZONED.flatMap(([prompt, trigger, steps]) => {
      const result = parsePrompt(prompt);
      if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
      const got = outlineOf(result.definition);
      const said = result.notes.some((n) => /where the request says you are/.test(n));
      return got.trigger === trigger && got.steps === steps && said
        ? []
        : [`${prompt} → ${got.trigger} || ${got.steps}`];
    });
    expect(ZONED.length).toBeGreaterThan(3);
    expect(wrong).toStrictEqual([]);
  });

  it('GIVEN two places told in the story and a schedule with no zone WHEN parsed THEN it is refused, naming both places', () => {
    const result = parsePrompt(
      'We have offices in Toronto and in Berlin. Every Monday at 9am, email me a summary of new leads.',
    );
    expect(result.ok ? [] : result.problems.join('\n')).toContain('Berlin');
  });
});

describe('sentences shaped like story that would change the workflow, every such sentence × rule body', () => {
  it.each([...STORY_REFUSALS])(
    'GIVEN every request with "%s" around its rule WHEN parsed THEN it is refused, quoting that part (around a negative wait, refused), never dropped in silence',
    (_group, cases) => {
      const silent = cases.flatMap(([prompt, quoted]) => {
        const result = parsePrompt(prompt);
        const said = result.ok ? '' : [...result.problems, ...result.notUnderstood].join('\n').toLowerCase();
        return !result.ok && said.includes((quoted ?? '').toLowerCase())
          ? []
          : [`${prompt} → ${result.ok ? outlineOf(result.definition).steps : result.problems.join('; ')}`];
      });
      expect(silent).toStrictEqual([]);
    },
  );
});
