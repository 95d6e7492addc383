/** Bundles a handler exactly as the stack bundles it (infra/constructs/function.ts BUNDLING: esbuild options). */
import { basename } from 'node:path';
import { build } from 'esbuild';
import { BUNDLING, esbuildOptionsLikeInfra } from '../../infra/constructs/function';

/**
 * Writes `outfile` (minified ESM) and, as NodejsFunction does with BUNDLING.sourceMap, its source map beside it
 * (`outfile.map`, referenced from the bundle), which a function started with --enable-source-maps reads at its cold
 * start; returns the bundle's size in bytes (the map not counted). `service` applies that function's aliases.
 */
export const bundleLikeInfra = async (entry: string, outfile: string, service?: string): Promise<number> => {
  const result = await build({
    ...esbuildOptionsLikeInfra(service),
    ...(BUNDLING.sourceMap ? { sourcemap: true, sourcesContent: BUNDLING.sourcesContent ?? true } : {}),
    entryPoints: [entry],
    outfile,
  });
  return Object.entries(result.metafile?.outputs ?? {})
    .filter(([file]) => basename(file) === basename(outfile))
    .reduce((sum, [, o]) => sum + o.bytes, 0);
};
