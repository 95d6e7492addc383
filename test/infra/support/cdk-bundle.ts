import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DynarisFunction, type DynarisFunctionProps } from '../../../infra/constructs/function';
import { REPO_ROOT } from '../../../infra/paths';

/**
 * Really bundles one function the way `cdk synth` does: local esbuild from node_modules, no Docker, no network.
 * The output goes under cdk.out/ (git-ignored) so the bundle resolves the external AWS SDK from node_modules,
 * as the Lambda runtime would from its own. Returns the asset directory and how to remove it.
 */
export const bundleWithCdk = (
  props: Pick<DynarisFunctionProps, 'entry' | 'serviceName' | 'aliases'>,
): { readonly assetDir: string; readonly remove: () => void } => {
  const root = join(REPO_ROOT, 'cdk.out');
  mkdirSync(root, { recursive: true });
  const outdir = mkdtempSync(join(root, 'bundle-test-'));
  const app = new App({ outdir });
  new DynarisFunction(new Stack(app, 'BundleProbe'), 'Probe', {
    ...props,
    functionNamePrefix: 'probe',
    description: 'bundling probe',
    logRetention: RetentionDays.ONE_DAY,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  app.synth();
  const asset = readdirSync(outdir).find(
    (d) => d.startsWith('asset.') && statSync(join(outdir, d)).isDirectory(),
  );
  if (!asset) throw new Error(`no asset directory in ${outdir}: ${readdirSync(outdir).join(', ')}`);
  return { assetDir: join(outdir, asset), remove: () => rmSync(outdir, { recursive: true, force: true }) };
};
