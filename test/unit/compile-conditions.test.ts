import { StateMachine } from 'aws-local-stepfunctions';
import { describe, expect, it } from 'vitest';
import { asRfc3339, conditionRule, escapeStringMatches } from '../../statemachines/compile';
import { referenceToJsonPath } from '../../statemachines/references';
import type { Condition } from '../../statemachines/schema';
import { aslProblemsBatch } from '../support/asl-batch';

const rule = (c: Condition) => conditionRule(c, referenceToJsonPath);
const V = '$.trigger.v';
const present = { Variable: V, IsPresent: true };

describe('conditions become guarded Choice rules', () => {
  it('GIVEN eq on a string, number, boolean and null WHEN compiled THEN the typed equality is guarded by IsPresent', () => {
    expect(rule({ path: 'trigger.v', eq: 'new' })).toStrictEqual({
      And: [
        present,
        {
          And: [
            { Variable: V, IsString: true },
            { Variable: V, StringEquals: 'new' },
          ],
        },
      ],
    });
    expect(rule({ path: 'trigger.v', eq: 3 })).toStrictEqual({
      And: [
        present,
        {
          And: [
            { Variable: V, IsNumeric: true },
            { Variable: V, NumericEquals: 3 },
          ],
        },
      ],
    });
    expect(rule({ path: 'trigger.v', eq: false })).toStrictEqual({
      And: [
        present,
        {
          And: [
            { Variable: V, IsBoolean: true },
            { Variable: V, BooleanEquals: false },
          ],
        },
      ],
    });
    expect(rule({ path: 'trigger.v', eq: null })).toStrictEqual({
      And: [present, { Variable: V, IsNull: true }],
    });
  });

  it('GIVEN ne WHEN compiled THEN it is the negated equality, still false when the field is missing', () => {
    expect(rule({ path: 'trigger.v', ne: 'lost' })).toStrictEqual({
      And: [
        present,
        {
          Not: {
            And: [
              { Variable: V, IsString: true },
              { Variable: V, StringEquals: 'lost' },
            ],
          },
        },
      ],
    });
    expect(rule({ path: 'trigger.v', ne: null })).toStrictEqual({
      And: [present, { Not: { Variable: V, IsNull: true } }],
    });
  });

  it('GIVEN gt/gte/lt/lte on numbers WHEN compiled THEN numeric comparisons behind IsNumeric', () => {
    const ops = {
      gt: 'NumericGreaterThan',
      gte: 'NumericGreaterThanEquals',
      lt: 'NumericLessThan',
      lte: 'NumericLessThanEquals',
    };
    for (const [op, name] of Object.entries(ops)) {
      expect(rule({ path: 'trigger.v', [op]: 5 } as Condition)).toStrictEqual({
        And: [
          present,
          {
            And: [
              { Variable: V, IsNumeric: true },
              { Variable: V, [name]: 5 },
            ],
          },
        ],
      });
    }
  });

  it('GIVEN gt/gte/lt/lte on ISO timestamps WHEN compiled THEN timestamp comparisons behind IsTimestamp, in RFC 3339', () => {
    expect(rule({ path: 'trigger.v', lt: '2026-03-01' })).toStrictEqual({
      And: [
        present,
        {
          And: [
            { Variable: V, IsTimestamp: true },
            { Variable: V, TimestampLessThan: '2026-03-01T00:00:00Z' },
          ],
        },
      ],
    });
    expect(rule({ path: 'trigger.v', gte: '2026-03-01T10:30:00+0100' })).toStrictEqual({
      And: [
        present,
        {
          And: [
            { Variable: V, IsTimestamp: true },
            { Variable: V, TimestampGreaterThanEquals: '2026-03-01T10:30:00+01:00' },
          ],
        },
      ],
    });
  });

  it('GIVEN gt on a string that is not a timestamp WHEN compiled THEN a string comparison', () => {
    expect(rule({ path: 'trigger.v', gt: 'm' })).toStrictEqual({
      And: [
        present,
        {
          And: [
            { Variable: V, IsString: true },
            { Variable: V, StringGreaterThan: 'm' },
          ],
        },
      ],
    });
  });

  it('GIVEN contains and startsWith WHEN compiled THEN StringMatches with * and \\ escaped', () => {
    expect(rule({ path: 'trigger.v', contains: 'a*b\\c' })).toStrictEqual({
      And: [
        present,
        {
          And: [
            { Variable: V, IsString: true },
            { Variable: V, StringMatches: '*a\\*b\\\\c*' },
          ],
        },
      ],
    });
    expect(rule({ path: 'trigger.v', startsWith: 'Re:' })).toStrictEqual({
      And: [
        present,
        {
          And: [
            { Variable: V, IsString: true },
            { Variable: V, StringMatches: 'Re:*' },
          ],
        },
      ],
    });
    expect(escapeStringMatches('**')).toBe('\\*\\*');
  });

  it('GIVEN in WHEN compiled THEN an Or of typed equalities (a single value needs no Or)', () => {
    expect(rule({ path: 'trigger.v', in: ['new', 2] })).toStrictEqual({
      And: [
        present,
        {
          Or: [
            {
              And: [
                { Variable: V, IsString: true },
                { Variable: V, StringEquals: 'new' },
              ],
            },
            {
              And: [
                { Variable: V, IsNumeric: true },
                { Variable: V, NumericEquals: 2 },
              ],
            },
          ],
        },
      ],
    });
    expect(rule({ path: 'trigger.v', in: ['x'] })).toStrictEqual({
      And: [
        present,
        {
          And: [
            { Variable: V, IsString: true },
            { Variable: V, StringEquals: 'x' },
          ],
        },
      ],
    });
  });

  it('GIVEN exists WHEN compiled THEN present and not null (agents return null for absent keys); false negates it', () => {
    const exists = { And: [present, { Not: { Variable: V, IsNull: true } }] };
    expect(rule({ path: 'trigger.v', exists: true })).toStrictEqual(exists);
    expect(rule({ path: 'trigger.v', exists: false })).toStrictEqual({ Not: exists });
  });

  it('GIVEN all, any and not WHEN compiled THEN And, Or and Not', () => {
    expect(
      rule({ all: [{ path: 'trigger.v', eq: 1 }, { any: [{ not: { path: 'steps.a.b', exists: true } }] }] }),
    ).toStrictEqual({
      And: [
        rule({ path: 'trigger.v', eq: 1 }),
        {
          Or: [
            {
              Not: {
                And: [
                  { Variable: '$.steps.a.b', IsPresent: true },
                  { Not: { Variable: '$.steps.a.b', IsNull: true } },
                ],
              },
            },
          ],
        },
      ],
    });
  });

  it('GIVEN date-times in several ISO shapes WHEN normalised THEN RFC 3339 with seconds and a zone; junk is refused', () => {
    expect(asRfc3339('2026-01-02')).toBe('2026-01-02T00:00:00Z');
    expect(asRfc3339('2026-01-02T03:04')).toBe('2026-01-02T03:04:00Z');
    expect(asRfc3339('2026-01-02t03:04:05.123z')).toBe('2026-01-02T03:04:05.123Z');
    expect(asRfc3339('2026-01-02T03:04:05-0530')).toBe('2026-01-02T03:04:05-05:30');
    expect(asRfc3339('2026-13-45')).toBeUndefined();
    expect(asRfc3339('tomorrow')).toBeUndefined();
  });
});

