import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../../functions/adapters/local-secrets';
import { createNotifyAgent } from '../../../functions/agents/notify/notify';
import { createApprovalRepository } from '../../../functions/data/approvals';
import { createLogRepository } from '../../../functions/data/logs';
import { createRunRepository } from '../../../functions/data/runs';
import { createTenantRepository } from '../../../functions/data/tenants';
import { createWorkflowRepository } from '../../../functions/data/workflows';
import { ConflictError, NonRetriableError } from '../../../functions/shared/errors';
import { createSupervisor, type SupervisorDeps } from '../../../functions/supervisor/supervisor';
import type { TaskMeta } from '../../../statemachines/contracts';
import type { WorkflowDefinition } from '../../../statemachines/schema';
import { fakeEngine } from '../../support/api-platform';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { definition, recordingBus, tickingClock } from './fixtures';

let db: TestDatabase;
const clock = tickingClock();
const secrets = createLocalSecretBox(generateSecretsKey());
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});

let bus: ReturnType<typeof recordingBus>;
beforeEach(() => {
  bus = recordingBus();
});

const supervisorWith = (extra: Partial<SupervisorDeps> = {}) =>
  createSupervisor({ db, bus, clock, secrets, llm: undefined, ...extra });
const tenants = () => createTenantRepository({ db, secrets, clock, allowInsecureIntegrationUrls: true });
const workflows = () => createWorkflowRepository({ db, clock });
const runs = () => createRunRepository({ db, clock });
const logs = () => createLogRepository({ db, clock });

let seq = 0;
const setup = async (
  tenantId: string,
  opts: { tenantAutoMode?: boolean; def?: WorkflowDefinition; enable?: boolean } = {},
) => {
  if (opts.tenantAutoMode !== undefined)
    await tenants().updateSettings(tenantId, { autoMode: opts.tenantAutoMode, timezone: 'Europe/Berlin' });
  const wf = await workflows().create(tenantId, opts.def ?? definition('Welcome'));
  if (opts.enable !== false) await workflows().enable(tenantId, wf.workflowId);
  return wf;
};

