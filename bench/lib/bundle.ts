/** Bundles a handler exactly as the stack bundles it (infra/constructs/function.ts BUNDLING: esbuild options). */
import { build } from 'esbuild';
import { BUNDLING, bundleAliases, ESM_REQUIRE_BANNER } from '../../infra/constructs/function';

/** Writes `outfile` (minified ESM, no source map); its size in bytes. `service` applies that function's aliases. */
export const bundleLikeInfra = async (entry: string, outfile: string, service?: string): Promise<number> => {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLING.target ?? 'node24',
    minify: BUNDLING.minify ?? true,
    mainFields: BUNDLING.mainFields ?? ['module', 'main'],
    banner: { js: BUNDLING.banner ?? ESM_REQUIRE_BANNER },
    charset: BUNDLING.charset ?? 'ascii',
    external: [...(BUNDLING.externalModules ?? [])],
    alias: bundleAliases(service),
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
};
