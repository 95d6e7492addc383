import { describe, expect, it } from 'vitest';
import { aslProblemsBatch } from '../support/asl-batch';
import { compile, compiledHere } from '../support/compile-steps';

/**
 * `contains` on a path known to hold text (compile/known-text.ts: a trigger's declared text field, a waitFor's event,
 * an approval's answer, an action's text output) compiles without the list probe of compile/list-contains.ts: the
 * if step's Choice tests the text alone. A path that may hold a list (tags, an open field, ai.task's answer, an item)
 * keeps its probe.
 */

const log = (id: string) => ({ id, action: 'log', input: { message: id } });
const LEAD_CREATED = { trigger: { type: 'event', event: 'lead.created' } };

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

const flagTrue = (flag: string) => ({
  And: [
    { Variable: flag, IsPresent: true },
    { Variable: flag, BooleanEquals: true },
  ],
});

const probes = (states: Record<string, unknown>) =>
  Object.keys(states).filter((name) => name.startsWith('Is ') || name.startsWith('Does '));

describe('contains on a path known to hold text, compiled', () => {
  it('GIVEN "if the new lead’s email contains acme.test" on a lead.created trigger WHEN compiled THEN no probe: the step before leads to the Choice, whose rule is the text test alone', () => {
    const compiled = compile(
      [
        log('first'),
        {
          id: 'route',
          if: { path: 'trigger.lead.email', contains: 'acme.test' },
          then: [log('greg')],
          else: [log('anne')],
        },
      ],
      LEAD_CREATED,
    );
    const s = compiled.definition.States;
    const decision = compiled.stateNames.route ?? '';
    expect(probes(s)).toStrictEqual([]);
    expect(s['Write log entry: first']).toMatchObject({ Next: decision });
    expect(s[decision]).toStrictEqual({
      Type: 'Choice',
      Choices: [{ ...textContains('$.trigger.lead.email', '*acme.test*'), Next: 'Write log entry: greg' }],
      Default: 'Write log entry: anne',
    });
  });

  it('GIVEN the same if on a manual trigger (fields unknown) and on lead.created WHEN compiled THEN the known text saves the probe’s two states', () => {
    const steps = [
      { id: 'route', if: { path: 'trigger.lead.email', contains: 'acme.test' }, then: [log('x')] },
    ];
    const unknown = compile(steps, { trigger: { type: 'manual', inputs: ['lead'] } });
    const known = compile(steps, LEAD_CREATED);
    expect(probes(unknown.definition.States)).toStrictEqual([
      'Is lead email a list?',
      'Does lead email hold "acme.test"?',
    ]);
    expect(probes(known.definition.States)).toStrictEqual([]);
    // The event trigger adds its Auto Mode gate (one state); the probe's Choice and Pass are gone.
    const gate = compile([log('x')], LEAD_CREATED).stateCount - compile([log('x')]).stateCount;
    expect(known.stateCount - gate).toBe(unknown.stateCount - 2);
  });

  it('GIVEN text and a list in one condition WHEN compiled THEN only the list gets a probe, and its flag is the first', () => {
    const compiled = compile(
      [
        {
          id: 'pick',
          if: {
            all: [
              { path: 'trigger.lead.email', contains: 'acme.test' },
              { path: 'trigger.lead.tags', contains: 'vip' },
            ],
          },
          then: [log('yes')],
        },
      ],
      LEAD_CREATED,
    );
    const s = compiled.definition.States;
    expect(probes(s)).toStrictEqual(['Is lead tags a list?', 'Does lead tags hold "vip"?']);
    expect(s['Does lead tags hold "vip"?']).toMatchObject({ ResultPath: '$.lists.pick.c0' });
    expect(s[compiled.stateNames.pick ?? '']).toMatchObject({
      Choices: [
        {
          And: [
            textContains('$.trigger.lead.email', '*acme.test*'),
            { Or: [textContains('$.trigger.lead.tags', '*vip*'), flagTrue('$.lists.pick.c0.holds')] },
          ],
        },
      ],
    });
  });

  it('GIVEN contains on a waitFor’s event subject, an approval’s comment and an ai.task answer WHEN compiled THEN the first two are text without probes, ai.task’s answer (any shape) keeps one', () => {
    const compiled = compile([
      {
        id: 'reply',
        waitFor: { event: 'email.received', match: { from: 'ann@acme.test' }, timeout: 'P2D' },
        onEvent: [
          { id: 'yes', if: { path: 'steps.reply.event.subject', contains: 'yes' }, then: [log('y')] },
        ],
      },
      { id: 'ok', approval: { message: 'Go?' } },
      { id: 'why', if: { path: 'steps.ok.comment', contains: 'later' }, then: [log('l')] },
      { id: 'think', action: 'ai.task', input: { prompt: 'Pick a tag' } },
      { id: 'tagged', if: { path: 'steps.think.tag', contains: 'vip' }, then: [log('v')] },
    ]);
    expect(probes(compiled.definition.States)).toStrictEqual([
      'Is think tag a list?',
      'Does think tag hold "vip"?',
    ]);
  });

  it('GIVEN every definition compiled here WHEN checked with asl-validator THEN each is valid ASL', () => {
    expect(compiledHere.length).toBeGreaterThan(5);
    expect(aslProblemsBatch(compiledHere)).toStrictEqual([]);
  });
});
