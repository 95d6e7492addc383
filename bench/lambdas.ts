/**
 * Every deployed handler bundled as the stack bundles it (same esbuild options: target, mainFields, format, banner,
 * AWS SDK external as on the nodejs24.x runtime, the source map written beside the bundle), and its cold init: what a
 * fresh Node process spends importing the bundle with the deployed environment and nothing else (module scope runs:
 * the Platform is built, the SDK packages of the function's main path are loaded; the functions' NODE_OPTIONS apply),
 * median of 9 processes, divided by the same for a bare bundle, built and started alike, that creates one DynamoDB
 * client and nothing else. Init is measured as CPU time (user + system) of the import, which a busy
 * neighbour on a shared machine does not inflate the way it inflates wall-clock time; wall time is shown too.
 *
 *   npx tsx bench/lambdas.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_WORKFLOWS_ENV, builtInWorkflowId } from '../functions/data/built-in-workflows';
import { stateMachineName } from '../functions/provisioner/names';
import { FUNCTION_NODE_OPTIONS } from '../infra/constructs/function';
import { FUNCTION_ENTRIES } from '../infra/constructs/functions';
import { FUNCTIONS_DIR } from '../infra/paths';
import { TEMPLATES, type TemplateId } from '../statemachines/templates';
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

/**
 * A measured process's whole environment: what Lambda and infra set (with the functions' NODE_OPTIONS) and PATH,
 * nothing inherited from this shell. An inherited variable changes what is measured: this machine's
 * NODE_EXTRA_CA_CERTS made every process parse ~140 more CA certificates when the SDK loaded TLS (~48 M instructions,
 * the baseline's as much as any function's), which the nodejs24.x runtime does not set.
 */
const PROCESS_ENV = (own: Readonly<Record<string, string>>): Record<string, string> => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  ...DEPLOYED_ENV,
  ...(FUNCTION_NODE_OPTIONS ? { NODE_OPTIONS: FUNCTION_NODE_OPTIONS } : {}),
  ...own,
});

/**
 * BUILT_IN_WORKFLOWS as the stack sets it (infra/stack.ts `describeTo`) on the functions that answer for workflows:
 * cdk.json's built-in templates for its tenant, their state machines named as infra names them. Those functions
 * parse it at cold start, so the bench sets it too.
 */
