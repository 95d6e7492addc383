import { ExecutionError, StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lean from '../../functions/engine/asl-lean';
import { jsonOver } from '../support/json-arbitraries';

/**
 * The api-dry-run function's stand-in for aws-local-stepfunctions (functions/engine/asl-lean.ts) must answer what the
 * library answers for the states the engine gives it (one compiled state at a time, Retry and Catch removed): the
 * same output and next state, or the same error (name and message), on generated Pass, Task, Choice and Fail states
 * with reference paths and the intrinsics the compiler writes. What it does not evaluate it refuses, naming it.
 */

const KEYS = ['a', 'b', 'item', 'await-reply', 'n', 'at', 'text'] as const;
const key = fc.constantFrom(...KEYS);
const timestamp = fc.constantFrom(
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:00.500Z',
  '2026-01-01T01:00:00+01:00',
  '2025-12-31T23:59:59Z',
  '2026-13-01T00:00:00Z',
  '2026-01-01',
);
const scalar = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.constantFrom('x', 'y', 'a*b', 'axb', 'a?b', 'ab', 'a\\*', '{}', '[1,2]', '{"k":1}', 'bad{', 'KA=='),
  timestamp,
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noNaN: true, min: -2, max: 2 }),
  fc.boolean(),
  fc.constant(null),
);
const { json, input: someKeys } = jsonOver(key, scalar);
/** Inputs with some of the keys, or all of them with scalar values (so that rules reach a route more often). */
const input = fc.oneof(
  someKeys,
  fc.record(Object.fromEntries(KEYS.map((k) => [k, scalar])) as Record<(typeof KEYS)[number], typeof scalar>),
);

const segment = fc.oneof(
  key.map((k) => `.${k}`),
  fc.integer({ min: 0, max: 2 }).map((i) => `[${i}]`),
  fc.constant('.length'),
);
const path = fc.array(segment, { maxLength: 3 }).map((s) => `$${s.join('')}`);
const contextPath = fc.constantFrom('$$.Execution.Id', '$$.State.Name', '$$.Map.Item.Value', '$$.Nope');
const anyPath = fc.oneof({ weight: 4, arbitrary: path }, { weight: 1, arbitrary: contextPath });

const literal = fc.constantFrom(
  "'x'",
  "'a,b'",
  "'{}'",
  "'it\\'s'",
  '7',
  '-1.5',
  'true',
  'null',
  '{"k":1}',
  '[1]',
);
const intrinsic: fc.Arbitrary<string> = fc.letrec((tie) => ({
  call: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .array(tie('arg'), { maxLength: 3 })
      .chain((args) =>
        fc
          .constantFrom(args.length, Math.max(0, args.length - 1), args.length + 1)
          .map(
            (holes) =>
              `States.Format('${Array(holes).fill('{}').join(' ')}'${args.map((a) => `, ${a}`).join('')})`,
          ),
      ),
    fc.array(tie('arg'), { maxLength: 3 }).map((args) => `States.Array(${args.join(', ')})`),
    tie('arg').map((arg) => `States.ArrayLength(${arg})`),
    fc.tuple(tie('arg'), tie('arg')).map(([list, value]) => `States.ArrayContains(${list}, ${value})`),
    tie('arg').map((arg) => `States.StringToJson(${arg})`),
    fc.constantFrom("'KA=='", "'e30='", "'6Q=='", "''", "'KA'").map((b) => `States.Base64Decode(${b})`),
    fc
      .tuple(tie('arg'), tie('arg'), fc.constantFrom('false', 'true', "'no'"))
      .map(([x, y, deep]) => `States.JsonMerge(${x}, ${y}, ${deep})`),
  ),
  arg: fc.oneof({ depthSize: 'small' }, anyPath, literal, tie('call')),
})).call as fc.Arbitrary<string>;

const template: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 2 })), { maxKeys: 3 }),
    fc.array(fc.tuple(key, fc.oneof(anyPath, intrinsic)), { maxLength: 3 }),
  )
  .map(([base, refs]) => {
    const out: Record<string, unknown> = { ...base };
    for (const [k, ref] of refs) out[`${k}.$`] = ref;
    return out;
  });

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const io = fc.record({
  InputPath: optional(fc.oneof(fc.constant(null), path)),
  Parameters: optional(template),
  ResultSelector: optional(template),
  ResultPath: optional(
    fc.oneof(
      fc.constant(null),
      fc.constant('$'),
      fc
        .array(fc.oneof(key, fc.constantFrom('list[1]', "m['k']")), { minLength: 1, maxLength: 2 })
        .map((ks) => `$.${ks.join('.')}`),
    ),
  ),
  OutputPath: optional(fc.oneof(fc.constant(null), path)),
});
const fields = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

