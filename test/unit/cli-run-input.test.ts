import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dynaris-run-input-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const dynaris = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/dynaris.js', 'run', ...args], {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const WORKFLOW = 'statemachines/templates/lead-follow-up.json';

describe('dynaris run input files', () => {
  it('GIVEN a missing workflow file WHEN run THEN it says which file cannot be read, like the other commands, and exits 2', () => {
    const missing = join(dir, 'missing.json');
    const r = dynaris([missing, '--event', file('event.json', '{}')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cannot read ${missing}: no such file\n`);
  });

  it('GIVEN an event file that is not JSON WHEN run THEN it names that file and exits 2', () => {
    const event = file('broken.json', '{"lead": ');
    const r = dynaris([WORKFLOW, '--event', event]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^${event.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not valid JSON: `),
    );
  });

  it('GIVEN an invalid workflow WHEN run THEN the problems are listed with their count and it exits 2', () => {
    const bad = file(
      'bad.json',
      JSON.stringify({ name: 'Bad', trigger: { type: 'manual' }, steps: [{ id: 'a', action: 'nope' }] }),
    );
    const r = dynaris([bad, '--event', file('e.json', '{}')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a valid workflow \(1 problem\):\n\$\.steps\[0\]\.action: /);
  });
});
