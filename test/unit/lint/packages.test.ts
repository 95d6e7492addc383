import { describe, expect, it } from 'vitest';
import type { PackageJson, Project } from '../../../scripts/lint/project';
import { checkPackages } from '../../../scripts/lint/rules/packages';

const project = (
  files: Record<string, string>,
  packageJson: PackageJson,
  lambdaEntries: string[] = ['functions/api/handler.ts'],
): Project => ({ files: new Map(Object.entries(files)), packageJson, lambdaEntries });

const rulesOf = (p: Project) => checkPackages(p).map((v) => `${v.file}: ${v.rule}`);

describe('the declared-packages house rule', () => {
  it('GIVEN a handler importing only declared dependencies WHEN checked THEN there is nothing to report', () => {
    const p = project(
      {
        'functions/api/handler.ts': "import * as z from 'zod';\nimport type { Context } from 'aws-lambda';",
        'test/api.test.ts': "import { it } from 'vitest';",
      },
      { dependencies: { zod: '^4' }, devDependencies: { vitest: '^5', '@types/aws-lambda': '^8' } },
    );
    expect(rulesOf(p)).toStrictEqual([]);
  });

  it('GIVEN a package installed only as another package’s dependency WHEN imported THEN it is reported as undeclared', () => {
    const p = project(
      {
        'functions/api/handler.ts': "import * as z from 'zod';",
        'infra/local/runtime.ts': "import { unmarshall } from '@aws-sdk/util-dynamodb';",
        'functions/api/types.ts': "import type { DocumentType } from '@smithy/types';",
      },
      { dependencies: { zod: '^4' } },
    );
    expect(rulesOf(p)).toStrictEqual([
      'infra/local/runtime.ts: undeclared-package',
      'functions/api/types.ts: undeclared-package',
    ]);
  });

  it('GIVEN a Lambda entry that reaches a devDependency through a helper WHEN checked THEN the helper is reported', () => {
    const p = project(
      {
        'functions/api/handler.ts': "import * as z from 'zod';\nimport { run } from '../engine/run';",
        'functions/engine/run.ts': "import { StateMachine } from 'aws-local-stepfunctions';",
      },
      { dependencies: { zod: '^4' }, devDependencies: { 'aws-local-stepfunctions': '^3' } },
    );
    expect(rulesOf(p)).toStrictEqual(['functions/engine/run.ts: dev-package-in-lambda']);
  });

  it('GIVEN a devDependency imported only for its types by a Lambda WHEN checked THEN it is allowed (erased at build)', () => {
    const p = project(
      { 'functions/api/handler.ts': "import type { DocumentType } from '@smithy/types';\nimport 'zod';" },
      { dependencies: { zod: '^4' }, devDependencies: { '@smithy/types': '^4' } },
    );
    expect(rulesOf(p)).toStrictEqual([]);
  });

  it('GIVEN a dependency no Lambda entry imports WHEN checked THEN it is reported as belonging in devDependencies', () => {
    const p = project(
      { 'functions/api/handler.ts': "import 'zod';", 'infra/local/db.ts': "import 'dynalite';" },
      { dependencies: { zod: '^4', dynalite: '^4' } },
    );
    expect(rulesOf(p)).toStrictEqual(['package.json: unused-dependency']);
  });

  it('GIVEN a workspace package WHEN its files import what its own package.json declares THEN that is allowed, and only that', () => {
    const p: Project = {
      ...project(
        {
          'packages/client/src/index.ts':
            "import createClient from 'openapi-fetch';\nimport * as z from 'zod';",
          'cli/run.ts': "import { createDynarisClient } from '@dynaris/client';",
        },
        { devDependencies: { '@dynaris/client': '0.1.0', zod: '^4' }, workspaces: ['packages/*'] },
        [],
      ),
      workspaces: new Map([['packages/client', { dependencies: { 'openapi-fetch': '^0.17.0' } }]]),
    };
    expect(checkPackages(p).map((v) => `${v.file}: ${v.rule}: ${v.message}`)).toStrictEqual([
      'packages/client/src/index.ts: undeclared-package: imports zod, which packages/client/package.json does not declare',
    ]);
  });
});
