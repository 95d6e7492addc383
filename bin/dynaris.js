#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so the published entry needs no build step.
import { register } from 'tsx/esm/api';

// The SDK warns on every start that future releases need Node 22; Lambda runs 22, the CLI supports 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
