import { describe, expect, it } from 'vitest';
import { WorkflowDefinition } from '../../statemachines/schema';
import { APPROVED, runWorkflow, TaskError } from '../support/compiled-run';

/**
 * Compiled state machines EXECUTED in aws-local-stepfunctions, every Task stubbed (see test/support/compiled-run.ts
 * for how task tokens are handled: a custom context object supplies $$.Task.Token, and the stub of a
 * `.waitForTaskToken` task answers the callback: return = SendTaskSuccess, TaskError = SendTaskFailure / timeout).
 */

const workflow = (steps: unknown[], extra: Record<string, unknown> = {}) =>
  WorkflowDefinition.parse({ name: 'Behaviour', trigger: { type: 'manual' }, steps, ...extra });

const log = (id: string, message = id) => ({ id, action: 'log', input: { message } });

const ran = (r: { inputsOfAction: (a: string) => { Item: { stepId: { S: string } } }[] }) =>
  r.inputsOfAction('log').map((i) => i.Item.stepId.S);

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
          input: { to: '{{trigger.lead.email}}', subject: 'Following up' },
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
  const def = workflow([log('work')], { trigger: { type: 'event', event: 'lead.created' } });

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

  it('GIVEN a forced EXPRESS workflow and a run that needs approval WHEN it executes THEN it fails with ApprovalUnavailable, recorded', async () => {
    const r = await runWorkflow(
      workflow([log('work')], {
        trigger: { type: 'event', event: 'lead.created' },
        settings: { type: 'EXPRESS' },
      }),
      { context: { needsApproval: true } },
    );
    expect(ran(r)).toStrictEqual([]);
    expect(r.inputsOf('Record failure')[0].error.Error).toBe('ApprovalUnavailable');
    expect(r.status).toBe('FAILED');
    expect(r.error?.name).toBe('ApprovalUnavailable');
  });

  it('GIVEN Auto Mode is on WHEN the run executes THEN nobody is asked', async () => {
    const r = await runWorkflow(def, { context: { needsApproval: false } });
    expect(r.inputsOf('Wait for approval')).toStrictEqual([]);
    expect(ran(r)).toStrictEqual(['work']);
  });
});

describe('failures', () => {
  const def = workflow([
    {
      id: 'welcome',
      name: 'Send welcome email',
      action: 'email.send',
      input: { to: 'a@acme.test', subject: 'Hi' },
    },
    log('after'),
  ]);

  it('GIVEN an action fails twice with RetriableError WHEN the run executes THEN it is retried and the run succeeds', async () => {
    let attempts = 0;
    const r = await runWorkflow(def, {
      stubs: {
        'Send welcome email': () => {
          attempts++;
          if (attempts <= 2) throw new TaskError('RetriableError', 'throttled');
          return { messageId: 'm1', trackingId: 't1', to: 'a@acme.test' };
        },
      },
    });
    expect(r.status).toBe('SUCCEEDED');
    expect(attempts).toBe(3);
    expect(r.events.filter((e) => e.type === 'StateRetried')).toHaveLength(2);
    expect(r.output.steps.welcome).toStrictEqual({ messageId: 'm1', trackingId: 't1', to: 'a@acme.test' });
    expect(ran(r)).toStrictEqual(['after']);
  });

  it('GIVEN an action keeps failing with RetriableError WHEN retries run out THEN the failure is recorded and the run fails', async () => {
    let attempts = 0;
    const r = await runWorkflow(def, {
      stubs: {
        'Send welcome email': () => {
          attempts++;
          throw new TaskError('RetriableError', 'still throttled');
        },
      },
    });
    expect(attempts).toBe(6); // the first try and the 5 retries of the email policy
    expect(r.status).toBe('FAILED');
    expect(r.error?.name).toBe('RetriableError');
  });

  it('GIVEN an action fails with NonRetriableError WHEN the run executes THEN it is not retried: "Record failure" gets the error, then the run fails', async () => {
    let attempts = 0;
    const r = await runWorkflow(def, {
      stubs: {
        'Send welcome email': () => {
          attempts++;
          throw new TaskError('NonRetriableError', 'no such mailbox');
        },
      },
    });
    expect(attempts).toBe(1);
    expect(r.inputsOf('Record failure')).toStrictEqual([
      {
        op: 'fail',
        context: expect.objectContaining({ runId: 'run-1' }),
        steps: {},
        error: { Error: 'NonRetriableError', Cause: 'no such mailbox' },
      },
    ]);
    expect(r.entered.slice(-2)).toStrictEqual(['Record failure', 'Run failed']);
    expect(r.status).toBe('FAILED');
    expect(r.error).toStrictEqual({ name: 'NonRetriableError', message: 'no such mailbox' });
    expect(ran(r)).toStrictEqual([]);
  });

  it('GIVEN the supervisor cannot finish the run WHEN retries run out THEN the failure is recorded and the run fails', async () => {
    let finishes = 0;
    const r = await runWorkflow(workflow([log('x')]), {
      stubs: {
        'Finish run': () => {
          finishes++;
          throw new TaskError('Lambda.ServiceException', 'unavailable');
        },
      },
    });
    expect(finishes).toBe(4);
    expect(r.inputsOf('Record failure')[0].error).toStrictEqual({
      Error: 'Lambda.ServiceException',
      Cause: 'unavailable',
    });
    expect(r.status).toBe('FAILED');
  });

  it('GIVEN a ConflictError WHEN the run executes THEN it is never retried', async () => {
    let attempts = 0;
    const r = await runWorkflow(def, {
      stubs: {
        'Send welcome email': () => {
          attempts++;
          throw new TaskError('ConflictError', 'overlap');
        },
      },
    });
    expect(attempts).toBe(1);
    expect(r.status).toBe('FAILED');
  });

  it('GIVEN onError continue WHEN the action fails THEN the error is kept under steps.<id>.error and the next steps run', async () => {
    const r = await runWorkflow(
      workflow([
        { id: 'ping', action: 'http.request', input: { url: 'https://example.com' }, onError: 'continue' },
        { id: 'failed', if: { path: 'steps.ping.error', exists: true }, then: [log('noticed')] },
      ]),
      {
        actions: {
          'http.request': () => {
            throw new TaskError('NonRetriableError', 'HTTP 404');
          },
        },
      },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output.steps.ping).toStrictEqual({ error: { Error: 'NonRetriableError', Cause: 'HTTP 404' } });
    expect(ran(r)).toStrictEqual(['noticed']);
  });

  it('GIVEN a failure inside a forEach iteration WHEN the run executes THEN the Map fails and the run records the failure', async () => {
    const r = await runWorkflow(
      workflow([
        {
          id: 'each',
          forEach: {
            items: '{{trigger.ids}}',
            steps: [{ id: 'n', action: 'crm.addNote', input: { leadId: '{{item}}', text: 'x' } }],
          },
        },
      ]),
      {
        trigger: { ids: ['a', 'b'] },
        actions: {
          'crm.addNote': (i) => {
            if (i.input.leadId === 'b') throw new TaskError('NonRetriableError', 'unknown lead b');
            return { noteId: 'n1', leadId: 'a' };
          },
        },
      },
    );
    expect(r.status).toBe('FAILED');
    expect(r.inputsOf('Record failure')[0].error).toStrictEqual({
      Error: 'NonRetriableError',
      Cause: 'unknown lead b',
    });
  });
});

