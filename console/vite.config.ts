import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The console: a static single-page app in console/dist, served at / by the local runtime and from S3 on AWS. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Preact's automatic JSX runtime, without the preset's Babel pipeline.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    assetsInlineLimit: 0,
  },
  logLevel: 'warn',
});
