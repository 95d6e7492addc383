import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: Record<string, string>;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('the toolchain', () => {
  it('GIVEN npm test WHEN the suite runs THEN it runs on the Node.js 24 that the node devDependency installs', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
    expect(pkg.devDependencies.node).toMatch(/^\^24\./);
    expect(pkg.engines.node).toBe('>=24');
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('24');
  });

  it('GIVEN the README and CI WHEN they run tests and lint THEN they go through npm scripts (so through Node 24)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm test');
    expect(readme).toContain('npm start');
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain('npm ci');
    expect(ci).toContain('npm run lint');
    expect(ci).toMatch(/^npm test\b/m);
    expect(pkg.scripts.lint).toContain('scripts/lint/main.ts');
  });

  it('GIVEN the repository WHEN a maintainer looks for the house files THEN license, changelog, contributing and Renovate are there', () => {
    expect(readFileSync('LICENSE', 'utf8')).toContain(
      'Apache License\n                           Version 2.0',
    );
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { license: string }).license).toBe(
      'Apache-2.0',
    );
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(/^## Unreleased$/m);
    expect(readFileSync('CONTRIBUTING.md', 'utf8')).toContain('npm run lint');
    const renovate = JSON.parse(readFileSync('renovate.json', 'utf8')) as {
      packageRules: { matchPackageNames?: string[]; allowedVersions?: string }[];
    };
    const held = (name: string) =>
      renovate.packageRules.find((r) => r.matchPackageNames?.includes(name) && r.allowedVersions)
        ?.allowedVersions;
    expect(held('node')).toBe('<25');
    expect(held('aws-cdk')).toBe('<3');
  });

  it('GIVEN npm start and npm run dynaris WHEN Node starts with their flags THEN this Node accepts each of them (a flag Node 24 dropped would stop the server from starting)', () => {
    const flagsOf = (script: string | undefined) =>
      (script ?? '').split(/\s+/).filter((word) => word.startsWith('--'));
    const flags = flagsOf(pkg.scripts.start);
    // The server's memory settings (docs/performance.md): a 32 MB semi-space, the old generation grown by 1.5x.
    expect(flags).toEqual(['--max-semi-space-size=32', '--heap-growing-percent=50']);
    expect(flagsOf(pkg.scripts.dynaris)).toEqual(flags);
    const node = spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write("ok")'], {
      encoding: 'utf8',
    });
    expect(node.stderr).toBe('');
    expect(node.stdout).toBe('ok');
    expect(node.status).toBe(0);
  });
});
