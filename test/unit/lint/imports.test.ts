import { describe, expect, it } from 'vitest';
import {
  isBuiltin,
  packageName,
  resolveRelative,
  scanImports,
  typesPackage,
} from '../../../scripts/lint/imports';

const lines = (...xs: string[]): string => xs.join('\n');

describe('the import scanner of the house rules', () => {
  it('GIVEN static, multi-line, type-only, side-effect and re-export imports WHEN scanned THEN each is found with its kind', () => {
    const source = lines(
      "import { a } from './a';",
      'import {',
      '  b,',
      '  type C,',
      "} from '@scope/pkg/sub';",
      "import type { D } from 'aws-lambda';",
      "import './side-effect';",
      "export * from './re';",
      "export type { E } from './types';",
      "export const notAnImport = 'x';",
    );
    expect(scanImports(source)).toStrictEqual([
      { specifier: './a', typeOnly: false },
      { specifier: '@scope/pkg/sub', typeOnly: false },
      { specifier: 'aws-lambda', typeOnly: true },
      { specifier: './side-effect', typeOnly: false },
      { specifier: './re', typeOnly: false },
      { specifier: './types', typeOnly: true },
    ]);
  });

  it('GIVEN dynamic imports and require calls WHEN scanned THEN they count as run-time imports', () => {
    const source = lines(
      "const m = await import('../cli/main.ts');",
      "const d = createRequire(import.meta.url)('dynalite');",
      "const r = require('left' + 'pad') ?? require('zod');",
      "const { Tracer } = requireCommonJs('@aws-lambda-powertools/tracer') as typeof T;",
    );
    expect(scanImports(source)).toStrictEqual([
      { specifier: '../cli/main.ts', typeOnly: false },
      { specifier: 'dynalite', typeOnly: false },
      { specifier: 'zod', typeOnly: false },
      { specifier: '@aws-lambda-powertools/tracer', typeOnly: false },
    ]);
  });

  it('GIVEN specifiers WHEN classified THEN builtins, package names and their types packages are recognised', () => {
    expect([isBuiltin('node:fs'), isBuiltin('fs/promises'), isBuiltin('zod')]).toStrictEqual([
      true,
      true,
      false,
    ]);
    expect(packageName('@aws-sdk/lib-dynamodb')).toBe('@aws-sdk/lib-dynamodb');
    expect(packageName('aws-cdk-lib/aws-iam')).toBe('aws-cdk-lib');
    expect(typesPackage('aws-lambda')).toBe('@types/aws-lambda');
    expect(typesPackage('@scope/name')).toBe('@types/scope__name');
  });

  it('GIVEN relative specifiers WHEN resolved THEN extensionless, .js-suffixed and folder imports find their file', () => {
    const files = new Set(['functions/a.ts', 'functions/b/index.ts', 'cli/main.ts', 'data/t.json']);
    const exists = (f: string) => files.has(f);
    expect(resolveRelative('functions/x.ts', './a', exists)).toBe('functions/a.ts');
    expect(resolveRelative('functions/x.ts', './a.js', exists)).toBe('functions/a.ts');
    expect(resolveRelative('functions/x.ts', './b', exists)).toBe('functions/b/index.ts');
    expect(resolveRelative('bin/x.js', '../cli/main.ts', exists)).toBe('cli/main.ts');
    expect(resolveRelative('functions/x.ts', '../data/t.json', exists)).toBe('data/t.json');
    expect(resolveRelative('functions/x.ts', './missing', exists)).toBeUndefined();
  });
});
