import { describe, expect, it } from 'vitest';
import { log, ran, workflow } from '../support/asl-behaviour';
import { APPROVED, runWorkflow, TaskError } from '../support/compiled-run';

describe('conditions', () => {
  const def = workflow([
    {
      id: 'hot',
      if: {
        all: [
          { path: 'trigger.lead.value', gt: 10000 },
          { path: 'trigger.lead.status', in: ['new', 'contacted'] },
        ],
      },
      then: [log('vip')],
      else: [log('normal')],
    },
    log('after'),
  ]);

  it('GIVEN a condition that holds WHEN the run executes THEN the then-branch runs and the run continues after the if', async () => {
    const r = await runWorkflow(def, { trigger: { lead: { value: 20000, status: 'new' } } });
    expect(r.status).toBe('SUCCEEDED');
    expect(ran(r)).toStrictEqual(['vip', 'after']);
  });

  it('GIVEN a condition that does not hold WHEN the run executes THEN the else-branch runs', async () => {
    const r = await runWorkflow(def, { trigger: { lead: { value: 20000, status: 'lost' } } });
    expect(ran(r)).toStrictEqual(['normal', 'after']);
  });

  it('GIVEN the compared field is missing WHEN the run executes THEN the condition is false instead of failing the run', async () => {
    const r = await runWorkflow(def, { trigger: {} });
    expect(r.status).toBe('SUCCEEDED');
    expect(ran(r)).toStrictEqual(['normal', 'after']);
  });
});

describe('waiting for an event', () => {
  const def = workflow([
    {
      id: 'await-reply',
      waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
      onEvent: [
        { id: 'thank', action: 'log', input: { message: 'Reply: {{steps.await-reply.event.subject}}' } },
      ],
      onTimeout: [
        {
          id: 'nudge',
          action: 'email.send',
          input: { to: '{{trigger.lead.email}}', subject: 'Following up', body: 'Hello' },
        },
      ],
    },
    {
      id: 'check',
      if: { path: 'steps.await-reply.received', eq: true },
      then: [log('replied')],
      else: [log('silent')],
    },
  ]);
  const trigger = { lead: { id: 'L1', email: 'ann@acme.test' } };

  it('GIVEN the event arrives WHEN the run executes THEN the wait is registered with the resolved match and onEvent runs with the event', async () => {
    const r = await runWorkflow(def, {
      trigger,
      waits: () => ({ event: { leadId: 'L1', subject: 'Yes please' }, eventId: 'e1', receivedAt: 'now' }),
    });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.inputsOf('Wait for reply (2 days)')).toStrictEqual([
      {
        op: 'registerWait',
        event: 'email.received',
        match: { leadId: 'L1' },
        timeoutSeconds: 172_800,
        taskToken: 'local-task-token',
        context: expect.objectContaining({ tenantId: 't1', runId: 'run-1' }),
        stepId: 'await-reply',
      },
    ]);
    expect(r.inputsOfAction('log')[0].Item.message).toStrictEqual({ S: 'Reply: Yes please' });
    expect(ran(r)).toStrictEqual(['thank', 'replied']);
    expect(r.inputsOfAction('email.send')).toStrictEqual([]);
    expect(r.output.steps['await-reply']).toStrictEqual({
      received: true,
      event: { leadId: 'L1', subject: 'Yes please' },
    });
  });

  it('GIVEN no event before the timeout WHEN the run executes THEN onTimeout runs and the result says not received', async () => {
    const r = await runWorkflow(def, {
      trigger,
      waits: () => {
        throw new TaskError('States.Timeout');
      },
    });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.entered).toContain('No reply within 2 days');
    expect(r.inputsOfAction('email.send')).toHaveLength(1);
    expect(ran(r)).toStrictEqual(['silent']);
    expect(r.output.steps['await-reply']).toStrictEqual({ received: false, event: null });
  });
});

