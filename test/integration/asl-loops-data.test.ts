import { describe, expect, it } from 'vitest';
import { log, ran, workflow } from '../support/asl-behaviour';
import { runWorkflow } from '../support/compiled-run';

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
            [
              {
                id: 'mail',
                action: 'email.send',
                input: { to: 'a@acme.test', subject: 'Hi', body: 'Hello' },
              },
            ],
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
            body: 'Hello',
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
      body: 'Hello',
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