describe('loops, branches and data', () => {
  it('GIVEN forEach WHEN the run executes THEN each item is processed with item, index and earlier results, and results are collected per iteration', async () => {
    const r = await runWorkflow(
      workflow([
        { id: 'find', action: 'crm.findLeads', input: { status: 'new' } },
        {
          id: 'each',
          forEach: {
            items: '{{steps.find.leads}}',
            concurrency: 1,
            steps: [
              {
                id: 'note',
                action: 'crm.addNote',
                input: { leadId: '{{item.id}}', text: '{{index}} of {{steps.find.count}}' },
              },
              {
                id: 'big',
                if: { path: 'item.value', gte: 100 },
                then: [log('vip', 'VIP {{steps.note.noteId}}')],
              },
            ],
          },
        },
        log('done', 'processed {{steps.each.count}}'),
      ]),
      {
        actions: {
          'crm.findLeads': () => ({
            leads: [
              { id: 'a', value: 500 },
              { id: 'b', value: 5 },
            ],
            count: 2,
          }),
          'crm.addNote': (i) => ({ noteId: `note-${i.input.leadId}`, leadId: i.input.leadId }),
        },
      },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.inputsOfAction('crm.addNote').map((i) => [i.input, i.meta.itemIndex])).toStrictEqual([
      [{ leadId: 'a', text: '0 of 2' }, 0],
      [{ leadId: 'b', text: '1 of 2' }, 1],
    ]);
    expect(r.output.steps.each).toStrictEqual({
      // Each iteration's own results only (the log's result is trimmed to {}); nothing leaks into the outer steps.
      results: [
        { note: { noteId: 'note-a', leadId: 'a' }, vip: {} },
        { note: { noteId: 'note-b', leadId: 'b' } },
      ],
      count: 2,
    });
    expect(r.inputsOfAction('log').map((i) => i.Item.message.S)).toStrictEqual(['VIP note-a', 'processed 2']);
    expect(r.output.steps).not.toHaveProperty('note');
  });

  it('GIVEN a forEach inside a forEach WHEN the run executes THEN every inner action gets a distinct item path for its idempotency key', async () => {
    const r = await runWorkflow(
      workflow([
        {
          id: 'outer-loop',
          forEach: {
            items: '{{trigger.teams}}',
            steps: [
              {
                id: 'inner-loop',
                forEach: {
                  items: '{{item.members}}',
                  steps: [{ id: 'n', action: 'crm.addNote', input: { leadId: '{{item}}', text: 'hi' } }],
                },
              },
            ],
          },
        },
      ]),
      { trigger: { teams: [{ members: ['a', 'b'] }, { members: ['c'] }] } },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(
      r.inputsOfAction('crm.addNote').map((i) => [i.input.leadId, i.meta.itemIndex, i.meta.itemPath]),
    ).toStrictEqual([
      ['a', 0, '0.0'],
      ['b', 1, '0.1'],
      ['c', 0, '1.0'],
    ]);
  });

  it('GIVEN a forEach over an empty list WHEN the run executes THEN the results are empty and the run goes on', async () => {
    const r = await runWorkflow(
      workflow([{ id: 'each', forEach: { items: '{{trigger.ids}}', steps: [log('x')] } }, log('after')]),
      { trigger: { ids: [] } },
    );
    expect(r.output.steps.each).toStrictEqual({ results: [], count: 0 });
    expect(ran(r)).toStrictEqual(['after']);
  });

  it('GIVEN parallel branches WHEN the run executes THEN every branch runs and their results are merged into steps', async () => {
    const r = await runWorkflow(
      workflow([
        { id: 'first', action: 'crm.getLead', input: { leadId: 'L1' } },
        {
          id: 'both',
          parallel: [
            [{ id: 'mail', action: 'email.send', input: { to: 'a@acme.test', subject: 'Hi' } }],
            [
              { id: 'tell', action: 'notify.team', input: { text: 'Lead {{steps.first.leadId}}' } },
              log('side'),
            ],
          ],
        },
        log('after', '{{steps.mail.messageId}} / {{steps.tell.via}}'),
      ]),
      {
        actions: {
          'crm.getLead': () => ({ leadId: 'L1', lead: { id: 'L1' } }),
          'email.send': () => ({ messageId: 'm1', trackingId: 't', to: 'a@acme.test' }),
          'notify.team': () => ({ delivered: true, via: 'slack' }),
        },
      },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(Object.keys(r.output.steps).sort()).toStrictEqual(['after', 'first', 'mail', 'side', 'tell']);
    expect(r.inputsOfAction('notify.team')[0].input).toStrictEqual({ text: 'Lead L1' });
    expect(r.inputsOfAction('log').at(-1).Item.message).toStrictEqual({ S: 'm1 / slack' });
    expect(r.output.trigger).toStrictEqual({});
    expect(r.output.context.tenantId).toBe('t1');
  });

  it('GIVEN templated inputs with punctuation, lists and nested objects WHEN the run executes THEN the agent receives the resolved values', async () => {
    const r = await runWorkflow(
      workflow([
        {
          id: 'inv',
          action: 'invoice.create',
          input: {
            customerEmail: '{{trigger.email}}',
            currency: 'EUR',
            lines: [
              {
                description: "{{trigger.name}}'s {setup}, (phase 1)",
                quantity: 1,
                unitPriceCents: '{{trigger.price}}',
              },
            ],
          },
        },
        {
          id: 'mail',
          action: 'email.send',
          input: {
            to: '{{trigger.email}}',
            subject: 'Invoice {{steps.inv.number}}',
            cc: ['{{trigger.email}}', 'books@acme.test'],
          },
        },
      ]),
      { trigger: { email: 'ann@acme.test', name: "O'Hara", price: 12_500 } },
    );
    expect(r.inputsOfAction('invoice.create')[0].input).toStrictEqual({
      customerEmail: 'ann@acme.test',
      currency: 'EUR',
      lines: [{ description: "O'Hara's {setup}, (phase 1)", quantity: 1, unitPriceCents: 12_500 }],
    });
    expect(r.inputsOfAction('email.send')[0].input).toStrictEqual({
      to: 'ann@acme.test',
      subject: 'Invoice sample',
      cc: ['ann@acme.test', 'books@acme.test'],
    });
    expect(r.inputsOfAction('email.send')[0].meta).toStrictEqual({
      tenantId: 't1',
      workflowId: 'wf',
      runId: 'run-1',
      executionId: 'arn:aws:states:us-east-1:000000000000:execution:dynaris-t1-wf:run-1',
      stepId: 'mail',
      itemIndex: -1,
      attempt: 0,
      dryRun: false,
    });
  });

  it('GIVEN waits and events.emit WHEN the run executes THEN waits pass and the event carries the run tenant', async () => {
    const r = await runWorkflow(
      workflow([
        { id: 'pause', wait: 'P1D' },
        { id: 'until', wait: { until: '{{trigger.at}}' } },
        {
          id: 'emit',
          action: 'events.emit',
          input: { event: 'lead.updated', detail: { leadId: '{{trigger.id}}' } },
        },
      ]),
      { trigger: { at: '2026-01-06T09:00:00Z', id: 'L9' } },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.entered).toEqual(expect.arrayContaining(['Wait 1 day', 'Wait until [at]']));
    expect(r.inputsOfAction('events.emit')[0]).toStrictEqual({
      Entries: [
        {
          EventBusName: 'dynaris',
          Source: 'dynaris.workflow',
          DetailType: 'lead.updated',
          Detail: {
            leadId: 'L9',
            tenantId: 't1',
            emittedBy: { workflowId: 'wf', runId: 'run-1', stepId: 'emit' },
          },
        },
      ],
    });
    expect(r.output.steps.emit).toStrictEqual({});
  });
});
