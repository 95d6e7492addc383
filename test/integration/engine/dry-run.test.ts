import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { dryRunWorkflow } from '../../../functions/engine/dry-run';
import { EngineCore } from '../../../functions/engine/engine-core';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { TEMPLATES } from '../../../statemachines/templates';

const NOW = new Date('2026-03-02T09:00:00.000Z');

const followUp = WorkflowDefinition.parse({
  name: 'New lead follow-up',
  trigger: { type: 'event', event: 'lead.created' },
  steps: [
    {
      id: 'welcome',
      action: 'email.send',
      input: {
        to: '{{trigger.lead.email}}',
        subject: 'Welcome, {{trigger.lead.name}}',
        leadId: '{{trigger.lead.id}}',
        body: 'Hello',
      },
    },
    { id: 'note', action: 'log', input: { message: 'Welcomed {{trigger.lead.name}}' } },
    {
      id: 'await-reply',
      waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
      onEvent: [
        {
          id: 'meet',
          action: 'calendar.schedule',
          input: { title: 'Intro call', leadId: '{{trigger.lead.id}}' },
        },
      ],
      onTimeout: [
        {
          id: 'remind',
          action: 'email.send',
          input: { to: '{{trigger.lead.email}}', subject: 'Following up', body: 'Hello' },
        },
      ],
    },
    { id: 'tell-team', action: 'notify.team', input: { text: 'Lead {{trigger.lead.name}} handled' } },
  ],
});

const trigger = { lead: { id: 'lead-1', email: 'ana@example.com', name: 'Ana' } };

