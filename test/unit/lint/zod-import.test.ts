import { describe, expect, it } from 'vitest';
import type { Project } from '../../../scripts/lint/project';
import { checkZodImports } from '../../../scripts/lint/rules/zod-import';

const project = (files: Record<string, string>): Project => ({
  files: new Map(Object.entries(files)),
  packageJson: { dependencies: { zod: '^4' } },
  lambdaEntries: [],
});

const found = (files: Record<string, string>) =>
  checkZodImports(project(files)).map((v) => `${v.file}: ${v.rule}`);

describe('the zod namespace-import house rule', () => {
  it('GIVEN the namespace import or a type-only named import WHEN checked THEN there is nothing to report', () => {
    expect(
      found({
        'functions/a.ts': "import * as z from 'zod';\nexport const A = z.string();",
        'functions/b.ts': "import type { z } from 'zod';\nexport type B = z.infer<typeof x>;",
        'functions/c.ts': "// import { z } from 'zod' would pull every locale\nexport const c = 1;",
      }),
    ).toStrictEqual([]);
  });

  it('GIVEN a named value import of zod, alone or with others WHEN checked THEN each file is reported', () => {
    expect(
      found({
        'functions/a.ts': "import { z } from 'zod';",
        'statemachines/b.ts': "import { type ZodError, z } from 'zod';",
        'functions/c.ts': "import {\n  z,\n} from 'zod/v4';",
      }),
    ).toStrictEqual([
      'functions/a.ts: zod-namespace-import',
      'statemachines/b.ts: zod-namespace-import',
      'functions/c.ts: zod-namespace-import',
    ]);
  });
});
