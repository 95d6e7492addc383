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
    expect(JSON.parse(r.stderr)).toStrictEqual({
      error: {
        code: 'NotFound',
        message: `cannot read ${missing}: no such file`,
        details: [{ path: missing, message: 'no such file' }],
      },
    });
  });

  it('GIVEN an event file that is not JSON WHEN run THEN it names that file and exits 2', () => {
    const event = file('broken.json', '{"lead": ');
    const r = dynaris([WORKFLOW, '--event', event]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).error).toMatchObject({
      code: 'InvalidJson',
      message: expect.stringMatching(
        new RegExp(`^${event.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not valid JSON: `),
      ),
      details: [{ path: event }],
    });
  });

  it('GIVEN an invalid workflow WHEN run THEN the problems are listed with their count and it exits 2', () => {
    const bad = file(
      'bad.json',
      JSON.stringify({ name: 'Bad', trigger: { type: 'manual' }, steps: [{ id: 'a', action: 'nope' }] }),
    );
    const r = dynaris([bad, '--event', file('e.json', '{}')]);
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.stderr);
    expect(error.code).toBe('Unprocessable');
    expect(error.message).toMatch(/is not a valid workflow \(1 problem\)$/);
    expect(error.details).toHaveLength(1);
    expect(error.details[0].path).toBe('$.steps[0].action');
  });
});
