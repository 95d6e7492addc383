import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESM_REQUIRE_BANNER } from '../../infra/constructs/function';
import { FUNCTIONS_DIR } from '../../infra/paths';
import { bundleWithCdk } from './support/cdk-bundle';

/** Really bundles the dispatcher the way `cdk synth` does (test/infra/support/cdk-bundle.ts). */
let bundle: ReturnType<typeof bundleWithCdk> | undefined;
let assetDir: string;

beforeAll(() => {
  bundle = bundleWithCdk({ entry: join(FUNCTIONS_DIR, 'dispatcher/handler.ts'), serviceName: 'dispatcher' });
  assetDir = bundle.assetDir;
}, 120_000);

afterAll(() => bundle?.remove());

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
