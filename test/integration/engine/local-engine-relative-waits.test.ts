import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../functions/engine/clock';
import { dryRunWorkflow } from '../../../functions/engine/dry-run';
import { relativeWaitDeadline } from '../../../functions/supervisor/relative-wait';
import { compileWorkflow, placeholderResolver } from '../../../statemachines/compile';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { runContext, sampleOutput } from '../../support/compiled-run';
import { setup } from '../../support/engine-harness';

const SUPERVISOR_FN = 'arn:aws:lambda:us-east-1:000000000000:function:dynaris-supervisor';
const EMAIL_FN = 'arn:aws:lambda:us-east-1:000000000000:function:dynaris-email';

const definition = WorkflowDefinition.parse({
  name: 'Appointment reminder',
  trigger: { type: 'event', event: 'booking.created' },
  steps: [
    { id: 'day-before', wait: { until: '{{trigger.booking.start}}', before: 'PT24H' } },
    {
      id: 'remind',
      action: 'email.send',
      input: { to: 'ann@acme.test', subject: 'See you tomorrow', body: 'Hello' },
    },
    { id: 'after', wait: { until: '{{trigger.booking.end}}', after: 'PT1H' } },
    {
      id: 'feedback',
      action: 'email.send',
      input: { to: 'ann@acme.test', subject: 'How was it?', body: 'Hello' },
    },
  ],
});

/** The compiled workflow on the local engine, its supervisor answering relativeDeadline with the real op. */
const run = async (booking: Record<string, unknown>) => {
  const clock = new VirtualClock(new Date('2026-12-07T09:00:00.000Z'));
  const sent: { subject: unknown; at: string }[] = [];
  const { engine, register } = setup(
    {
      [SUPERVISOR_FN]: (p) => {
        const payload = (p.Payload ?? p) as Record<string, unknown>;
        if (payload.op === 'start') return runContext({ timezone: 'Europe/Berlin' });
        if (payload.op === 'relativeDeadline')
          return relativeWaitDeadline(payload as unknown as Parameters<typeof relativeWaitDeadline>[0]);
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
    name: 'r1',
    input: { trigger: { tenantId: 't1', booking } },
  });
  await engine.runUntilSettled();
  return { done: await engine.waitForExecution(executionArn), sent };
};

describe('LocalEngine: waits relative to a booking’s times, as compiled, on a virtual clock', () => {
  it('GIVEN a booking on Thursday 10:00-11:00 UTC WHEN the run settles THEN the reminder goes Wednesday 10:00 and the feedback request Thursday 12:00', async () => {
    const { done, sent } = await run({ start: '2026-12-10T10:00:00.000Z', end: '2026-12-10T11:00:00.000Z' });
    expect(done.status).toBe('SUCCEEDED');
    expect(sent).toStrictEqual([
      { subject: 'See you tomorrow', at: '2026-12-09T10:00:00.000Z' },
      { subject: 'How was it?', at: '2026-12-10T12:00:00.000Z' },
    ]);
  });

  it('GIVEN a booking two hours away WHEN the run settles THEN the reminder 24 hours before is late and goes at once, the feedback request an hour after it ends', async () => {
    const { done, sent } = await run({ start: '2026-12-07T11:00:00Z', end: '2026-12-07T11:30:00Z' });
    expect(done.status).toBe('SUCCEEDED');
    expect(sent).toStrictEqual([
      { subject: 'See you tomorrow', at: '2026-12-07T09:00:00.000Z' },
      { subject: 'How was it?', at: '2026-12-07T12:30:00.000Z' },
    ]);
  });

  it('GIVEN a booking whose start is null WHEN the run reaches the wait THEN it fails with NonRetriableError naming the step, and nothing is sent', async () => {
    const { done, sent } = await run({ start: null, end: '2026-12-10T11:00:00Z' });
    expect(done.status).toBe('FAILED');
    expect(done.error?.error).toBe('NonRetriableError');
    expect(done.error?.cause).toMatch(
      /Step \\"day-before\\": the time to wait from holds no time|Step "day-before": the time to wait from holds no time/,
    );
    expect(sent).toStrictEqual([]);
  });
});

describe('dry run: waits relative to a booking’s times', () => {
  it('GIVEN the reminder workflow and a Thursday booking WHEN dry run on Monday THEN the reminder step starts Wednesday 10:00 and the run takes until Thursday 12:00 of virtual time', async () => {
    const result = await dryRunWorkflow(
      definition,
      { booking: { start: '2026-12-10T10:00:00.000Z', end: '2026-12-10T11:00:00.000Z' } },
      { now: new Date('2026-12-07T09:00:00.000Z'), tenantId: 't1' },
    );
    expect(result.status).toBe('SUCCEEDED');
    const remind = result.steps.find((s) => s.id === 'remind');
    expect(remind?.startedAt).toBe('2026-12-09T10:00:00.000Z');
    expect(result.endedAt).toBe('2026-12-10T12:00:00.000Z');
  });

  it('GIVEN a booking with no start WHEN dry run THEN it fails with NonRetriableError naming the step', async () => {
    const result = await dryRunWorkflow(
      definition,
      { booking: { start: null, end: '2026-12-10T11:00:00.000Z' } },
      { now: new Date('2026-12-07T09:00:00.000Z'), tenantId: 't1' },
    );
    expect(result.outcome).toBe('failed');
    expect(JSON.stringify(result.error ?? result.steps)).toMatch(/NonRetriableError/);
    expect(JSON.stringify(result)).toMatch(/day-before.{0,6}: the time to wait from holds no time/);
  });
});
