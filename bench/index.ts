/**
 * `npm run bench`: every benchmark in turn, each in its own process so one's memory does not colour another's
 * figures. Loopback only, bounded loops. Pass names to run a subset: `npm run bench -- language dispatch`.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const BENCHES: readonly { name: string; file: string; args: readonly string[]; what: string }[] = [
  {
    name: 'language',
    file: 'bench/language.ts',
    args: ['2'],
    what: 'validate + compile throughput (20 and 500 steps)',
  },
  {
    name: 'dispatch',
    file: 'bench/dispatch.ts',
    args: ['200'],
    what: 'dispatch latency with 10,000 subscriptions',
  },
  {
    name: 'data',
    file: 'bench/data.ts',
    args: [],
    what: 'repository contention (bookings, invoices, leads, search)',
  },
  {
    name: 'platform',
    file: 'bench/platform.ts',
    args: [],
    what: 'handler bundle sizes, cold init, supervisor cost',
  },
  {
    name: 'runtime',
    file: 'bench/runtime.ts',
    args: [],
    what: 'webhook-to-start latency, runs/s and memory locally',
  },
  { name: 'infra', file: 'bench/infra.ts', args: [], what: 'cdk synth time and per-function bundle sizes' },
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

const only = process.argv.slice(2);
const selected = only.length > 0 ? BENCHES.filter((b) => only.includes(b.name)) : BENCHES;
let failed = 0;
for (const bench of selected) {
  process.stdout.write(`\n=== ${bench.name}: ${bench.what}\n`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench.file, ...bench.args], {
    stdio: 'inherit',
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  process.stdout.write(`=== ${bench.name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