/** Each condition as a Choice state run in aws-local-stepfunctions against sample data. */
const CASES: { condition: Condition; yes: unknown[]; no: unknown[] }[] = [
  { condition: { path: 'trigger.v', eq: 'new' }, yes: ['new'], no: ['New', 1, null, undefined] },
  { condition: { path: 'trigger.v', eq: 10 }, yes: [10, 10.0], no: ['10', 11, undefined] },
  { condition: { path: 'trigger.v', eq: true }, yes: [true], no: [false, 'true', undefined] },
  { condition: { path: 'trigger.v', eq: null }, yes: [null], no: [0, '', undefined] },
  { condition: { path: 'trigger.v', ne: 'lost' }, yes: ['new', 3, null], no: ['lost', undefined] },
  {
    condition: { path: 'trigger.v', gt: 10000 },
    yes: [10001, 20000.5],
    no: [10000, 5, '20000', null, undefined],
  },
  { condition: { path: 'trigger.v', gte: 5 }, yes: [5, 6], no: [4.99, undefined] },
  { condition: { path: 'trigger.v', lt: 5 }, yes: [4, -1], no: [5, 'a', undefined] },
  { condition: { path: 'trigger.v', lte: 5 }, yes: [5, 0], no: [6, undefined] },
  {
    condition: { path: 'trigger.v', lt: '2026-03-01' },
    yes: ['2026-02-28T23:59:59Z', '2026-02-28T23:00:00.000Z'],
    no: ['2026-03-01T00:00:00Z', '2027-01-01T00:00:00Z', 'soon', 42, undefined],
  },
  {
    condition: { path: 'trigger.v', contains: 'offer' },
    yes: ['special offer!', 'offer'],
    no: ['Offer', 'off', 5, undefined],
  },
  { condition: { path: 'trigger.v', contains: 'a*b' }, yes: ['xa*by'], no: ['axxb', undefined] },
  {
    condition: { path: 'trigger.v', startsWith: 'Re:' },
    yes: ['Re: hello', 'Re:'],
    no: ['Fwd: Re: x', undefined],
  },
  {
    condition: { path: 'trigger.v', in: ['new', 'contacted', 3] },
    yes: ['new', 'contacted', 3],
    no: ['lost', '3', undefined],
  },
  { condition: { path: 'trigger.v', exists: true }, yes: ['x', 0, false], no: [null, undefined] },
  { condition: { path: 'trigger.v', exists: false }, yes: [null, undefined], no: ['x', 0] },
  { condition: { not: { path: 'trigger.v', eq: 'x' } }, yes: ['y', undefined], no: ['x'] },
  {
    condition: {
      all: [
        { path: 'trigger.v', gt: 1 },
        { path: 'trigger.v', lt: 3 },
      ],
    },
    yes: [2],
    no: [1, 3, undefined],
  },
  {
    condition: {
      any: [
        { path: 'trigger.v', eq: 'a' },
        { path: 'trigger.v', eq: 'b' },
      ],
    },
    yes: ['a', 'b'],
    no: ['c', undefined],
  },
];

