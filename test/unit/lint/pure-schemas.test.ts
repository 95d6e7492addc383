import { describe, expect, it } from 'vitest';
import type { Project } from '../../../scripts/lint/project';
import { checkPureSchemas } from '../../../scripts/lint/rules/pure-schemas';

const project = (files: Record<string, string>): Project => ({
  files: new Map(Object.entries(files)),
  packageJson: { dependencies: { zod: '^4' } },
  lambdaEntries: [],
});

const found = (files: Record<string, string>) =>
  checkPureSchemas(project(files)).map((v) => `${v.file}: ${v.rule}: ${v.message.split(':')[0]}`);

describe('the pure module-scope schema house rule', () => {
  it('GIVEN schemas built inside a pure-annotated call, or inside functions WHEN checked THEN there is nothing to report', () => {
    expect(
      found({
        'functions/a.ts': 'export const A = /* @__PURE__ */ (() => z.object({ a: z.string() }))();',
        'statemachines/b.ts':
          'export const B: z.ZodMiniType<B> = /* @__PURE__ */ (() =>\n  z.lazy(() => z.array(A)))();',
        'functions/c.ts': 'export const make = () => {\n  const C = z.string();\n  return C;\n};',
        'functions/f.ts':
          'export const F = /* @__PURE__ */ builtOnFirstUse(() => z.object({ f: z.string() }));',
        'functions/g.ts':
          "const G = /* @__PURE__ */ (() => ({\n  id: z.string(),\n}))();\nconst LIMITS = {\n  max: 10,\n  name: 'x',\n};\nexport const spec = {\n  name: 'leads',\n  body: withMeta(z.object({}), { id: 'L' }),\n};",
        'test/d.ts': 'export const D = z.string();',
        'console/e.ts': 'const E = z.number();',
      }),
    ).toStrictEqual([]);
  });

  it('GIVEN bare module-scope schemas in Lambda code, or object literals of them, WHEN checked THEN each is reported by name', () => {
    expect(
      found({
        'functions/a.ts': 'export const A = z.object({ a: z.string() });',
        'statemachines/b.ts': 'const B: z.ZodMiniType<string> = z\n  .string()\n  .check(z.minLength(1));',
        'functions/c.ts':
          "export const C = described(z.string(), 'text');\nexport const D = withMeta(A, { id: 'D' });\nexport const E = builtOnFirstUse(() => A);",
        'statemachines/g.ts':
          "const base = {\n  id: StepId,\n  name: z.optional(z.string()),\n};\nexport const H = {\n  encoding: described(z.string(), 'x'),\n} as const;",
      }),
    ).toStrictEqual([
      'functions/a.ts: pure-schema: A',
      'statemachines/b.ts: pure-schema: B',
      'functions/c.ts: pure-schema: C',
      'functions/c.ts: pure-schema: D',
      'functions/c.ts: pure-schema: E',
      'statemachines/g.ts: pure-schema: base',
      'statemachines/g.ts: pure-schema: H',
    ]);
  });
});
