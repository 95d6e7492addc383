import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('what the language modules pull into a Lambda bundle', () => {
  it('GIVEN the compiler and validator entry points WHEN bundled as the stack bundles handlers THEN asl-validator (a test and local-engine aid, ~300 KB minified) is not in them', async () => {
    const result = await build({
      entryPoints: ['statemachines/compile.ts', 'statemachines/validate/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      outdir: 'out',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('statemachines/compile/compiler.ts'))).toBe(true);
    expect(inputs.filter((path) => path.includes('node_modules/asl-validator/'))).toStrictEqual([]);
  });
});
