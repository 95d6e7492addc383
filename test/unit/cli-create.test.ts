import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const dynaris = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/dynaris.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, BEDROCK_MODEL_ID: '' },
  });

describe('dynaris create', () => {
  it('GIVEN a sentence it understands WHEN run THEN stdout is the definition JSON alone and the rest is on stderr', () => {
    const run = dynaris('create', "If a lead doesn't respond in 2 days, send a reminder email");
    expect(run.status).toBe(0);
    const definition = JSON.parse(run.stdout);
    expect(definition.trigger).toMatchObject({ type: 'event', event: 'email.sent' });
    expect(definition.steps[0].waitFor.timeout).toBe('P2D');
    expect(run.stderr).toContain('Validation: valid');
    expect(run.stderr).toContain('flowchart');
  });

  it('GIVEN a sentence it cannot understand WHEN run THEN it exits 1, prints nothing on stdout and lists the problems', () => {
    const run = dynaris('create', 'When a new lead is added, fly to the moon');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const { error } = JSON.parse(run.stderr);
    expect(error.code).toBe('Unprocessable');
    expect(error.details.map((d: { message: string }) => d.message).join('\n')).toContain(
      'I did not understand "fly to the moon"',
    );
  });

  it('GIVEN no text WHEN run THEN it exits 2 with the usage', () => {
    const run = dynaris('create');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: dynaris create');
  });
});
