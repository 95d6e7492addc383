import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCompile } from '../../cli/compile';
import { runCost } from '../../cli/cost';
import { runDiagram } from '../../cli/diagram';
import { aslProblems } from '../../functions/engine/asl-check';

const dir = mkdtempSync(join(tmpdir(), 'dynaris-cli-compile-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const VALID = file(
  'valid.json',
  JSON.stringify({
    name: 'Lead follow-up',
    trigger: { type: 'event', event: 'lead.created' },
    steps: [
      {
        id: 'welcome',
        name: 'Send welcome email',
        action: 'email.send',
        input: { to: '{{trigger.lead.email}}', subject: 'Welcome', body: 'Hello' },
      },
      { id: 'find', action: 'crm.findLeads', input: { status: 'new' } },
      {
        id: 'each',
        forEach: {
          items: '{{steps.find.leads}}',
          steps: [{ id: 'n', action: 'crm.addNote', input: { leadId: '{{item.id}}', text: 'x' } }],
        },
      },
    ],
  }),
);
const INVALID = file(
  'invalid.json',
  JSON.stringify({ name: 'x', trigger: { type: 'manual' }, steps: [{ id: 'a', action: 'nope' }] }),
);
const BROKEN = file('broken.json', '{ "name": ');

const dynaris = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/dynaris.js', ...args], {
    encoding: 'utf8',
    cwd: process.cwd(),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const run: Record<string, (args: string[]) => Promise<number>> = {
  compile: (args) => runCompile(args),
  diagram: (args) => runDiagram(args),
  cost: (args) => runCost(args),
};
const inProcess = async (command: string, ...args: string[]) => {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await (run[command] as (a: string[]) => Promise<number>)(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
};

describe('dynaris compile | diagram | cost', () => {
  it('GIVEN a valid workflow WHEN compiled THEN stdout is the ASL (valid for asl-validator) and the exit code 0', () => {
    const r = dynaris('compile', VALID);
    expect(r.code).toBe(0);
    const asl = JSON.parse(r.stdout);
    expect(asl.StartAt).toBe('Start run');
    expect(Object.keys(asl.States)).toContain('Send welcome email');
    expect(aslProblems(asl)).toStrictEqual([]);
  });

  it('GIVEN --compact and --summary WHEN compiling THEN one line of JSON, or the type and state names', async () => {
    const compact = dynaris('compile', VALID, '--compact');
    expect(compact.stdout.trim().split('\n')).toHaveLength(1);
    const summary = await inProcess('compile', '--summary', VALID);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(
      /^Lead follow-up: EXPRESS, \d+ states, \d+ bytes\n {2}welcome: Send welcome email\n/,
    );
    expect(summary.stdout).toContain('  each: For each lead');
  });

  it('GIVEN a valid workflow WHEN diagrammed THEN stdout is a Mermaid flowchart (optionally fenced for Markdown)', async () => {
    const r = dynaris('diagram', VALID);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('flowchart TD\n')).toBe(true);
    expect(r.stdout).toContain('["Send welcome email"]');
    const md = await inProcess('diagram', VALID, '--markdown');
    expect(md.stdout.startsWith('```mermaid\nflowchart TD\n')).toBe(true);
    expect(md.stdout.trimEnd().endsWith('```')).toBe(true);
  });

  it('GIVEN a valid workflow WHEN costed THEN the report shows per-run and per-million costs with the prices; --json and --items work', async () => {
    const r = dynaris('cost', VALID);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cost estimate: Lead follow-up (EXPRESS, us-east-1)');
    expect(r.stdout).toContain('Per 1M runs');
    expect(r.stdout).toContain('Prices: AWS list prices');
    const ten = JSON.parse((await inProcess('cost', VALID, '--json')).stdout);
    const fifty = JSON.parse((await inProcess('cost', VALID, '--json', '--items', '50')).stdout);
    expect(ten.assumptions.forEachItems).toBe(10);
    expect(fifty.assumptions.forEachItems).toBe(50);
    expect(fifty.perRunUsd).toBeGreaterThan(ten.perRunUsd);
    const bad = await inProcess('cost', VALID, '--items', 'lots');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--items must be a whole number');
  });

  // One spawn per error class (the exit code through the real binary), every command in-process.
  it('GIVEN a missing file, invalid JSON or an invalid workflow WHEN run through the binary THEN exit codes are 2, 2 and 1', () => {
    expect(dynaris('compile', join(dir, 'nope.json')).code).toBe(2);
    expect(dynaris('diagram', BROKEN).code).toBe(2);
    const invalid = dynaris('cost', INVALID);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
  });

  for (const command of ['compile', 'diagram', 'cost']) {
    it(`GIVEN a missing file WHEN ${command} runs THEN it says so and exits 2`, async () => {
      const r = await inProcess(command, join(dir, 'nope.json'));
      expect({ ...r, stderr: JSON.parse(r.stderr) }).toStrictEqual({
        code: 2,
        stdout: '',
        stderr: {
          error: {
            code: 'NotFound',
            message: `cannot read ${join(dir, 'nope.json')}: no such file`,
            details: [{ path: join(dir, 'nope.json'), message: 'no such file' }],
          },
        },
      });
    });

    it(`GIVEN a directory WHEN ${command} runs THEN it says so and exits 2`, async () => {
      const r = await inProcess(command, dir);
      expect({ ...r, stderr: JSON.parse(r.stderr) }).toStrictEqual({
        code: 2,
        stdout: '',
        stderr: {
          error: {
            code: 'Unreadable',
            message: `cannot read ${dir}: it is a directory, not a file`,
            details: [{ path: dir, message: 'it is a directory, not a file' }],
          },
        },
      });
    });

    it(`GIVEN invalid JSON WHEN ${command} runs THEN it says so and exits 2`, async () => {
      const r = await inProcess(command, BROKEN);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(JSON.parse(r.stderr).error).toMatchObject({
        code: 'InvalidJson',
        message: expect.stringMatching(/^.*broken\.json is not valid JSON: /),
      });
    });

    it(`GIVEN an invalid workflow WHEN ${command} runs THEN every problem is listed with its path and it exits 1`, async () => {
      const r = await inProcess(command, INVALID);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const { error } = JSON.parse(r.stderr);
      expect(error.code).toBe('Unprocessable');
      expect(error.message).toContain('is not a valid workflow');
      expect(error.details.map((d: { path: string }) => d.path)).toContain('$.steps[0].action');
    });

    it(`GIVEN an unknown option WHEN ${command} runs THEN usage is printed and it exits 2`, async () => {
      const r = await inProcess(command, VALID, '--frobnicate');
      expect(r.code).toBe(2);
      const { error } = JSON.parse(r.stderr);
      expect(error).toMatchObject({ code: 'UsageError', message: 'unknown option --frobnicate' });
      expect(error.details).toStrictEqual([{ path: '--frobnicate', message: 'unknown option' }]);
      expect(error.usage).toContain(`Usage: dynaris ${command} FILE`);
    });
  }

  it('GIVEN no file WHEN compile runs THEN usage is printed and the exit code is 2; --help exits 0', async () => {
    const r = await inProcess('compile');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: dynaris compile FILE');
    expect((await inProcess('compile', '--help')).code).toBe(0);
  });
});
