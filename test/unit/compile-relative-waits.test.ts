import { describe, expect, it } from 'vitest';
import { outlineSteps } from '../../functions/assistant/outline';
import { WorkflowDefinition } from '../../statemachines/schema';
import { validateWorkflow } from '../../statemachines/validate';
import { aslProblemsBatch } from '../support/asl-batch';
import {
  CALLBACK_RETRY,
  compile,
  compiledHere,
  SUPERVISOR,
  TO_RECORD_FAILURE,
} from '../support/compile-steps';
import { log, only, workflow } from '../support/validate-fixtures';

/** The deadline task before a wait moved from a time in the data. */
const deadlineTask = (stepId: string, at: string, offsetSeconds: number, comment: string, next: string) => ({
  Type: 'Task',
  Comment: comment,
  Resource: SUPERVISOR,
  Parameters: {
    op: 'relativeDeadline',
    'context.$': '$.context',
    stepId,
    'at.$': at,
    offsetSeconds,
    'from.$': '$$.State.EnteredTime',
  },
  TimeoutSeconds: 30,
  Retry: [CALLBACK_RETRY],
  ResultSelector: { 'until.$': '$.until', 'seconds.$': '$.seconds', 'late.$': '$.late' },
  ResultPath: `$.steps.${stepId}`,
  Catch: [TO_RECORD_FAILURE],
  Next: next,
});

const booked = (steps: unknown[]) =>
  workflow(steps, { trigger: { type: 'event', event: 'booking.created' } });

describe('waits relative to a time in the data, compiled to Step Functions', () => {
  it('GIVEN wait { until: booking start, before: PT24H } WHEN compiled THEN a supervisor task computes the time and a Wait waits until it (TimestampPath)', () => {
    const def = WorkflowDefinition.parse(
      booked([
        { id: 'remind', wait: { until: '{{trigger.booking.start}}', before: 'PT24H' } },
        log('x', 'x'),
      ]),
    );
    const c = compile(def.steps, { trigger: def.trigger });
    const s = c.definition.States;
    const name = 'Find when: 1 day before [booking.start]: remind';
    // the Auto Mode gate of an event's run leads to the deadline task, not to the Wait
    expect(s).toMatchObject({ 'Approval needed?': { Default: name } });
    expect(s[name]).toStrictEqual(
      deadlineTask(
        'remind',
        '$.trigger.booking.start',
        -86_400,
        'When "remind" ends: [booking.start] less 1 day, or now if that has passed.',
        'Wait until 1 day before [booking.start]',
      ),
    );
    expect(s['Wait until 1 day before [booking.start]']).toStrictEqual({
      Type: 'Wait',
      Next: 'Write log entry: x',
      TimestampPath: '$.steps.remind.until',
    });
  });

  it('GIVEN wait { until: booking end, after: PT1H } inside a forEach WHEN compiled THEN the task is the Map body’s first state, adds 3600 seconds and has no Catch (the Map’s handling applies)', () => {
    const c = compile(
      [
        { id: 'find', action: 'crm.findLeads', input: {} },
        {
          id: 'each',
          forEach: {
            items: '{{steps.find.leads}}',
            steps: [{ id: 'later', wait: { until: '{{trigger.booking.end}}', after: 'PT1H' } }],
          },
        },
      ],
      { trigger: { type: 'event', event: 'booking.created' } },
    );
    const map = Object.values(c.definition.States).find((state) => state.Type === 'Map') as unknown as {
      ItemProcessor: { StartAt: string; States: Record<string, unknown> };
    };
    const name = 'Find when: 1 hour after [booking.end]: later';
    expect(map.ItemProcessor.StartAt).toBe(name);
    const { Catch: _none, ...task } = deadlineTask(
      'later',
      '$.trigger.booking.end',
      3600,
      'When "later" ends: [booking.end] plus 1 hour, or now if that has passed.',
      'Wait until 1 hour after [booking.end]',
    );
    expect(map.ItemProcessor.States[name]).toStrictEqual(task);
  });

  it('GIVEN the plain waits WHEN compiled THEN they are unchanged: Seconds, or TimestampPath on the reference itself, and no task', () => {
    const def = WorkflowDefinition.parse(
      booked([
        { id: 'a', wait: 'P2D' },
        { id: 'b', wait: { until: '{{trigger.booking.start}}' } },
      ]),
    );
    const s = compile(def.steps, { trigger: def.trigger }).definition.States;
    expect(s['Wait 2 days']).toStrictEqual({
      Type: 'Wait',
      Next: 'Wait until [booking.start]',
      Seconds: 172_800,
    });
    expect(s['Wait until [booking.start]']).toStrictEqual({
      Type: 'Wait',
      Next: 'Finish run',
      TimestampPath: '$.trigger.booking.start',
    });
    expect(Object.keys(s).some((k) => k.startsWith('Find when'))).toBe(false);
  });

  it('GIVEN every definition compiled here WHEN checked THEN asl-validator finds no problem', () => {
    expect(compiledHere.length).toBeGreaterThan(0);
    expect(aslProblemsBatch(compiledHere)).toStrictEqual([]);
  });
});

