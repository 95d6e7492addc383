import { describe, expect, it } from 'vitest';
import type { Project } from '../../../scripts/lint/project';
import { checkRegexes } from '../../../scripts/lint/rules/regex';

const project = (files: Record<string, string>): Project => ({
  files: new Map(Object.entries(files)),
  packageJson: {},
  lambdaEntries: [],
});
const found = (violations: { rule: string; file: string; message: string }[]) =>
  violations.map((v) => `${v.file}: ${v.rule}: ${/^line \d+/.exec(v.message)?.[0] ?? v.message}`);
const BOUNDED = { 'functions/bounded/': 'the entry refuses over 100 characters' };

describe('the super-linear regex house rule', () => {
  it('GIVEN linear patterns (anchored, negated classes, lookbehind-guarded runs) WHEN checked THEN nothing is reported', () => {
    const p = project({
      'functions/a.ts': [
        String.raw`const a = /^\d+$/;`,
        String.raw`const b = /<([^<>]+)>/;`,
        String.raw`const c = 'x'.replace(/(?<!\/)\/+$/, '');`,
        String.raw`const d = new RegExp('^[a-z]+(?:-[a-z]+)*$', 'u');`,
      ].join('\n'),
    });
    expect(found(checkRegexes(p, {}))).toStrictEqual([]);
  });

  it('GIVEN exponential, backtracking and retry-at-every-position patterns WHEN checked THEN each is reported with its line', () => {
    const p = project({
      'functions/a.ts': String.raw`const a = /^(a+)+$/;
const b = /\{\{\s*([^{}]*?)\s*\}\}/g;
const c = /\s+$/;`,
      'infra/b.ts': String.raw`export const d = new RegExp('<([^>]+)>');`,
    });
    expect(found(checkRegexes(p, {}))).toStrictEqual([
      'functions/a.ts: super-linear-regex: line 1',
      'functions/a.ts: super-linear-regex: line 2',
      'functions/a.ts: super-linear-regex: line 3',
      'infra/b.ts: super-linear-regex: line 1',
    ]);
    expect(checkRegexes(p, {})[0]?.message).toContain('exponential');
  });

  it('GIVEN patterns built from constants, String.raw, .source, joins and imports WHEN checked THEN they are folded and checked', () => {
    const p = project({
      'functions/parts.ts': String.raw`export const SPACE = '\\s+';
export const WORDS = ['and', 'then'].join('|');`,
      'functions/a.ts': String.raw`import { SPACE, WORDS } from './parts';
const TAIL = /y/;
const a = new RegExp(${'`'}(?:${'$'}{WORDS})${'$'}{SPACE}${'$'}{SPACE}${'$'}{TAIL.source}${'`'});
const b = new RegExp(String.raw${'`'}^\d+${'$'}{SPACE}(.*)$${'`'});`,
    });
    expect(found(checkRegexes(p, {}))).toStrictEqual([
      'functions/a.ts: super-linear-regex: line 3',
      'functions/a.ts: super-linear-regex: line 4',
    ]);
  });

  it('GIVEN a pattern computed at run time WHEN checked THEN it is reported as unchecked unless its input is bounded', () => {
    const files = { 'functions/a.ts': 'export const a = (s: string) => new RegExp(s);' };
    expect(found(checkRegexes(project(files), {}))).toStrictEqual([
      'functions/a.ts: regex-unchecked: line 1',
    ]);
    const bounded = { 'functions/bounded/a.ts': files['functions/a.ts'] };
    expect(found(checkRegexes(project(bounded), BOUNDED))).toStrictEqual([]);
  });

  it('GIVEN a folder whose input is bounded WHEN checked THEN polynomial patterns pass there but exponential ones do not', () => {
    const p = project({
      'functions/bounded/a.ts': String.raw`const a = /\s+$/;
const b = /^(?:\s*and\s+)*x/;`,
    });
    expect(found(checkRegexes(p, BOUNDED))).toStrictEqual([
      'functions/bounded/a.ts: super-linear-regex: line 2',
    ]);
  });

  it('GIVEN tests, benchmarks and scripts WHEN checked THEN they are not (they read only the repository)', () => {
    const p = project({
      'test/a.test.ts': 'const a = /\\s+$/;',
      'scripts/b.ts': 'const b = /\\s+$/;',
      'bench/c.ts': 'const c = /\\s+$/;',
    });
    expect(found(checkRegexes(p, {}))).toStrictEqual([]);
  });

  it('GIVEN a bounded folder that no longer exists WHEN checked THEN the stale allowance is reported', () => {
    expect(found(checkRegexes(project({}), BOUNDED))).toStrictEqual([
      'functions/bounded/: stale-allowance: is listed in BOUNDED_INPUT (the entry refuses over 100 characters) but is gone',
    ]);
  });
});
