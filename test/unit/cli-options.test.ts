import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/commands';
import { main } from '../../cli/main';
import { outputOfEachTest } from '../support/captured-output';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

const output = outputOfEachTest();

const error = () => (JSON.parse(output.stderr) as { error: Record<string, unknown> }).error;

describe('every dynaris command', () => {
  for (const { name } of COMMANDS) {
    it(`GIVEN ${name} WHEN -h or --help is given THEN its usage and options are printed on output.stdout and it exits 0`, async () => {
      for (const flag of ['-h', '--help']) {
        output.stdout = '';
        expect(await main([...name.split(' '), flag])).toBe(0);
        expect(output.stdout).toMatch(new RegExp(`^Usage: dynaris ${name} `));
        expect(output.stdout).toContain('Exit code');
      }
      expect(output.stderr).toBe('');
    });

    it(`GIVEN ${name} WHEN --version is given THEN the package version is printed and it exits 0`, async () => {
      expect(await main([...name.split(' '), '--version'])).toBe(0);
      expect(output.stdout).toBe(`dynaris ${VERSION}\n`);
    });
  }
});

describe('the dynaris command line', () => {
  it('GIVEN no arguments or --help WHEN run THEN every command is listed and it exits 0', async () => {
    expect(await main([])).toBe(0);
    expect(await main(['--help'])).toBe(0);
    for (const { name } of COMMANDS) expect(output.stdout).toContain(`  ${name}`);
    expect(await main(['--version'])).toBe(0);
    expect(output.stdout.endsWith(`dynaris ${VERSION}\n`)).toBe(true);
  });

  it('GIVEN an unknown command WHEN run THEN a JSON UsageError names it and it exits 2', async () => {
    expect(await main(['frobnicate'])).toBe(2);
    expect(error()).toMatchObject({
      code: 'UsageError',
      message: 'unknown command "frobnicate"',
      details: [{ path: 'frobnicate', message: 'not a dynaris command' }],
    });
    expect(output.stdout).toBe('');
  });

  it('GIVEN an option without its value WHEN run THEN the error names the option and it exits 2', async () => {
    expect(await main(['cost', 'wf.json', '--items'])).toBe(2);
    expect(error()).toMatchObject({
      code: 'UsageError',
      message: '--items needs a value',
      details: [{ path: '--items', message: 'needs a value' }],
      usage: 'Usage: dynaris cost FILE [--items N] [--json]',
    });
  });

  it('GIVEN a value on a flag WHEN run THEN it is refused as taking no value', async () => {
    expect(await main(['validate', 'wf.json', '--json=yes'])).toBe(2);
    expect(error()).toMatchObject({ message: '--json takes no value' });
  });

  it('GIVEN one argument too many WHEN run THEN the extra one is named and it exits 2', async () => {
    expect(await main(['diagram', 'a.json', 'b.json'])).toBe(2);
    expect(error()).toMatchObject({
      message: 'one FILE expected, got 2',
      details: [{ path: 'b.json', message: 'unexpected argument' }],
    });
  });

  it('GIVEN run of a workflow that is not a shipped template, without --event, WHEN run THEN the error names --event and it exits 2', async () => {
    expect(await main(['run', 'my-workflow.json'])).toBe(2);
    expect(error()).toMatchObject({ code: 'UsageError', details: [{ path: '--event' }] });
  });

  it('GIVEN serve with a port that is not a number WHEN run THEN it is refused before anything starts', async () => {
    expect(await main(['serve', '--port', 'eighty'])).toBe(2);
    expect(error()).toMatchObject({
      code: 'UsageError',
      details: [{ path: '--port', message: '--port must be a port number (0-65535), not "eighty"' }],
    });
  });

  it('GIVEN match with one file WHEN run THEN the missing EVENT_FILE is named and it exits 2 (invalid)', async () => {
    expect(await main(['match', 'pattern.json'])).toBe(2);
    expect(error()).toMatchObject({ message: 'EVENT_FILE is missing', details: [{ path: 'EVENT_FILE' }] });
  });
});
