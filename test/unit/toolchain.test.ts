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
});
