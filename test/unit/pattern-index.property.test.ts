import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EventPattern, matchPattern, PatternIndex } from '../../statemachines/patterns';

/** Few names and values, so patterns and events meet often; dotted keys, arrays and `$or` included. */
const key = fc.constantFrom('a', 'b', 'status', 'lead', 'x.y', 'lead.status');
const scalar = fc.oneof(
  fc.constantFrom('new', 'won', 'New', 'ne', '10.0.0.1', '', 'İx', '5', 'true', 'null'),
  fc.constantFrom(0, -0, 1, 5, 1.5, 10000),
  fc.boolean(),
  fc.constant(null),
);
const text = fc.constantFrom('new', 'n', 'w', 'NE', 'won', '', '*e*', '10.0.0.0/8');
const operator = fc.oneof(
  fc.record({ prefix: fc.oneof(text, fc.record({ 'equals-ignore-case': text })) }),
  fc.record({ suffix: fc.oneof(text, fc.record({ 'equals-ignore-case': text })) }),
  fc.record({ 'equals-ignore-case': text }),
  fc.record({ wildcard: text }),
  fc.record({ cidr: text }),
  fc.record({ exists: fc.oneof(fc.boolean(), fc.constant('yes')) }),
  fc.record({ numeric: fc.constantFrom(['>', 0], ['>=', 1, '<', 6], ['=', 5], ['<', 0]) }),
  fc.record({
    'anything-but': fc.oneof(
      scalar,
      fc.array(text, { minLength: 1, maxLength: 2 }),
      fc.record({ prefix: text }),
      fc.record({ suffix: fc.array(text, { minLength: 1, maxLength: 2 }) }),
    ),
  }),
);
const matchers = fc.array(fc.oneof(scalar, scalar, operator), { minLength: 0, maxLength: 3 });
const pattern: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  object: fc.dictionary(
    key,
    fc.oneof(
      { depthSize: 'small' },
      { arbitrary: matchers, weight: 4 },
      { arbitrary: tie('object'), weight: 2 },
      { arbitrary: fc.constant('not a list'), weight: 1 },
    ),
    { maxKeys: 2 },
  ),
  withOr: fc.oneof(
    tie('object'),
    fc
      .tuple(tie('object'), fc.array(fc.oneof(tie('object'), fc.constant(1)), { maxLength: 3 }))
      .map(([base, alternatives]) => ({ ...(base as object), $or: alternatives })),
    fc
      .array(fc.dictionary(key, matchers, { minKeys: 1, maxKeys: 1 }), { minLength: 2, maxLength: 3 })
      .chain((alternatives) =>
        fc.constantFrom(
          { $or: alternatives },
          { detail: { $or: alternatives } },
          { lead: { $or: alternatives } },
        ),
      ),
  ),
})).withOr as fc.Arbitrary<Record<string, unknown>>;
const event = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;

const bruteForce = (patterns: readonly [string, EventPattern][], e: unknown): string[] =>
  patterns.filter(([, p]) => matchPattern(p, e)).map(([id]) => id);

describe('pattern index', () => {
  it('GIVEN any patterns, some replaced and some removed WHEN events are matched through the index THEN the matches are exactly those of testing every pattern, in order', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 25 }),
        fc.array(fc.nat(40), { maxLength: 6 }),
        fc.array(event, { minLength: 1, maxLength: 6 }),
        (patterns, changes, events) => {
          const index = new PatternIndex<string>();
          let live = patterns.map((p, i): [string, EventPattern] => [`p${i}`, p]);
          for (const [id, p] of live) index.set(id, p, id);
          for (const change of changes) {
            const [id] = live[change % live.length] ?? [];
            if (id === undefined) continue;
            if (change % 2 === 0) {
              expect(index.delete(id)).toBe(true);
              live = live.filter(([other]) => other !== id);
            } else {
              // A replaced pattern moves to the end, as a re-added one does.
              const replacement = patterns[(change * 7) % patterns.length] as EventPattern;
              index.set(id, replacement, id);
              live = [...live.filter(([other]) => other !== id), [id, replacement]];
            }
          }
          expect(index.size).toBe(live.length);
          for (const e of events) {
            const shaped = { source: 'dynaris.lead', 'detail-type': 'lead.created', detail: e };
            expect(index.match(shaped).matches).toStrictEqual(bruteForce(live, shaped));
            expect(index.match(e).matches).toStrictEqual(bruteForce(live, e));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('GIVEN 1,000 patterns each on its own company, a prefix, a numeric range and a catch-all WHEN an event for one company comes THEN only a handful of patterns are tested in full', () => {
    const index = new PatternIndex<string>();
    for (let i = 0; i < 1000; i++)
      index.set(`c${i}`, { detail: { 'lead.company': [`Company ${i}`] } }, `c${i}`);
    index.set('prefix', { detail: { lead: { source: [{ prefix: 'part' }] } } }, 'prefix');
    index.set('range', { detail: { 'lead.value': [{ numeric: ['>', 100] }] } }, 'range');
    index.set('all', {}, 'all');
    const result = index.match({
      detail: { lead: { company: 'Company 7', source: 'web', value: 5 } },
    });
    expect(result.matches).toStrictEqual(['c7', 'all']);
    // The company's own pattern and the catch-all; the prefix and range were ruled out without a full test.
    expect(result.tested).toBe(2);
  });

  it('GIVEN a pattern that needs a field to be absent WHEN indexed THEN it is tested against every event and matches one without the field', () => {
    const index = new PatternIndex<string>().set(
      'absent',
      { detail: { owner: [{ exists: false }] } },
      'absent',
    );
    expect(index.match({ detail: {} }).matches).toStrictEqual(['absent']);
    expect(index.match({ detail: { owner: 'ann' } }).matches).toStrictEqual([]);
  });
});
