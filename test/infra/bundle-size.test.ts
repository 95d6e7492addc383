import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptionsLikeInfra } from '../../infra/constructs/function';
import { FUNCTION_ENTRIES } from '../../infra/constructs/functions';
import { FUNCTIONS_DIR, REPO_ROOT } from '../../infra/paths';

/**
 * Every Lambda bundle as `cdk synth` builds it (infra's esbuild options, minified) stays within 250 KB. The functions
 * still over it have a ceiling in bundle-ceilings.json (one line per function, raised in its own commit saying by how
 * much and why; the file says how) and the reason that keeps them there (docs/performance.md): they cannot grow
 * unnoticed, and one that gets under the limit must leave the list.
 */
const LIMIT_KB = 250;
const ceilingsFile = JSON.parse(
  readFileSync(join(REPO_ROOT, 'test', 'infra', 'bundle-ceilings.json'), 'utf8'),
) as {
  readonly ceilingsKb: Readonly<Record<string, number>>;
  readonly why: Readonly<Record<string, string>>;
};
const OVER_LIMIT = ceilingsFile.ceilingsKb;

const sizes = new Map<string, number>();

beforeAll(async () => {
  for (const [name, entry] of Object.entries(FUNCTION_ENTRIES)) {
    const result = await build({
      ...esbuildOptionsLikeInfra(name),
      entryPoints: [join(FUNCTIONS_DIR, entry)],
      absWorkingDir: REPO_ROOT,
      write: false,
      outfile: join(REPO_ROOT, 'cdk.out', 'bundle-size', `${name}.mjs`),
    });
    const outputs = Object.values((result.metafile as Metafile).outputs);
    sizes.set(
      name,
      outputs.reduce((sum, o) => sum + o.bytes, 0),
    );
  }
}, 180_000);

describe('Lambda bundle sizes', () => {
  it('GIVEN every function entry WHEN bundled like the stack bundles it THEN each is within 250 KB or within its listed ceiling', () => {
    expect(sizes.size).toBe(Object.keys(FUNCTION_ENTRIES).length);
    const over: string[] = [];
    for (const [name, bytes] of sizes) {
      const limit = OVER_LIMIT[name] ?? LIMIT_KB;
      if (bytes > limit * 1024) over.push(`${name}: ${(bytes / 1024).toFixed(1)} KB > ${limit} KB`);
    }
    expect(over).toStrictEqual([]);
  });

  it('GIVEN the functions listed as over the limit WHEN bundled THEN each still is (one under 250 KB leaves the list)', () => {
    const under = Object.keys(OVER_LIMIT).filter((name) => (sizes.get(name) ?? 0) <= LIMIT_KB * 1024);
    expect(under).toStrictEqual([]);
    expect(Object.keys(OVER_LIMIT).every((name) => name in FUNCTION_ENTRIES)).toBe(true);
  });

  it('GIVEN bundle-ceilings.json WHEN read THEN every ceiling is a number of KB over the limit with its reason, and no reason is left without a ceiling', () => {
    const malformed = Object.entries(OVER_LIMIT).filter(
      ([name, kb]) =>
        typeof kb !== 'number' || !Number.isFinite(kb) || kb <= LIMIT_KB || !ceilingsFile.why[name],
    );
    expect(malformed).toStrictEqual([]);
    expect(Object.keys(ceilingsFile.why).filter((name) => !(name in OVER_LIMIT))).toStrictEqual([]);
  });
});
