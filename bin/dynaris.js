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
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
