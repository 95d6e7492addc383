import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynarisFunction, ESM_REQUIRE_BANNER } from '../../infra/constructs/function';
import { FUNCTIONS_DIR, REPO_ROOT } from '../../infra/paths';

/**
 * Really bundles one function the way `cdk synth` does: local esbuild from node_modules, no Docker, no network.
 * The output goes under cdk.out/ (git-ignored) so the bundle resolves the external AWS SDK from node_modules,
 * as the Lambda runtime would from its own.
 */
let outdir: string;
let assetDir: string;

beforeAll(() => {
  const root = join(REPO_ROOT, 'cdk.out');
  mkdirSync(root, { recursive: true });
  outdir = mkdtempSync(join(root, 'bundle-test-'));
  const app = new App({ outdir });
  const stack = new Stack(app, 'BundleProbe');
  new DynarisFunction(stack, 'Dispatcher', {
    entry: join(FUNCTIONS_DIR, 'dispatcher/handler.ts'),
    serviceName: 'dispatcher',
    functionNamePrefix: 'probe',
    description: 'bundling probe',
    logRetention: RetentionDays.ONE_DAY,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  app.synth();
  const asset = readdirSync(outdir).find(
    (d) => d.startsWith('asset.') && statSync(join(outdir, d)).isDirectory(),
  );
  if (!asset) throw new Error(`no asset directory in ${outdir}: ${readdirSync(outdir).join(', ')}`);
  assetDir = join(outdir, asset);
}, 120_000);

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('bundling one function with the local esbuild', () => {
  it('GIVEN the dispatcher entry WHEN synthesized with bundling THEN an ESM bundle and its source map are written', () => {
    expect(readdirSync(assetDir).sort()).toEqual(['index.mjs', 'index.mjs.map']);
    const map = JSON.parse(readFileSync(join(assetDir, 'index.mjs.map'), 'utf8')) as { sources: string[] };
    expect(map.sources.some((src) => src.endsWith('functions/dispatcher/handler.ts'))).toBe(true);
  });

  it('GIVEN the bundle WHEN read THEN it starts with the createRequire banner, is minified and leaves the AWS SDK external', () => {
    const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(code.startsWith(ESM_REQUIRE_BANNER), 'starts with the banner').toBe(true);
    const lines = code.split('\n');
    expect(code.length / lines.length).toBeGreaterThan(500);
    // Booleans, not toMatch: a failure would otherwise print the whole bundle.
    expect(/(from|import)\s*"@aws-sdk\//.test(code), 'imports the AWS SDK from the runtime').toBe(true);
    expect(code.includes('class S3Client') || code.includes('class SFNClient'), 'bundled an SDK client').toBe(
      false,
    );
    expect(code.trimEnd().endsWith('//# sourceMappingURL=index.mjs.map')).toBe(true);
  });

  it('GIVEN the bundle WHEN imported as Node.js would load it THEN it exports the handler function', async () => {
    const mod = (await import(pathToFileURL(join(assetDir, 'index.mjs')).href)) as { handler?: unknown };
    expect(typeof mod.handler).toBe('function');
  });
});
