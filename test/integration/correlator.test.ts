import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CorrelatorDeps, correlateEvent, registerWait } from '../../functions/correlator/correlator';
import { createActivityStore } from '../../functions/data/activity';
import { declareLookbackKeys } from '../../functions/data/lookback-keys';
import { createWaitStore } from '../../functions/data/waits';
import type { Clock } from '../../functions/shared/ports';
import type { BusEvent } from '../../statemachines/events';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';
import { FakeEngine } from '../support/routing';

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});

class TestClock implements Clock {
  constructor(private current: Date) {}
  now() {
    return new Date(this.current);
  }
  advance(seconds: number) {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

const setup = () => {
  const clock = new TestClock(new Date('2026-11-25T10:00:00.000Z'));
  const engine = new FakeEngine();
  const deps: CorrelatorDeps = {
    activity: createActivityStore({ db, clock }),
    waits: createWaitStore({ db, clock }),
    engine,
    clock,
  };
  return { clock, engine, deps };
};

let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}`;

/** A tenant whose workflow (saved like any other) waits for replies by lead and for any paid invoice. */
const tenantWithDeclaredWaits = async (): Promise<string> => {
  const tenantId = unique('t');
  await declareLookbackKeys(db, tenantId, 'no-reply-reminder', {
    steps: [
      {
        id: 'await-reply',
        waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
      },
      { id: 'await-payment', waitFor: { event: 'invoice.paid', match: {}, timeout: 'P2D' } },
    ] as unknown as WorkflowDefinition['steps'],
  });
  return tenantId;
};

const waitPayload = (
  tenantId: string,
  match: Record<string, unknown>,
  overrides: { token?: string; event?: string; startedAt?: string; timeoutSeconds?: number } = {},
) => ({
  op: 'registerWait' as const,
  taskToken: overrides.token ?? unique('token'),
  stepId: 'await-reply',
  event: overrides.event ?? 'email.received',
  match,
  timeoutSeconds: overrides.timeoutSeconds ?? 172_800,
  context: {
    tenantId,
    workflowId: 'no-reply-reminder',
    workflowVersion: 1,
    workflowName: 'No-reply reminder',
    runId: unique('run'),
    triggerType: 'event' as const,
    dryRun: false,
    needsApproval: false,
    timezone: 'UTC',
    startedAt: overrides.startedAt ?? '2026-11-25T09:59:00.000Z',
  },
});

const reply = (
  tenantId: string,
  leadId: string,
  id = unique('evt'),
  time = '2026-11-25T10:00:00Z',
): BusEvent => ({
  id,
  source: 'dynaris.email',
  detailType: 'email.received',
  time,
  detail: { tenantId, leadId, from: 'lead@example.com', subject: 'Re: hello' },
});

describe('correlator', () => {
  it('GIVEN a pending wait WHEN the awaited event arrives THEN the execution is resumed with the event', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    const payload = waitPayload(tenant, { leadId: 'L1' });
    expect(await registerWait(deps, payload)).toMatchObject({ status: 'waiting' });

    const event = reply(tenant, 'L1');
    const result = await correlateEvent(deps, event);

    expect(result).toStrictEqual({ eventId: event.id, recorded: true, resumed: 1, cleanedUp: 0 });
    expect(engine.taskSuccess).toStrictEqual([
      {
        taskToken: payload.taskToken,
        output: { event: event.detail, eventId: event.id, receivedAt: '2026-11-25T10:00:00.000Z' },
      },
    ]);
    expect(await deps.waits.find(tenant, 'email.received', { leadId: 'L1' })).toStrictEqual([]);
  });

  it('GIVEN waits on other correlation values, events or tenants WHEN an event arrives THEN only the exact match is resumed', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    const other = unique('t');
    const target = waitPayload(tenant, { leadId: 'L1' });
    await registerWait(deps, target);
    await registerWait(deps, waitPayload(tenant, { leadId: 'L2' }));
    await registerWait(deps, waitPayload(tenant, { leadId: 'L1' }, { event: 'booking.created' }));
    await registerWait(deps, waitPayload(other, { leadId: 'L1' }));

    await correlateEvent(deps, reply(tenant, 'L1'));

    expect(engine.taskSuccess.map((t) => t.taskToken)).toStrictEqual([target.taskToken]);
  });

  it('GIVEN two runs waiting for the same lead WHEN the reply arrives THEN both are resumed', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    const a = waitPayload(tenant, { leadId: 'L1' });
    const b = waitPayload(tenant, { leadId: 'L1' });
    await registerWait(deps, a);
    await registerWait(deps, b);
    const result = await correlateEvent(deps, reply(tenant, 'L1'));
    expect(result.resumed).toBe(2);
    expect(engine.taskSuccess.map((t) => t.taskToken).sort()).toStrictEqual(
      [a.taskToken, b.taskToken].sort(),
    );
  });

  it('GIVEN a wait on several fields with a dotted path WHEN events arrive THEN it resumes only when every field matches', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    const payload = waitPayload(
      tenant,
      { 'booking.leadId': 'L9', status: 'confirmed' },
      { event: 'booking.created' },
    );
    await registerWait(deps, payload);
    const booking = (status: string) => ({
      id: unique('evt'),
      source: 'dynaris.booking',
      detailType: 'booking.created',
      time: '2026-11-25T10:00:00Z',
      detail: { tenantId: tenant, status, booking: { leadId: 'L9', id: 'B1' } },
    });
    await correlateEvent(deps, booking('tentative'));
    expect(engine.taskSuccess).toHaveLength(0);
    await correlateEvent(deps, booking('confirmed'));
    expect(engine.taskSuccess.map((t) => t.taskToken)).toStrictEqual([payload.taskToken]);
  });

  it('GIVEN the same event delivered twice WHEN correlated THEN the execution is resumed once and the event recorded once', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    await registerWait(deps, waitPayload(tenant, { leadId: 'L1' }));
    const event = reply(tenant, 'L1');
    const first = await correlateEvent(deps, event);
    const second = await correlateEvent(deps, event);
    const [third, fourth] = await Promise.all([correlateEvent(deps, event), correlateEvent(deps, event)]);

    expect([first.recorded, second.recorded, third.recorded, fourth.recorded]).toStrictEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(engine.taskSuccess).toHaveLength(1);
    expect((await deps.activity.list(tenant)).items.map((e) => e.eventId)).toStrictEqual([event.id]);
  });

  it('GIVEN a wait whose token timed out in Step Functions WHEN the event arrives THEN the wait is removed silently', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    const payload = waitPayload(tenant, { leadId: 'L1' });
    await registerWait(deps, payload);
    engine.tokenErrors.set(payload.taskToken, 'TaskTimedOut');

    const result = await correlateEvent(deps, reply(tenant, 'L1'));

    expect(result).toMatchObject({ resumed: 0, cleanedUp: 1 });
    expect(await deps.waits.find(tenant, 'email.received', { leadId: 'L1' })).toStrictEqual([]);
  });

  it('GIVEN a wait past its timeout WHEN the event arrives THEN it is removed without resuming', async () => {
    const { deps, engine, clock } = setup();
    const tenant = unique('t');
    await registerWait(deps, waitPayload(tenant, { leadId: 'L1' }, { timeoutSeconds: 60 }));
    clock.advance(61);
    const result = await correlateEvent(deps, reply(tenant, 'L1'));
    expect(result).toMatchObject({ resumed: 0, cleanedUp: 1 });
    expect(engine.taskSuccess).toHaveLength(0);
  });

  it('GIVEN SendTaskSuccess fails transiently WHEN correlating THEN the error surfaces, the wait is kept and the redelivery resumes it', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    const payload = waitPayload(tenant, { leadId: 'L1' });
    await registerWait(deps, payload);
    engine.tokenErrors.set(payload.taskToken, 'ThrottlingException');
    const event = reply(tenant, 'L1');
    await expect(correlateEvent(deps, event)).rejects.toThrow(/ThrottlingException/);
    expect(await deps.waits.find(tenant, 'email.received', { leadId: 'L1' })).toHaveLength(1);

    engine.tokenErrors.delete(payload.taskToken);
    const retried = await correlateEvent(deps, event);
    expect(retried).toMatchObject({ recorded: false, resumed: 1 });
    expect(engine.taskSuccess.map((t) => t.taskToken)).toStrictEqual([payload.taskToken]);
  });

  it('GIVEN recording which event resumed the run fails WHEN correlating THEN the wait is kept and the redelivery resumes it', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    const payload = waitPayload(tenant, { leadId: 'L1' });
    await registerWait(deps, payload);
    const failing: CorrelatorDeps = {
      ...deps,
      waits: {
        ...deps.waits,
        markConsumed: async () => {
          throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
        },
      },
    };
    const event = reply(tenant, 'L1');
    await expect(correlateEvent(failing, event)).rejects.toThrow(/Rate exceeded/);
    expect(await deps.waits.find(tenant, 'email.received', { leadId: 'L1' })).toHaveLength(1);

    expect(await correlateEvent(deps, event)).toMatchObject({ recorded: false, resumed: 1 });
    expect(engine.taskSuccess.map((t) => t.taskToken)).toStrictEqual([payload.taskToken]);
  });

  it('GIVEN SendTaskSuccess is throttled WHEN correlating THEN it is called once (the SDK retries), the wait is kept and the redelivery resumes', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    const payload = waitPayload(tenant, { leadId: 'L1' });
    await registerWait(deps, payload);
    let calls = 0;
    const flaky: CorrelatorDeps = {
      ...deps,
      engine: {
        sendTaskSuccess: async (token, output) => {
          if (calls++ === 0) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
          await engine.sendTaskSuccess(token, output);
        },
      },
    };
    await expect(correlateEvent(flaky, reply(tenant, 'L1'))).rejects.toThrow(/Rate exceeded/);
    expect(calls).toBe(1);
    expect(await correlateEvent(flaky, reply(tenant, 'L1'))).toMatchObject({ resumed: 1 });
    expect(calls).toBe(2);
    expect(engine.taskSuccess.map((t) => t.taskToken)).toStrictEqual([payload.taskToken]);
  });

  it('GIVEN the reply arrived before the wait was registered WHEN the wait registers THEN it is resumed at once with that reply', async () => {
    const { deps, engine } = setup();
    const tenant = await tenantWithDeclaredWaits();
    const event = reply(tenant, 'L1');
    expect(await correlateEvent(deps, event)).toMatchObject({ resumed: 0 });

    const payload = waitPayload(tenant, { leadId: 'L1' }, { startedAt: '2026-11-25T09:59:59.500Z' });
    const result = await registerWait(deps, payload);

    expect(result).toStrictEqual({ status: 'resumed', eventId: event.id });
    expect(engine.taskSuccess).toStrictEqual([
      {
        taskToken: payload.taskToken,
        output: { event: event.detail, eventId: event.id, receivedAt: '2026-11-25T10:00:00.000Z' },
      },
    ]);
    // Resumed once: a later duplicate of the event finds no wait.
    await correlateEvent(deps, event);
    expect(engine.taskSuccess).toHaveLength(1);
  });

  it('GIVEN a matching event from before the run started WHEN the wait registers THEN it keeps waiting', async () => {
    const { deps, engine } = setup();
    const tenant = await tenantWithDeclaredWaits();
    await correlateEvent(deps, reply(tenant, 'L1', unique('evt'), '2026-11-25T09:00:00Z'));
    const result = await registerWait(
      deps,
      waitPayload(tenant, { leadId: 'L1' }, { startedAt: '2026-11-25T09:30:00Z' }),
    );
    expect(result.status).toBe('waiting');
    expect(engine.taskSuccess).toHaveLength(0);
  });

  it('GIVEN a wait with an empty match WHEN any event of its type arrives, before or after registration, THEN it resumes', async () => {
    const { deps, engine } = setup();
    const tenant = await tenantWithDeclaredWaits();
    const after = waitPayload(tenant, {}, { event: 'invoice.paid' });
    await registerWait(deps, after);
    const paid = (id: string) => ({
      id,
      source: 'dynaris.invoice',
      detailType: 'invoice.paid',
      time: '2026-11-25T10:00:00Z',
      detail: { tenantId: tenant, invoice: { id: id } },
    });
    await correlateEvent(deps, paid('inv-1'));
    expect(engine.taskSuccess.map((t) => t.taskToken)).toStrictEqual([after.taskToken]);

    const before = waitPayload(tenant, {}, { event: 'invoice.paid' });
    expect(await registerWait(deps, before)).toStrictEqual({ status: 'resumed', eventId: 'inv-1' });
  });

  it('GIVEN a run whose first wait was resumed by a reply WHEN the same run waits again for that lead THEN the first reply is not delivered twice and the next reply resumes it', async () => {
    const { deps, engine, clock } = setup();
    const tenant = await tenantWithDeclaredWaits();
    const first = waitPayload(tenant, { leadId: 'L1' });
    await registerWait(deps, first);
    const firstReply = reply(tenant, 'L1');
    await correlateEvent(deps, firstReply);
    clock.advance(5);

    const second = {
      ...waitPayload(tenant, { leadId: 'L1' }),
      context: first.context,
      stepId: 'await-2nd-reply',
    };
    expect(await registerWait(deps, second)).toMatchObject({ status: 'waiting' });
    expect(engine.taskSuccess.map((t) => t.taskToken)).toStrictEqual([first.taskToken]);

    const secondReply = reply(tenant, 'L1', unique('evt'), '2026-11-25T10:00:10Z');
    await correlateEvent(deps, secondReply);
    expect(
      engine.taskSuccess.map((t) => [t.taskToken, (t.output as { eventId: string }).eventId]),
    ).toStrictEqual([
      [first.taskToken, firstReply.id],
      [second.taskToken, secondReply.id],
    ]);
  });

  it('GIVEN a reply that resumed a run WHEN it is delivered again after the run registered its next wait THEN the next wait keeps waiting', async () => {
    const { deps, engine, clock } = setup();
    const tenant = await tenantWithDeclaredWaits();
    const first = waitPayload(tenant, { leadId: 'L1' });
    await registerWait(deps, first);
    const event = reply(tenant, 'L1');
    await correlateEvent(deps, event);
    clock.advance(5);
    const second = {
      ...waitPayload(tenant, { leadId: 'L1' }),
      context: first.context,
      stepId: 'await-2nd-reply',
    };
    await registerWait(deps, second);

    clock.advance(60);
    expect(await correlateEvent(deps, event)).toMatchObject({ recorded: false, resumed: 0 });
    expect(engine.taskSuccess.map((t) => t.taskToken)).toStrictEqual([first.taskToken]);
    expect(await deps.waits.find(tenant, 'email.received', { leadId: 'L1' })).toHaveLength(1);
  });

  it('GIVEN registrations and replies racing WHEN they interleave THEN every run is resumed exactly once', async () => {
    const { deps, engine } = setup();
    const tenant = await tenantWithDeclaredWaits();
    const payloads = Array.from({ length: 25 }, (_, i) => waitPayload(tenant, { leadId: `race-${i}` }));
    await Promise.all(
      payloads.flatMap((payload, i) => [
        registerWait(deps, payload),
        correlateEvent(deps, reply(tenant, `race-${i}`)),
      ]),
    );
    const tokens = engine.taskSuccess.map((t) => t.taskToken).sort();
    expect(tokens).toStrictEqual(payloads.map((p) => p.taskToken).sort());
  });
});