const startPayload = (
  tenantId: string,
  workflowId: string,
  triggerType: 'event' | 'manual' | 'schedule' | 'webhook' = 'event',
  runId = `run-${++seq}`,
) => ({
  op: 'start' as const,
  executionId: `arn:aws:states:eu-west-1:1:execution:sm:${runId}`,
  executionName: runId,
  startedAt: '2026-11-25T10:00:00.000Z',
  input: {
    trigger: { lead: { email: 'ada@example.com', name: 'Ada' } },
    context: {
      tenantId,
      workflowId,
      triggerType,
      ...(triggerType === 'event' ? { eventId: `ev-${runId}` } : {}),
    },
  },
});

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
      const tenantId = `sv-am-${++seq}`;
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
        send: (command: { input?: { Item?: { type?: unknown } } }) => {
          if (failNextLog && command.input?.Item?.type === 'log') {
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

  it('GIVEN a run starting WHEN the supervisor reads the workflow and the tenant settings THEN it reads them together, not one after the other', async () => {
    const wf = await setup('sv-io', { tenantAutoMode: true });
    let inFlight = 0;
    let mostGetsAtOnce = 0;
    const counting = {
      ...db,
      doc: {
        send: async (command: { constructor: { name: string } }) => {
          const isGet = command.constructor.name === 'GetCommand';
          if (isGet) mostGetsAtOnce = Math.max(mostGetsAtOnce, ++inFlight);
          try {
            return await db.doc.send(command as never);
          } finally {
            if (isGet) inFlight--;
          }
        },
      } as never,
    };
    const ctx = await supervisorWith({ db: counting }).start(startPayload('sv-io', wf.workflowId));
    expect(ctx).toMatchObject({ timezone: 'Europe/Berlin', needsApproval: false });
    expect(mostGetsAtOnce).toBe(2);
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

const contextOf = async (
  tenantId: string,
  workflowId: string,
  runId: string,
  trigger: 'event' | 'manual' = 'event',
) => supervisorWith().start(startPayload(tenantId, workflowId, trigger, runId));

describe('approvals through the supervisor', () => {
  it('GIVEN Auto Mode off WHEN the run gate asks for approval THEN the plan is spelled out with trigger values, the run waits and approval.requested is emitted', async () => {
    const wf = await setup('sv-ap', {
      tenantAutoMode: false,
      def: definition('Onboarding', {
        steps: [
          {
            id: 'welcome',
            action: 'email.send',
            input: { to: '{{trigger.lead.email}}', subject: 'Welcome {{trigger.lead.name}}' },
          },
          { id: 'ping', action: 'notify.slack', input: { text: 'New lead {{steps.welcome.to}}' } },
        ],
      } as unknown as Partial<WorkflowDefinition>),
    });
    const ctx = await contextOf('sv-ap', wf.workflowId, 'run-ap');
    expect(ctx.needsApproval).toBe(true);
    const { approvalId } = await supervisorWith().requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-1',
      context: ctx,
      stepId: '_run',
      message: 'Run "Onboarding"',
      trigger: { lead: { email: 'ada@example.com', name: 'Ada' } },
    });
    const approval = await createApprovalRepository({ db, clock }).get('sv-ap', approvalId);
    expect(approval.willDo).toEqual([
      'Send email (to: ada@example.com, subject: Welcome Ada)',
      'Post to Slack (text: New lead {{steps.welcome.to}})',
    ]);
    expect((await runs().mustGet('sv-ap', 'run-ap')).status).toBe('waiting_approval');
    const [event] = bus.ofType('approval.requested');
    expect(event?.detail).toMatchObject({
      tenantId: 'sv-ap',
      runId: 'run-ap',
      approvalId,
      summary:
        'Run "Onboarding". If approved: Send email (to: ada@example.com, subject: Welcome Ada); Post to Slack (text: New lead {{steps.welcome.to}})',
    });
  });

  it('GIVEN a pending approval WHEN decided THEN the approval is read once (the decision returns the run, step and workflow it belongs to)', async () => {
    const wf = await setup('sv-dec-io', { tenantAutoMode: false });
    const ctx = await contextOf('sv-dec-io', wf.workflowId, 'run-dec-io');
    const engine = fakeEngine(clock);
    const { approvalId } = await supervisorWith({ engine }).requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-dec-io',
      context: ctx,
      stepId: '_run',
      message: 'Go?',
    });
    const sent: string[] = [];
    const counting = {
      ...db,
      doc: {
        send: (command: { constructor: { name: string } }) => {
          sent.push(command.constructor.name);
          return db.doc.send(command as never);
        },
      } as never,
    };
    await supervisorWith({ db: counting, engine }).decideApproval('sv-dec-io', approvalId, {
      approved: true,
      by: 'ada@example.com',
    });
    expect(sent.filter((name) => name === 'GetCommand')).toHaveLength(1);
    expect((await runs().mustGet('sv-dec-io', 'run-dec-io')).status).toBe('running');
    expect((await logs().listByRun('sv-dec-io', 'run-dec-io')).items[0]).toMatchObject({
      stepId: '_run',
      workflowId: wf.workflowId,
      message: 'Approved by ada@example.com.',
    });
  });

  it('GIVEN a pending approval WHEN approved THEN the execution resumes with by/at/comment, once; a second decision conflicts', async () => {
    const wf = await setup('sv-dec', { tenantAutoMode: false });
    const ctx = await contextOf('sv-dec', wf.workflowId, 'run-dec');
    const engine = fakeEngine(clock);
    const sup = supervisorWith({ engine });
    const { approvalId } = await sup.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-dec',
      context: ctx,
      stepId: '_run',
      message: 'Go?',
    });
    const decided = await sup.decideApproval('sv-dec', approvalId, {
      approved: true,
      by: 'ann@example.com',
      comment: 'ok',
    });
    expect(decided).toMatchObject({ status: 'approved', decidedBy: 'ann@example.com', comment: 'ok' });
    expect(engine.taskSuccesses).toEqual([
      {
        taskToken: 'tok-dec',
        output: { approved: true, by: 'ann@example.com', at: decided.decidedAt, comment: 'ok' },
      },
    ]);
    expect((await runs().mustGet('sv-dec', 'run-dec')).status).toBe('running');
    await expect(
      sup.decideApproval('sv-dec', approvalId, { approved: false, by: 'bob@example.com' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(engine.taskFailures).toEqual([]);
  });

  it('GIVEN an approval decided while the engine was down WHEN the same person decides the same again THEN the execution resumes once; an opposite decision conflicts', async () => {
    const wf = await setup('sv-rep', { tenantAutoMode: false });
    const ctx = await contextOf('sv-rep', wf.workflowId, 'run-rep');
    const engine = fakeEngine(clock);
    const sendTaskSuccess = engine.sendTaskSuccess.bind(engine);
    let down = true;
    engine.sendTaskSuccess = async (token, output) => {
      if (down) throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
      return sendTaskSuccess(token, output);
    };
    const sup = supervisorWith({ engine });
    const { approvalId } = await sup.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-rep',
      context: ctx,
      stepId: '_run',
      message: 'Go?',
    });
    const decision = { approved: true, by: 'ann@example.com', comment: 'ok' };
    await expect(sup.decideApproval('sv-rep', approvalId, decision)).rejects.toThrow(/unavailable/);
    down = false;
    await expect(
      sup.decideApproval('sv-rep', approvalId, { approved: false, by: 'ann@example.com' }),
    ).rejects.toBeInstanceOf(ConflictError);
    const decided = await sup.decideApproval('sv-rep', approvalId, { approved: true, by: 'Ann@Example.com' });
    expect(engine.taskSuccesses).toEqual([
      {
        taskToken: 'tok-rep',
        output: { approved: true, by: 'ann@example.com', at: decided.decidedAt, comment: 'ok' },
      },
    ]);
    expect((await runs().mustGet('sv-rep', 'run-rep')).status).toBe('running');
    await sup.decideApproval('sv-rep', approvalId, decision);
    expect(engine.taskSuccesses).toHaveLength(1);
  });

  it('GIVEN an approval step naming a team member WHEN someone else decides THEN it is forbidden; the member signed in by email may decide', async () => {
    await tenants().updateSettings('sv-who', { team: [{ name: 'Ann Smith', email: 'ann@acme.example' }] });
    const wf = await setup('sv-who');
    const ctx = await contextOf('sv-who', wf.workflowId, 'run-who');
    const engine = fakeEngine(clock);
    const sup = supervisorWith({ engine });
    const { approvalId } = await sup.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-who',
      context: ctx,
      stepId: 'welcome',
      message: 'Send it?',
      approvers: ['Ann Smith'],
    });
    await expect(
      sup.decideApproval('sv-who', approvalId, { approved: true, by: 'bob@acme.example' }),
    ).rejects.toThrow(/Only Ann Smith, ann@acme.example may decide/);
    await sup.decideApproval('sv-who', approvalId, { approved: true, by: 'ANN@acme.example' });
    expect(engine.taskSuccesses).toHaveLength(1);
  });

  it('GIVEN a pending approval WHEN rejected THEN the task fails with ApprovalRejected and the decision as JSON cause', async () => {
    const wf = await setup('sv-rej', { tenantAutoMode: false });
    const ctx = await contextOf('sv-rej', wf.workflowId, 'run-rej');
    const engine = fakeEngine(clock);
    const sup = supervisorWith({ engine });
    const { approvalId } = await sup.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-rej',
      context: ctx,
      stepId: '_run',
      message: 'Go?',
    });
    const decided = await sup.decideApproval('sv-rej', approvalId, {
      approved: false,
      by: 'bob',
      comment: 'not now',
    });
    expect(engine.taskFailures).toEqual([
      {
        taskToken: 'tok-rej',
        error: 'ApprovalRejected',
        cause: JSON.stringify({ by: 'bob', at: decided.decidedAt, comment: 'not now' }),
      },
    ]);
  });
});

