import { describe, expect, it } from 'vitest';
import { aslProblemsBatch } from '../support/asl-batch';
import { compile, compiledHere, states } from '../support/compile-steps';

/**
 * `contains` on a list compiles to a probe before the if step's Choice: a Choice that goes on only for a non-empty
 * list, a Pass computing States.ArrayContains into the state data, and the step's own Choice reading that flag.
 */

const log = (id: string) => ({ id, action: 'log', input: { message: id } });
const TAGS = '$.trigger.lead.tags';

const probeTest = (list: string, compute: string, after: string) => ({
  Type: 'Choice',
  Choices: [
    {
      And: [
        { Variable: list, IsPresent: true },
        { Not: { Variable: list, IsString: true } },
        { Variable: `${list}[0]`, IsPresent: true },
      ],
      Next: compute,
    },
  ],
  Default: after,
});

const flagTrue = (flag: string) => ({
  And: [
    { Variable: flag, IsPresent: true },
    { Variable: flag, BooleanEquals: true },
  ],
});

const textContains = (variable: string, pattern: string) => ({
  And: [
    { Variable: variable, IsPresent: true },
    {
      And: [
        { Variable: variable, IsString: true },
        { Variable: variable, StringMatches: pattern },
      ],
    },
  ],
});

describe('contains on a list, compiled', () => {
  it('GIVEN "if the lead has the tag truck accident notify Greg, otherwise Anne" WHEN compiled THEN the step before leads to a probe, the Pass computes States.ArrayContains, and the Choice reads its flag', () => {
    const s = states([
      log('first'),
      {
        id: 'route',
        if: { path: 'trigger.lead.tags', contains: 'truck accident' },
        then: [log('greg')],
        else: [log('anne')],
      },
    ]);
    expect(s['Write log entry: first']).toMatchObject({ Next: 'Is lead tags a list?' });
    expect(s['Is lead tags a list?']).toStrictEqual(
      probeTest(TAGS, 'Does lead tags hold "truck accident"?', 'Lead tags contains "truck accident"?'),
    );
    expect(s['Does lead tags hold "truck accident"?']).toStrictEqual({
      Type: 'Pass',
      Parameters: { 'holds.$': "States.ArrayContains($.trigger.lead.tags, 'truck accident')" },
      ResultPath: '$.lists.route.c0',
      Next: 'Lead tags contains "truck accident"?',
    });
    expect(s['Lead tags contains "truck accident"?']).toStrictEqual({
      Type: 'Choice',
      Choices: [
        {
          Or: [textContains(TAGS, '*truck accident*'), flagTrue('$.lists.route.c0.holds')],
          Next: 'Write log entry: greg',
        },
      ],
      Default: 'Write log entry: anne',
    });
  });

  it('GIVEN two contains under any and not WHEN compiled THEN one probe each, chained, each with its own flag', () => {
    const s = states([
      {
        id: 'pick',
        if: {
          any: [
            { path: 'trigger.lead.tags', contains: 'vip' },
            { not: { path: 'trigger.booking.attendees', contains: 'greg@acme.test' } },
          ],
        },
        then: [log('yes')],
      },
    ]);
    const decision = 'Lead tags contains "vip" or not (Booking attendees contains "greg@acme.test")?';
    expect(s['Is lead tags a list?']).toStrictEqual(
      probeTest(TAGS, 'Does lead tags hold "vip"?', 'Is booking attendees a list?'),
    );
    expect(s['Does lead tags hold "vip"?']).toMatchObject({
      ResultPath: '$.lists.pick.c0',
      Next: 'Is booking attendees a list?',
    });
    expect(s['Is booking attendees a list?']).toStrictEqual(
      probeTest('$.trigger.booking.attendees', 'Does booking attendees hold "greg@acme.test"?', decision),
    );
    expect(s['Does booking attendees hold "greg@acme.test"?']).toStrictEqual({
      Type: 'Pass',
      Parameters: { 'holds.$': "States.ArrayContains($.trigger.booking.attendees, 'greg@acme.test')" },
      ResultPath: '$.lists.pick.c1',
      Next: decision,
    });
    expect(s[decision]).toStrictEqual({
      Type: 'Choice',
      Choices: [
        {
          Or: [
            { Or: [textContains(TAGS, '*vip*'), flagTrue('$.lists.pick.c0.holds')] },
            {
              Not: {
                Or: [
                  textContains('$.trigger.booking.attendees', '*greg@acme.test*'),
                  flagTrue('$.lists.pick.c1.holds'),
                ],
              },
            },
          ],
          Next: 'Write log entry: yes',
        },
      ],
      Default: 'Finish run',
    });
  });

  it('GIVEN a number and text with quotes and braces WHEN compiled THEN the number is a JSON literal and the text goes through States.Format, which unescapes it', () => {
    const compiled = compile([
      {
        id: 'n',
        if: {
          all: [
            { path: 'trigger.scores', contains: 5 },
            { path: 'trigger.names', contains: "O'Brien {x}" },
          ],
        },
        then: [log('yes')],
      },
    ]);
    const s = compiled.definition.States;
    expect(s['Does scores hold 5?']).toMatchObject({
      Parameters: { 'holds.$': 'States.ArrayContains($.trigger.scores, 5)' },
    });
    expect(s['Does names hold "O\'Brien {x}"?']).toMatchObject({
      Parameters: {
        'holds.$': "States.ArrayContains($.trigger.names, States.Format('O\\'Brien \\{x\\}'))",
      },
    });
    // A number is never in text: only the list's flag can make it true.
    expect(s[compiled.stateNames.n ?? '']).toMatchObject({
      Choices: [{ And: [flagTrue('$.lists.n.c0.holds'), expect.anything()] }],
    });
  });

  it('GIVEN an if with contains first in a forEach body and in a parallel branch WHEN compiled THEN each StartAt is its probe and the step id still names its Choice', () => {
    const compiled = compile([
      {
        id: 'each',
        forEach: {
          items: '{{trigger.leads}}',
          steps: [{ id: 'vip', if: { path: 'item.tags', contains: 'vip' }, then: [log('v')] }],
        },
      },
      {
        id: 'both',
        parallel: [
          [{ id: 'gold', if: { path: 'trigger.lead.tags', contains: 'gold' }, then: [log('g')] }],
          [log('b')],
        ],
      },
    ]);
    const s = compiled.definition.States;
    expect(s['For each lead']).toMatchObject({ ItemProcessor: { StartAt: 'Is item tags a list?' } });
    expect(s['Both branches']).toBeUndefined();
    const parallel = Object.values(s).find((state) => state.Type === 'Parallel');
    expect(parallel).toMatchObject({ Branches: [{ StartAt: 'Is lead tags a list?' }, {}] });
    expect(compiled.stateNames.vip).toBe('Item tags contains "vip"?');
    expect(compiled.stateNames.gold).toBe('Lead tags contains "gold"?');
  });

  it('GIVEN an if without contains WHEN compiled THEN no probe is added (text and number conditions compile as before)', () => {
    const s = states([{ id: 'hot', if: { path: 'trigger.lead.value', gt: 5 }, then: [log('x')] }]);
    expect(Object.keys(s).filter((name) => name.startsWith('Is ') || name.startsWith('Does '))).toStrictEqual(
      [],
    );
  });

  it('GIVEN every definition compiled here WHEN checked with asl-validator THEN each is valid ASL', () => {
    expect(compiledHere.length).toBeGreaterThan(4);
    expect(aslProblemsBatch(compiledHere)).toStrictEqual([]);
  });
});
