import { describe, expect, it } from 'vitest';
import { declareAwaited } from '../../../functions/data/event-interest';
import { routingByInterest } from '../../../functions/data/routed-publisher';
import { NonRetriableError } from '../../../functions/shared/errors';
import { recordingDatabase, type SentCommand } from '../../support/counting-database';
import { definition } from './fixtures';
import {
  bus,
  clock,
  db,
  logs,
  nextSeq,
  runs,
  setup,
  startPayload,
  supervisorWith,
  useSupervisorDatabase,
  workflows,
} from './supervisor-fixture';

useSupervisorDatabase();

describe('supervisor start and Auto Mode', () => {
  it('GIVEN Auto Mode on (the default) WHEN an event starts a run THEN it runs at once, is recorded, announced and logged', async () => {
    const wf = await setup('sv-on');
    const sup = supervisorWith();
    const ctx = await sup.start(startPayload('sv-on', wf.workflowId, 'event', 'run-on'));
    expect(ctx).toMatchObject({
      tenantId: 'sv-on',
      workflowId: wf.workflowId,
      workflowVersion: 1,
      workflowName: 'Welcome',
      runId: 'run-on',
      triggerType: 'event',
      dryRun: false,
      needsApproval: false,
      timezone: 'UTC',
      startedAt: '2026-11-25T10:00:00.000Z',
    });
    expect(await runs().mustGet('sv-on', 'run-on')).toMatchObject({
      status: 'running',
      triggerType: 'event',
      eventId: 'ev-run-on',
      version: 1,
    });
    expect(bus.ofType('workflow.started')).toEqual([
      expect.objectContaining({
        source: 'dynaris.workflow',
        id: 'sv-on:run-on:workflow.started',
        detail: expect.objectContaining({
          tenantId: 'sv-on',
          workflowId: wf.workflowId,
          runId: 'run-on',
          workflowName: 'Welcome',
        }),
      }),
    ]);
    const entries = (await logs().listByRun('sv-on', 'run-on')).items;
    expect(entries.map((e) => e.message)).toEqual([
      'Run started by an event (lead.created), version 1. Auto Mode is on: running now.',
    ]);
  });

  it.each([
    { tenant: false, override: undefined, trigger: 'event', needsApproval: true },
    { tenant: false, override: undefined, trigger: 'schedule', needsApproval: true },
    { tenant: false, override: undefined, trigger: 'webhook', needsApproval: true },
    { tenant: false, override: undefined, trigger: 'manual', needsApproval: false },
    { tenant: false, override: true, trigger: 'event', needsApproval: false },
    { tenant: true, override: false, trigger: 'event', needsApproval: true },
    { tenant: true, override: false, trigger: 'manual', needsApproval: false },
    { tenant: true, override: undefined, trigger: 'schedule', needsApproval: false },
  ] as const)(
    'GIVEN tenant Auto Mode $tenant and workflow override $override WHEN a $trigger run starts THEN needsApproval is $needsApproval',
    async ({ tenant, override, trigger, needsApproval }) => {
      const tenantId = `sv-am-${nextSeq()}`;
      const wf = await setup(tenantId, {
        tenantAutoMode: tenant,
        def: definition('Gate', override === undefined ? {} : { autoMode: override }),
      });
      const ctx = await supervisorWith().start(startPayload(tenantId, wf.workflowId, trigger));
      expect(ctx.needsApproval).toBe(needsApproval);
      expect(ctx.timezone).toBe('Europe/Berlin');
      expect((await runs().mustGet(tenantId, ctx.runId)).autoMode).toBe(override ?? tenant);
    },
  );

  it('GIVEN a retried start WHEN it runs twice THEN one run and one log line exist and the event keeps its id', async () => {
    const wf = await setup('sv-retry');
    const sup = supervisorWith();
    const p = startPayload('sv-retry', wf.workflowId, 'event', 'run-retry');
    const a = await sup.start(p);
    const b = await sup.start(p);
    expect(b).toEqual(a);
    expect((await runs().listByWorkflow('sv-retry', wf.workflowId)).items).toHaveLength(1);
    expect((await logs().listByRun('sv-retry', 'run-retry')).items).toHaveLength(1);
    expect(new Set(bus.ofType('workflow.started').map((e) => e.id))).toEqual(
      new Set(['sv-retry:run-retry:workflow.started']),
    );
  });

  it('GIVEN the log write fails after the run was recorded WHEN start, the approval request and finish are retried THEN each writes its log line once', async () => {
    const wf = await setup('sv-relog', { tenantAutoMode: false });
    let failNextLog = true;
    const flaky = {
      ...db,
      doc: {
        send: (command: {
          input?: {
            Item?: { type?: unknown };
            RequestItems?: Record<string, { PutRequest?: { Item?: { type?: unknown } } }[] | object>;
          };
        }) => {
          // A log entry written alone, or in a batch with other items (the start's and the finish's).
          const writesLog =
            command.input?.Item?.type === 'log' ||
            Object.values(command.input?.RequestItems ?? {}).some(
              (requests) =>
                Array.isArray(requests) && requests.some((r) => r.PutRequest?.Item?.type === 'log'),
            );
          if (failNextLog && writesLog) {
            failNextLog = false;
            return Promise.reject(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
          }
          return db.doc.send(command as never);
        },
      } as never,
    };
    const sup = supervisorWith({ db: flaky });
    const p = startPayload('sv-relog', wf.workflowId, 'event', 'run-relog');
    await expect(sup.start(p)).rejects.toThrow(/Rate exceeded/);
    const ctx = await sup.start(p);

    const ask = {
      op: 'requestApproval' as const,
      taskToken: 'tok-relog',
      context: ctx,
      stepId: '_run',
      message: 'Go?',
    };
    failNextLog = true;
    await expect(sup.requestApproval(ask)).rejects.toThrow(/Rate exceeded/);
    await sup.requestApproval(ask);

    const end = { op: 'finish' as const, context: ctx, steps: {} };
    failNextLog = true;
    await expect(sup.finish(end)).rejects.toThrow(/Rate exceeded/);
    await sup.finish(end);
    await sup.finish(end);

    const lines = (await logs().listByRun('sv-relog', 'run-relog')).items.map((e) => e.stepId);
    expect(lines.sort()).toEqual(['_finish', '_run', '_start']);

    const failing = await sup.start(startPayload('sv-relog', wf.workflowId, 'event', 'run-relog-fail'));
    const failure = { op: 'fail' as const, context: failing, error: { Error: 'Boom', Cause: 'it broke' } };
    failNextLog = true;
    await expect(sup.fail(failure)).rejects.toThrow(/Rate exceeded/);
    await sup.fail(failure);
    await sup.fail(failure);
    const failLines = (await logs().listByRun('sv-relog', 'run-relog-fail')).items.map((e) => e.stepId);
    expect(failLines.sort()).toEqual(['_fail', '_start']);
  });

  it('GIVEN a run of an earlier version WHEN reading that version fails transiently THEN start fails rather than run the current definition', async () => {
    const wf = await setup('sv-ver', { def: definition('Version one') });
    await workflows().saveVersion('sv-ver', wf.workflowId, definition('Version two'), wf.currentVersion);
    const p = startPayload('sv-ver', wf.workflowId, 'event', 'run-ver');
    const pinned = { ...p, input: { ...p.input, context: { ...p.input.context, workflowVersion: 1 } } };
    const throttling = {
      ...db,
      doc: {
        send: (command: { input?: { Key?: { sk?: unknown } } }) =>
          String(command.input?.Key?.sk ?? '').startsWith('V#')
            ? Promise.reject(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))
            : db.doc.send(command as never),
      } as never,
    };
    await expect(supervisorWith({ db: throttling }).start(pinned)).rejects.toThrow(/Rate exceeded/);
    expect(await supervisorWith().start(pinned)).toMatchObject({
      workflowVersion: 1,
      workflowName: 'Version one',
    });
  });

  it('GIVEN a run starting WHEN the supervisor reads the workflow, the tenant settings and who listens to workflow.started THEN it reads all three in one strongly consistent BatchGetItem and routes by it', async () => {
    const wf = await setup('sv-io', { tenantAutoMode: true });
    const sent: SentCommand[] = [];
    const recording = recordingDatabase(db, sent);
    const routed = routingByInterest(bus, { db: recording, clock });
    const ctx = await supervisorWith({ db: recording, bus: routed }).start(
      startPayload('sv-io', wf.workflowId),
    );
    expect(ctx).toMatchObject({ timezone: 'Europe/Berlin', needsApproval: false });
    const reads = sent.filter((c) => /Get/.test(c.name));
    expect(reads.map((c) => c.name)).toStrictEqual(['BatchGetCommand']);
    const batch = reads[0]?.input as {
      RequestItems: Record<string, { ConsistentRead: boolean; Keys: { pk: string; sk: string }[] }>;
    };
    const request = batch.RequestItems[db.tableName];
    expect(request?.ConsistentRead).toBe(true);
    expect(request?.Keys.map((k) => k.sk).sort()).toStrictEqual(['#VERSION', 'SETTINGS', 'WORKFLOW']);
    expect(request?.Keys.find((k) => k.sk === '#VERSION')?.pk).toBe('T#sv-io#SUB#workflow.started');
    const [started] = bus.ofType('workflow.started');
    expect(started?.detail.routing).toStrictEqual({ dispatcher: 'unsubscribed', correlator: 'recorded' });
    expect(started).not.toHaveProperty('interest');
  });

  it('GIVEN a saved workflow that waits for workflow.started WHEN a run starts THEN the interest read with the workflow sends workflow.started to the correlator', async () => {
    const wf = await setup('sv-io2', { tenantAutoMode: true });
    await declareAwaited(db, 'sv-io2', ['workflow.started'], 'wf-waiting');
    const routed = routingByInterest(bus, { db, clock });
    await supervisorWith({ bus: routed }).start(startPayload('sv-io2', wf.workflowId));
    const [started] = bus.ofType('workflow.started');
    expect(started?.detail.routing).toStrictEqual({ dispatcher: 'unsubscribed' });
  });

  it('GIVEN a disabled workflow WHEN an event starts it THEN the run is cancelled with a reason and the task fails for good', async () => {
    const wf = await setup('sv-off', { enable: false });
    const err = await supervisorWith()
      .start(startPayload('sv-off', wf.workflowId, 'event', 'run-off'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NonRetriableError);
    expect((err as Error).message).toContain('is draft');
    expect(await runs().mustGet('sv-off', 'run-off')).toMatchObject({
      status: 'cancelled',
      error: { error: 'WorkflowNotEnabled' },
    });
    expect(bus.ofType('workflow.started')).toEqual([]);
    const manual = await supervisorWith().start(startPayload('sv-off', wf.workflowId, 'manual'));
    expect(manual.needsApproval).toBe(false);
  });

  it('GIVEN a workflow of tenant A WHEN tenant B names it in a start THEN it does not exist for B', async () => {
    const wf = await setup('sv-a');
    await expect(supervisorWith().start(startPayload('sv-b', wf.workflowId))).rejects.toThrow(
      /does not exist/,
    );
  });
});
