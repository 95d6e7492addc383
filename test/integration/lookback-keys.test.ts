import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CorrelatorDeps, correlateEvent, registerWait } from '../../functions/correlator/correlator';
import { createActivityStore } from '../../functions/data/activity';
import { lookbackKeys } from '../../functions/data/lookback-keys';
import { createWaitStore } from '../../functions/data/waits';
import { createWorkflowRepository } from '../../functions/data/workflows';
import type { Clock } from '../../functions/shared/ports';
import type { BusEvent } from '../../statemachines/events';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { TEMPLATES } from '../../statemachines/templates';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';
import { FakeEngine } from '../support/routing';

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const clock: Clock = { now: () => new Date('2026-11-25T10:00:00.000Z') };
let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}`;

const setup = () => {
  const engine = new FakeEngine();
  const deps: CorrelatorDeps = {
    activity: createActivityStore({ db, clock }),
    waits: createWaitStore({ db, clock }),
    engine,
    clock,
  };
  return { deps, engine, workflows: createWorkflowRepository({ db, clock }) };
};

const event = (tenantId: string, detailType: string, detail: Record<string, unknown>): BusEvent => ({
  id: unique('evt'),
  source: 'dynaris.test',
  detailType,
  time: '2026-11-25T10:00:00Z',
  detail: { tenantId, ...detail },
});

const registration = (tenantId: string, workflowId: string, leadId: string) => ({
  op: 'registerWait' as const,
  taskToken: unique('token'),
  stepId: 'await-reply',
  event: 'email.received',
  match: { leadId },
  timeoutSeconds: 172_800,
  context: {
    tenantId,
    workflowId,
    workflowVersion: 1,
    workflowName: 'No-reply reminder',
    runId: unique('run'),
    triggerType: 'event' as const,
    dryRun: false,
    needsApproval: false,
    timezone: 'UTC',
    startedAt: '2026-11-25T09:59:00.000Z',
  },
});

/** The tenant's look-back entries (RECENT partitions), as `<type>#<field>#<value>`. */
const lookbackEntries = async (tenantId: string): Promise<string[]> => {
  const prefix = `T#${tenantId}#RECENT#`;
  const out = await db.doc.send(new ScanCommand({ TableName: db.tableName, ConsistentRead: true }));
  return (out.Items ?? [])
    .map((item) => String(item.pk))
    .filter((pk) => pk.startsWith(prefix))
    .map((pk) => pk.slice(prefix.length))
    .sort();
};

const waitingFor = (event: string, match: Record<string, string>, id = unique('wait')) => ({
  id,
  waitFor: { event, match, timeout: 'P1D' },
});

describe('activity look-back only for what waitFor steps declare', () => {
  it('GIVEN waitFor steps nested in branches, repeated and with several fields WHEN the look-back keys are taken THEN each event and sorted field set appears once', () => {
    const steps = [
      waitingFor('email.received', { leadId: '{{trigger.lead.id}}' }),
      {
        id: 'branch',
        if: { left: '{{trigger.lead.status}}', op: 'eq', right: 'new' },
        then: [
          waitingFor('email.received', { leadId: '{{trigger.lead.id}}' }),
          waitingFor('booking.created', { status: 'confirmed', 'booking.leadId': '{{trigger.lead.id}}' }),
        ],
        else: [{ id: 'par', parallel: [[waitingFor('invoice.paid', {})]] }],
      },
    ] as unknown as WorkflowDefinition['steps'];
    expect(lookbackKeys({ steps })).toStrictEqual([
      { event: 'email.received', fields: ['leadId'] },
      { event: 'booking.created', fields: ['booking.leadId', 'status'] },
      { event: 'invoice.paid', fields: [] },
    ]);
  });

  it('GIVEN a tenant with no waitFor on an event WHEN such events are recorded THEN no look-back entry is written', async () => {
    const { deps, workflows } = setup();
    const tenant = unique('t');
    await workflows.create(tenant, TEMPLATES['lead-follow-up']);
    await correlateEvent(
      deps,
      event(tenant, 'email.sent', { leadId: 'L1', to: 'a@example.com', kind: 'message' }),
    );
    await correlateEvent(deps, event(tenant, 'lead.created', { lead: { id: 'L1', email: 'a@example.com' } }));
    expect(await lookbackEntries(tenant)).toStrictEqual([]);
  });

  it('GIVEN a saved workflow waiting for a reply by lead WHEN the reply beats the wait registration THEN only its lead id is indexed and the wait resumes at once', async () => {
    const { deps, engine, workflows } = setup();
    const tenant = unique('t');
    const wf = await workflows.create(tenant, TEMPLATES['no-reply-reminder']);
    const replied = event(tenant, 'email.received', {
      leadId: 'L1',
      from: 'lead@example.com',
      subject: 'Re: hi',
    });
    await correlateEvent(deps, replied);
    expect(await lookbackEntries(tenant)).toStrictEqual(['email.received#leadId#L1']);

    const payload = registration(tenant, wf.workflowId, 'L1');
    expect(await registerWait(deps, payload)).toStrictEqual({ status: 'resumed', eventId: replied.id });
    expect(engine.taskSuccess.map((t) => t.taskToken)).toStrictEqual([payload.taskToken]);
  });

  it('GIVEN a new version without the waitFor WHEN a reply arrives THEN it is still indexed for runs of the older version', async () => {
    const { deps, workflows } = setup();
    const tenant = unique('t');
    const wf = await workflows.create(tenant, TEMPLATES['no-reply-reminder']);
    await workflows.saveVersion(tenant, wf.workflowId, TEMPLATES['lead-follow-up'], 1);
    await correlateEvent(deps, event(tenant, 'email.received', { leadId: 'L2' }));
    expect(await lookbackEntries(tenant)).toStrictEqual(['email.received#leadId#L2']);
  });

  it('GIVEN the only workflow waiting on an event was deleted WHEN such an event arrives THEN nothing is indexed for it', async () => {
    const { deps, workflows } = setup();
    const tenant = unique('t');
    const wf = await workflows.create(tenant, TEMPLATES['no-reply-reminder']);
    await workflows.saveVersion(tenant, wf.workflowId, TEMPLATES['no-reply-reminder'], 1);
    await workflows.remove(tenant, wf.workflowId);
    expect(await deps.waits.interest(tenant, 'email.received')).toStrictEqual({ waiting: [], declared: [] });
    await correlateEvent(deps, event(tenant, 'email.received', { leadId: 'L3' }));
    expect(await lookbackEntries(tenant)).toStrictEqual([]);
  });
});