describe('supervisor finish and fail', () => {
  it('GIVEN a running run WHEN it finishes THEN steps are recorded, workflow.completed is emitted and a readable log is written, once', async () => {
    const wf = await setup('sv-fin');
    const ctx = await contextOf('sv-fin', wf.workflowId, 'run-fin');
    const sup = supervisorWith();
    const steps = { welcome: { messageId: 'm1', trackingId: 't1', to: 'ada@example.com' } };
    expect(await sup.finish({ op: 'finish', context: ctx, steps })).toEqual({ status: 'succeeded' });
    await sup.finish({ op: 'finish', context: ctx, steps });
    const run = await runs().mustGet('sv-fin', 'run-fin');
    expect(run).toMatchObject({ status: 'succeeded', steps });
    expect(run.endedAt).not.toBeNull();
    expect(bus.ofType('workflow.completed')[0]?.detail).toMatchObject({
      runId: 'run-fin',
      result: { status: 'succeeded', steps },
    });
    const messages = (await logs().listByRun('sv-fin', 'run-fin')).items.map((e) => e.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^Run succeeded in \d+s: 1 step recorded \(welcome\)\.$/);
  });

  it('GIVEN a recorded run WHEN it finishes THEN the run is not read first (one conditional update); a failure with no run record still records the run as failed', async () => {
    const wf = await setup('sv-fin-io');
    const ctx = await contextOf('sv-fin-io', wf.workflowId, 'run-fin-io');
    const sent: string[] = [];
    const counting = {
      ...db,
      doc: {
        send: (command: { constructor: { name: string } }) => {
          sent.push(command.constructor.name);
          return db.doc.send(command as never);
        },
      } as never,
    };
    const sup = supervisorWith({ db: counting });
    expect(await sup.finish({ op: 'finish', context: ctx, steps: {} })).toEqual({ status: 'succeeded' });
    expect(sent.filter((name) => name === 'GetCommand')).toEqual([]);

    const orphan = { ...ctx, runId: 'run-fin-io-orphan' };
    const failed = await sup.fail({
      op: 'fail',
      context: orphan,
      error: { Error: 'Boom', Cause: 'it broke' },
    });
    expect(failed).toEqual({ status: 'failed' });
    expect(await runs().mustGet('sv-fin-io', 'run-fin-io-orphan')).toMatchObject({
      status: 'failed',
      error: { error: 'Boom', cause: 'it broke' },
    });
  });

  it('GIVEN a rejected approval WHEN the run finishes with outcome rejected THEN it ends as rejected naming who refused', async () => {
    const wf = await setup('sv-finrej');
    const ctx = await contextOf('sv-finrej', wf.workflowId, 'run-finrej');
    const sup = supervisorWith();
    await sup.finish({
      op: 'finish',
      outcome: 'rejected',
      context: ctx,
      steps: { check: { approved: false, by: 'bob', at: '2026-11-25T10:05:00Z', comment: 'too early' } },
    });
    expect((await runs().mustGet('sv-finrej', 'run-finrej')).status).toBe('rejected');
    const [entry] = (await logs().listByRun('sv-finrej', 'run-finrej')).items;
    expect(entry?.message).toBe('Run rejected by bob: "too early"; nothing further was done.');
    expect(bus.ofType('workflow.completed')[0]?.detail).toMatchObject({ result: { status: 'rejected' } });
  });

  it('GIVEN an approval step still pending WHEN the run fails THEN the approval expires and leaves the pending list', async () => {
    const wf = await setup('sv-exp');
    const ctx = await contextOf('sv-exp', wf.workflowId, 'run-exp');
    const sup = supervisorWith();
    const { approvalId } = await sup.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-exp',
      context: ctx,
      stepId: 'welcome',
      message: 'Send it?',
    });
    await sup.fail({ op: 'fail', context: ctx, error: { Error: 'States.Timeout' } });
    const repo = createApprovalRepository({ db, clock });
    expect((await repo.get('sv-exp', approvalId)).status).toBe('expired');
    expect((await repo.listPending('sv-exp')).items).toEqual([]);
  });

  it('GIVEN a failing step WHEN fail is recorded THEN the Lambda cause is readable, workflow.failed is emitted and a late finish changes nothing', async () => {
    const wf = await setup('sv-fail');
    const ctx = await contextOf('sv-fail', wf.workflowId, 'run-fail');
    const sup = supervisorWith();
    await sup.fail({
      op: 'fail',
      context: ctx,
      steps: {},
      error: {
        Error: 'NonRetriableError',
        Cause: JSON.stringify({ errorType: 'NonRetriableError', errorMessage: 'Slack is not connected' }),
      },
    });
    const run = await runs().mustGet('sv-fail', 'run-fail');
    expect(run).toMatchObject({
      status: 'failed',
      error: { error: 'NonRetriableError', cause: 'Slack is not connected' },
    });
    expect(bus.ofType('workflow.failed')[0]?.detail).toMatchObject({
      error: { error: 'NonRetriableError', cause: 'Slack is not connected' },
    });
    const [entry] = (await logs().listByRun('sv-fail', 'run-fail')).items;
    expect(entry).toMatchObject({ level: 'error', stepId: '_fail' });
    expect(entry?.message).toMatch(/^Run failed after \d+s: NonRetriableError — Slack is not connected$/);
    expect(await sup.finish({ op: 'finish', context: ctx, steps: {} })).toEqual({ status: 'failed' });
    expect(bus.ofType('workflow.completed')).toEqual([]);
  });
});

