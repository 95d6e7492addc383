import { isSource, type Project, type Violation } from '../project';

/**
 * `import * as z from 'zod'`, never a named value import (`import { z } from 'zod'`): with zod 4 the named import
 * keeps every locale in the bundle (about 260 KB of a Lambda's 250 KB budget). Type-only imports are erased.
 */
const NAMED_VALUE_IMPORT =
  /^[ \t]*import[ \t]+(?!type[ \t])\{[^}]*\}[ \t\n]*from[ \t\n]+['"]zod(?:\/v4)?['"]/gm;

export const checkZodImports = (project: Project): Violation[] => {
  const violations: Violation[] = [];
  for (const [file, source] of project.files) {
    if (!isSource(file)) continue;
    for (const match of source.matchAll(NAMED_VALUE_IMPORT)) {
      violations.push({
        rule: 'zod-namespace-import',
        file,
        message: `${match[0].trim()}: write \`import * as z from 'zod'\` (the named import bundles every zod locale)`,
      });
    }
  }
  return violations;
};
