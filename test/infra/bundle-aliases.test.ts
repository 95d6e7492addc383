import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleAliases, DynarisFunction } from '../../infra/constructs/function';
import { FUNCTION_ENTRIES } from '../../infra/constructs/functions';
import { FUNCTIONS_DIR, REPO_ROOT } from '../../infra/paths';

/**
 * The api-dry-run function as `cdk synth` bundles it (local esbuild, its aliases passed as esbuild arguments):
 * asl-validator and Ajv replaced by a stand-in, which test/integration/api/dry-run-unchecked.test.ts shows a dry
 * run never calls.
 */
let outdir: string;
let assetDir: string;

beforeAll(() => {
  const root = join(REPO_ROOT, 'cdk.out');
  mkdirSync(root, { recursive: true });
  outdir = mkdtempSync(join(root, 'bundle-aliases-test-'));
  const app = new App({ outdir });
  const stack = new Stack(app, 'AliasProbe');
  new DynarisFunction(stack, 'DryRun', {
    entry: join(FUNCTIONS_DIR, FUNCTION_ENTRIES['api-dry-run'] as string),
    serviceName: 'api-dry-run',
    functionNamePrefix: 'probe',
    description: 'bundling probe',
    logRetention: RetentionDays.ONE_DAY,
    removalPolicy: RemovalPolicy.DESTROY,
    aliases: bundleAliases('api-dry-run'),
  });
  app.synth();
  const asset = readdirSync(outdir).find(
    (d) => d.startsWith('asset.') && statSync(join(outdir, d)).isDirectory(),
  );
  if (!asset) throw new Error(`no asset directory in ${outdir}: ${readdirSync(outdir).join(', ')}`);
  assetDir = join(outdir, asset);
}, 180_000);

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('a function bundled with aliases', () => {
  it('GIVEN the api-dry-run function WHEN bundled by cdk synth THEN asl-validator and Ajv are replaced by the stand-in, the engine is there', () => {
    const map = JSON.parse(readFileSync(join(assetDir, 'index.mjs.map'), 'utf8')) as { sources: string[] };
    expect(map.sources.some((src) => src.endsWith('functions/engine/asl-validator-absent.ts'))).toBe(true);
    expect(map.sources.filter((src) => /node_modules\/(asl-validator|ajv)\//.test(src))).toStrictEqual([]);
    expect(map.sources.some((src) => src.includes('node_modules/aws-local-stepfunctions/'))).toBe(true);
  });

  it('GIVEN the bundle WHEN imported as Node.js would load it THEN it exports the handler function', async () => {
    const mod = (await import(pathToFileURL(join(assetDir, 'index.mjs')).href)) as { handler?: unknown };
    expect(typeof mod.handler).toBe('function');
  });
});
