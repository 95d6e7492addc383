import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CorrelatorDeps, correlateEvent, registerWait } from '../../functions/correlator/correlator';
import { createActivityStore } from '../../functions/data/activity';
import { createWaitStore } from '../../functions/data/waits';
import type { BusEvent } from '../../statemachines/events';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';
import { FakeEngine } from '../support/routing';

/**
 * A waitFor match on a detail field that holds a list (email.received `to`: every To and Cc address) is resumed
 * when one element equals the value, as EventBridge matches an array; the look-back index files each element.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const clock = { now: () => new Date('2026-11-25T10:00:00.000Z') };
const setup = () => {
  const engine = new FakeEngine();
  const deps: CorrelatorDeps = {
    activity: createActivityStore({ db, clock }),
    waits: createWaitStore({ db, clock }),
    engine,
    clock,
  };
  return { engine, deps };
};

let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}`;

const waitPayload = (tenantId: string, match: Record<string, unknown>, timeoutSeconds = 172_800) => ({
  op: 'registerWait' as const,
  taskToken: unique('token'),
  stepId: 'copied',
  event: 'email.received',
  match,
  timeoutSeconds,
  context: {
    tenantId,
    workflowId: 'wait-for-orders',
    workflowVersion: 1,
    workflowName: 'Wait for orders',
    runId: unique('run'),
    triggerType: 'manual' as const,
    dryRun: false,
    needsApproval: false,
    timezone: 'UTC',
    startedAt: '2026-11-25T09:59:00.000Z',
  },
});

describe('correlator: a wait on a field that holds a list', () => {
  const mail = (tenantId: string, to: unknown, time = '2026-11-25T10:00:00Z'): BusEvent => ({
    id: unique('evt'),
    source: 'dynaris.email',
    detailType: 'email.received',
    time,
    detail: { tenantId, leadId: null, from: 'pat@buyer.example', to, subject: 'PO' },
  });

  it('GIVEN a wait on to WHEN mail names that address among others THEN it is resumed; WHEN it names others only THEN not', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    const payload = waitPayload(tenant, { to: 'orders@shop.example' });
    await registerWait(deps, payload);
    await correlateEvent(deps, mail(tenant, ['sales@shop.example', 'order@shop.example']));
    expect(engine.taskSuccess).toStrictEqual([]);
    await correlateEvent(deps, mail(tenant, ['sales@shop.example', 'orders@shop.example']));
    expect(engine.taskSuccess.map((t) => t.taskToken)).toStrictEqual([payload.taskToken]);
  });

  it('GIVEN mail to two addresses that arrived first WHEN a wait on one of them registers THEN the look-back resumes it', async () => {
    const { deps } = setup();
    const tenant = unique('t');
    await registerWait(deps, waitPayload(tenant, { to: 'sales@shop.example' }, 1));
    const early = mail(tenant, ['sales@shop.example', 'orders@shop.example']);
    await correlateEvent(deps, early);
    const late = await registerWait(deps, waitPayload(tenant, { to: 'orders@shop.example' }));
    expect(late).toStrictEqual({ status: 'resumed', eventId: early.id });
  });

  it('GIVEN an event of the old contract (to as one text) WHEN correlated THEN a wait on one of its addresses is resumed with to as a list', async () => {
    const { deps, engine } = setup();
    const tenant = unique('t');
    const payload = waitPayload(tenant, { to: 'orders@shop.example' });
    await registerWait(deps, payload);
    await correlateEvent(deps, mail(tenant, 'sales@shop.example, orders@shop.example'));
    expect(engine.taskSuccess.map((t) => (t.output as { event: { to: unknown } }).event.to)).toStrictEqual([
      ['sales@shop.example', 'orders@shop.example'],
    ]);
  });
});
