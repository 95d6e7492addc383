import { describe, expect, it } from 'vitest';
import { createApprovalRepository } from '../../../functions/data/approvals';
import type { TimelineEntry } from '../../../functions/shared/ports';
import type { WorkflowDefinition } from '../../../statemachines/schema';
import { fakeEngine } from '../../support/api-platform';
import { definition } from './fixtures';
import {
  bus,
  clock,
  contextOf,
  db,
  logs,
  runs,
  setup,
  supervisorWith,
  useSupervisorDatabase,
} from './supervisor-fixture';

useSupervisorDatabase();

const withApprovalStep = definition('Checked welcome', {
  steps: [
    { id: 'check', approval: { message: 'Send it?' } },
    {
      id: 'welcome',
      action: 'email.send',
      input: { to: '{{trigger.lead.email}}', subject: 'Welcome', body: 'Hello' },
    },
  ],
} as Partial<WorkflowDefinition>);

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

  it('GIVEN a run that asks no approval (no approval step, Auto Mode on) WHEN it finishes or fails THEN no approvals are queried; with an approval step they are', async () => {
    const queries: string[] = [];
    const counting = {
      ...db,
      doc: {
        send: (command: { constructor: { name: string }; input: { ExpressionAttributeValues?: object } }) => {
          if (command.constructor.name === 'QueryCommand')
            queries.push(JSON.stringify(command.input.ExpressionAttributeValues));
          return db.doc.send(command as never);
        },
      } as never,
    };
    const sup = supervisorWith({ db: counting });
    const plain = await setup('sv-noappr', { tenantAutoMode: true });
    const done = await contextOf('sv-noappr', plain.workflowId, 'run-noappr');
    expect(done.asksApproval).toBe(false);
    await sup.finish({ op: 'finish', context: done, steps: {} });
    const failing = await contextOf('sv-noappr', plain.workflowId, 'run-noappr-fail');
    await sup.fail({ op: 'fail', context: failing, error: { Error: 'Boom' } });
    expect(queries.filter((q) => q.includes('#APPROVALS'))).toStrictEqual([]);

    const checked = await setup('sv-appr', { tenantAutoMode: true, def: withApprovalStep });
    await sup.finish({
      op: 'finish',
      context: await contextOf('sv-appr', checked.workflowId, 'run-appr'),
      steps: {},
    });
    const offAuto = await setup('sv-appr-off', { tenantAutoMode: false });
    const parked = await contextOf('sv-appr-off', offAuto.workflowId, 'run-appr-off');
    expect(parked).toMatchObject({ needsApproval: true, asksApproval: true });
    await sup.fail({ op: 'fail', context: parked, error: { Error: 'States.Timeout' } });
    expect(queries.filter((q) => q.includes('#APPROVALS'))).toHaveLength(2);
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
    const wf = await setup('sv-exp', { tenantAutoMode: true, def: withApprovalStep });
    const ctx = await contextOf('sv-exp', wf.workflowId, 'run-exp');
    expect(ctx.asksApproval).toBe(true);
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

  it('GIVEN an execution that failed at a step WHEN its status change arrives THEN the run fails with the error and the failed step, from the execution history, once', async () => {
    const wf = await setup('sv-rc3');
    await contextOf('sv-rc3', wf.workflowId, 'run-at-step');
    const history: TimelineEntry[] = [
      { name: 'Start run', type: 'Task', status: 'succeeded', startedAt: '2026-01-01T00:00:00.000Z' },
      {
        name: 'Sync to the CRM',
        stepId: 'sync',
        type: 'Task',
        status: 'failed',
        startedAt: '2026-01-01T00:00:01.000Z',
        error: { error: 'RetriableError', cause: '{"errorType":"RetriableError","errorMessage":"503"}' },
      },
    ];
    const engine = { ...fakeEngine(clock), getTimeline: async () => history };
    const sup = supervisorWith({ engine });
    const failed = change('sv-rc3', wf.workflowId, 'run-at-step', 'FAILED', {
      error: 'RetriableError',
      cause: '{"errorType":"RetriableError","errorMessage":"http.request: 127.0.0.1 answered 503"}',
      redriveCount: 0,
    });
    expect(await sup.reconcileExecution(failed)).toEqual({ status: 'failed' });
    expect(await sup.reconcileExecution(failed)).toEqual({ status: 'failed' });
    expect((await runs().mustGet('sv-rc3', 'run-at-step')).error).toEqual({
      error: 'RetriableError',
      cause: 'http.request: 127.0.0.1 answered 503',
      stepId: 'sync',
    });
    expect(bus.ofType('workflow.failed')).toHaveLength(1);
  });

  it('GIVEN a run reopened by a redrive WHEN the failure of the attempt before it arrives late THEN the run stays running; the failure of the redriven attempt closes it', async () => {
    const wf = await setup('sv-rc4');
    await contextOf('sv-rc4', wf.workflowId, 'run-redriven');
    const sup = supervisorWith();
    const first = change('sv-rc4', wf.workflowId, 'run-redriven', 'FAILED', { error: 'X', redriveCount: 0 });
    expect(await sup.reconcileExecution(first)).toEqual({ status: 'failed' });
    await runs().reopen('sv-rc4', 'run-redriven');
    expect(await sup.reconcileExecution(first)).toEqual({
      skipped: 'status change of an earlier attempt (redrive 0 < 1)',
    });
    expect((await runs().mustGet('sv-rc4', 'run-redriven')).status).toBe('running');
    const second = change('sv-rc4', wf.workflowId, 'run-redriven', 'FAILED', { error: 'Y', redriveCount: 1 });
    expect(await sup.reconcileExecution(second)).toEqual({ status: 'failed' });
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