describe('dryRunWorkflow', () => {
  it('GIVEN the lead follow-up WHEN dry run with defaults THEN the reply arrives, a meeting is booked and every action is recorded with its would-be input', async () => {
    const result = await dryRunWorkflow(followUp, trigger, { now: NOW, tenantId: 't1' });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.outcome).toBe('succeeded');
    expect(result.steps.map((s) => [s.id, s.action, s.status])).toEqual([
      ['welcome', 'email.send', 'succeeded'],
      ['note', 'log', 'succeeded'],
      ['await-reply', 'waitFor', 'succeeded'],
      ['meet', 'calendar.schedule', 'succeeded'],
      ['tell-team', 'notify.team', 'succeeded'],
    ]);
    const [welcome, note] = result.steps;
    expect(welcome?.input).toEqual({
      to: 'ana@example.com',
      subject: 'Welcome, Ana',
      leadId: 'lead-1',
      body: 'Hello',
    });
    expect(welcome?.sideEffect).toBe(true);
    expect(welcome?.output).toEqual({
      messageId: 'dry-run:welcome.messageId',
      trackingId: 'dry-run:welcome.trackingId',
      to: 'dry-run:welcome.to',
    });
    expect(note?.input).toEqual({ level: 'info', message: 'Welcomed Ana' });
    expect(result.elapsedSeconds).toBe(0);
  });

  it('GIVEN a dry run WHEN its compiled state machine is registered THEN the ASL schema check (~100 ms a call) is skipped for this compiler output', async () => {
    const register = vi.spyOn(EngineCore.prototype, 'registerStateMachine');
    try {
      const result = await dryRunWorkflow(followUp, trigger, { now: NOW });
      expect(result.status).toBe('SUCCEEDED');
      expect(register).toHaveBeenCalledTimes(1);
      expect(register.mock.calls[0]?.[3]).toMatchObject({ validate: false });
    } finally {
      register.mockRestore();
    }
  });

  it('GIVEN an event trigger with only some of the event fields WHEN dry run THEN the missing fields are filled in the shape of the event contract and the given ones kept', async () => {
    const template = WorkflowDefinition.parse(
      JSON.parse(readFileSync('statemachines/templates/lead-follow-up.json', 'utf8')),
    );
    const result = await dryRunWorkflow(
      template,
      { lead: { id: 'ld_1', email: 'ada@example.com', name: 'Ada' } },
      { now: NOW, tenantId: 't1' },
    );
    expect(result.error).toBeUndefined();
    expect(result.outcome).toBe('succeeded');
    const welcome = result.steps.find((s) => s.id === 'welcome');
    expect(welcome?.input).toMatchObject({ to: 'ada@example.com', leadId: 'ld_1', subject: 'Welcome, Ada' });
    expect(JSON.stringify(welcome?.input)).toContain('dry-run:trigger.lead.company');
  });

  it('GIVEN the reply never comes WHEN dry run with the waitFor timing out THEN the reminder is sent after 2 virtual days instead of the meeting', async () => {
    const result = await dryRunWorkflow(followUp, trigger, {
      now: NOW,
      waitFor: { 'await-reply': { outcome: 'timeout' } },
    });
    expect(result.steps.map((s) => s.id)).toEqual(['welcome', 'note', 'await-reply', 'remind', 'tell-team']);
    expect(result.steps[2]?.status).toBe('failed');
    expect(result.steps[2]?.error?.error).toBe('States.Timeout');
    expect(result.steps[3]?.input).toEqual({ to: 'ana@example.com', subject: 'Following up', body: 'Hello' });
    expect(result.elapsedSeconds).toBe(2 * 86_400);
    expect(result.outcome).toBe('succeeded');
  });

  it('GIVEN a step that fails WHEN dry run THEN the run fails with that error and later steps do not run', async () => {
    const result = await dryRunWorkflow(followUp, trigger, {
      now: NOW,
      failures: { welcome: { error: 'NonRetriableError', cause: 'no email integration' } },
    });
    expect(result.status).toBe('FAILED');
    expect(result.outcome).toBe('failed');
    expect(result.steps.map((s) => [s.id, s.status])).toEqual([['welcome', 'failed']]);
    expect(result.error?.error).toBe('NonRetriableError');
  });

  it('GIVEN an approval, a forEach and a parallel WHEN dry run with the approval rejected THEN onReject runs and the run ends rejected', async () => {
    const def = WorkflowDefinition.parse({
      name: 'Campaign',
      trigger: { type: 'manual' },
      steps: [
        { id: 'find', action: 'crm.findLeads', input: { status: 'new' } },
        {
          id: 'each',
          forEach: {
            items: '{{steps.find.leads}}',
            steps: [
              {
                id: 'mail',
                action: 'email.send',
                input: { to: '{{item.email}}', subject: 'Hi', body: 'Hello' },
              },
            ],
          },
        },
        {
          id: 'both',
          parallel: [
            [{ id: 'slack', action: 'notify.slack', input: { text: 'sent {{steps.each.count}}' } }],
            [{ id: 'pause', wait: 'PT1H' }],
          ],
        },
        {
          id: 'ok',
          approval: { message: 'Send the invoices?' },
          onReject: [{ id: 'sorry', action: 'notify.team', input: { text: 'Rejected' } }],
        },
        { id: 'never', action: 'notify.team', input: { text: 'approved' } },
      ],
    });
    const result = await dryRunWorkflow(
      def,
      {},
      {
        now: NOW,
        approvals: { ok: 'reject' },
        outputs: {
          find: {
            leads: [
              {
                id: 'a',
                email: 'a@example.com',
                name: null,
                company: null,
                status: 'new',
                value: null,
                tags: [],
              },
              {
                id: 'b',
                email: 'b@example.com',
                name: null,
                company: null,
                status: 'new',
                value: null,
                tags: [],
              },
            ],
            count: 2,
          },
        },
      },
    );
    expect(result.status).toBe('SUCCEEDED');
    expect(result.outcome).toBe('rejected');
    const mails = result.steps.filter((s) => s.id === 'mail');
    expect(
      mails.map((m) => m.input).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([
      { to: 'a@example.com', subject: 'Hi', body: 'Hello' },
      { to: 'b@example.com', subject: 'Hi', body: 'Hello' },
    ]);
    expect(result.steps.find((s) => s.id === 'slack')?.input).toEqual({ text: 'sent 2' });
    expect(result.steps.map((s) => s.id)).toContain('sorry');
    expect(result.steps.map((s) => s.id)).not.toContain('never');
    expect(result.elapsedSeconds).toBe(3600);
  });

  it('GIVEN the outreach campaign and no lead store WHEN dry run THEN the export is synthesized as a file of two leads and each lead’s steps follow the forEach, per item', async () => {
    const r = await dryRunWorkflow(TEMPLATES['outreach-campaign'], { tag: 'spring', topic: 'offers' });
    expect(r.status).toBe('SUCCEEDED');
    const exported = r.steps.find((s) => s.id === 'export');
    expect(exported?.output).toMatchObject({ leads: { count: 2 }, count: 2 });
    const ids = r.steps.map((s) => (s.itemIndex === undefined ? s.id : `${s.itemIndex}:${s.id}`));
    expect(ids).toStrictEqual([
      'export',
      'each-lead',
      ...[0, 1].flatMap((i) =>
        ['draft', 'send', 'await-reply', 'note-reply', 'qualify'].map((id) => `${i}:${id}`),
      ),
      'report',
    ]);
  });
});
