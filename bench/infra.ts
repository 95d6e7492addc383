/**
 * Infra figures: how long `cdk synth` takes (assets not bundled, as in the tests), and how big each function's
 * bundle is when built exactly as the stack builds it (esbuild, minified, ESM, AWS SDK external).
 *   npx tsx bench/infra.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { build } from 'esbuild';
import { readStageConfig } from '../infra/config';
import { BUNDLING, ESM_REQUIRE_BANNER } from '../infra/constructs/function';
import { FUNCTION_ENTRIES } from '../infra/constructs/functions';
import { FUNCTIONS_DIR } from '../infra/paths';
import { DynarisStack } from '../infra/stack';
import { loadTemplates } from '../infra/templates';
import { TEMPLATE_IDS } from '../statemachines/templates';

const missing = Object.entries(FUNCTION_ENTRIES).filter(
  ([, entry]) => !existsSync(join(FUNCTIONS_DIR, entry)),
);

const synthOnce = (): { ms: number; resources: number } => {
  const started = performance.now();
  const app = new App({
    context: { 'aws:cdk:bundling-stacks': [], builtInWorkflows: TEMPLATE_IDS, tenantId: 'bench' },
  });
  const stack = new DynarisStack(app, 'Dynaris-bench', {
    config: readStageConfig(app.node),
    templates: loadTemplates(),
    env: { account: '123456789012', region: 'eu-central-1' },
  });
  const resources = Object.keys(Template.fromStack(stack).toJSON().Resources).length;
  return { ms: performance.now() - started, resources };
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log('# infra');
if (missing.length > 0) {
  console.log(`synth: skipped, handler entries not written yet: ${missing.map(([, e]) => e).join(', ')}`);
} else {
  const runs = [synthOnce(), synthOnce(), synthOnce()];
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `synth (6 built-in workflows, bundling skipped): ${runs[0]?.resources} resources; first ${runs[0]?.ms.toFixed(0)} ms, median of 3 ${times[1]?.toFixed(0)} ms`,
  );
}

console.log('\nfunction bundles (esbuild, minified, ESM, @aws-sdk/* external; without the source map):');
console.log(
  `${'function'.padEnd(18)} ${'bytes'.padStart(10)} ${'size'.padStart(11)} ${'build ms'.padStart(9)}`,
);
let total = 0;
for (const [name, entry] of Object.entries(FUNCTION_ENTRIES)) {
  const file = join(FUNCTIONS_DIR, entry);
  if (!existsSync(file)) {
    console.log(`${name.padEnd(18)} ${'missing'.padStart(10)}`);
    continue;
  }
  const started = performance.now();
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: BUNDLING.target ?? 'node24',
    minify: BUNDLING.minify ?? true,
    mainFields: BUNDLING.mainFields ?? ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    external: [...(BUNDLING.externalModules ?? [])],
    logLevel: 'silent',
  });
  const ms = performance.now() - started;
  const bytes = result.outputFiles.reduce((sum, f) => sum + f.contents.byteLength, 0);
  total += bytes;
  console.log(
    `${name.padEnd(18)} ${String(bytes).padStart(10)} ${kb(bytes).padStart(11)} ${ms.toFixed(0).padStart(9)}`,
  );
}
console.log(`${'total'.padEnd(18)} ${String(total).padStart(10)} ${kb(total).padStart(11)}`);
