import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  BY_KIND_CLASS,
  DETAILS_CLASS,
  LEFTOVER_RESTRICTIONS,
  ONE_MESSAGE_CLASS,
  ONE_PLACE_CLASS,
  PREMISE_CLASS,
  SAID_OF_THEM_CLASS,
  STATUS_AFTER_CASES,
  UNKNOWN_ZONE_CLASS,
} from './classes/precision';
import {
  CHOICE_REMARKS,
  CONJOINED_TESTS,
  DESCRIBING_CLASS,
  PLURAL_RATES_CLASS,
  REMARKS_CLASS,
  RESTRICTION_SHAPES,
} from './classes/restriction-shapes';
import { misread } from './misread';

/** What came back other than a refusal quoting `quoted` or a workflow that tests something (a condition, a filter, a zone). */
const dropped = (cases: readonly (readonly [string, string, ...unknown[]])[]): string[] =>
  cases.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    if (!result.ok)
      return result.problems.join('\n').toLowerCase().includes(quoted.toLowerCase())
        ? []
        : [`${prompt} → refused without quoting "${quoted}": ${result.problems.join('; ')}`];
    const { trigger, steps } = outlineOf(result.definition);
    const tests = steps.includes('if(') || trigger.includes('{') || /\) \w+\/\w+/.test(trigger);
    return tests
      ? []
      : [`${prompt} → ${trigger} || ${steps} (left out: ${result.notUnderstood.join(' … ')})`];
  });