describe('reconciling executions that ended outside the supervisor', () => {
  const change = (
    tenantId: string,
    workflowId: string,
    runId: string,
    status: string,
    extra: Record<string, unknown> = {},
  ) => ({
    executionArn: `arn:aws:states:eu-west-1:1:execution:sm:${runId}`,
    name: runId,
    status,
    input: JSON.stringify({ trigger: {}, context: { tenantId, workflowId, triggerType: 'event' } }),
    ...extra,
  });

  it('GIVEN a run whose execution timed out WHEN the status change arrives THEN the run fails with States.Timeout, once, and its approvals expire', async () => {
    const wf = await setup('sv-rc');
    const ctx = await contextOf('sv-rc', wf.workflowId, 'run-rc');
    const sup = supervisorWith();
    const { approvalId } = await sup.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok-rc',
      context: ctx,
      stepId: '_run',
      message: 'Go?',
    });
    expect(await sup.reconcileExecution(change('sv-rc', wf.workflowId, 'run-rc', 'TIMED_OUT'))).toEqual({
      status: 'failed',
    });
    expect(await sup.reconcileExecution(change('sv-rc', wf.workflowId, 'run-rc', 'TIMED_OUT'))).toEqual({
      status: 'failed',
    });
    expect(await runs().mustGet('sv-rc', 'run-rc')).toMatchObject({
      status: 'failed',
      error: { error: 'States.Timeout' },
    });
    expect(bus.ofType('workflow.failed')).toHaveLength(1);
    expect((await createApprovalRepository({ db, clock }).get('sv-rc', approvalId)).status).toBe('expired');
    const [entry] = (await logs().listByRun('sv-rc', 'run-rc')).items;
    expect(entry?.message).toMatch(
      /^Run timed out after \d+s: States\.Timeout — The execution ran past its time limit$/,
    );
  });

  it('GIVEN a finished run WHEN a late ABORTED change arrives THEN nothing changes; a stopped running run is cancelled; other tenants and statuses are skipped', async () => {
    const wf = await setup('sv-rc2');
    const sup = supervisorWith();
    const done = await contextOf('sv-rc2', wf.workflowId, 'run-done');
    await sup.finish({ op: 'finish', context: done, steps: {} });
    expect(await sup.reconcileExecution(change('sv-rc2', wf.workflowId, 'run-done', 'ABORTED'))).toEqual({
      status: 'succeeded',
    });
    await contextOf('sv-rc2', wf.workflowId, 'run-stop');
    expect(
      await sup.reconcileExecution(
        change('sv-rc2', wf.workflowId, 'run-stop', 'ABORTED', { cause: 'Stopped from the console' }),
      ),
    ).toEqual({
      status: 'cancelled',
    });
    expect((await runs().mustGet('sv-rc2', 'run-stop')).error).toEqual({
      error: 'ExecutionAborted',
      cause: 'Stopped from the console',
      stepId: null,
    });
    expect(await sup.reconcileExecution(change('sv-other', wf.workflowId, 'run-stop', 'ABORTED'))).toEqual({
      skipped: 'no run record',
    });
    expect(await sup.reconcileExecution(change('sv-rc2', wf.workflowId, 'run-stop', 'SUCCEEDED'))).toEqual({
      skipped: 'status SUCCEEDED',
    });
    expect(await sup.reconcileExecution({ executionArn: 'x', name: 'run-stop', status: 'FAILED' })).toEqual({
      skipped: 'execution input not available',
    });
  });
});

