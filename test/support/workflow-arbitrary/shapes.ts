import fc from 'fast-check';

/**
 * Random VALID workflow definitions for property tests: random step trees (every kind, nested up to 3 levels),
 * with references only to what exists on that path (trigger fields, results of earlier steps that always ran,
 * the forEach item and index), inputs that satisfy the action schemas, and texts full of characters that need
 * escaping (`' { } \ * $ ( ) , "`).
 *
 * A shape tree is generated first; a deterministic builder then assigns ids and picks references from what is in
 * scope, so fast-check can shrink the shapes.
 */

export type Cond = {
  kind: 'num' | 'str' | 'bool' | 'exists' | 'in' | 'time' | 'all' | 'any' | 'not';
  n: number;
  text: string;
};

export type Shape =
  | {
      k: 'action';
      a: number;
      text: string;
      pick: number;
      name: string | null;
      onError: boolean;
      retry: number;
    }
  | { k: 'wait'; seconds: number; name: string | null }
  | { k: 'waitUntil'; iso: boolean }
  | { k: 'waitFor'; hours: number; onEvent: Shape[]; onTimeout: Shape[] }
  | { k: 'if'; cond: Cond; then: Shape[]; else: Shape[] | null }
  | { k: 'parallel'; branches: Shape[][]; name: string | null }
  | { k: 'forEach'; concurrency: number | null; steps: Shape[] }
  | { k: 'approval'; text: string; hours: number | null; onReject: Shape[] };

export const TRICKY = [...'abcXYZ 019\'{}\\*$(),"#<>&|`é–'];
/** Literal text never holds `{{` or `}}` (they would start or end a reference). */
export const text = (min = 1, max = 24) =>
  fc
    .array(fc.constantFrom(...TRICKY), { minLength: min, maxLength: max })
    .map((cs) => cs.join(''))
    .filter((s) => !s.includes('{{') && !s.includes('}}'));
export const name = fc.option(
  text(1, 70).filter((s) => s.trim().length > 0),
  { nil: null, freq: 3 },
);

export const cond: fc.Arbitrary<Cond> = fc.record({
  kind: fc.constantFrom('num', 'str', 'bool', 'exists', 'in', 'time', 'all', 'any', 'not'),
  n: fc.integer({ min: -5, max: 100_000 }),
  text: text(1, 10),
});

export const shapes = fc.letrec<{ step: Shape; list: Shape[]; nonEmpty: Shape[] }>((tie) => ({
  step: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    {
      weight: 8,
      arbitrary: fc.record({
        k: fc.constant('action' as const),
        a: fc.nat(9),
        text: text(),
        pick: fc.nat(),
        name,
        onError: fc.boolean(),
        retry: fc.nat(4),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('wait' as const),
        seconds: fc.integer({ min: 1, max: 400_000 }),
        name,
      }),
    },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('waitUntil' as const), iso: fc.boolean() }) },
    {
      weight: 2,
      arbitrary: fc.record({
        k: fc.constant('waitFor' as const),
        hours: fc.integer({ min: 1, max: 200 }),
        onEvent: tie('list'),
        onTimeout: tie('list'),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        k: fc.constant('if' as const),
        cond,
        then: tie('nonEmpty'),
        else: fc.option(tie('list'), { nil: null }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('parallel' as const),
        branches: fc.array(tie('nonEmpty'), { minLength: 2, maxLength: 3 }),
        name,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('forEach' as const),
        concurrency: fc.option(fc.nat(20), { nil: null }),
        steps: tie('nonEmpty'),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant('approval' as const),
        text: text(),
        hours: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
        onReject: tie('list'),
      }),
    },
  ),
  list: fc.array(tie('step'), { maxLength: 3, depthIdentifier: 'steps' }),
  nonEmpty: fc.array(tie('step'), { minLength: 1, maxLength: 3, depthIdentifier: 'steps' }),
}));
