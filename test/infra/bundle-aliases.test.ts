import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleAliases } from '../../infra/constructs/function';
import { FUNCTION_ENTRIES } from '../../infra/constructs/functions';
import { FUNCTIONS_DIR } from '../../infra/paths';
import { bundleWithCdk } from './support/cdk-bundle';

/**
 * The api-dry-run function as `cdk synth` bundles it (local esbuild, its aliases passed as esbuild arguments):
 * aws-local-stepfunctions, and with it asl-validator, Ajv and jsonpath-plus, replaced by the engine's stand-ins
 * (functions/engine/asl-lean.ts, jsonpath-lean.ts; test/integration/api/dry-run-unchecked.test.ts shows a dry run
 * never validates ASL).
 */
let bundle: ReturnType<typeof bundleWithCdk> | undefined;
let assetDir: string;

beforeAll(() => {
  bundle = bundleWithCdk({
    entry: join(FUNCTIONS_DIR, FUNCTION_ENTRIES['api-dry-run'] as string),
    serviceName: 'api-dry-run',
    aliases: bundleAliases('api-dry-run'),
  });
  assetDir = bundle.assetDir;
}, 180_000);

afterAll(() => bundle?.remove());

describe('a function bundled with aliases', () => {
  it('GIVEN the api-dry-run function WHEN bundled by cdk synth THEN asl-validator, Ajv, jsonpath-plus and aws-local-stepfunctions are replaced by the engine stand-ins', () => {
    const map = JSON.parse(readFileSync(join(assetDir, 'index.mjs.map'), 'utf8')) as { sources: string[] };
    expect(map.sources.filter((src) => /node_modules\/(asl-validator|ajv)\//.test(src))).toStrictEqual([]);
    // The library's data processing of single compiled states, by its own stand-in (test/unit/engine-asl-lean).
    expect(map.sources.some((src) => src.endsWith('functions/engine/asl-lean.ts'))).toBe(true);
    expect(map.sources.filter((src) => src.includes('node_modules/aws-local-stepfunctions/'))).toStrictEqual(
      [],
    );
    // jsonpath-plus is replaced by the engine's JSONPath for reference paths (test/integration/engine/dry-run-bundled).
    expect(map.sources.some((src) => src.endsWith('functions/engine/jsonpath-lean.ts'))).toBe(true);
    expect(map.sources.filter((src) => src.includes('node_modules/jsonpath-plus/'))).toStrictEqual([]);
    // The engine without redrive, snapshots and resume (engine-core.ts; local-engine.ts adds them).
    expect(map.sources.some((src) => src.endsWith('functions/engine/engine-core.ts'))).toBe(true);
  });

  it('GIVEN the bundle WHEN imported as Node.js would load it THEN it exports the handler function', async () => {
    const mod = (await import(pathToFileURL(join(assetDir, 'index.mjs')).href)) as { handler?: unknown };
    expect(typeof mod.handler).toBe('function');
  });
});