const choiceMachine = (condition: Condition) => ({
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice' as const, Choices: [{ ...rule(condition), Next: 'Yes' }], Default: 'No' },
    Yes: { Type: 'Pass' as const, Result: 'yes', End: true as const },
    No: { Type: 'Pass' as const, Result: 'no', End: true as const },
  },
});

describe('compiled conditions, evaluated', () => {
  it('GIVEN every operator WHEN its Choice rule is checked with asl-validator THEN it is valid', () => {
    expect(aslProblemsBatch(CASES.map((c) => choiceMachine(c.condition) as never))).toStrictEqual([]);
  });

  for (const { condition, yes, no } of CASES) {
    it(`GIVEN ${JSON.stringify(condition)} WHEN evaluated on sample values THEN true exactly for ${JSON.stringify(yes)}`, async () => {
      const machine = new StateMachine(choiceMachine(condition) as never, {
        validationOptions: { noValidate: true },
      });
      const decide = async (value: unknown) => {
        const trigger = value === undefined ? {} : { v: value };
        return machine.run({ trigger } as never).result;
      };
      for (const value of yes) expect([value, await decide(value)]).toStrictEqual([value, 'yes']);
      for (const value of no) expect([value, await decide(value)]).toStrictEqual([value, 'no']);
    });
  }
});
