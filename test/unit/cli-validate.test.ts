import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dynaris-validate-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const dynaris = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/dynaris.js', 'validate', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('dynaris validate', () => {
  it('GIVEN a valid template WHEN validated THEN it prints "valid" and exits 0', () => {
    expect(dynaris('statemachines/templates/lead-follow-up.json')).toMatchObject({
      code: 0,
      stdout: 'valid\n',
    });
  });

  it('GIVEN a definition with two problems WHEN validated THEN each is printed as "<path>: <message>" and it exits 1', () => {
    const path = file(
      'bad.json',
      JSON.stringify({
        name: 'Bad',
        trigger: { type: 'event', event: 'lead.created' },
        steps: [
          { id: 'a', action: 'email.sned' },
          { id: 'b', wait: '2 days' },
        ],
      }),
    );
    const r = dynaris(path);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toStrictEqual([
      '$.steps[0].action: unknown action "email.sned"; did you mean "email.send"? See the action catalogue in docs/workflow-language.md.',
      '$.steps[1].wait: "2 days" is not an ISO-8601 duration such as P2D, PT30M or P1DT12H',
    ]);
  });

  it('GIVEN --json WHEN validated THEN the report is printed as JSON', () => {
    const path = file('bad2.json', JSON.stringify({ name: 'x', trigger: { type: 'manual' }, steps: [] }));
    const r = dynaris(path, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toStrictEqual({
      valid: false,
      issues: [{ path: '$.steps', code: 'empty-branch', message: 'a workflow needs at least one step' }],
      warnings: [],
    });
  });

  it('GIVEN a valid definition with a value that may be missing WHEN validated THEN stdout says "valid", it exits 0, and the warning goes to stderr with its path', () => {
    const path = file(
      'warned.json',
      JSON.stringify({
        name: 'Note replies',
        trigger: { type: 'event', event: 'email.received' },
        steps: [
          { id: 'note', action: 'crm.addNote', input: { leadId: '{{trigger.leadId}}', text: 'Replied' } },
        ],
      }),
    );
    const r = dynaris(path);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('valid\n');
    expect(r.stderr).toMatch(/^warning \$\.steps\[0\]\.input\.leadId: \{\{trigger\.leadId\}\} may be null/);
  });

  it('GIVEN a missing file WHEN validated THEN it says so and exits 2', () => {
    const r = dynaris(join(dir, 'nope.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file');
  });

  it('GIVEN invalid JSON WHEN validated THEN it says so and exits 2', () => {
    const r = dynaris(file('broken.json', '{ "name": '));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not valid JSON');
  });

  it('GIVEN no file argument WHEN run THEN the usage is shown and it exits 2', () => {
    const r = dynaris();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: dynaris validate FILE');
  });

  describe('several files', () => {
    const valid = 'statemachines/templates/lead-follow-up.json';
    const invalid = () =>
      file('bad3.json', JSON.stringify({ name: 'x', trigger: { type: 'manual' }, steps: [] }));

    it('GIVEN two valid files WHEN validated together THEN each line names its file and it exits 0', () => {
      const other = 'statemachines/templates/invoice-payment-follow-up.json';
      expect(dynaris(valid, other)).toMatchObject({ code: 0, stdout: `${valid}: valid\n${other}: valid\n` });
    });

    it('GIVEN a valid and an invalid file WHEN validated together THEN both are reported, the problem under its file, and it exits 1', () => {
      const bad = invalid();
      const r = dynaris(valid, bad);
      expect(r.code).toBe(1);
      expect(r.stdout.trim().split('\n')).toStrictEqual([
        `${valid}: valid`,
        `${bad}: $.steps: a workflow needs at least one step`,
      ]);
      expect(r.stderr).toContain(`1 problem in ${bad}`);
    });

    it('GIVEN a missing file among valid ones WHEN validated THEN the others are still checked and it exits 2', () => {
      const r = dynaris(join(dir, 'gone.json'), valid, invalid());
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(`${valid}: valid`);
      expect(r.stdout).toContain('a workflow needs at least one step');
      expect(r.stderr).toContain('no such file');
    });

    it('GIVEN --json and two files WHEN validated THEN an array of reports, each with its file', () => {
      const bad = invalid();
      const r = dynaris(valid, bad, '--json');
      expect(r.code).toBe(1);
      const reports = JSON.parse(r.stdout) as { file: string; valid: boolean; issues: { code: string }[] }[];
      expect(
        reports.map(({ file, valid, issues }) => ({ file, valid, codes: issues.map((i) => i.code) })),
      ).toStrictEqual([
        { file: valid, valid: true, codes: [] },
        { file: bad, valid: false, codes: ['empty-branch'] },
      ]);
    });

    it('GIVEN standard input named twice WHEN run THEN it is a usage error that exits 2', () => {
      const r = dynaris('-', '-');
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stderr)).toMatchObject({
        error: { code: 'UsageError', message: 'standard input ("-") can be read once' },
      });
    });
  });
});