const CDK_CONTEXT = (
  JSON.parse(readFileSync(join(process.cwd(), 'cdk.json'), 'utf8')) as {
    context: { stage: string; tenantId: string; builtInWorkflows: string[] };
  }
).context;
const BUILT_IN_WORKFLOWS = JSON.stringify({
  tenantId: CDK_CONTEXT.tenantId,
  workflows: CDK_CONTEXT.builtInWorkflows.map((templateId) => ({
    templateId,
    stateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:${stateMachineName(`dynaris-${CDK_CONTEXT.stage}`, CDK_CONTEXT.tenantId, builtInWorkflowId(templateId))}`,
  })),
});
const FUNCTION_ENV: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  api: { [BUILT_IN_WORKFLOWS_ENV]: BUILT_IN_WORKFLOWS },
  'api-workflows': { [BUILT_IN_WORKFLOWS_ENV]: BUILT_IN_WORKFLOWS, DRY_RUN_FUNCTION: 'bench-api-dry-run' },
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
  // POST /workflows/{id}/test is api-workflows' route, which invokes api-dry-run to run the valid definition.
  'api-workflows': ['@aws-sdk/client-lambda', 'LambdaClient', 'the first dry run (it invokes api-dry-run)'],
};

/** An API Gateway (HTTP API, payload 2.0) request with a JWT authorizer's claims: no table read to authenticate. */
const apiRequest = (method: string, path: string, body: unknown) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: '',
  headers: { 'content-type': 'application/json' },
  requestContext: {
    requestId: 'bench-request',
    stage: '$default',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
    authorizer: { jwt: { claims: { sub: 'bench-user', 'custom:tenantId': 'bench-tenant' }, scopes: null } },
  },
  body: JSON.stringify(body),
  isBase64Encoded: false,
});

/**
 * Schemas a function builds on the first request that parses with them rather than at cold start: what that first
 * request costs (the handler's own CPU, with a request that reads no table and calls no service) is shown beside
 * the init, so that a lower init figure is not work moved to the first request unseen. `status`: the answer the
 * request must get (else the bench fails: a figure of an error path would mean nothing).
 */
const FIRST_REQUEST: Readonly<
  Record<
    string,
    {
      readonly event: unknown;
      /** The HTTP status it must answer, or (a function invoked by another) its dry run's outcome. */
      readonly status: number | string;
      readonly when: string;
    }
  >
> = {
  'api-workflows': {
    event: apiRequest('POST', '/workflows/validate', {
      definition: TEMPLATES['lead-follow-up' as TemplateId],
    }),
    status: 200,
    when: 'the first request that parses a definition (POST /workflows/validate of the lead-follow-up template)',
  },
  // Refused before any table read, so no network in the figure; it builds what a first write to leads builds.
  'api-data': {
    event: apiRequest('POST', '/leads', { email: 'not-an-email', name: 'Ada' }),
    status: 400,
    when: "the first request to a collection (POST /leads, refused 400 before any table read: the leads' schemas)",
  },
  // What api-workflows sends it for POST /workflows/{id}/test: no table read (no crm.exportLeads), no S3.
  'api-dry-run': {
    event: {
      tenantId: 'bench-tenant',
      workflowId: 'bench-workflow',
      timezone: 'UTC',
      definition: TEMPLATES['lead-follow-up' as TemplateId],
      trigger: {},
    },
    status: 'succeeded',
    when: 'the first dry run (the lead-follow-up template: compile, the engine, the event and catalogue schemas)',
  },
};

/**
 * CPU and wall-clock ms of importing a bundle in a fresh process; `firstCall`: CPU of then calling that export;
 * `firstRequest`: of then handling that request (its status is checked), in `request`; `firstUse`: of then loading
 * that SDK client, in `first` (after the request when both are given, each measured on its own).
 */
const importOnce = (
  file: string,
  env: Readonly<Record<string, string>>,
  firstUse?: readonly string[],
  firstRequest?: { readonly event: unknown; readonly status: number | string },
  firstCall?: string,
): { cpu: number; wall: number; first: number; request: number } => {
  const [pkg, client] = firstUse ?? [];
  const answered =
    typeof firstRequest?.status === 'string'
      ? `if (res.outcome !== ${JSON.stringify(firstRequest.status)}) throw new Error('first request answered ' + JSON.stringify(res));`
      : `if (res.statusCode !== ${firstRequest?.status}) throw new Error('first request answered ' + res.statusCode + ': ' + res.body);`;
  const request = firstRequest
    ? `const context = { functionName: 'bench', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:bench', memoryLimitInMB: '512', awsRequestId: 'bench-request', logGroupName: 'bench', logStreamName: 'bench', getRemainingTimeInMillis: () => 30000, callbackWaitsForEmptyEventLoop: true }; const c3 = process.cpuUsage(); const res = await mod.handler(${JSON.stringify(firstRequest.event)}, context); const u3 = process.cpuUsage(c3); request = (u3.user + u3.system) / 1000; ${answered}`
    : '';
  const load = pkg
    ? `const c2 = process.cpuUsage(); const m = createRequire(${JSON.stringify(file)})(${JSON.stringify(pkg)}); new m[${JSON.stringify(client)}]({}); const u2 = process.cpuUsage(c2); first = (u2.user + u2.system) / 1000;`
    : '';
  const then = firstCall
    ? `const c2 = process.cpuUsage(); mod[${JSON.stringify(firstCall)}](); const u2 = process.cpuUsage(c2); first = (u2.user + u2.system) / 1000;`
    : `${request} ${load}`;
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module'; let first = 0; let request = 0; const c = process.cpuUsage(); const t = performance.now(); const mod = await import(${JSON.stringify(file)}); const u = process.cpuUsage(c); const wall = performance.now() - t; ${then} console.log('BENCH ' + JSON.stringify({ cpu: (u.user + u.system) / 1000, wall, first, request }));`,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: PROCESS_ENV(env),
    },
  );
  const line = out.split('\n').find((l) => l.startsWith('BENCH ')) ?? '';
  return JSON.parse(line.slice('BENCH '.length)) as {
    cpu: number;
    wall: number;
    first: number;
    request: number;
  };
};

/**
 * Functions whose every request validates a workflow definition (a dry run, an assistant draft), which build the
 * workflow language (statemachines/language-schemas.ts) on their first validation rather than at init: the bench adds
 * what building it costs, measured in a bundle of the builder alone, so their init figure does not hide it.
 */
const BUILDS_THE_LANGUAGE_FIRST = ['api-assistant'];
const LANGUAGE_PROBE = `import { workflowLanguage } from ${JSON.stringify(join(process.cwd(), 'statemachines', 'language-schemas.ts'))};
export const build = () => workflowLanguage();
`;

mkdirSync(OUT, { recursive: true });
const baselineEntry = join(OUT, 'baseline-entry.mjs');
writeFileSync(baselineEntry, BASELINE);
const bundles: { name: string; file: string; bytes: number }[] = [];
const baselineFile = join(OUT, 'baseline.mjs');
const baselineBytes = await bundleLikeInfra(baselineEntry, baselineFile);
const languageEntry = join(OUT, 'language-entry.mjs');
writeFileSync(languageEntry, LANGUAGE_PROBE);
const languageFile = join(OUT, 'language.mjs');
await bundleLikeInfra(languageEntry, languageFile);
for (const [name, entry] of Object.entries(FUNCTION_ENTRIES)) {
  const file = join(OUT, `${name}.mjs`);
  bundles.push({ name, file, bytes: await bundleLikeInfra(join(FUNCTIONS_DIR, entry), file, name) });
}

// Interleaved: every round imports the baseline and every bundle once, so a busy neighbour hits all alike.
const cpu = new Map<string, number[]>();
const wall = new Map<string, number[]>();
const firstUse = new Map<string, number[]>();
const firstRequest = new Map<string, number[]>();
const files: [string, string][] = [
  ['baseline', baselineFile],
  ['language', languageFile],
  ...bundles.map((b): [string, string] => [b.name, b.file]),
];
for (let round = 0; round < PROCESSES; round++) {
  for (const [name, file] of files) {
    const t = importOnce(
      file,
      FUNCTION_ENV[name] ?? {},
      FIRST_USE[name],
      FIRST_REQUEST[name],
      name === 'language' ? 'build' : undefined,
    );
    cpu.set(name, [...(cpu.get(name) ?? []), t.cpu]);
    firstUse.set(name, [...(firstUse.get(name) ?? []), t.cpu + t.first]);
    firstRequest.set(name, [...(firstRequest.get(name) ?? []), t.cpu + t.request]);
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
for (const [name, { when }] of Object.entries(FIRST_REQUEST)) {
  const init = median(cpu.get(name) ?? []);
  const withFirst = median(firstRequest.get(name) ?? []);
  note(
    `${name}: init ${init.toFixed(0)} ms, init + ${when} ${withFirst.toFixed(0)} ms CPU (${(withFirst / baseCpu).toFixed(2)}x)`,
  );
}
{
  // POST /workflows/{id}/test when both functions start cold: api-workflows finds and validates the workflow (its
  // first request builds the language), loads Lambda's package to invoke api-dry-run, which starts and runs it.
  const extra = (name: string, of: Map<string, number[]>) =>
    median((of.get(name) ?? []).map((v, i) => v - (cpu.get(name)?.[i] ?? 0)));
  const workflows = median(cpu.get('api-workflows') ?? []);
  const validation = extra('api-workflows', firstRequest);
  const lambdaLoad = extra('api-workflows', firstUse);
  const dryRunInit = median(cpu.get('api-dry-run') ?? []);
  const dryRun = extra('api-dry-run', firstRequest);
  const total = workflows + validation + lambdaLoad + dryRunInit + dryRun;
  note(
    `POST /workflows/{id}/test, both functions cold: api-workflows init ${workflows.toFixed(0)} + its first validation ${validation.toFixed(0)} + Lambda's package ${lambdaLoad.toFixed(0)} + api-dry-run init ${dryRunInit.toFixed(0)} + its first dry run ${dryRun.toFixed(0)} = ${total.toFixed(0)} ms CPU in two processes`,
  );
}
const languageBuild = median(
  (firstUse.get('language') ?? []).map((v, i) => v - (cpu.get('language')?.[i] ?? 0)),
);
for (const name of BUILDS_THE_LANGUAGE_FIRST) {
  const init = median(cpu.get(name) ?? []);
  note(
    `${name}: builds the workflow language on its first validation (every request validates), not at init: init ${init.toFixed(0)} ms + building it ${languageBuild.toFixed(1)} ms = ${(init + languageBuild).toFixed(0)} ms CPU (${((init + languageBuild) / baseCpu).toFixed(2)}x)`,
  );
}
// The largest and the slowest alone would hide a second function past its target behind the first: how many miss
// each target is a figure too, with their names.
const overSize = ratios.filter((b) => b.bytes / 1024 > SIZE_LIMIT_KB);
const overInit = ratios.filter((b) => b.ratio > INIT_RATIO_LIMIT);
const names = (list: readonly { name: string }[]) =>
  list.length === 0 ? 'none' : list.map((b) => b.name).join(', ');
report({
  id: 'lambdas.overSize',
  label: `Lambda bundles over ${SIZE_LIMIT_KB} KB, of ${ratios.length} (${names(overSize)})`,
  value: overSize.length,
  unit: 'functions',
  target: { kind: 'max', limit: 0 },
});
report({
  id: 'lambdas.overInit',
  label: `cold inits over ${INIT_RATIO_LIMIT}x the bare bundle, of ${ratios.length} (${names(overInit)})`,
  value: overInit.length,
  unit: 'functions',
  target: { kind: 'max', limit: 0 },
});
// Work a function moved from its init to its first request or first use is still paid by a cold start: the worst
// init + that first work, beside the init figure (informational; printed per function above).
const withFirst = [
  ...Object.keys(FIRST_USE).map((name) => ({
    name,
    ms: median(firstUse.get(name) ?? []),
    what: 'first use',
  })),
  ...Object.keys(FIRST_REQUEST).map((name) => ({
    name,
    ms: median(firstRequest.get(name) ?? []),
    what: 'first request',
  })),
  ...BUILDS_THE_LANGUAGE_FIRST.map((name) => ({
    name,
    ms: median(cpu.get(name) ?? []) + languageBuild,
    what: 'first validation',
  })),
];
const slowestFirst = withFirst.reduce((a, b) => (b.ms > a.ms ? b : a));
report({
  id: 'lambdas.initWithFirstWork',
  label: `slowest cold init + its first ${slowestFirst.what} (CPU) / bare bundle (${slowestFirst.name})`,
  value: slowestFirst.ms / baseCpu,
  unit: 'x',
});
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
