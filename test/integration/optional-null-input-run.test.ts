import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';
import { apiOf, enabledWorkflow } from '../support/local-api';

/**
 * An optional action input given a reference that is null in this run is "not given" (docs/workflow-language.md),
 * on the local engine with the real agents: "thank the customer by email when an invoice is paid" with
 * `leadId: {{trigger.invoice.leadId}}` sends the email for an invoice without a lead (not linked to a lead) and
 * links it when the invoice has one.
 */
let runtime: LocalRuntime;
let workflowId = '';

const call = apiOf(() => runtime);

const line = { description: 'Consulting', quantity: 1, unitPriceCents: 5000 };

/** Pays a new invoice to `customerEmail` (with `leadId` when given); the thank-you run it started, and what it sent. */
const payInvoice = async (customerEmail: string, leadId?: string) => {
  const created = await call('POST', '/invoices', {
    customerEmail,
    currency: 'EUR',
    lines: [line],
    ...(leadId ? { leadId } : {}),
  });
  expect(created.status).toBe(201);
  expect((await call('PUT', `/invoices/${created.body.id}`, { status: 'paid' })).status).toBe(200);
  await runtime.runUntilSettled();
  const runs = (await call('GET', `/workflows/${workflowId}/runs?limit=20`)).body.items as {
    runId: string;
    status: string;
    error?: unknown;
  }[];
  const emails = runtime.outbox.list({ kind: 'email' }).filter((m) => m.to?.includes(customerEmail));
  const sent = runtime.bus
    .events({ detailType: 'email.sent' })
    .filter((e) => (e.detail as { to?: string }).to === customerEmail)
    .map((e) => e.detail as unknown as { leadId: string | null; lead?: { id: string } });
  return { runs, emails, sent };
};

beforeAll(async () => {
  runtime = await startLocalRuntime({ port: 0, clock: 'virtual', log: () => {}, env: {} });
  const { workflowId: id, saved } = await enabledWorkflow(runtime, {
    name: 'Thank the customer',
    trigger: { type: 'event', event: 'invoice.paid' },
    steps: [
      {
        id: 'thanks',
        action: 'email.send',
        input: {
          to: '{{trigger.invoice.customerEmail}}',
          subject: 'Thank you for your payment',
          body: 'We received your payment, thank you.',
          leadId: '{{trigger.invoice.leadId}}',
        },
      },
    ],
  });
  expect(saved.body.validation.warnings).toStrictEqual([]);
  workflowId = id;
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

describe('an optional input given a null reference', () => {
  it('GIVEN an invoice without a lead WHEN it is paid THEN the thank-you email is sent, linked to no lead, and the run succeeds', async () => {
    const { runs, emails, sent } = await payInvoice('nolead@acme.io');
    expect(runs.map((r) => r.status)).toStrictEqual(['succeeded']);
    expect(emails).toHaveLength(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.leadId).toBeNull();
    expect(sent[0]).not.toHaveProperty('lead');
  });

  it('GIVEN an invoice of a lead WHEN it is paid THEN the thank-you email is sent linked to that lead', async () => {
    const lead = await call('POST', '/leads', { email: 'ada@acme.io', name: 'Ada' });
    expect(lead.status).toBe(201);
    const leadId = (lead.body.id ?? lead.body.lead?.id) as string;
    const { runs, emails, sent } = await payInvoice('ada@acme.io', leadId);
    expect(runs.filter((r) => r.status === 'succeeded')).toHaveLength(2);
    expect(runs.map((r) => r.status)).not.toContain('failed');
    expect(emails).toHaveLength(1);
    expect(sent.map((s) => s.leadId)).toStrictEqual([leadId]);
    expect(sent[0]?.lead?.id).toBe(leadId);
  });
});
