import { isSource, type Project, type Violation } from '../project';

/**
 * A schema built at module scope in Lambda code is written `export const X = /* @__PURE__ *\/ (() => z.object(…))();`.
 * zod's builders run at import, and a module's unused schemas are still built at every cold start unless esbuild may
 * drop them: it drops a call marked pure whose value is unused, but not a bare `z.object(…)` (its arguments, and
 * `.check(…)` chains, count as side effects), and it does not carry zod's own annotations across modules. Measured:
 * 7-69% fewer schemas built at init in the 14 functions counted, bundles 1-8 KB smaller (docs/performance.md).
 */
const BARE_SCHEMA =
  /^(?:export[ \t]+)?const[ \t]+(\w+)[ \t]*(?::[^=\n]+)?=[ \t]*(?:z\b|described\(|withMeta\(|builtOnFirstUse\()/gm;
const LAMBDA_CODE = /^(?:functions|statemachines)\//;

export const checkPureSchemas = (project: Project): Violation[] => {
  const violations: Violation[] = [];
  for (const [file, source] of project.files) {
    if (!isSource(file) || !LAMBDA_CODE.test(file)) continue;
    for (const match of source.matchAll(BARE_SCHEMA)) {
      violations.push({
        rule: 'pure-schema',
        file,
        message: `${match[1]}: build module-scope schemas as \`/* @__PURE__ */ (() => …)()\` so bundles that do not use them neither carry nor build them`,
      });
    }
  }
  return violations;
};