describe('waits relative to a time in the data, validated at their path', () => {
  it.each([
    ['{{trigger.booking.start}}', { before: 'PT24H' }],
    ['{{trigger.booking.end}}', { after: 'PT1H' }],
    ['{{trigger.booking.createdAt}}', { after: 'P2D' }],
  ])('GIVEN %s moved by %j WHEN validated THEN it is valid', (until, moved) => {
    expect(only(booked([{ id: 'w', wait: { until, ...moved } }]))).toStrictEqual([]);
  });

  it('GIVEN an invoice due date 2 days before WHEN validated THEN it is valid', () => {
    const def = workflow([{ id: 'w', wait: { until: '{{trigger.invoice.dueDate}}', before: 'P2D' } }], {
      trigger: { type: 'event', event: 'invoice.created' },
    });
    expect(only(def)).toStrictEqual([]);
  });

  it.each([
    [{ until: '{{trigger.booking.title}}', before: 'PT1H' }, '$.steps[0].wait.until', 'not-a-time'],
    [{ until: '{{trigger.booking.version}}', before: 'PT1H' }, '$.steps[0].wait.until', 'type-mismatch'],
    [{ until: '{{trigger.booking.start}}', before: 'PT0S' }, '$.steps[0].wait.before', 'bad-duration'],
    [{ until: '{{trigger.booking.start}}', before: 'P400D' }, '$.steps[0].wait.before', 'duration-too-long'],
    [{ until: '{{trigger.booking.start}}', after: 'P1M' }, '$.steps[0].wait.after', 'bad-duration'],
    [
      { until: '{{trigger.booking.start}}', before: 'PT1H', after: 'PT1H' },
      '$.steps[0].wait.after',
      'bad-until-offset',
    ],
    [{ until: '2026-12-24T10:00:00Z', before: 'PT1H' }, '$.steps[0].wait.before', 'bad-until-offset'],
    [{ until: '{{trigger.lead.email}}', before: 'PT1H' }, '$.steps[0].wait.until', 'not-a-time'],
  ])('GIVEN wait %j WHEN validated THEN the problem is reported at %s (%s)', (wait, path, code) => {
    const found = only(booked([{ id: 'w', wait }]));
    expect(found).toContainEqual({ path, code });
  });

  it('GIVEN a moved wait WHEN a later step reads steps.<id>.late THEN it is allowed; a plain wait still has no result', () => {
    const skip = (wait: unknown) =>
      only(
        booked([
          { id: 'w', wait },
          { id: 'check', if: { path: 'steps.w.late', eq: false }, then: [log('x', 'on time')] },
        ]),
      );
    expect(skip({ until: '{{trigger.booking.start}}', before: 'PT24H' })).toStrictEqual([]);
    expect(skip({ until: '{{trigger.booking.start}}' }).map((i) => i.code)).toContain('no-result');
  });

  it('GIVEN a loop of 1,000 leads with four waits each WHEN the run limits count them THEN moved waits count their deadline tasks too: about 1,000 x 30 events, over 25,000 (plain waits: about 10,000, fine)', () => {
    const loop = (wait: (i: number) => unknown) =>
      workflow(
        [
          { id: 'find', action: 'crm.findLeads', input: { status: 'new', limit: 1000 } },
          {
            id: 'each',
            forEach: {
              items: '{{steps.find.leads}}',
              steps: Array.from({ length: 4 }, (_, i) => ({ id: `w${i}`, wait: wait(i) })),
            },
          },
        ],
        { trigger: { type: 'event', event: 'booking.created' } },
      );
    const moved = only(loop((i) => ({ until: '{{trigger.booking.start}}', after: `PT${i + 1}M` })));
    expect(moved).toContainEqual({ path: '$.steps[1]', code: 'history-too-long' });
    const plain = only(loop((i) => `PT${i + 1}M`));
    expect(plain).not.toContainEqual({ path: '$.steps[1]', code: 'history-too-long' });
  });

  it('GIVEN the outline WHEN a wait is moved THEN it reads wait(until-PT24H) / wait(until+PT1H), and plain waits read as before', () => {
    const steps = WorkflowDefinition.parse(
      booked([
        { id: 'a', wait: { until: '{{trigger.booking.start}}', before: 'PT24H' } },
        { id: 'b', wait: { until: '{{trigger.booking.end}}', after: 'PT1H' } },
        { id: 'c', wait: { until: '{{trigger.booking.end}}' } },
        { id: 'd', wait: 'P2D' },
      ]),
    ).steps;
    expect(outlineSteps(steps)).toBe('wait(until-PT24H); wait(until+PT1H); wait(until); wait(P2D)');
  });

  it('GIVEN a moved wait WHEN validated THEN validateWorkflow accepts it as STANDARD and refuses it in EXPRESS', () => {
    const wait = { id: 'w', wait: { until: '{{trigger.booking.start}}', before: 'PT1H' } };
    expect(validateWorkflow(booked([wait])).valid).toBe(true);
    const express = workflow([wait], {
      trigger: { type: 'event', event: 'booking.created' },
      settings: { type: 'EXPRESS' },
    });
    expect(only(express)).toContainEqual({
      path: '$.steps[0].wait',
      code: 'express-cannot-wait',
    });
  });
});
