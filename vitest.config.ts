import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'console/test/**/*.test.ts'],
    // Builds the web console when its sources changed (the browser tests load it from the local runtime).
    globalSetup: ['test/support/console-build.ts'],
    testTimeout: 30_000,
    // beforeAll hooks synthesize the whole stack: on a loaded 2-core machine that alone can take over 30 s.
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['test/support/fast-check-setup.ts'],
  },
});
