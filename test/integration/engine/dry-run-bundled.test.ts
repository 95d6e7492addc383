import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dryRunWorkflow, type WaitForOutcome } from '../../../functions/engine/dry-run';
import { esbuildOptionsLikeInfra } from '../../../infra/constructs/function';
import { FUNCTIONS_DIR, REPO_ROOT } from '../../../infra/paths';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { TEMPLATE_IDS, TEMPLATES, templateExample } from '../../../statemachines/templates';
import { SAMPLE_TRIGGER, validWorkflow } from '../../support/workflow-arbitrary';

/**
 * The api-dry-run function bundles the engine with its aliases (infra/constructs/function.ts): no asl-validator, the
 * engine's own JSONPath for reference paths instead of jsonpath-plus, and its own data processing of single compiled
 * states instead of aws-local-stepfunctions (asl-lean.ts). A dry run by the engine as that bundle builds it must
 * answer exactly what the engine answers with the packages themselves: the same steps, outputs, errors (States.Runtime
 * for a reference to nothing included) and status.
 */
type DryRun = typeof dryRunWorkflow;
let bundled: DryRun;
let inputs: string[] = [];
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dynaris-dry-run-bundle-'));
  const outfile = join(dir, 'dry-run.mjs');
  const result = await build({
    ...esbuildOptionsLikeInfra('api-dry-run'),
    entryPoints: [join(FUNCTIONS_DIR, 'engine/dry-run.ts')],
    absWorkingDir: REPO_ROOT,
    outfile,
    write: true,
  });
  inputs = Object.keys((result.metafile as Metafile).inputs);
  ({ dryRunWorkflow: bundled } = (await import(pathToFileURL(outfile).href)) as { dryRunWorkflow: DryRun });
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-03-02T09:00:00.000Z');
const OPTIONS = { now: NOW, tenantId: 't1', workflowId: 'w1' } as const;
const TIMEOUTS = { waitFor: (): WaitForOutcome => ({ outcome: 'timeout' }) };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** A result with its random ids (a run id the dry run makes up when none is given) blanked. */
const comparable = (result: unknown): unknown => JSON.parse(JSON.stringify(result).replace(UUID, '<uuid>'));

describe('dry runs as the api-dry-run function bundles the engine', () => {
  it('GIVEN the bundle WHEN built THEN it carries the engine with its own JSONPath and state processing, not jsonpath-plus or aws-local-stepfunctions', () => {
    expect(inputs).toContain('functions/engine/jsonpath-lean.ts');
    expect(inputs.filter((f) => f.startsWith('node_modules/jsonpath-plus/'))).toStrictEqual([]);
    expect(inputs).toContain('functions/engine/asl-lean.ts');
    expect(inputs.filter((f) => f.startsWith('node_modules/aws-local-stepfunctions/'))).toStrictEqual([]);
  });

  it.each(TEMPLATE_IDS.map((id) => [id]))(
    'GIVEN the %s template WHEN dry-run by the bundle THEN the result is the one the engine gives with the packages',
    async (id) => {
      const trigger =
        (templateExample(id).event as { detail?: Record<string, unknown> } | undefined)?.detail ?? {};
      for (const [given, options] of [
        [trigger, OPTIONS],
        [trigger, { ...OPTIONS, ...TIMEOUTS, approvals: { _run: 'reject' as const } }],
        [{}, OPTIONS],
      ] as const)
        expect(await bundled(TEMPLATES[id], given, options)).toStrictEqual(
          await dryRunWorkflow(TEMPLATES[id], given, options),
        );
    },
  );

  it('GIVEN random valid workflows (conditions, loops, waits, tricky text) WHEN dry-run by the bundle with and without their trigger THEN each result is the one the engine gives with the packages', async () => {
    await fc.assert(
      fc.asyncProperty(validWorkflow, fc.boolean(), fc.boolean(), async (raw, withTrigger, timeouts) => {
        const definition = WorkflowDefinition.parse(raw);
        const trigger = withTrigger ? SAMPLE_TRIGGER : {};
        const options = timeouts ? { ...OPTIONS, ...TIMEOUTS } : OPTIONS;
        expect(comparable(await bundled(definition, trigger, options))).toStrictEqual(
          comparable(await dryRunWorkflow(definition, trigger, options)),
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