const variable = fc.oneof(
  { weight: 6, arbitrary: key.map((k) => `$.${k}`) },
  { weight: 2, arbitrary: path },
  { weight: 1, arbitrary: fc.constantFrom('$$.Execution.Name', '$$.Map.Item.Value.at', '$$.Nope') },
);
const OPS = ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'];
const comparison = fc.oneof(
  fc
    .tuple(fc.constantFrom(...OPS), fc.constantFrom('x', 'y', '', 'a*b'))
    .map(([op, v]) => ({ [`String${op}`]: v })),
  fc
    .tuple(fc.constantFrom(...OPS), fc.integer({ min: -3, max: 3 }))
    .map(([op, v]) => ({ [`Numeric${op}`]: v })),
  fc.tuple(fc.constantFrom(...OPS), timestamp).map(([op, v]) => ({ [`Timestamp${op}`]: v })),
  fc
    .tuple(fc.constantFrom('String', 'Numeric', 'Timestamp'), fc.constantFrom(...OPS), variable)
    .map(([kind, op, p]) => ({ [`${kind}${op}Path`]: p })),
  fc.boolean().map((v) => ({ BooleanEquals: v })),
  variable.map((p) => ({ BooleanEqualsPath: p })),
  fc.constantFrom('*', 'x*', '*b', 'a\\*', 'a?b', '\\', 'a*b*', '').map((v) => ({ StringMatches: v })),
  fc
    .tuple(
      fc.constantFrom('IsPresent', 'IsNull', 'IsString', 'IsNumeric', 'IsBoolean', 'IsTimestamp'),
      fc.boolean(),
    )
    .map(([op, v]) => ({ [op]: v })),
);
const rule: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(variable, comparison).map(([Variable, c]) => ({ Variable, ...c })),
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((And) => ({ And })),
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((Or) => ({ Or })),
    tie('rule').map((Not) => ({ Not })),
  ),
})).rule as fc.Arbitrary<Record<string, unknown>>;

const CONTEXT = {
  Execution: { Id: 'arn:aws:states:us-east-1:1:execution:m:e', Name: 'e' },
  State: { Name: 'S', EnteredTime: '2026-01-01T00:00:00.000Z', RetryCount: 0 },
  Map: { Item: { Index: 2, Value: { n: 1, at: '2026-01-01T00:00:00Z' } } },
};

type Outcome = { ok: true; value: unknown } | { ok: false; name: string; message: string };
type Machine = { run(input: never, options: object): { result: Promise<unknown> } };

/** One state run by a machine (`S`; its targets are Pass states answering their name and input), as minis run. */
const runOn = async (
  make: (definition: object) => Machine,
  state: Record<string, unknown>,
  value: unknown,
  handler?: (input: unknown) => Promise<unknown>,
): Promise<Outcome> => {
  const states: Record<string, unknown> = { S: state };
  for (const t of ['T0', 'T1', 'T2', 'D', 'N'])
    states[t] = { Type: 'Pass', Parameters: { to: t, 'in.$': '$' }, End: true };
  const machine = make({ StartAt: 'S', States: states });
  try {
    const run = machine.run(structuredClone(value) as never, {
      context: CONTEXT,
      ...(handler ? { overrides: { taskResourceLocalHandlers: { S: handler } } } : {}),
    });
    return { ok: true, value: await run.result };
  } catch (error) {
    const cause = (
      error instanceof ExecutionError || error instanceof lean.ExecutionError ? error.cause : error
    ) as Error;
    return { ok: false, name: cause.name, message: cause.message };
  }
};
const OPTIONS = { validationOptions: { noValidate: true } };
const library = (definition: object) => new StateMachine(definition as StateMachineDefinition, OPTIONS);
const mine = (definition: object) => new lean.StateMachine(definition, OPTIONS);

const same = async (
  state: Record<string, unknown>,
  value: unknown,
  handler?: (i: unknown) => Promise<unknown>,
) => {
  const theirs = await runOn(library, state, value, handler);
  expect(await runOn(mine, state, value, handler)).toStrictEqual(theirs);
  return theirs;
};

