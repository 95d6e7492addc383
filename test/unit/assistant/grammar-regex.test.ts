import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { AWAITED_VERBS } from '../../../functions/assistant/grammar/awaited-verbs';
import {
  BY_RUNNING,
  GIVEN_FIRST,
  RUN_GIVEN,
  TYPE_FIRST,
} from '../../../functions/assistant/grammar/manual-starts';
import { NUMBER_SEQUENCE } from '../../../functions/assistant/grammar/number-words';
import { PASSIVE_PATTERNS } from '../../../functions/assistant/grammar/passive';
import { RECORD_SHAPES } from '../../../functions/assistant/grammar/record-phrase';
import { ACTION_LEFTOVER } from '../../../functions/assistant/grammar/remarks';
import { CATALOGUE_VERB, DONE_TO_SOMEONE, RULE_WORDS } from '../../../functions/assistant/grammar/rule-words';
import type { Project } from '../../../scripts/lint/project';
import { checkRegexes } from '../../../scripts/lint/rules/regex';

const ROOT = join(__dirname, '../../..');

const assistantFiles = (): Map<string, string> => {
  const files = new Map<string, string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) files.set(relative(ROOT, path), readFileSync(path, 'utf8'));
    }
  };
  visit(join(ROOT, 'functions/assistant'));
  return files;
};

describe("the assistant's grammars and the super-linear regex rule", () => {
  it('GIVEN every pattern of the grammars WHEN checked as if the 2,000-character bound were gone THEN none is polynomial or exponential; only the patterns built from data lists stay unchecked', () => {
    const project: Project = { files: assistantFiles(), packageJson: {}, lambdaEntries: [] };
    const violations = checkRegexes(project, {});
    expect(violations.filter((v) => v.rule !== 'regex-unchecked')).toStrictEqual([]);
    // built from lists (event shapes, condition fields, time-zone names): bounded by parsePrompt's length limit
    expect(violations.map((v) => v.file).sort()).toStrictEqual([
      'functions/assistant/grammar/awaited-verbs.ts',
      'functions/assistant/grammar/condition-atom.ts',
      'functions/assistant/grammar/condition-words.ts',
      // a pronoun's antecedent after its quantifiers, built from each noun list (antecedent(), 94db5b32)
      'functions/assistant/grammar/discourse.ts',
      // the event shapes' builders (shape, built), whose sources events.ts composes from its noun lists
      'functions/assistant/grammar/event-shapes.ts',
      'functions/assistant/grammar/event-shapes.ts',
      // a mapping's sides ("Retainer paid = client signed."), each word escaped: a word, an optional article, "is"
      // a run started by hand and what is typed in, built from the field words written once (FIELD; analysed as built below)
      'functions/assistant/grammar/manual-starts.ts',
      'functions/assistant/grammar/manual-starts.ts',
      'functions/assistant/grammar/manual-starts.ts',
      'functions/assistant/grammar/manual-starts.ts',
      'functions/assistant/grammar/mappings.ts',
      'functions/assistant/grammar/mappings.ts',
      'functions/assistant/grammar/mappings.ts',
      'functions/assistant/grammar/mappings.ts',
      // a message's content after its end, built from the openers' table and the channel and message-noun lists
      'functions/assistant/grammar/message-content.ts',
      // number words one after another, built from the number-word list
      'functions/assistant/grammar/number-words.ts',
      // a verb of the catalogue set aside as a step, built from split.ts VERBS (rule-words.ts; analysed as built below)
      'functions/assistant/grammar/paragraph.ts',
      'functions/assistant/grammar/passive.ts',
      // the causative ("have it saved"), built from the participle lexicon (analysed as built below)
      'functions/assistant/grammar/passive.ts',
      // any person's status change, built around the CRM's status words (statuses.ts)
      'functions/assistant/grammar/person-events.ts',
      'functions/assistant/grammar/record-phrase.ts',
      // the ids of the steps that create a lead, anchored at both ends: one literal alternation (a56, 7435dac4)
      'functions/assistant/grammar/rejected-branch.ts',
      'functions/assistant/grammar/remarks.ts',
      // the catalogue's verbs in every form, alone, done to someone, and among the rule words (analysed as built below)
      'functions/assistant/grammar/rule-words.ts',
      'functions/assistant/grammar/rule-words.ts',
      'functions/assistant/grammar/rule-words.ts',
      'functions/assistant/grammar/schedule.ts',
      // the surface's ordinals, spoken times and "like" before a verb, built from word lists (surface.test.ts)
      'functions/assistant/grammar/surface.ts',
      'functions/assistant/grammar/surface.ts',
      'functions/assistant/grammar/surface.ts',
      'functions/assistant/grammar/timezones.ts',
      // the shape of a statement that only introduces a record, built around its noun (input ≤ 1,000 characters)
      'functions/assistant/grammar/trigger-forms.ts',
      // the trigger said first before a wish, built from TRIGGER_FIRST (ae6f32af)
      'functions/assistant/grammar/wishes.ts',
    ]);
  });

  it('GIVEN the manual-start patterns built from the field words WHEN analysed as built THEN none is polynomial or exponential', () => {
    const reports = [RUN_GIVEN, GIVEN_FIRST, TYPE_FIRST, BY_RUNNING].flatMap(
      (re) => analyse({ source: re.source, flags: re.flags }).reports,
    );
    expect(reports.map((r) => r.type)).toStrictEqual([]);
  });

  it('GIVEN the awaited-verb patterns built from their lexicon WHEN analysed as built THEN none is polynomial or exponential', () => {
    const reports = AWAITED_VERBS.flatMap(([re]) => analyse({ source: re.source, flags: re.flags }).reports);
    expect(reports.map((r) => r.type)).toStrictEqual([]);
  });

  it('GIVEN the passive-voice patterns built from the participle lexicon WHEN analysed as built THEN none is polynomial or exponential', () => {
    const reports = PASSIVE_PATTERNS.flatMap((re) => analyse({ source: re.source, flags: re.flags }).reports);
    expect(reports.map((r) => r.type)).toStrictEqual([]);
  });

  it('GIVEN the record noun-phrase patterns built per record and meaning WHEN analysed as built THEN none is polynomial or exponential', () => {
    const reports = RECORD_SHAPES.flatMap(
      ([, , re]) => analyse({ source: re.source, flags: re.flags }).reports,
    );
    expect(reports.map((r) => r.type)).toStrictEqual([]);
  });

  it('GIVEN the catalogue-verb patterns built from split.ts VERBS WHEN analysed as built THEN none is polynomial or exponential', () => {
    const reports = [CATALOGUE_VERB, DONE_TO_SOMEONE, RULE_WORDS, ACTION_LEFTOVER].flatMap(
      (re) => analyse({ source: re.source, flags: re.flags }).reports,
    );
    expect(reports.map((r) => r.type)).toStrictEqual([]);
  });

  it('GIVEN the number-sequence pattern built from the number words WHEN analysed as built THEN it is not polynomial or exponential', () => {
    const { reports } = analyse({ source: NUMBER_SEQUENCE.source, flags: NUMBER_SEQUENCE.flags });
    expect(reports.map((r) => r.type)).toStrictEqual([]);
  });
});
