import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../functions/engine/clock';
import { dryRunWorkflow } from '../../../functions/engine/dry-run';
import { businessDeadline } from '../../../statemachines/business-days';
import { compileWorkflow, placeholderResolver } from '../../../statemachines/compile';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { runContext, sampleOutput } from '../../support/compiled-run';
import { FN, setup, task } from '../../support/engine-harness';

const SUPERVISOR_FN = 'arn:aws:lambda:us-east-1:000000000000:function:dynaris-supervisor';
const EMAIL_FN = 'arn:aws:lambda:us-east-1:000000000000:function:dynaris-email';

/** A Berlin tenant, Mon-Fri 09:00-17:00, with Tuesday 8 December as a holiday. */
const CALENDAR = {
  timeZone: 'Europe/Berlin',
  businessHours: Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, [{ start: '09:00' }]]),
  ),
  holidays: ['2026-12-08'],
};

const definition = WorkflowDefinition.parse({
  name: 'Quote follow-up',
  trigger: { type: 'manual' },
  steps: [
    { id: 'pause', wait: { businessDays: 1 } },
    {
      id: 'nudge',
      action: 'email.send',
      input: { to: 'ann@acme.test', subject: 'Your quote', body: 'Hello' },
    },
    {
      id: 'sign',
      waitFor: { event: 'email.received', match: { leadId: 'L1' }, timeout: { businessDays: 2 } },
      onTimeout: [
        { id: 'call', action: 'email.send', input: { to: 'ann@acme.test', subject: 'Call?', body: 'Hello' } },
      ],
    },
  ],
});

describe('LocalEngine: business-day waits as compiled, on a virtual clock', () => {
  it('GIVEN a run started on a Friday afternoon in Berlin WHEN the engine settles THEN the wait ends Monday at the same local time and the reply wait times out two working days later, skipping the holiday', async () => {
    const clock = new VirtualClock(new Date('2026-12-04T15:00:00.000Z'));
    const sent: { subject: unknown; at: string }[] = [];
    const deadlines: unknown[] = [];
    const { engine, register } = setup(
      {
        [SUPERVISOR_FN]: (p) => {
          const payload = (p.Payload ?? p) as Record<string, unknown>;
          if (payload.op === 'start') return runContext({ timezone: 'Europe/Berlin' });
          if (payload.op === 'businessDeadline') {
            deadlines.push({ from: payload.from, businessDays: payload.businessDays });
            const r = businessDeadline(String(payload.from), Number(payload.businessDays), CALENDAR);
            if (!r.ok) throw new Error(r.message);
            return { until: r.until, seconds: r.seconds };
          }
          return null;
        },
        [EMAIL_FN]: (p) => {
          sent.push({ subject: (p.input as { subject?: unknown }).subject, at: clock.now().toISOString() });
          return sampleOutput('email.send');
        },
      },
      clock,
    );
    const arn = register(compileWorkflow(definition, { resolver: placeholderResolver }).definition);
    const { executionArn } = await engine.startExecution({
      stateMachineArn: arn,
      name: 'bd1',
      input: { trigger: {} },
    });
    await engine.runUntilSettled();
    const done = await engine.waitForExecution(executionArn);
    expect(done.status).toBe('SUCCEEDED');
    expect(deadlines).toStrictEqual([
      { from: '2026-12-04T15:00:00.000Z', businessDays: 1 },
      { from: '2026-12-07T15:00:00.000Z', businessDays: 2 },
    ]);
    // Monday 16:00 Berlin; then Wednesday 9 and Thursday 10 (Tuesday 8 is a holiday) at 16:00 Berlin.
    expect(sent).toStrictEqual([
      { subject: 'Your quote', at: '2026-12-07T15:00:00.000Z' },
      { subject: 'Call?', at: '2026-12-10T15:00:00.000Z' },
    ]);
  });
});

describe('LocalEngine: no more lenient than AWS about the paths a business-day wait uses', () => {
  const callback = (timeout: unknown) => ({
    StartAt: 'Wait for reply',
    States: {
      'Wait for reply': {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: { FunctionName: FN, Payload: { 'taskToken.$': '$$.Task.Token' } },
        TimeoutSecondsPath: '$.seconds',
        End: true,
      },
    },
    _input: { seconds: timeout },
  });

  it.each([[0], [1.5], ['86400'], [-5]])(
    'GIVEN a TimeoutSecondsPath selecting %j WHEN the task starts THEN the execution fails with States.Runtime (AWS: the path must select a positive integer)',
    async (seconds) => {
      const { engine, register } = setup({ [FN]: () => null });
      const { _input, ...machine } = callback(seconds);
      const arn = register(machine);
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'p1',
        input: _input,
      });
      await engine.runUntilSettled();
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('FAILED');
      expect(done.error?.error).toBe('States.Runtime');
    },
  );

  it('GIVEN a TimeoutSecondsPath selecting a positive integer WHEN no token comes THEN the task times out after that many seconds of virtual time', async () => {
    const { engine, clock, register } = setup({ [FN]: () => null });
    const { _input, ...machine } = callback(3600);
    const start = clock.now().getTime();
    const arn = register(machine);
    const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'p2', input: _input });
    await engine.runUntilSettled();
    const done = await engine.waitForExecution(executionArn);
    expect(done.error?.error).toBe('States.Timeout');
    expect(clock.now().getTime() - start).toBe(3_600_000);
  });

  it.each([['2026-03-05t17:00:00z'], ['March 5, 2026 17:00'], ['2026-03-05 17:00:00Z']])(
    'GIVEN a Wait TimestampPath selecting %j WHEN it runs THEN the execution fails with States.Runtime (AWS: RFC 3339 with an uppercase T and Z)',
    async (at) => {
      const { engine, register } = setup({ [FN]: () => ({}) });
      const arn = register({
        StartAt: 'Until',
        States: { Until: { Type: 'Wait', TimestampPath: '$.at', Next: 'After' }, After: task(undefined) },
      });
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'p3',
        input: { at },
      });
      await engine.runUntilSettled();
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('FAILED');
      expect(done.error?.error).toBe('States.Runtime');
    },
  );
});

describe('dry runs of business-day waits', () => {
  it('GIVEN a dry run on a Friday with the tenant’s calendar WHEN the reply never comes THEN virtual time reaches the business-day deadlines, and the steps list each wait once', async () => {
    const result = await dryRunWorkflow(
      definition,
      {},
      {
        now: new Date('2026-12-04T15:00:00.000Z'),
        tenantId: 't1',
        timezone: 'Europe/Berlin',
        calendar: { businessHours: CALENDAR.businessHours, holidays: CALENDAR.holidays },
        waitFor: { sign: { outcome: 'timeout' } },
      },
    );
    expect(result.status).toBe('SUCCEEDED');
    expect(result.steps.map((s) => s.id)).toStrictEqual(['pause', 'nudge', 'sign', 'call']);
    expect(result.endedAt).toBe('2026-12-10T15:00:00.000Z');
  });

  it('GIVEN a dry run without a calendar WHEN it waits 1 business day from a Saturday THEN Mon-Fri 09:00 in the run’s time zone applies (Tuesday 09:00)', async () => {
    const result = await dryRunWorkflow(
      WorkflowDefinition.parse({
        name: 'x',
        trigger: { type: 'manual' },
        steps: [{ id: 'p', wait: { businessDays: 1 } }],
      }),
      {},
      { now: new Date('2026-12-05T10:00:00.000Z'), tenantId: 't1' },
    );
    expect(result.endedAt).toBe('2026-12-08T09:00:00.000Z');
  });
});
