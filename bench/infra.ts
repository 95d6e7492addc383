/**
 * How long `cdk synth` takes (assets not bundled, as in the tests). Function bundles: bench/lambdas.ts.
 *   npx tsx bench/infra.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readStageConfig } from '../infra/config';
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
