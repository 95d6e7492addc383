import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS, templateJson } from '../../statemachines/templates';
import { toJsonPath, type ValidationReport, validateWorkflow } from '../../statemachines/validate';

type Key = string | number;
type Path = Key[];

const allPaths = (value: unknown, path: Path = []): Path[] => {
  const out: Path[] = [path];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...allPaths(v, [...path, i]));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...allPaths(v, [...path, k]));
  }
  return out;
};

const parentOf = (root: unknown, path: Path): Record<Key, unknown> | undefined => {
  let v: unknown = root;
  for (const k of path.slice(0, -1)) v = (v as Record<Key, unknown>)[k];
  return v !== null && typeof v === 'object' ? (v as Record<Key, unknown>) : undefined;
};

const wellFormed = (report: ValidationReport): void => {
  expect(report.valid).toBe(report.issues.length === 0);
  if (report.valid) expect(report.definition).toBeDefined();
  for (const issue of report.issues) {
    expect(issue.path.startsWith('$')).toBe(true);
    expect(issue.code).toMatch(/^[a-z-]+$/);
    expect(issue.code).not.toBe('internal-error');
    expect(issue.message.length).toBeGreaterThan(5);
  }
};

const template = fc.constantFrom(...TEMPLATE_IDS).map((id) => templateJson(id));

const replacement = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.string(),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'retype'; pick: number; value: unknown }
  | { kind: 'rename'; pick: number; id: string }
  | { kind: 'bad-reference'; pick: number; ref: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), pick: fc.nat(), value: replacement }),
  fc.record({
    kind: fc.constant('rename' as const),
    pick: fc.nat(),
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  }),
  fc.record({
    kind: fc.constant('bad-reference' as const),
    pick: fc.nat(),
    ref: fc.constantFrom(
      '{{steps.nowhere.x}}',
      '{{trigger..x}}',
      '{{bogus.root}}',
      '{{item.email}}',
      '{{steps}}',
    ),
  }),
);

const apply = (def: unknown, m: Mutation): void => {
  const paths = allPaths(def).filter((p) => p.length > 0);
  if (m.kind === 'rename' || m.kind === 'bad-reference') {
    const targets = allPaths(def).filter((p) => {
      const parent = parentOf(def, p);
      const value = parent?.[p[p.length - 1] as Key];
      return m.kind === 'rename'
        ? p[p.length - 1] === 'id'
        : typeof value === 'string' && p.includes('input');
    });
    const target = targets[m.pick % Math.max(1, targets.length)];
    if (!target) return;
    const parent = parentOf(def, target);
    const key = target[target.length - 1] as Key;
    if (parent) parent[key] = m.kind === 'rename' ? m.id : `${String(parent[key])} ${m.ref}`;
    return;
  }
  const target = paths[m.pick % paths.length];
  if (!target) return;
  const parent = parentOf(def, target);
  const key = target[target.length - 1] as Key;
  if (!parent) return;
  if (m.kind === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
  } else {
    parent[key] = m.value;
  }
};

describe('validator properties', () => {
  it('GIVEN random mutations of valid templates WHEN validated THEN the result is a well-formed report, never an exception', () => {
    fc.assert(
      fc.property(template, fc.array(mutation, { minLength: 1, maxLength: 4 }), (def, mutations) => {
        for (const m of mutations) apply(def, m);
        wellFormed(validateWorkflow(def));
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN a bad reference inserted into an action input WHEN validated THEN an issue names that exact path', () => {
    fc.assert(
      fc.property(
        template,
        fc.nat(),
        fc.constantFrom('{{steps.nowhere.x}}', '{{bogus.root}}', '{{trigger..x}}'),
        (def, pick, ref) => {
          const targets = allPaths(def).filter((p) => {
            const value = parentOf(def, p)?.[p[p.length - 1] as Key];
            return typeof value === 'string' && p.includes('input');
          });
          const target = targets[pick % targets.length] as Path;
          const parent = parentOf(def, target) as Record<Key, unknown>;
          const key = target[target.length - 1] as Key;
          parent[key] = `${String(parent[key])} ${ref}`;
          const report = validateWorkflow(def);
          expect(report.valid).toBe(false);
          expect(report.issues.map((i) => i.path)).toContain(toJsonPath(target));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('GIVEN a deleted step id WHEN validated THEN the definition is invalid with a missing-id issue at that step', () => {
    fc.assert(
      fc.property(template, fc.nat(), (def, pick) => {
        const ids = allPaths(def).filter((p) => p[p.length - 1] === 'id');
        const target = ids[pick % ids.length] as Path;
        delete (parentOf(def, target) as Record<Key, unknown>).id;
        const report = validateWorkflow(def);
        expect(report.issues).toContainEqual(
          expect.objectContaining({ path: toJsonPath(target), code: 'missing-id' }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('GIVEN arbitrary JSON WHEN validated THEN a well-formed report comes back', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        wellFormed(validateWorkflow(value));
      }),
      { numRuns: 300 },
    );
  });
});
