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
/**
 * A module-scope object literal of schemas (`const base = {\n  id: StepId,\n  name: z.optional(…),\n};`, spread into
 * several objects) is built at import as surely as a bare schema, and esbuild keeps it whatever uses it: the same
 * rule, for an object whose members are all schemas (built there, or another schema by its PascalCase name).
 */
const OBJECT_START = /^(?:export[ \t]+)?const[ \t]+(\w+)[ \t]*(?::[^=\n]+)?=[ \t]*\{$/;
const MEMBER = /^ {2}[\w'"-]+\??:[ \t]*(.*)$/;
const BUILT_SCHEMA = /^(?:z\.|described\(|withMeta\()/;
const NAMED_SCHEMA = /^[A-Z]\w*,?$/;
const OBJECT_END = /^\}(?: as const)?(?: satisfies [^;]+)?;$/;

const schemaObjects = (source: string): string[] => {
  const names: string[] = [];
  let open: { name: string; built: number; other: number } | undefined;
  for (const line of source.split('\n')) {
    if (open) {
      const value = MEMBER.exec(line)?.[1];
      if (value !== undefined) {
        if (BUILT_SCHEMA.test(value)) open.built++;
        else if (!NAMED_SCHEMA.test(value)) open.other++;
      }
      if (OBJECT_END.test(line)) {
        if (open.built > 0 && open.other === 0) names.push(open.name);
        open = undefined;
      }
      continue;
    }
    const start = OBJECT_START.exec(line);
    if (start?.[1]) open = { name: start[1], built: 0, other: 0 };
  }
  return names;
};

export const checkPureSchemas = (project: Project): Violation[] => {
  const violations: Violation[] = [];
  for (const [file, source] of project.files) {
    if (!isSource(file) || !LAMBDA_CODE.test(file)) continue;
    const names = [...[...source.matchAll(BARE_SCHEMA)].map((m) => m[1] ?? ''), ...schemaObjects(source)];
    for (const name of names) {
      violations.push({
        rule: 'pure-schema',
        file,
        message: `${name}: build module-scope schemas as \`/* @__PURE__ */ (() => …)()\` so bundles that do not use them neither carry nor build them`,
      });
    }
  }
  return violations;
};
