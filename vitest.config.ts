import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * A worker per core. Vitest's default for a run is cores - 1, one worker on CI's 2 cores: the rest and infra files ran
 * one at a time while the second core waited. Every test that starts a server listens on port 0 and writes under its
 * own temporary folder, so files running side by side do not meet.
 */
const WORKERS = availableParallelism();

const shared = {
  testTimeout: 30_000,
  // beforeAll hooks synthesize the whole stack: on a loaded 2-core machine that alone can take over 30 s.
  hookTimeout: 120_000,
  pool: 'forks' as const,
  setupFiles: ['test/support/json-parse-setup.ts', 'test/support/fast-check-setup.ts'],
};

/** The parser's files: pure functions of their input, no mocks, no servers (the model tests, assistant-*, mock Bedrock). */
const PARSER_TESTS = 'test/unit/assistant/**/!(assistant-)*.test.ts';

export default defineConfig({
  test: {
    // Builds the web console when its sources changed (the browser tests load it from the local runtime).
    globalSetup: ['test/support/console-build.ts'],
    projects: [
      {
        // One module cache per worker across the infra files, so they share each synthesized stack
        // (test/infra/support/synth.ts memoizes it) instead of synthesizing the whole stack once per file. In the same
        // group as `rest`, so with the same number of workers (vitest requires it): each worker synthesizes once.
        test: {
          ...shared,
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          isolate: false,
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          ...shared,
          name: 'rest',
          include: ['test/**/*.test.ts', 'console/test/**/*.test.ts'],
          exclude: ['test/infra/**', PARSER_TESTS],
          maxWorkers: WORKERS,
        },
      },
      {
        // Most of the suite's CPU (the generated classes). A worker per core in a group of its own, and one module
        // cache per worker: the grammar is evaluated once per worker, not once per file.
        test: {
          ...shared,
          name: 'parser',
          include: [PARSER_TESTS],
          isolate: false,
          maxWorkers: WORKERS,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
