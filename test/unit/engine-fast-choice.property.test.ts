import { ExecutionError, StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFastChoice } from '../../functions/engine/fast-choice';
import { MISS } from '../../functions/engine/fast-state';
import { compile } from '../support/compile-steps';
import { jsonOver } from '../support/json-arbitraries';

/**
 * The engine routes Choice states of the common subset itself; the route must be aws-local-stepfunctions' (the
 * reference), or MISS where the engine lets the library decide (its route or its error).
 */

const KEYS = ['a', 'b', 'approval', 'approved', 'n'] as const;
const key = fc.constantFrom(...KEYS);
const scalar = fc.oneof(
  fc.constantFrom('x', 'y', ''),
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constant(null),
);
const { json, input } = jsonOver(key, scalar);
const segment = fc.oneof(
  key.map((k) => `.${k}`),
  fc.integer({ min: 0, max: 2 }).map((i) => `[${i}]`),
  fc.constant('.length'),
);
const inputVariable = fc.array(segment, { minLength: 1, maxLength: 2 }).map((s) => `$${s.join('')}`);
const variable = fc.oneof(inputVariable, fc.constantFrom('$$.Execution.Name', '$$.Nope'));

const comparison = fc.oneof(
  fc.record({ Variable: variable, StringEquals: fc.constantFrom('x', 'y', '') }),
  fc.record({ Variable: variable, NumericEquals: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ Variable: variable, NumericLessThan: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ Variable: variable, NumericGreaterThanEquals: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ Variable: variable, BooleanEquals: fc.boolean() }),
  fc.record({ Variable: inputVariable, IsPresent: fc.boolean() }),
  fc.record({ Variable: variable, IsNull: fc.boolean() }),
  fc.record({ Variable: variable, IsString: fc.boolean() }),
  fc.record({ Variable: variable, IsNumeric: fc.boolean() }),
  fc.record({ Variable: variable, IsBoolean: fc.boolean() }),
);
const rule: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((And) => ({ And })),
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((Or) => ({ Or })),
    tie('rule').map((Not) => ({ Not })),
  ),
})).rule as fc.Arbitrary<Record<string, unknown>>;

const choiceState = fc
  .record({
    rules: fc.array(rule, { minLength: 1, maxLength: 3 }),
    withDefault: fc.boolean(),
  })
  .map(({ rules, withDefault }) => ({
    Type: 'Choice',
    Choices: rules.map((r, i) => ({ ...r, Next: `T${i}` })),
    ...(withDefault ? { Default: 'D' } : {}),
  }));

const CONTEXT = { Execution: { Id: 'arn:aws:states:us-east-1:1:execution:m:e', Name: 'e' } };

/** The library's route: the target its stub Pass state was reached by, or the error it ended with. */
const library = async (state: Record<string, unknown>, value: unknown) => {
  const targets = ['T0', 'T1', 'T2', 'D'];
  const states: Record<string, unknown> = { C: state };
  for (const t of targets) states[t] = { Type: 'Pass', Result: t, End: true };
  const machine = new StateMachine({ StartAt: 'C', States: states } as unknown as StateMachineDefinition, {
    validationOptions: { noValidate: true },
  });
  try {
    return { next: await machine.run(value as never, { context: CONTEXT }).result };
  } catch (error) {
    return { error: String(error instanceof ExecutionError ? error.cause : error) };
  }
};

describe('fast Choice routing agrees with aws-local-stepfunctions', () => {
  it('GIVEN a Choice of the subset and any input WHEN both route it THEN the routes are the same, or the fast one defers (MISS), always where the library fails', async () => {
    let routed = 0;
    await fc.assert(
      fc.asyncProperty(choiceState, input, async (state, value) => {
        const fast = compileFastChoice(state);
        expect(fast).toBeDefined();
        const mine = fast?.route(value, CONTEXT);
        const theirs = await library(state, value);
        if (mine === MISS) return;
        routed += 1;
        expect(theirs).toEqual({ next: mine });
      }),
      { numRuns: 500 },
    );
    expect(routed).toBeGreaterThan(30);
  });

  it('GIVEN the approval Choice the compiler puts before every workflow WHEN a run needs no approval, needs one or was rejected THEN the engine routes it without the library', () => {
    const compiled = compile([{ id: 'x', action: 'log', input: { message: 'x' } }], {
      trigger: { type: 'event', event: 'lead.created' },
    });
    const fast = compileFastChoice(compiled.definition.States['Approval needed?'] as never);
    expect(fast?.route({ context: { needsApproval: false } }, CONTEXT)).toBe('Write log entry: x');
    expect(fast?.route({ context: { needsApproval: true } }, CONTEXT)).toBe('Approval requested');
    expect(fast?.route({ context: { approval: { approved: false } } }, CONTEXT)).toBe('Finish rejected run');
  });

  it('GIVEN InputPath, OutputPath, timestamps or path comparisons WHEN compiled THEN the library keeps the state', () => {
    const base = { Type: 'Choice', Default: 'D' };
    for (const extra of [
      { InputPath: '$.a', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'T0' }] },
      { Choices: [{ Variable: '$.a', TimestampEquals: '2026-01-01T00:00:00Z', Next: 'T0' }] },
      { Choices: [{ Variable: '$.a', StringEqualsPath: '$.b', Next: 'T0' }] },
      { Choices: [{ Variable: '$.a[*]', IsPresent: true, Next: 'T0' }] },
      { Choices: [{ Variable: '$$.Execution.Name', IsPresent: true, Next: 'T0' }] },
      { Choices: [{ Variable: '$.a', StringEquals: 'x', BooleanEquals: true, Next: 'T0' }] },
    ]) {
      expect(compileFastChoice({ ...base, ...extra })).toBeUndefined();
    }
  });
});
