/**
 * Every deployed handler bundled as the stack bundles it (same esbuild options: target, mainFields, format, banner,
 * AWS SDK external as on the nodejs24.x runtime), and its cold init: what a fresh Node process spends importing the
 * bundle with the deployed environment set (module scope runs: the Platform is built, the SDK packages of the
 * function's main path are loaded), median of 9 processes, divided by the same for a bare bundle that creates one
 * DynamoDB client and nothing else. Init is measured as CPU time (user + system) of the import, which a busy
 * neighbour on a shared machine does not inflate the way it inflates wall-clock time; wall time is shown too.
 *
 *   npx tsx bench/lambdas.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_ENTRIES } from '../infra/constructs/functions';
import { FUNCTIONS_DIR } from '../infra/paths';
import { bundleLikeInfra } from './lib/bundle';
import { median, note, report } from './lib/figures';

const OUT = join(process.cwd(), 'node_modules', '.cache', 'dynaris-bench-lambdas');
const PROCESSES = 9;
const SIZE_LIMIT_KB = 250;
const INIT_RATIO_LIMIT = 1.3;

/**
 * What Lambda and infra set on every function (infra/constructs/functions.ts), with placeholder values. The runtime's
 * own variables matter: without AWS_EXECUTION_ENV the Powertools Tracer turns itself off, and without
 * LAMBDA_TASK_ROOT the X-Ray SDK skips its Lambda set-up, so init would be measured without what tracing costs.
 */
const DEPLOYED_ENV = {
  AWS_LAMBDA_FUNCTION_NAME: 'bench',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
  LAMBDA_TASK_ROOT: '/var/task',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  TABLE_NAME: 'bench-table',
  EVENT_BUS_NAME: 'bench-bus',
  FILES_BUCKET: 'bench-files',
  // email-ingest's own (infra/constructs/inbound-email.ts): without it the function has no bucket to read.
  INBOUND_EMAIL_BUCKET: 'bench-inbound-email',
  SECRETS_KEY_ID: 'arn:aws:kms:us-east-1:123456789012:key/bench',
  BEDROCK_MODEL_ID: 'anthropic.claude-3-haiku-20240307-v1:0',
  FROM_ADDRESS: 'bench@example.com',
  STAGE: 'bench',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_LOG_LEVEL: 'ERROR',
};

const BASELINE = `import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const handler = async (event) =>
  client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: String(event.id) } } }));
`;

/**
 * SDK packages a function loads on its first use of them rather than at cold start, although some invocations need
 * them: what that first invocation pays (the package and one client, as the adapter does) is shown beside the init,
 * so that a lower init figure is not a cold start moved to the first request unseen.
 */
const FIRST_USE: Readonly<Record<string, readonly [pkg: string, client: string, when: string]>> = {
  correlator: ['@aws-sdk/client-sfn', 'SFNClient', 'the first event that resumes a wait'],
  'api-dry-run': [
    '@aws-sdk/client-s3',
    'S3Client',
    'the first dry run whose forEach reads an item file from S3',
  ],
  provisioner: [
    '@aws-sdk/client-eventbridge',
    'EventBridgeClient',
    'the first workflow enabled with an event or webhook trigger (its dispatch rule check)',
  ],
};

/** CPU and wall-clock ms of importing a bundle in a fresh process; `firstUse`: CPU of then loading that SDK client. */
const importOnce = (
  file: string,
  firstUse?: readonly string[],
): { cpu: number; wall: number; first: number } => {
  const [pkg, client] = firstUse ?? [];
  const then = pkg
    ? `const c2 = process.cpuUsage(); const m = createRequire(${JSON.stringify(file)})(${JSON.stringify(pkg)}); new m[${JSON.stringify(client)}]({}); const u2 = process.cpuUsage(c2); first = (u2.user + u2.system) / 1000;`
    : '';
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module'; let first = 0; const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(file)}); const u = process.cpuUsage(c); const wall = performance.now() - t; ${then} console.log(JSON.stringify({ cpu: (u.user + u.system) / 1000, wall, first }));`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, ...DEPLOYED_ENV } },
  );
  return JSON.parse(out.trim()) as { cpu: number; wall: number; first: number };
};

