import fc from 'fast-check';

// Property tests explore new random cases on every local run; CI replays one fixed seed so a landing is never
// decided by chance. A failure prints its seed and path: replay it locally with FC_SEED=<seed>.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261125 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
