import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { StepKinds, WorkflowDefinition } from '../../statemachines/schema';
import { TEMPLATE_IDS, templateJson } from '../../statemachines/templates';
import { validateWorkflow } from '../../statemachines/validate';
import { documentedSchema } from '../../statemachines/zod-kit';

/**
 * The workflow language's schemas are built on the first parse that needs them (api-workflows built all ~230 at every
 * cold start, for routes of which only POST, PUT and validate parse a definition). A module instance that has built
 * nothing must answer every parse and every validation as one that has built everything.
 */

type Routes = typeof import('../../functions/api/routes/workflows');
type Validate = typeof import('../../statemachines/validate');

/** Module instances of the workflow routes and the validator in which nothing has been parsed yet. */
const fresh = async (): Promise<{ routes: Routes; validate: Validate }> => {
  vi.resetModules();
  const routes = await import('../../functions/api/routes/workflows');
  const validate = await import('../../statemachines/validate');
  return { routes, validate };
};

const bodyOf = (routes: Routes, operationId: string) => {
  const body = routes.workflowRoutes.find((r) => r.operationId === operationId)?.body;
  if (!body) throw new Error(`no body schema on ${operationId}`);
  return body;
};

const answer = (result: { success: boolean; data?: unknown; error?: { issues: readonly unknown[] } }) =>
  JSON.parse(
    JSON.stringify({
      success: result.success,
      data: result.data ?? null,
      issues: result.error?.issues ?? [],
    }),
  ) as unknown;

/** Every path to a value inside `node` (keys and indexes), the root excluded. */
const pathsIn = (node: unknown, at: (string | number)[] = []): (string | number)[][] => {
  if (node === null || typeof node !== 'object') return [];
  const entries = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
  return entries.flatMap(([k, v]) => [[...at, k], ...pathsIn(v, [...at, k])]);
};

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('P2D', 'PT0S', 'send-email', 'email.send', 'eq', 'Step One', '{{trigger.lead.email}}'),
  fc.integer({ min: -5, max: 20_000 }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
  fc.dictionary(
    fc.constantFrom('id', 'action', 'wait', 'if', 'path', 'eq', 'type', 'event'),
    fc.string({ maxLength: 6 }),
  ),
);

/** A built-in template, unchanged or with random values set at (or removed from) random places in it. */
const definition = fc
  .tuple(fc.constantFrom(...TEMPLATE_IDS), fc.array(fc.tuple(fc.nat(), junk), { maxLength: 4 }))
  .map(([id, changes]) => {
    const def = templateJson(id) as Record<string, unknown>;
    for (const [pick, value] of changes) {
      const paths = pathsIn(def);
      const path = paths[pick % paths.length] as (string | number)[];
      let parent = def as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path[path.length - 1] as string | number;
      if (value === undefined && !Array.isArray(parent)) delete parent[last];
      else parent[last] = value;
    }
    return def;
  });

describe('the workflow language built on first parse', () => {
  it('GIVEN the workflow routes just loaded WHEN nothing was parsed THEN the named definition body is not built, and the first parse builds it', async () => {
    const { routes } = await fresh();
    const named = () => z.globalRegistry._idmap.has('WorkflowDefinition');
    expect(named()).toBe(false);
    const body = bodyOf(routes, 'createWorkflow');
    expect(body.safeParse(templateJson(TEMPLATE_IDS[0] as (typeof TEMPLATE_IDS)[number])).success).toBe(true);
    expect(named()).toBe(true);
  });

  it('GIVEN valid and invalid definitions WHEN a fresh module parses them on the create and update routes THEN each answer (data, issues) equals the language schema built up front', async () => {
    await fc.assert(
      fc.asyncProperty(
        definition,
        fc.oneof(fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 3 })),
        async (def, expectedVersion) => {
          const { routes } = await fresh();
          expect(answer(bodyOf(routes, 'createWorkflow').safeParse(def))).toStrictEqual(
            answer(WorkflowDefinition.safeParse(def)),
          );
          const update = { expectedVersion, definition: def };
          const updated = bodyOf(routes, 'updateWorkflow').safeParse(update);
          const built = documentedSchema(bodyOf(routes, 'updateWorkflow')) as typeof WorkflowDefinition;
          expect(answer(updated)).toStrictEqual(answer(built.safeParse(update)));
          expect(updated.success).toBe(
            Number.isInteger(expectedVersion) &&
              Number(expectedVersion) >= 1 &&
              WorkflowDefinition.safeParse(def).success,
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('GIVEN valid and invalid definitions WHEN a fresh validator checks one THEN its report equals the report of a validator that has built the language', async () => {
    await fc.assert(
      fc.asyncProperty(definition, async (def) => {
        const { validate } = await fresh();
        expect(JSON.parse(JSON.stringify(validate.validateWorkflow(def)))).toStrictEqual(
          JSON.parse(JSON.stringify(validateWorkflow(def))),
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('the step kinds built on first meeting', () => {
  it('GIVEN a new language instance WHEN valid and invalid definitions are parsed one after another (each meeting step kinds in its own order) THEN every answer equals the answer of the language with every kind built', async () => {
    const { newWorkflowLanguage, workflowLanguage } = await import('../../statemachines/language-schemas');
    const all = workflowLanguage();
    for (const kind of StepKinds) expect(all.STEP_SCHEMAS[kind]).toBeDefined();
    fc.assert(
      fc.property(fc.array(definition, { minLength: 1, maxLength: 3 }), (defs) => {
        const lazy = newWorkflowLanguage();
        for (const def of defs)
          expect(answer(lazy.WorkflowDefinition.safeParse(def))).toStrictEqual(
            answer(all.WorkflowDefinition.safeParse(def)),
          );
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN a new language instance WHEN definitions are parsed THEN the step kinds built are those met: none before, actions only for an action-only template, and the kinds of the next one added', async () => {
    const { newWorkflowLanguage } = await import('../../statemachines/language-schemas');
    const lazy = newWorkflowLanguage();
    expect(lazy.builtStepKinds()).toStrictEqual([]);
    expect(lazy.WorkflowDefinition.safeParse(templateJson('lead-follow-up')).success).toBe(true);
    expect(lazy.builtStepKinds()).toStrictEqual(['action']);
    expect(lazy.WorkflowDefinition.safeParse(templateJson('meeting-follow-up')).success).toBe(true);
    expect(lazy.builtStepKinds()).toStrictEqual(['action', 'wait', 'if', 'parallel']);
  });
});