describe('ai.task routing', () => {
  const meta = (runId: string, tenantId = 'sv-ai'): TaskMeta => ({
    tenantId,
    workflowId: 'wf-ai',
    runId,
    executionId: `arn:aws:states:eu-west-1:1:execution:sm:${runId}`,
    stepId: 'think',
    itemIndex: -1,
  });

  it('GIVEN no model WHEN an ai.task is routed THEN it fails for good with "ai.task needs a model"', async () => {
    await expect(
      supervisorWith().route({
        op: 'route',
        input: { instruction: 'Tell the team' },
        meta: meta('r-nomodel'),
      }),
    ).rejects.toThrow(new NonRetriableError('ai.task needs a model (set BEDROCK_MODEL_ID)'));
  });

  it('GIVEN Bedrock picks notify.slack WHEN routed (and retried) THEN the request lists catalogue tools, the action runs through the agent once', async () => {
    await tenants().updateSettings('sv-ai', {
      httpAllowList: ['127.0.0.1'],
      integrations: { slackWebhookUrl: 'http://127.0.0.1:9/hook' },
    });
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const bedrock = mockClient(client);
    bedrock.on(ConverseCommand).resolves({
      output: {
        message: {
          role: 'assistant',
          content: [
            { text: 'Posting to the team channel.' },
            { toolUse: { toolUseId: 'tu-1', name: 'notify_slack', input: { text: 'Big deal closed' } } },
          ],
        },
      },
      stopReason: 'tool_use',
      usage: { inputTokens: 900, outputTokens: 40, totalTokens: 940 },
      metrics: { latencyMs: 1 },
    });
    const posts: { url: string; body: string }[] = [];
    const fetch = async (url: string, init?: RequestInit) => {
      posts.push({ url, body: String(init?.body) });
      return new Response('ok', { status: 200 });
    };
    const sup = supervisorWith({
      llm: { client, modelId: 'anthropic.test-model' },
      agents: () => ({
        notify: createNotifyAgent({
          db,
          clock,
          secrets,
          fetch,
          mailer: { send: async () => ({ messageId: 'x' }) },
          fromAddress: 'a@b.co',
        }),
      }),
    });
    await runs().create('sv-ai', {
      runId: 'r-ai',
      workflowId: 'wf-ai',
      workflowName: 'AI',
      version: 1,
      executionId: 'x',
      triggerType: 'manual',
      dryRun: false,
      autoMode: true,
      startedAt: clock.now().toISOString(),
    });
    const payload = {
      op: 'route' as const,
      input: { instruction: 'Tell the team that the deal closed', context: { deal: 'ACME' } },
      meta: meta('r-ai'),
    };
    const out = await sup.route(payload);
    expect(out).toEqual({
      result: 'Posting to the team channel. Post to Slack done.',
      action: 'notify.slack',
      output: { delivered: true, via: 'slack' },
    });
    const again = await sup.route(payload);
    expect(again).toEqual(out);
    expect(posts).toEqual([
      { url: 'http://127.0.0.1:9/hook', body: JSON.stringify({ text: 'Big deal closed' }) },
    ]);

    const calls = bedrock.commandCalls(ConverseCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input?.modelId).toBe('anthropic.test-model');
    expect(input?.messages?.[0]?.content?.[0]?.text).toBe(
      'Instruction:\nTell the team that the deal closed\n\nContext (JSON):\n{"deal":"ACME"}',
    );
    expect(input?.toolConfig?.toolChoice).toEqual({ auto: {} });
    const tools = input?.toolConfig?.tools ?? [];
    expect(tools.map((t) => t.toolSpec?.name)).toEqual(['notify_slack', 'notify_team']);
    expect(tools[0]?.toolSpec).toMatchObject({
      description: expect.stringContaining('Post to Slack'),
      inputSchema: {
        json: {
          type: 'object',
          properties: {
            text: { type: 'string', minLength: 1, maxLength: 40000 },
            channel: { type: 'string', maxLength: 100 },
          },
          required: ['text'],
          additionalProperties: false,
        },
      },
    });
    expect((await runs().mustGet('sv-ai', 'r-ai')).llmUsage).toEqual({ inputTokens: 900, outputTokens: 40 });
  });

  it('GIVEN Bedrock first calls a tool with invalid input WHEN routed THEN it is told why and its corrected call runs', async () => {
    await tenants().updateSettings('sv-ai2', {
      httpAllowList: ['127.0.0.1'],
      integrations: { slackWebhookUrl: 'http://127.0.0.1:9/hook' },
    });
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const bedrock = mockClient(client);
    const reply = (input: unknown) => ({
      output: {
        message: {
          role: 'assistant' as const,
          content: [{ toolUse: { toolUseId: 'tu', name: 'notify_slack', input: input as never } }],
        },
      },
      stopReason: 'tool_use' as const,
      usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
      metrics: { latencyMs: 1 },
    });
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(reply({ message: 'hi' }))
      .resolvesOnce(reply({ text: 'hi' }));
    const posts: string[] = [];
    const sup = supervisorWith({
      llm: { client, modelId: 'm' },
      agents: () => ({
        notify: createNotifyAgent({
          db,
          clock,
          secrets,
          fetch: async (_u, init) => {
            posts.push(String(init?.body));
            return new Response('ok');
          },
          mailer: { send: async () => ({ messageId: 'x' }) },
          fromAddress: 'a@b.co',
        }),
      }),
    });
    const out = await sup.route({
      op: 'route',
      input: { instruction: 'say hi' },
      meta: meta('r-ai2', 'sv-ai2'),
    });
    expect(out.action).toBe('notify.slack');
    expect(posts).toEqual([JSON.stringify({ text: 'hi' })]);
    const second = bedrock.commandCalls(ConverseCommand)[1]?.args[0].input;
    expect(second?.toolConfig?.toolChoice).toEqual({ any: {} });
    const correction = second?.messages?.[2]?.content?.[0]?.toolResult;
    expect(correction?.status).toBe('error');
    expect(correction?.content?.[0]?.text).toContain('text');
  });
});