mkdirSync(OUT, { recursive: true });
const baselineEntry = join(OUT, 'baseline-entry.mjs');
writeFileSync(baselineEntry, BASELINE);
const bundles: { name: string; file: string; bytes: number }[] = [];
const baselineFile = join(OUT, 'baseline.mjs');
const baselineBytes = await bundleLikeInfra(baselineEntry, baselineFile);
for (const [name, entry] of Object.entries(FUNCTION_ENTRIES)) {
  const file = join(OUT, `${name}.mjs`);
  bundles.push({ name, file, bytes: await bundleLikeInfra(join(FUNCTIONS_DIR, entry), file, name) });
}

// Interleaved: every round imports the baseline and every bundle once, so a busy neighbour hits all alike.
const cpu = new Map<string, number[]>();
const wall = new Map<string, number[]>();
const firstUse = new Map<string, number[]>();
const files: [string, string][] = [
  ['baseline', baselineFile],
  ...bundles.map((b): [string, string] => [b.name, b.file]),
];
for (let round = 0; round < PROCESSES; round++) {
  for (const [name, file] of files) {
    const t = importOnce(file, FIRST_USE[name]);
    cpu.set(name, [...(cpu.get(name) ?? []), t.cpu]);
    firstUse.set(name, [...(firstUse.get(name) ?? []), t.cpu + t.first]);
    wall.set(name, [...(wall.get(name) ?? []), t.wall]);
  }
}
const baseCpu = median(cpu.get('baseline') ?? []);
note(
  `bare one-client baseline: ${(baselineBytes / 1024).toFixed(1)} KB, init ${baseCpu.toFixed(0)} ms CPU (${median(wall.get('baseline') ?? []).toFixed(0)} ms wall)`,
);
note(
  `${'function'.padEnd(18)} ${'KB'.padStart(8)} ${'CPU ms'.padStart(8)} ${'wall ms'.padStart(8)} ${'ratio'.padStart(6)}  target <= ${SIZE_LIMIT_KB} KB, <= ${INIT_RATIO_LIMIT}x`,
);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const ratios = bundles.map((b) => {
  const ms = median(cpu.get(b.name) ?? []);
  const ratio = ms / baseCpu;
  const kb = b.bytes / 1024;
  const wallMs = median(wall.get(b.name) ?? []);
  const columns = [kb.toFixed(1), ms.toFixed(0), wallMs.toFixed(0)].map((c) => c.padStart(8)).join(' ');
  const verdicts = `size ${verdict(kb <= SIZE_LIMIT_KB)}, init ${verdict(ratio <= INIT_RATIO_LIMIT)}`;
  note(`${b.name.padEnd(18)} ${columns} ${ratio.toFixed(2).padStart(6)}  ${verdicts}`);
  return { ...b, ratio };
});
for (const [name, [pkg, , when]] of Object.entries(FIRST_USE)) {
  const init = median(cpu.get(name) ?? []);
  const withFirst = median(firstUse.get(name) ?? []);
  note(
    `${name}: ${pkg} loads on ${when}, not at init: init ${init.toFixed(0)} ms, init + that load ${withFirst.toFixed(0)} ms CPU (${(withFirst / baseCpu).toFixed(2)}x)`,
  );
}
const biggest = ratios.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const slowest = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
report({
  id: 'lambdas.largestBundle',
  label: `largest Lambda bundle, minified (${biggest.name})`,
  value: biggest.bytes / 1024,
  unit: 'KB',
  target: { kind: 'max', limit: SIZE_LIMIT_KB },
});
report({
  id: 'lambdas.initRatio',
  label: `slowest cold init (CPU) / bare one-client bundle (${slowest.name})`,
  value: slowest.ratio,
  unit: 'x',
  target: { kind: 'max', limit: INIT_RATIO_LIMIT },
});
