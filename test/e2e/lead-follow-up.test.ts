import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateJson } from '../../statemachines/templates';
import { explain, type System, startSystem } from './harness';

describe('new lead -> welcome email, follow-up call, team notified', () => {
  let sys: System;
  beforeEach(async () => {
    sys = await startSystem();
  });
  afterEach(async () => {
    await sys.stop();
  });

  it('GIVEN the lead follow-up workflow WHEN a lead is written through the API THEN the lead gets a welcome email, a call is booked and the team hears about it', async () => {
    const workflowId = await sys.deploy(templateJson('lead-follow-up'));
    const created = await sys.api.post<{ id: string }>('/leads', {
      email: 'ana@example.com',
      name: 'Ana Lima',
      company: 'Lima GmbH',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await sys.settle();

    const runs = await sys.runs(workflowId);
    expect(
      runs.map((r) => r.status),
      explain(sys),
    ).toEqual(['succeeded']);
    const { timeline } = await sys.run(String(runs[0]?.runId));
    const stepIds = timeline.filter((t) => t.stepId).map((t) => [t.stepId, t.status]);
    expect(stepIds).toEqual([
      ['welcome', 'succeeded'],
      ['follow-up-call', 'succeeded'],
      ['tell-team', 'succeeded'],
    ]);

    const emails = await sys.outbox('email');
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      to: ['ana@example.com'],
      subject: 'Welcome, Ana Lima',
      tenantId: sys.rt.tenantId,
    });
    expect(String(emails[0]?.text)).toContain('Lima GmbH');

    const bookings = await sys.api.get<{ items: Record<string, unknown>[] }>('/bookings');
    expect(bookings.body.items).toHaveLength(1);
    expect(bookings.body.items[0]).toMatchObject({
      title: 'Follow-up call with Ana Lima',
      leadId: created.body.id,
    });

    const slack = await sys.outbox('slack');
    expect(slack).toHaveLength(1);
    expect(JSON.stringify(slack[0]?.body)).toContain('New lead Ana Lima (ana@example.com)');
  });

  it('GIVEN a form webhook that creates leads WHEN a signed form submission arrives THEN the lead is created and followed up like any other', async () => {
    await sys.deploy(templateJson('lead-follow-up'));
    await sys.deploy({
      name: 'Capture form leads',
      trigger: { type: 'webhook', source: 'typeform' },
      steps: [
        {
          id: 'create',
          action: 'crm.createLead',
          input: { email: '{{trigger.lead.email}}', name: '{{trigger.lead.name}}', source: 'typeform' },
        },
      ],
    });
    // Typeform signs with its own scheme and the secret set for the source in the settings.
    const secret = 'typeform-webhook-secret';
    await sys.api.put('/settings', { integrations: { webhookSecrets: { typeform: secret } } });
    const raw = JSON.stringify({
      event_id: '01HTYPEFORM',
      form_response: {
        form_id: 'contact',
        answers: [
          { type: 'email', email: 'bo@example.com', field: { ref: 'email' } },
          { type: 'text', text: 'Bo Berg', field: { ref: 'name' } },
        ],
      },
    });
    const delivery = await fetch(`${sys.rt.url}/webhooks/${sys.rt.tenantId}/typeform`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'typeform-signature': `sha256=${createHmac('sha256', secret).update(raw).digest('base64')}`,
      },
      body: raw,
    });
    expect(delivery.status, await delivery.clone().text()).toBe(202);
    await sys.settle();

    const leads = await sys.api.get<{ items: { email: string; name: string }[] }>('/leads');
    expect(
      leads.body.items.map((l) => l.email),
      explain(sys),
    ).toEqual(['bo@example.com']);
    const emails = await sys.outbox('email');
    expect(
      emails.map((e) => e.to),
      explain(sys),
    ).toEqual([['bo@example.com']]);
    expect(await sys.api.get<{ items: unknown[] }>('/bookings').then((r) => r.body.items)).toHaveLength(1);
    expect(await sys.outbox('slack')).toHaveLength(1);
  });
});
