/**
 * `npm run bench`: every benchmark in turn, each in its own process so one's memory does not colour another's
 * figures, then every figure beside its target. Loopback only, bounded loops.
 *
 *   npm run bench                       everything
 *   npm run bench -- language dispatch  a subset, by name
 *   npm run bench -- --check            exit non-zero when a figure misses its target (or a benchmark fails)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FigureResult, formatTarget, formatValue } from './lib/figures';

const BENCHES: readonly { name: string; file: string; args: readonly string[]; what: string }[] = [
  {
    name: 'language',
    file: 'bench/language.ts',
    args: ['2'],
    what: 'validation scaling, validate + compile',
  },
  { name: 'dispatch', file: 'bench/dispatch.ts', args: ['1000'], what: 'one event vs 10,000 subscriptions' },
  { name: 'lambdas', file: 'bench/lambdas.ts', args: [], what: 'bundle sizes, cold init vs a bare bundle' },
  { name: 'cost', file: 'bench/cost.ts', args: [], what: 'AWS cost per million lead follow-up runs' },
  { name: 'requests', file: 'bench/requests.ts', args: ['50'], what: 'DynamoDB requests per lead run' },
  {
    name: 'dynamodb',
    file: 'bench/dynamodb.ts',
    args: [],
    what: 'local DynamoDB: loopback HTTP vs in process',
  },
  { name: 'load', file: 'bench/load.ts', args: ['2000', '20'], what: 'runs/s and webhook latency locally' },
  { name: 'api', file: 'bench/api.ts', args: ['20', '48'], what: 'the HTTP API under 48 clients' },
  { name: 'memory', file: 'bench/memory.ts', args: ['10000'], what: 'server RSS over 10k runs' },
  { name: 'engine', file: 'bench/engine.ts', args: [], what: 'the LocalEngine alone, dry runs' },
  { name: 'data', file: 'bench/data.ts', args: [], what: 'repository contention' },
  {
    name: 'calendar',
    file: 'bench/calendar.ts',
    args: ['300'],
    what: '300 concurrent calendar.schedule bookers',
  },
  { name: 'platform', file: 'bench/platform.ts', args: [], what: 'supervisor cost, approval races' },
  { name: 'infra', file: 'bench/infra.ts', args: [], what: 'cdk synth time' },
  {
    name: 'redos',
    file: 'bench/redos.ts',
    args: [],
    what: 'regex lint cost, assistant worst case at its input bound, fixed patterns on 100k characters',
  },
  {
    name: 'assistant',
    file: 'bench/assistant/accuracy.ts',
    args: [],
    what: 'assistant parser accuracy by class (development table, held-out set) and time per request',
  },
];

const args = process.argv.slice(2);
const check = args.includes('--check');
const isBench = (name: string) => BENCHES.some((b) => b.name === name);
const words = args.filter((a) => !a.startsWith('--'));
// `npm run bench -- memory 600 memory 150`: one benchmark, then its own arguments instead of its defaults (an
// argument may be a benchmark's name, as memory's mode is: what follows the first word is arguments unless it starts
// with a benchmark's name).
const [firstWord, ...own] = words;
const withArgs = firstWord !== undefined && isBench(firstWord) && own[0] !== undefined && !isBench(own[0]);
const names = withArgs ? [firstWord] : words;
const unknown = names.filter((n) => !isBench(n));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown benchmark(s): ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}\n`,
  );
  process.exit(2);
}
const selected = (names.length > 0 ? BENCHES.filter((b) => names.includes(b.name)) : BENCHES).map((b) =>
  withArgs ? { ...b, args: own } : b,
);

const dir = mkdtempSync(join(tmpdir(), 'dynaris-bench-'));
const results = join(dir, 'figures.jsonl');
process.stdout.write(
  `conditions: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, Node ${process.version}, ${new Date().toISOString()}\n`,
);
const failed: string[] = [];
for (const bench of selected) {
  process.stdout.write(`\n=== ${bench.name}: ${bench.what}\n`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench.file, ...bench.args], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULTS: results, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  process.stdout.write(`=== ${bench.name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  if (run.status !== 0) failed.push(bench.name);
}

let figures: FigureResult[] = [];
try {
  figures = readFileSync(results, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FigureResult);
} catch {
  // no figure recorded
}
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`\n${'figure'.padEnd(72)} ${'measured'.padStart(12)}  ${'target'.padEnd(14)}\n`);
for (const f of figures) {
  const verdict = f.met === undefined ? '' : f.met ? 'ok' : 'MISSED';
  process.stdout.write(
    `${f.label.slice(0, 72).padEnd(72)} ${formatValue(f.value, f.unit).padStart(12)}  ${formatTarget(f.target, f.unit).padEnd(14)} ${verdict}\n`,
  );
}
const missed = figures.filter((f) => f.met === false);
process.stdout.write(
  `\n${figures.length} figures, ${figures.filter((f) => f.met).length} targets met, ${missed.length} missed${failed.length ? `; benchmarks that failed: ${failed.join(', ')}` : ''}\n`,
);
process.exitCode = failed.length > 0 || (check && missed.length > 0) ? 1 : 0;