describe('approvals', () => {
  const def = workflow([
    {
      id: 'ok',
      approval: {
        message: 'Send the offer to {{trigger.lead.name}}?',
        approvers: ['boss@acme.test'],
        timeout: 'P1D',
      },
      onReject: [log('apologise')],
    },
    log('send-offer'),
  ]);
  const trigger = { lead: { name: 'Ann' } };

  it('GIVEN the approval is granted WHEN the run executes THEN the run continues with the decision under steps.<id>', async () => {
    const r = await runWorkflow(def, { trigger });
    expect(r.inputsOf('Approval: Send the offer to [lead.name]?')[0]).toMatchObject({
      op: 'requestApproval',
      message: 'Send the offer to Ann?',
      approvers: ['boss@acme.test'],
      stepId: 'ok',
      taskToken: 'local-task-token',
      trigger,
    });
    expect(ran(r)).toStrictEqual(['send-offer']);
    expect(r.output.steps.ok).toStrictEqual(APPROVED);
    expect(r.inputsOf('Finish run')[0]).toMatchObject({ outcome: 'succeeded' });
  });

  it('GIVEN the approval is rejected WHEN the run executes THEN onReject runs and the run finishes as rejected, with the decision', async () => {
    const r = await runWorkflow(def, {
      trigger,
      approvals: () => {
        throw new TaskError(
          'ApprovalRejected',
          JSON.stringify({ by: 'boss@acme.test', at: '2026-01-05T12:00:00Z' }),
        );
      },
    });
    expect(r.status).toBe('SUCCEEDED');
    expect(ran(r)).toStrictEqual(['apologise']);
    expect(r.inputsOf('Finish run')).toStrictEqual([]);
    const [finish] = r.inputsOf('Finish rejected run');
    expect(finish).toMatchObject({ op: 'finish', outcome: 'rejected' });
    expect(finish.steps.ok).toStrictEqual({
      approved: false,
      by: 'boss@acme.test',
      at: '2026-01-05T12:00:00Z',
      comment: null,
    });
    expect(r.entered.at(-1)).toBe('Run rejected');
  });

  it('GIVEN nobody decides in time WHEN the run executes THEN it counts as rejected, with a comment saying so', async () => {
    const r = await runWorkflow(def, {
      trigger,
      approvals: () => {
        throw new TaskError('States.Timeout');
      },
    });
    expect(ran(r)).toStrictEqual(['apologise']);
    expect(r.inputsOf('Finish rejected run')[0].steps.ok).toStrictEqual({
      approved: false,
      by: null,
      at: null,
      comment: 'No decision within 1 day',
    });
  });

  it('GIVEN an approval inside a forEach is rejected for one item WHEN the run executes THEN the run ends as rejected', async () => {
    const r = await runWorkflow(
      workflow([
        {
          id: 'each',
          forEach: {
            items: '{{trigger.ids}}',
            concurrency: 1,
            steps: [{ id: 'ok', approval: { message: 'Contact {{item}}?' } }, log('contacted', '{{item}}')],
          },
        },
        log('after'),
      ]),
      {
        trigger: { ids: ['a', 'b'] },
        approvals: (payload) => {
          if (payload.message === 'Contact b?')
            throw new TaskError('ApprovalRejected', '{"by":"x","at":"y","comment":null}');
          return APPROVED;
        },
      },
    );
    expect(
      r.calls.filter((c) => c.task.kind === 'requestApproval').map((c) => c.input.itemIndex),
    ).toStrictEqual([0, 1]);
    expect(ran(r)).toStrictEqual(['contacted']);
    expect(r.inputsOf('Finish rejected run')).toHaveLength(1);
    expect(r.inputsOf('Finish run')).toStrictEqual([]);
  });

  it('GIVEN an approval inside a parallel branch is rejected WHEN the run executes THEN the whole run ends as rejected', async () => {
    const r = await runWorkflow(
      workflow([
        { id: 'p', parallel: [[{ id: 'ok', approval: { message: 'Go?' } }], [log('side')]] },
        log('after'),
      ]),
      {
        approvals: () => {
          throw new TaskError('ApprovalRejected', '{"by":"x","at":"y","comment":"no"}');
        },
      },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(ran(r)).not.toContain('after');
    expect(r.inputsOf('Finish rejected run')).toHaveLength(1);
  });
});

describe('the Auto Mode gate', () => {
  const def = workflow([log('work')], {
    trigger: { type: 'event', event: 'lead.created' },
    settings: { type: 'STANDARD' },
  });

  it('GIVEN the run needs approval and gets it WHEN the run executes THEN the supervisor is asked for "_run" and the steps run', async () => {
    const r = await runWorkflow(def, { context: { needsApproval: true } });
    expect(r.inputsOf('Wait for approval')[0]).toMatchObject({ op: 'requestApproval', stepId: '_run' });
    expect(ran(r)).toStrictEqual(['work']);
  });

  it('GIVEN the run needs approval and is rejected WHEN the run executes THEN no step runs and the run ends as rejected', async () => {
    const r = await runWorkflow(def, {
      context: { needsApproval: true },
      approvals: () => {
        throw new TaskError('ApprovalRejected', '{}');
      },
    });
    expect(ran(r)).toStrictEqual([]);
    expect(r.inputsOf('Finish rejected run')).toHaveLength(1);
  });

  describe('in an EXPRESS workflow (approved before the execution starts)', () => {
    const express = workflow([log('work')], { trigger: { type: 'event', event: 'lead.created' } });
    const decision = (approved: boolean) => ({
      approvalId: 'apr-1',
      approved,
      by: 'ann@example.com',
      at: '2026-01-01T00:00:00.000Z',
      comment: null,
    });

    it('GIVEN a run that needs approval and has no decision yet WHEN it executes THEN it ends at "Approval requested" without running a step or waiting', async () => {
      const r = await runWorkflow(express, { context: { needsApproval: true } });
      expect(r.status).toBe('SUCCEEDED');
      expect(ran(r)).toStrictEqual([]);
      expect(r.inputsOf('Finish run')).toStrictEqual([]);
      expect(r.inputsOf('Finish rejected run')).toStrictEqual([]);
    });

    it('GIVEN the execution a decision to approve started WHEN it executes THEN the steps run and the run finishes', async () => {
      const r = await runWorkflow(express, { context: { needsApproval: false, approval: decision(true) } });
      expect(ran(r)).toStrictEqual(['work']);
      expect(r.inputsOf('Finish run')).toHaveLength(1);
    });

    it('GIVEN the execution a rejection started WHEN it executes THEN no step runs and the run is closed as rejected with the decision', async () => {
      const r = await runWorkflow(express, { context: { needsApproval: true, approval: decision(false) } });
      expect(ran(r)).toStrictEqual([]);
      expect(r.inputsOf('Finish rejected run')[0]).toMatchObject({
        outcome: 'rejected',
        context: { approval: { approved: false, by: 'ann@example.com' } },
      });
      expect(r.status).toBe('SUCCEEDED');
    });
  });

  it('GIVEN Auto Mode is on WHEN the run executes THEN nobody is asked', async () => {
    const r = await runWorkflow(def, { context: { needsApproval: false } });
    expect(r.inputsOf('Wait for approval')).toStrictEqual([]);
    expect(ran(r)).toStrictEqual(['work']);
  });
});
