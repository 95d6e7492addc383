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
if (
  process.argv[2] === 'serve' &&
  process.platform === 'linux' &&
  process.env.MALLOC_ARENA_MAX === undefined &&
  typeof process.execve === 'function'
) {
  // A long-running server: glibc's malloc keeps the native memory each thread freed (LevelDB's, libuv's) in an arena
  // per thread, growing with uptime (37 -> 58 MB over 10k runs; 15-20 MB with two arenas: docs/performance.md).
  // glibc reads MALLOC_ARENA_MAX only as a process starts, so `serve` replaces itself once with it set: same pid,
  // stdio and arguments. A value the user set is kept.
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    ...process.env,
    MALLOC_ARENA_MAX: '2',
  });
}
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
