import { describe, expect, it } from 'vitest';
import type { Project } from '../../../scripts/lint/project';
import { checkFileSizes, MAX_LINES } from '../../../scripts/lint/rules/file-size';

const lines = (n: number) => `${Array.from({ length: n }, (_, i) => `const x${i} = ${i};`).join('\n')}\n`;
const project = (files: Record<string, string>): Project => ({
  files: new Map(Object.entries(files)),
  packageJson: {},
  lambdaEntries: [],
});
const found = (v: { rule: string; file: string }[]) => v.map((x) => `${x.file}: ${x.rule}`);

describe('the file size house rule', () => {
  it('GIVEN source and test files at the limit WHEN checked THEN they pass; one line more does not', () => {
    const p = project({
      'functions/a.ts': lines(MAX_LINES),
      'test/unit/a.test.ts': lines(MAX_LINES + 1),
      'docs/long.md': lines(2000),
      'package-lock.json': lines(5000),
    });
    expect(found(checkFileSizes(p, {}))).toStrictEqual(['test/unit/a.test.ts: file-too-long']);
  });

  it('GIVEN an allowed file still over the limit WHEN checked THEN it passes, and once split its entry is stale', () => {
    const long = project({ 'functions/engine/big.ts': lines(900) });
    expect(checkFileSizes(long, { 'functions/engine/big.ts': 'h11' })).toStrictEqual([]);
    const split = project({ 'functions/engine/big.ts': lines(300) });
    expect(found(checkFileSizes(split, { 'functions/engine/big.ts': 'h11' }))).toStrictEqual([
      'functions/engine/big.ts: stale-allowance',
    ]);
    expect(found(checkFileSizes(project({}), { 'functions/gone.ts': 'h11' }))).toStrictEqual([
      'functions/gone.ts: stale-allowance',
    ]);
  });

  it('GIVEN a long file written by npm run generate WHEN checked THEN it is exempt; a long hand-written one is not', () => {
    const p = project({ 'packages/client/src/schema.ts': lines(6000), 'cli/long.ts': lines(MAX_LINES + 1) });
    expect(found(checkFileSizes(p, {}, ['packages/client/src/schema.ts']))).toStrictEqual([
      'cli/long.ts: file-too-long',
    ]);
  });
});