describe('the api-dry-run stand-in for aws-local-stepfunctions answers as the library does', () => {
  it('GIVEN a Pass state with InputPath, Parameters (paths, context paths, intrinsics), Result, ResultSelector, ResultPath and OutputPath WHEN both run it THEN the output or the error is the same', async () => {
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(
        io,
        optional(fc.oneof(json, fc.constantFrom(0, '', false))),
        input,
        async (f, result, value) => {
          const outcome = await same(fields({ Type: 'Pass', ...f, Result: result, End: true }), value);
          if (!outcome.ok) failed += 1;
        },
      ),
      { numRuns: 600 },
    );
    expect(failed).toBeGreaterThan(20);
  });

  it('GIVEN a Task state with a local handler that answers or throws WHEN both run it THEN the handler sees the same input and the output or error is the same', async () => {
    await fc.assert(
      fc.asyncProperty(io, fc.oneof(json, fc.constant('throw')), input, async (f, answer, value) => {
        const seen: unknown[] = [];
        const handler = async (given: unknown) => {
          seen.push(structuredClone(given));
          if (answer === 'throw') throw Object.assign(new Error('boom'), { name: 'Custom.Error' });
          return structuredClone(answer);
        };
        await same(
          fields({ Type: 'Task', Resource: 'arn:x', TimeoutSeconds: 99, ...f, End: true }),
          value,
          handler,
        );
        expect(seen[1]).toStrictEqual(seen[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN a Choice state with any rules (comparisons, paths, timestamps, StringMatches, Is tests, And/Or/Not) WHEN both route an input THEN they reach the same state or fail the same way', async () => {
    let routed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(rule, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.option(path, { nil: undefined }),
        input,
        async (rules, withDefault, outputPath, value) => {
          const state = fields({
            Type: 'Choice',
            Choices: rules.map((r, i) => ({ ...r, Next: `T${i}` })),
            Default: withDefault ? 'D' : undefined,
            OutputPath: outputPath,
          });
          if ((await same(state, value)).ok) routed += 1;
        },
      ),
      { numRuns: 800 },
    );
    expect(routed).toBeGreaterThan(50);
  });

  it('GIVEN StringMatches patterns and strings over a small alphabet (wildcards, escapes, line ends) WHEN both route THEN they agree', async () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', '*', '?', '\\', '\n', '\r', '.', '\u2028'), { maxLength: 7 })
      .map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.oneof(text, fc.integer()), async (pattern, sample) => {
        await same(
          {
            Type: 'Choice',
            Choices: [{ Variable: '$.s', StringMatches: pattern, Next: 'T0' }],
            Default: 'D',
          },
          { s: sample },
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('GIVEN a Fail state with Error, Cause, ErrorPath or CausePath WHEN both run it THEN the error is the same', async () => {
    await fc.assert(
      fc.asyncProperty(
        optional(fc.constantFrom('Custom.Failed', 'States.TaskFailed')),
        optional(fc.constantFrom('because', '')),
        optional(path),
        optional(path),
        input,
        async (error, cause, errorPath, causePath, value) => {
          const outcome = await same(
            fields({ Type: 'Fail', Error: error, Cause: cause, ErrorPath: errorPath, CausePath: causePath }),
            value,
          );
          expect(outcome.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('GIVEN what the compiler never writes (another intrinsic, a Map or Wait state, Retry, a Task without a handler, a validated definition) WHEN the stand-in meets it THEN it refuses naming it', async () => {
    const refused = async (state: Record<string, unknown>) => {
      const outcome = await runOn(mine, state, {});
      expect(outcome.ok).toBe(false);
      return outcome.ok ? '' : outcome.message;
    };
    expect(await refused({ Type: 'Pass', Parameters: { 'a.$': 'States.UUID()' }, End: true })).toMatch(
      /States\.UUID is not one the compiler writes/,
    );
    expect(await refused({ Type: 'Map', ItemProcessor: {}, End: true })).toMatch(/is a Map state/);
    expect(await refused({ Type: 'Wait', Seconds: 1, End: true })).toMatch(/is a Wait state/);
    expect(
      await refused({ Type: 'Task', Resource: 'x', Retry: [{ ErrorEquals: ['States.ALL'] }], End: true }),
    ).toMatch(/Retry or Catch/);
    expect(await refused({ Type: 'Task', Resource: 'arn:x', End: true })).toMatch(
      /no local handler \(arn:x\)/,
    );
    expect(() => new lean.StateMachine({ StartAt: 'S', States: {} })).toThrow(/noValidate/);
  });

  it("GIVEN a nested forEach's ItemSelector merging the outer steps (States.JsonMerge of a path's object) WHEN both evaluate it THEN the input they were given is unchanged and the output the same", async () => {
    // JsonMerge assigns into its first argument: the library copies the input first, so must the stand-in (the
    // engine hands it objects it still holds: an iteration's input, a branch's output).
    const state = {
      Type: 'Pass',
      Parameters: { 'outer.$': 'States.JsonMerge($.outer, $.steps, false)', 'again.$': '$.outer' },
      End: true,
    };
    for (const machine of [library, mine]) {
      const given = { outer: { a: 1 }, steps: { b: 2 } };
      const output = await machine({ StartAt: 'S', States: { S: state } }).run(given).result;
      expect(output).toStrictEqual({ outer: { a: 1, b: 2 }, again: { a: 1, b: 2 } });
      expect(given).toStrictEqual({ outer: { a: 1 }, steps: { b: 2 } });
    }
  });
});
