// Starts bench/lib/server-child.ts as bin/dynaris.js starts the CLI: tsx's hooks registered in this thread
// (tsx/esm/api), not through `--import tsx`, which runs them in a loader thread with its own V8 heap (17 MB more RSS
// for an empty script, and a second heap in every memory figure).
import { register } from 'tsx/esm/api';

register();
await import('./server-child.ts');