describe('a restriction the grammars could not read is refused, quoted, never left out (grammar/restrictions.ts)', () => {
  /** The class in eight parts, so that each part's test stays short on a loaded machine. */
  const parts = Array.from({ length: 8 }, (_p, k) => [
    k + 1,
    SAID_OF_THEM_CLASS.filter((_c, i) => i % 8 === k),
  ]);

  it.each(parts)(
    'GIVEN something said of the records (he / they / most of them / the lead × is already, are mostly, is not yet … × qualified, VIPs, in Germany …) in its own sentence before or after the rule, after "but only if", "provided", "once", or inside the trigger (part %i of 8) WHEN parsed THEN each is refused quoting it or tests it, never the rule for everyone',
    (_k, cases) => {
      expect(SAID_OF_THEM_CLASS.length).toBeGreaterThan(2000);
      expect(dropped(cases as typeof SAID_OF_THEM_CLASS)).toStrictEqual([]);
    },
  );

  it('GIVEN a zone abbreviation no table holds ("WIB", "WITA", "MYT" …) × clock time × where it stands in a schedule WHEN parsed THEN each is refused naming it, never a schedule in UTC', () => {
    expect(dropped(UNKNOWN_ZONE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN an amount reached ("once the total tops 300 euros"), a channel no action uses ("on WeChat", "via LINE") or a grouping ("per rep") left unread WHEN parsed THEN each is refused quoting it', () => {
    expect(dropped(LEFTOVER_RESTRICTIONS)).toStrictEqual([]);
  });

  it('GIVEN details that restrict nothing ("with our logo", "asap", "in a friendly tone") WHEN parsed THEN the workflow comes back, never refused', () => {
    expect(misread(DETAILS_CLASS)).toStrictEqual([]);
  });
});

describe('a restriction is known by its shape, not its words (restrictions.ts TEST_SHAPE)', () => {
  it('GIVEN a comparison on a field the catalogue may not have ("the industry is healthcare", "the region equals EMEA", "the plan == premium", "its owner isn\'t EMEA") or a clause about the records ("the contact opted in to marketing") × ten joints and positions ("and …" in the trigger, "but only when", "if", "as long as", "where", "assuming", its own sentence) WHEN parsed THEN each is refused quoting it or tests it, never the workflow for every event', () => {
    expect(RESTRICTION_SHAPES.length).toBe(1100);
    expect(dropped(RESTRICTION_SHAPES)).toStrictEqual([]);
  });

  it('GIVEN a test the grammar reads joined to one it may not ("the value is over 5000 and the industry is retail", "… and also the company has 50 employees") × joint (and, or, ", and", "and also", but) × order × form WHEN parsed THEN the unread half is refused, quoted, or both are tested; never the first test alone', () => {
    expect(CONJOINED_TESTS.length).toBe(320);
    const wrong = CONJOINED_TESTS.flatMap(([prompt, quoted]) => {
      const result = parsePrompt(prompt);
      if (!result.ok)
        return result.problems.join(' ').toLowerCase().includes(quoted.toLowerCase())
          ? []
          : [`${prompt} → refused without "${quoted}": ${result.problems.join('; ')}`];
      const { trigger, steps } = outlineOf(result.definition);
      const tests = (
        `${trigger} ${steps}`.match(/ (?:eq|gt|gte|lt|lte|contains|exists) |"lead\.tags"/g) ?? []
      ).length;
      return tests >= 2 ? [] : [`${prompt} → ${trigger} || ${steps}`];
    });
    expect(wrong).toStrictEqual([]);
  });

  it('GIVEN a choice among the records said as a remark in no condition\'s words ("first-time buyers", "just the important ones", "skip the rest", "repeat customers excluded", "applies to new signups", "during office hours") × after a comma, as a sentence, after a dash × rule body WHEN parsed THEN each is refused quoting it or tests it, never the workflow for every record', () => {
    expect(dropped(CHOICE_REMARKS)).toStrictEqual([]);
  });

  it('GIVEN a whole clause no grammar reads that can only describe ("it\'s urgent", "no rush", "much appreciated", "the tone should be friendly") × after a comma, as a sentence, after a dash × rule body WHEN parsed THEN the workflow comes back with the remark said back, never refused (items.ts onlyDescribes)', () => {
    expect(misread(REMARKS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN words that describe and choose nothing ("This is for our sales team.", "It is important that this goes out fast.", "so that nobody forgets") WHEN parsed THEN the workflow comes back', () => {
    expect(misread(DESCRIBING_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a rate in a plural unit and a comma ("Every 4 hours, post new leads summary to #sales") × count and unit × report said without an article × verb and channel WHEN parsed THEN it is that rate and a summary posted there, never "new leads" as the trigger with the rate left over', () => {
    expect(misread(PLURAL_RATES_CLASS)).toStrictEqual([]);
  });
});

describe('leads found by a status said after their noun ("all leads in contacted status", "where status = contacted")', () => {
  it('GIVEN every schedule × list of leads × way of saying the status after the noun WHEN parsed THEN the find step filters on that status and nothing is left out (the find would otherwise return every lead)', () => {
    const wrong = STATUS_AFTER_CASES.flatMap(([prompt, status]) => {
      const result = parsePrompt(prompt);
      if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
      const [find] = result.definition.steps;
      const input = find && 'action' in find ? find.input : undefined;
      return input?.status === status && result.notUnderstood.length === 0
        ? []
        : [`${prompt} → ${JSON.stringify(find)} (left out: ${result.notUnderstood.join(' … ')})`];
    });
    expect(STATUS_AFTER_CASES.length).toBe(72);
    expect(wrong).toStrictEqual([]);
  });
});

describe('one action asked once, whatever its object carries', () => {
  it('GIVEN every trigger × message to someone ("email him", "send for him an email", "message them") × purpose ("to remind him about the demo", "to say thank you", "so as to welcome them") WHEN parsed THEN one email is sent, never two', () => {
    expect(misread(ONE_MESSAGE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN every trigger × Slack message or file × a clause that only says where it goes ("in the channel #planning", "and save in folder Leads") WHEN parsed THEN one step is made, in that place', () => {
    expect(misread(ONE_PLACE_CLASS)).toStrictEqual([]);
    const result = parsePrompt(
      'When a lead is created, put a message in Slack please, in the channel #planning',
    );
    const [post] = result.ok ? result.definition.steps : [];
    expect(post && 'action' in post ? post.input : undefined).toMatchObject({ channel: '#planning' });
  });

  it('GIVEN the email we sent as the premise of a wait ("Outbound email sent, no reply in 72h → …") × sent thing × silence × action WHEN parsed THEN it starts on email.sent and waits for a reply, with no step sending the email again', () => {
    expect(misread(PREMISE_CLASS)).toStrictEqual([]);
  });
});

describe('the right record or action by kind', () => {
  it('GIVEN an overdue invoice\'s reminder said "send to the client a reminder", a teammate named with no address ("send a mail to Tom"), a trade\'s name before "lead" ("a new patient lead"), a bare day number ("on the 2 of every month"), "EOM", and a scheduled report said as its name and where it goes ("Weekly investor update -> investors@acme.com", "Weekly report -> the board, by email") WHEN parsed THEN each is the action and record its words name', () => {
    expect(misread(BY_KIND_CLASS)).toStrictEqual([]);
  });
});
