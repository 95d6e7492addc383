import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { TEMPLATE_IDS } from '../../statemachines/templates';
import { outputOfEachTest } from '../support/captured-output';

/** `dynaris run` as a person types it, output.stdout and output.stderr captured. */
const output = outputOfEachTest();

const dir = mkdtempSync(join(tmpdir(), 'dynaris-run-templates-'));
const file = (name: string, value: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const runJson = () =>
  JSON.parse(output.stdout) as { status: string; steps: { id: string; status: string }[] };

describe('dynaris run on the shipped templates', () => {
  it.each(TEMPLATE_IDS)(
    'GIVEN template %s and no --event WHEN run THEN its example runs, with the records it refers to, and succeeds',
    async (id) => {
      const code = await main(['run', id, '--json']);
      expect(output.stderr).toBe('');
      expect(runJson().status).toBe('SUCCEEDED');
      expect(runJson().steps.filter((s) => s.status === 'failed')).toStrictEqual([]);
      expect(code).toBe(0);
    },
  );

  it('GIVEN the template path instead of its name WHEN run with no --event THEN the example runs too', async () => {
    expect(await main(['run', 'statemachines/templates/meeting-follow-up.json', '--json'])).toBe(0);
    expect(runJson().status).toBe('SUCCEEDED');
  });

  it('GIVEN an event naming a lead the store does not have WHEN run THEN it fails and the message names that lead and --seed', async () => {
    const event = file('event.json', {
      lead: { id: 'ld_1', email: 'ada@example.com', name: 'Ada', company: 'AE' },
    });
    expect(await main(['run', 'lead-follow-up', '--event', event])).toBe(1);
    expect(output.stderr).toContain('The run needs lead ld_1, which is not in the simulated store');
    expect(output.stderr).toContain('--seed FILE');
  });

  it('GIVEN the same event and a --seed file with that lead WHEN run THEN it succeeds', async () => {
    const event = file('event2.json', {
      lead: { id: 'ld_1', email: 'ada@example.com', name: 'Ada', company: 'AE' },
    });
    const seed = file('seed.json', { leads: [{ id: 'ld_1', email: 'ada@example.com', name: 'Ada' }] });
    expect(await main(['run', 'lead-follow-up', '--event', event, '--seed', seed, '--json'])).toBe(0);
    expect(runJson().status).toBe('SUCCEEDED');
  });

  it('GIVEN a seed file with an invalid record WHEN run THEN nothing runs and the problem names the record field', async () => {
    const seed = file('bad-seed.json', { leads: [{ id: 'ld_1', email: 'not-an-email' }], people: [] });
    expect(await main(['run', 'lead-follow-up', '--seed', seed])).toBe(2);
    const { error } = JSON.parse(output.stderr) as { error: { code: string; details: { path: string }[] } };
    expect(error.code).toBe('InvalidSeed');
    expect(error.details.map((d) => d.path).sort()).toStrictEqual(['seed', 'seed.leads[0].email']);
    expect(output.stdout).toBe('');
  });

  it('GIVEN seed settings the API refuses WHEN run THEN it stops before the run, naming seed.settings, exit 2', async () => {
    const seed = file('bad-settings.json', { settings: { timezone: 'Mars/Olympus_Mons' } });
    expect(await main(['run', 'lead-follow-up', '--seed', seed])).toBe(2);
    expect(JSON.parse(output.stderr).error).toMatchObject({
      code: 'InvalidSeed',
      message: expect.stringMatching(/^seed\.settings: .*timezone/),
    });
    expect(output.stdout).toBe('');
  });
});
