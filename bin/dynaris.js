#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so the published entry needs no build step.
import { register } from 'tsx/esm/api';

const [major] = process.versions.node.split('.').map(Number);
if ((major ?? 0) < 24) {
  // npm scripts and npx put the project's Node 24 (the `node` devDependency) first on PATH; a bare `node` may not.
  process.stderr.write(
    `${JSON.stringify({ error: 'UnsupportedNode', message: `dynaris needs Node.js >= 24, this is ${process.version}: run it through npm (npm run dynaris -- ..., npm start) or put Node.js 24 first on PATH` })}\n`,
  );
  process.exit(1);
}
// glibc malloc settings for a long-running server, each kept when the user set it (docs/performance.md):
// - two arenas: glibc keeps the native memory each thread freed (LevelDB's, libuv's) in an arena per thread, growing
//   with uptime (37 -> 58 MB over 10k runs; 15-20 MB with two arenas);
// - fixed trim and mmap thresholds (128 KB, glibc's starting values): otherwise glibc raises both after the first large
//   block freed (up to 32 / 64 MB) and keeps that much freed memory at the top of its heap (the brk heap grew 28 -> 36
//   MB from 3k to 4k runs; 25 -> 27 MB with them, CPU per run unchanged: 26.1 vs 25.4 ms).
const MALLOC_SETTINGS = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_TRIM_THRESHOLD_: '131072',
  MALLOC_MMAP_THRESHOLD_: '131072',
};
if (
  process.argv[2] === 'serve' &&
  process.platform === 'linux' &&
  Object.keys(MALLOC_SETTINGS).some((name) => process.env[name] === undefined) &&
  typeof process.execve === 'function'
) {
  // glibc reads these only as a process starts, so `serve` replaces itself once with them set: same pid, stdio and
  // arguments.
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    ...MALLOC_SETTINGS,
    ...process.env,
  });
}
register();
// JSON.parse exact for escaped keys before anything parses (functions/shared/json-parse.ts), as in every Lambda.
await import('../functions/shared/json-parse-install.ts');
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
