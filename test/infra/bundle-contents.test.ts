import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../functions/api/api';
import { esbuildOptionsLikeInfra } from '../../infra/constructs/function';
import { FUNCTION_ENTRIES } from '../../infra/constructs/functions';
import { FUNCTIONS_DIR, REPO_ROOT } from '../../infra/paths';
import { EVENT_FIELD_NOTES } from '../../statemachines/event-notes';

/**
 * What each Lambda bundle really contains, from esbuild's own record of its inputs (the same options as `cdk
 * synth`): no package that only tests, the local runtime, the CLI or the CDK app need (package-lock marks those
 * `dev`), and no repository file outside functions/ and statemachines/.
 */
interface LockEntry {
  readonly dev?: boolean;
}
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

/** `node_modules/a/node_modules/@s/b/lib/x.js` -> `node_modules/a/node_modules/@s/b` (its package-lock key). */
const lockKey = (input: string): string | undefined => {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m?.[1];
};

const inputs = new Map<string, string[]>();
/** Each bundle's modules of which some code is in the output (an input whose exports are all unused has none). */
const shipped = new Map<string, string[]>();
/** Each bundle's imports of what it leaves out (built-ins, AWS SDK, Powertools), as the output keeps them. */
const externalImports = new Map<string, { path: string; kind: string }[]>();
/** Each bundle's text. */
const texts = new Map<string, string>();

beforeAll(async () => {
  for (const [name, entry] of Object.entries(FUNCTION_ENTRIES)) {
    const result = await build({
      // Without the functions' aliases: what each entry pulls in before api-dry-run's stand-ins replace the validator.
      ...esbuildOptionsLikeInfra(),
      entryPoints: [join(FUNCTIONS_DIR, entry)],
      absWorkingDir: REPO_ROOT,
      write: false,
      outfile: join(REPO_ROOT, 'cdk.out', 'bundle-contents', `${name}.mjs`),
    });
    inputs.set(name, Object.keys((result.metafile as Metafile).inputs));
    shipped.set(
      name,
      Object.values((result.metafile as Metafile).outputs).flatMap((o) =>
        Object.entries(o.inputs)
          .filter(([, i]) => i.bytesInOutput > 0)
          .map(([file]) => file),
      ),
    );
    texts.set(name, result.outputFiles?.map((f) => f.text).join('') ?? '');
    externalImports.set(
      name,
      Object.values((result.metafile as Metafile).outputs).flatMap((o) =>
        o.imports.filter((i) => i.external),
      ),
    );
  }
}, 120_000);

