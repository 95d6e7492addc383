/** Bundles a handler exactly as the stack bundles it (infra/constructs/function.ts BUNDLING: esbuild options). */
import { build } from 'esbuild';
import { esbuildOptionsLikeInfra } from '../../infra/constructs/function';

/** Writes `outfile` (minified ESM, no source map); its size in bytes. `service` applies that function's aliases. */
export const bundleLikeInfra = async (entry: string, outfile: string, service?: string): Promise<number> => {
  const result = await build({ ...esbuildOptionsLikeInfra(service), entryPoints: [entry], outfile });
  return Object.values(result.metafile?.outputs ?? {}).reduce((sum, o) => sum + o.bytes, 0);
};
