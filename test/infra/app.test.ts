import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/paths';

const run = promisify(execFile);
const outdirs: string[] = [];
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs the app the way the CDK CLI does (cdk.json "app", context in CDK_CONTEXT_JSON), without bundling. */
const synthApp = async (extraContext: Record<string, unknown> = {}) => {
  mkdirSync(join(REPO_ROOT, 'cdk.out'), { recursive: true });
  const outdir = mkdtempSync(join(REPO_ROOT, 'cdk.out', 'app-test-'));
  outdirs.push(outdir);
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as {
    app: string;
    context: Record<string, unknown>;
  };
  const [command, ...args] = cdkJson.app.split(' ');
  const context = { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...extraContext };
  const result = await run(command as string, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify(context) },
  }).then(
    (r) => ({ ok: true as const, stdout: r.stdout, stderr: r.stderr }),
    (e: { stdout: string; stderr: string }) => ({ ok: false as const, stdout: e.stdout, stderr: e.stderr }),
  );
  return { ...result, outdir };
};

describe('the CDK app entry point', () => {
  it('GIVEN cdk.json WHEN its app command runs with its context THEN the stage stack is synthesized and passes cdk-nag', async () => {
    const result = await synthApp();
    expect(result.stderr).not.toMatch(/Validation failed|AwsSolutions-/);
    expect(result.ok).toBe(true);
    const manifest = JSON.parse(readFileSync(join(result.outdir, 'manifest.json'), 'utf8')) as {
      artifacts: Record<string, { type: string }>;
    };
    expect(manifest.artifacts['Dynaris-dev']?.type).toBe('aws:cloudformation:stack');
    const template = JSON.parse(readFileSync(join(result.outdir, 'Dynaris-dev.template.json'), 'utf8')) as {
      Resources: Record<string, { Type: string }>;
    };
    const machines = Object.values(template.Resources).filter(
      (r) => r.Type === 'AWS::StepFunctions::StateMachine',
    );
    expect(machines).toHaveLength(
      (JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')).context.builtInWorkflows as string[])
        .length,
    );
  }, 300_000);

  it('GIVEN an invalid context value WHEN the app runs THEN it fails and names the key', async () => {
    const result = await synthApp({ stage: 'Not A Stage' });
    expect(result.ok).toBe(false);
    expect(result.stderr).toContain('Invalid stage configuration');
    expect(result.stderr).toContain('stage: lowercase letters');
  }, 300_000);
});