describe('what every Lambda bundle contains', () => {
  it('GIVEN every function entry WHEN bundled THEN no package from devDependencies is inside', () => {
    expect(inputs.size).toBe(Object.keys(FUNCTION_ENTRIES).length);
    const devInBundles: string[] = [];
    for (const [name, files] of inputs) {
      const keys = new Set(files.map(lockKey).filter((k) => k !== undefined));
      for (const key of keys) {
        const entry = lock.packages[key];
        expect(entry, `${key} is in package-lock.json`).toBeDefined();
        if (entry?.dev === true) devInBundles.push(`${name}: ${key}`);
      }
    }
    expect(devInBundles).toStrictEqual([]);
  });

  it('GIVEN every function entry WHEN bundled THEN it carries the exact JSON.parse, imported before anything else', () => {
    const missing = [...shipped]
      .filter(([, files]) => !files.includes('functions/shared/json-parse-install.ts'))
      .map(([name]) => name);
    expect(missing).toStrictEqual([]);
    const notFirst = Object.entries(FUNCTION_ENTRIES).filter(([, entry]) => {
      const source = readFileSync(join(FUNCTIONS_DIR, entry), 'utf8');
      return !/^import '[./]+shared\/json-parse-install';$/m.test(source.match(/^import .*$/m)?.[0] ?? '');
    });
    expect(notFirst.map(([name]) => name)).toStrictEqual([]);
  });

  it('GIVEN every function entry WHEN bundled THEN only functions/ and statemachines/ sources are inside (and the generated schema/ files)', () => {
    // schema/*.json are made from statemachines/ by `npm run generate` (test/unit/generated-files.test.ts): the
    // assistant ships the workflow language's JSON Schema instead of zod's generator.
    const outside: string[] = [];
    for (const [name, files] of inputs) {
      for (const file of files) {
        if (file.includes('node_modules/')) continue;
        if (!/^(functions|statemachines)\/|^schema\/[\w.-]+\.json$/.test(file))
          outside.push(`${name}: ${file}`);
      }
    }
    expect(outside).toStrictEqual([]);
  });

  it('GIVEN the API function WHEN bundled THEN the dry-run engine is only in the dry-run function and the test-only packages are absent', () => {
    const engine = ['aws-local-stepfunctions', 'ajv', 'jsonata', 'asl-validator'];
    // Anywhere under node_modules: aws-local-stepfunctions carries its own asl-validator (3.x, nested).
    const holds = (name: string, pkg: string) =>
      (inputs.get(name) ?? []).some(
        (f) => f.startsWith('node_modules/') && f.includes(`node_modules/${pkg}/`),
      );
    for (const pkg of engine) {
      expect(holds('api', pkg), `api: ${pkg}`).toBe(false);
      expect(holds('api-dry-run', pkg), `api-dry-run: ${pkg}`).toBe(true);
    }
    expect((inputs.get('api') ?? []).some((f) => f.startsWith('functions/engine/'))).toBe(false);
    // The assistant (request parser, model calls) only in its own function.
    expect((inputs.get('api') ?? []).some((f) => f.startsWith('functions/assistant/'))).toBe(false);
    expect((inputs.get('api-assistant') ?? []).some((f) => f.startsWith('functions/assistant/'))).toBe(true);
    // It authenticates API keys and reads no tenant settings (groups/auth-only.ts); the dry run only reads them.
    expect(inputs.get('api-assistant') ?? []).not.toContain('functions/data/tenants/settings.ts');
    expect(inputs.get('api-assistant') ?? []).not.toContain('functions/data/tenants/settings-reads.ts');
    // Its one route in a module of its own: no health or OpenAPI routes (routes/meta.ts) beside it.
    expect(shipped.get('api-assistant') ?? []).toContain('functions/api/routes/assistant.ts');
    expect(shipped.get('api-assistant') ?? []).not.toContain('functions/api/routes/meta.ts');
    // api-workflows reads the settings (a dry run's time zone) without their writes (groups/auth-only.ts).
    expect(shipped.get('api-workflows') ?? []).toContain('functions/data/tenants/settings-reads.ts');
    expect(shipped.get('api-workflows') ?? []).not.toContain('functions/data/tenants/settings.ts');
    // api-workflows serves POST /workflows/{id}/test (lookup, validation, the tenant's time zone, authentication) and
    // invokes api-dry-run for the run: the engine is not in api-workflows, and the validator, the router, the
    // authentication and the tenants' records are not in api-dry-run.
    expect(
      (inputs.get('api-workflows') ?? []).filter((f) => f.startsWith('functions/engine/')),
    ).toStrictEqual([]);
    expect(shipped.get('api-workflows') ?? []).toContain('functions/api/routes/workflow-test.ts');
    expect(shipped.get('api-workflows') ?? []).toContain('functions/api/remote-dry-runner.ts');
    // The compiler reads the shapes validation gives references (validate/shapes.ts, with the two helpers it uses) to
    // know which paths hold text (compile/known-text.ts); the validator's checks are not there.
    const shapes = ['shapes.ts', 'messages.ts', 'issues.ts'].map((f) => `statemachines/validate/${f}`);
    expect(
      (inputs.get('api-dry-run') ?? []).filter(
        (f) => f.startsWith('statemachines/validate/') && !shapes.includes(f),
      ),
      'api-dry-run: statemachines/validate/ (its checks)',
    ).toStrictEqual([]);
    for (const absent of [
      'functions/api/serve.ts',
      'functions/api/middleware/',
      'functions/data/tenants/',
      'functions/data/workflows/',
    ])
      expect(
        (inputs.get('api-dry-run') ?? []).filter((f) => f.startsWith(absent)),
        `api-dry-run: ${absent}`,
      ).toStrictEqual([]);
    // The dry run reads crm.exportLeads' leads and feeds: none of the writes of those records.
    for (const writes of [
      'functions/data/workflows/lifecycle.ts',
      'functions/data/workflows/repository.ts',
      'functions/data/leads/repository.ts',
      'functions/data/activity.ts',
      'functions/agents/crm/agent.ts',
    ])
      expect(inputs.get('api-dry-run') ?? [], writes).not.toContain(writes);
    expect(inputs.get('api-dry-run') ?? []).toContain('functions/agents/crm/lead-export.ts');
    // The assistant only authenticates with API keys (the lookup alone), and the dry run lists leads without the entity
    // store's writes and transactions (repository/pages.ts listPage).
    for (const name of ['api-dry-run', 'api-assistant']) {
      for (const writes of [
        'functions/data/tenants/api-keys.ts',
        'functions/data/repository/entity-store.ts',
      ])
        expect(shipped.get(name) ?? [], `${name}: ${writes}`).not.toContain(writes);
    }
    expect(shipped.get('api-assistant') ?? []).toContain('functions/data/tenants/api-key-lookup.ts');
    // A dry run ends with its request: its engine (engine-core.ts) has no redrive, snapshots or resume (local-engine.ts).
    expect(shipped.get('api-dry-run') ?? []).toContain('functions/engine/engine-core.ts');
    expect(shipped.get('api-dry-run') ?? []).not.toContain('functions/engine/local-engine.ts');
    // Nor the fast paths: every state's data processing is the library's (asl-lean.ts once aliased), not two.
    for (const fast of ['fast-paths.ts', 'fast-state.ts', 'fast-choice.ts'])
      expect(shipped.get('api-dry-run') ?? []).not.toContain(`functions/engine/${fast}`);
    // Nor DescribeExecution's redrive status or a stored execution made live again (redrive.ts, persistence.ts).
    for (const redrive of ['redrive.ts', 'persistence.ts'])
      expect(shipped.get('api-dry-run') ?? []).not.toContain(`functions/engine/${redrive}`);
    // Its item files through the SDK package, loaded on a dry run's first read of one: no lean S3 client in it.
    expect(
      (shipped.get('api-dry-run') ?? []).filter((f) => f.startsWith('functions/adapters/aws-lean/')),
    ).toStrictEqual([]);
    for (const pkg of ['vitest', 'fast-check', 'dynalite', 'tsx', 'aws-sdk-client-mock', 'aws-cdk-lib']) {
      expect(
        [...inputs.values()].flat().some((f) => f.startsWith(`node_modules/${pkg}/`)),
        pkg,
      ).toBe(false);
    }
  });

  it('GIVEN every function entry WHEN bundled without classic zod THEN it carries the module that sets zod/mini to English messages', () => {
    // Classic zod sets its English locale when it loads; zod/mini does not. A bundle whose schemas are all on
    // zod/mini must carry statemachines/zod-kit.ts (locale and memoizer), or its 400 bodies would say "Invalid input".
    const missing: string[] = [];
    for (const [name, files] of inputs) {
      const classic = files.some((f) => f.startsWith('node_modules/zod/v4/classic/'));
      const mini = files.some((f) => f.startsWith('node_modules/zod/v4/mini/'));
      if (classic || !mini) continue;
      for (const needed of ['statemachines/zod-kit.ts', 'node_modules/zod/v4/locales/en.js'])
        if (!files.includes(needed)) missing.push(`${name}: ${needed}`);
    }
    expect(missing).toStrictEqual([]);
  });

  it('GIVEN every function entry WHEN bundled THEN none carries classic zod', () => {
    // Classic zod puts every method and a JSON Schema processor on every schema (~70 KB more than zod/mini); since
    // session 25 no function imports it (the supervisor's lifecycle.ts was the last).
    expect(inputs.size).toBe(Object.keys(FUNCTION_ENTRIES).length);
    const classic = [...inputs]
      .filter(([, files]) => files.some((f) => f.startsWith('node_modules/zod/v4/classic/')))
      .map(([name]) => name);
    expect(classic).toStrictEqual([]);
  });

  it('GIVEN every function entry WHEN bundled THEN none carries zod’s JSON Schema converter', () => {
    // z.toJSONSchema and its processors are ~20 KB compiled at every cold start; what a function serves or offers as
    // JSON Schema (the OpenAPI document, the assistant's workflow schema, ai.task's tool inputs) is rendered at
    // build time by `npm run generate` and checked by test/unit/generated-files.test.ts.
    expect(shipped.size).toBe(Object.keys(FUNCTION_ENTRIES).length);
    const converter = [...shipped].flatMap(([name, files]) =>
      files
        .filter((f) => /^node_modules\/zod\/v4\/core\/(to-json-schema|json-schema-processors)\.js$/.test(f))
        .map((f) => `${name}: ${f}`),
    );
    expect(converter).toStrictEqual([]);
  });

  it('GIVEN every function entry WHEN bundled THEN neither node:http nor the Powertools Tracer is imported as an ES module', () => {
    // Their ES module facades load undici (fetch, WebSocket) at every cold start: ~40-70 ms of CPU for nothing.
    // They are required instead (functions/shared/commonjs.ts).
    expect(externalImports.size).toBe(Object.keys(FUNCTION_ENTRIES).length);
    const esm = [...externalImports].flatMap(([name, imports]) =>
      imports
        .filter(
          (i) => /^(node:)?http$|^@aws-lambda-powertools\/tracer/.test(i.path) && i.kind !== 'require-call',
        )
        .map((i) => `${name}: ${i.kind} ${i.path}`),
    );
    expect(esm).toStrictEqual([]);
  });

  it('GIVEN every function entry WHEN bundled THEN none carries the table design, and those that never decode a cursor carry no key-condition pattern', () => {
    // Only infra and the local runtime read TABLE_DESIGN; esbuild kept its object literal (it reads KEY) in every
    // bundle until it was built by a call marked pure (-0.6 KB each), and the cursor patterns with it (-0.5 KB).
    expect(texts.size).toBe(Object.keys(FUNCTION_ENTRIES).length);
    const withDesign = [...texts]
      .filter(([, text]) => text.includes('PAY_PER_REQUEST'))
      .map(([name]) => name);
    expect(withDesign).toStrictEqual([]);
    const neverDecoding = ['api-assistant', 'api-docs', 'dispatcher', 'correlator'];
    const withPatterns = neverDecoding.filter((name) => texts.get(name)?.includes('BETWEEN\\s+'));
    expect(withPatterns).toStrictEqual([]);
  });

  it('GIVEN every function entry WHEN bundled THEN no route summary, response schema or event field note (read by the docs only) is inside', () => {
    // RouteDocs (functions/shared/http/routes.ts): api-docs serves the generated document, and the events reference
    // reads event-notes.ts; a function only answers requests and reads events.
    const docTexts = [
      // Long enough not to be another text's words ("Create a lead" begins crm.createLead's description).
      ...API_ROUTES.flatMap((r) => (r.docs && r.docs.summary.length > 20 ? [r.docs.summary] : [])),
      ...Object.values(EVENT_FIELD_NOTES).flatMap((notes) => Object.values(notes ?? {})),
      // Names of response schemas in the document (withMeta ids).
      'WorkflowCheck',
      'WorkflowPage',
      'RunPage',
    ];
    expect(docTexts.length).toBeGreaterThan(40);
    const found = [...texts].flatMap(([name, text]) =>
      docTexts.filter((t) => text.includes(t)).map((t) => `${name}: ${t}`),
    );
    expect(found).toStrictEqual([]);
  });
});
