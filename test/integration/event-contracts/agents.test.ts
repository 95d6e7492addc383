import { describe, expect, it } from 'vitest';
import { createBillingAgent, detectOverdueInvoices } from '../../../functions/agents/billing/agent';
import { createCalendarAgent } from '../../../functions/agents/calendar/agent';
import { createCrmAgent } from '../../../functions/agents/crm/agent';
import { createEmailAgent } from '../../../functions/agents/email/email';
import { createFilesAgent } from '../../../functions/agents/files/agent';
import { type AgentParts, runAgentTask } from '../../../functions/agents/runner';
import { parsePrompt } from '../../../functions/assistant/parser';
import { createLeadRepository } from '../../../functions/data/leads';
import type { PublishedEvent } from '../../../functions/shared/ports';
import { type ActionName, type AgentName, CATALOGUE } from '../../../statemachines/catalogue';
import {
  filterToPattern,
  type MatchableEvent,
  matchPattern,
  toEventBridgeShape,
} from '../../../statemachines/patterns';
import { templateJson } from '../../../statemachines/templates';
import { checkedEvents, typesOf, useContractPlatform } from '../../support/event-contracts';

const platform = useContractPlatform();
const published = () => checkedEvents(platform());

let step = 0;
const agentParts = (area: AgentName): AgentParts => {
  const deps = { ...platform(), fromAddress: 'robot@example.com' };
  switch (area) {
    case 'crm':
      return createCrmAgent(deps);
    case 'calendar':
      return createCalendarAgent(deps);
    case 'billing':
      return createBillingAgent(deps);
    case 'files':
      return createFilesAgent(deps);
    case 'email':
      return createEmailAgent(deps);
    default:
      throw new Error(`no publisher in ${area}`);
  }
};
const run = async <T = Record<string, unknown>>(
  tenantId: string,
  action: ActionName,
  input: Record<string, unknown>,
): Promise<T> => {
  const performer = CATALOGUE[action].performer;
  if (performer.kind !== 'agent') throw new Error(`${action} is not an agent action`);
  const { executors, previews } = agentParts(performer.agent);
  return (await runAgentTask({
    area: performer.agent,
    executors,
    ...(previews ? { previews } : {}),
    deps: { db: platform().db, clock: platform().clock },
    payload: {
      action,
      input,
      meta: {
        tenantId,
        workflowId: 'wf-1',
        runId: 'run-1',
        executionId: `exec-${++step}`,
        stepId: 's',
        itemIndex: -1,
      },
    },
  })) as T;
};

describe('agents publish contract details', () => {
  it('GIVEN crm.createLead and crm.updateLead WHEN they change a lead THEN lead.created and lead.updated follow the contract and the catalogue', async () => {
    const { leadId } = await run<{ leadId: string }>('ag-crm', 'crm.createLead', {
      email: 'ada@example.com',
      name: 'Ada',
      source: 'linkedin',
      value: 5000,
    });
    await run('ag-crm', 'crm.updateLead', { leadId, status: 'contacted', addTags: ['hot'] });
    const events = published();
    expect(typesOf(events)).toStrictEqual([
      CATALOGUE['crm.createLead'].emits,
      CATALOGUE['crm.updateLead'].emits,
    ]);
    expect(events[1]?.detail).toMatchObject({
      lead: { id: leadId, status: 'contacted' },
      changes: { status: { from: 'new', to: 'contacted' } },
    });
  });

  it('GIVEN calendar.schedule with and without a lead and calendar.cancel WHEN they run THEN booking events follow the contract', async () => {
    const { leadId } = await run<{ leadId: string }>('ag-cal', 'crm.createLead', { email: 'bo@example.com' });
    platform().published.length = 0;
    const withLead = await run<{ bookingId: string }>('ag-cal', 'calendar.schedule', {
      title: 'Demo',
      leadId,
    });
    await run('ag-cal', 'calendar.schedule', { title: 'Internal', attendeeEmail: 'cy@example.com' });
    await run('ag-cal', 'calendar.cancel', { bookingId: withLead.bookingId, reason: 'ill' });
    const events = published();
    expect(typesOf(events)).toStrictEqual([
      CATALOGUE['calendar.schedule'].emits,
      'booking.created',
      CATALOGUE['calendar.cancel'].emits,
    ]);
    expect(events[0]?.detail).toMatchObject({
      booking: { leadId, attendeeEmail: 'bo@example.com' },
      leadId,
      lead: { id: leadId },
    });
    expect(events[1]?.detail).toMatchObject({ leadId: null });
    expect(events[1]?.detail).not.toHaveProperty('lead');
    expect(events[2]?.detail).toMatchObject({ reason: 'ill', booking: { status: 'cancelled' } });
  });

  it('GIVEN invoice.create, invoice.markPaid and the overdue sweep WHEN they run THEN invoice events follow the contract', async () => {
    const line = { description: 'Consulting', quantity: 2, unitPriceCents: 5000 };
    const paid = await run<{ invoiceId: string }>('ag-bill', 'invoice.create', {
      customerEmail: 'dee@example.com',
      currency: 'EUR',
      lines: [line],
    });
    await run('ag-bill', 'invoice.markPaid', { invoiceId: paid.invoiceId });
    await run('ag-bill', 'invoice.create', {
      customerEmail: 'eve@example.com',
      customerName: 'Eve',
      currency: 'EUR',
      lines: [line],
      dueInDays: 0,
    });
    await detectOverdueInvoices(
      { ...platform(), tenantIds: ['ag-bill'] },
      new Date('2026-03-10T08:00:00.000Z'),
    );
    const events = published();
    expect(typesOf(events)).toStrictEqual([
      CATALOGUE['invoice.create'].emits,
      CATALOGUE['invoice.markPaid'].emits,
      'invoice.created',
      'invoice.overdue',
    ]);
    expect(events[3]?.detail).toMatchObject({
      invoice: { customerName: 'Eve', status: 'overdue' },
      daysOverdue: 8,
    });
  });

  it('GIVEN files.create WHEN it stores a file THEN file.updated follows the contract', async () => {
    await run('ag-files', 'files.create', { name: 'notes.txt', content: 'hello', folder: 'docs' });
    const events = published();
    expect(typesOf(events)).toStrictEqual([CATALOGUE['files.create'].emits]);
    expect(events[0]?.detail).toMatchObject({ file: { name: 'notes.txt', size: 5 }, created: true });
  });

  it('GIVEN invoice.sendReminder to a customer who is a new lead WHEN sent THEN email.sent follows the contract with invoiceId, kind invoice-reminder and the lead, and the lead timeline shows it', async () => {
    const { leadId } = await run<{ leadId: string }>('ag-rem', 'crm.createLead', {
      email: 'ola@example.com',
    });
    const line = { description: 'Audit', quantity: 1, unitPriceCents: 9900 };
    const { invoiceId } = await run<{ invoiceId: string }>('ag-rem', 'invoice.create', {
      customerEmail: 'ola@example.com',
      currency: 'EUR',
      lines: [line],
    });
    const { invoiceId: other } = await run<{ invoiceId: string }>('ag-rem', 'invoice.create', {
      customerEmail: 'nobody@example.com',
      currency: 'EUR',
      lines: [line],
    });
    platform().published.length = 0;
    const reminded = await run<{ messageId: string }>('ag-rem', 'invoice.sendReminder', { invoiceId });
    await run('ag-rem', 'invoice.sendReminder', { invoiceId: other });
    const events = published();
    expect(typesOf(events)).toStrictEqual(['email.sent', 'email.sent']);
    expect(events[0]?.detail).toMatchObject({
      kind: 'invoice-reminder',
      invoiceId,
      leadId,
      to: 'ola@example.com',
      messageId: reminded.messageId,
      workflowId: 'wf-1',
      runId: 'run-1',
      lead: { id: leadId, status: 'new' },
    });
    expect(events[1]?.detail).toMatchObject({ kind: 'invoice-reminder', invoiceId: other, leadId: null });
    expect(events[1]?.detail).not.toHaveProperty('lead');
    const timeline = await createLeadRepository(platform()).listTimeline('ag-rem', leadId);
    expect(timeline.items).toContainEqual(
      expect.objectContaining({
        kind: 'email.sent',
        text: expect.stringContaining('Payment reminder'),
        data: expect.objectContaining({ invoiceId }),
      }),
    );
  });

  it('GIVEN an invoice reminder and a message to a new lead WHEN matched against the no-reply workflows THEN only the message starts them', async () => {
    const { leadId } = await run<{ leadId: string }>('ag-nr', 'crm.createLead', { email: 'pia@example.com' });
    const { invoiceId } = await run<{ invoiceId: string }>('ag-nr', 'invoice.create', {
      customerEmail: 'pia@example.com',
      leadId,
      currency: 'EUR',
      lines: [{ description: 'Audit', quantity: 1, unitPriceCents: 9900 }],
    });
    platform().published.length = 0;
    await run('ag-nr', 'invoice.sendReminder', { invoiceId });
    await run('ag-nr', 'email.send', { to: 'pia@example.com', subject: 'Hello', body: 'Hi Pia' });
    const [reminder, message] = published();
    expect(message?.detail).toMatchObject({ kind: 'message', lead: { status: 'new' } });
    const parsed = parsePrompt("If a lead doesn't respond in 2 days, send a reminder email");
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const filters = {
      template: (templateJson('no-reply-reminder') as { trigger: { filter: Record<string, unknown> } })
        .trigger.filter,
      assistant: (parsed.definition.trigger as { filter?: Record<string, unknown> }).filter,
    };
    for (const [name, filter] of Object.entries(filters)) {
      const starts = (event: PublishedEvent | undefined) =>
        matchPattern(
          filterToPattern(filter),
          toEventBridgeShape({ id: 'e', time: '2026-03-02T08:00:00.000Z', ...event } as MatchableEvent),
        );
      expect(starts(message), name).toBe(true);
      expect(starts(reminder), name).toBe(false);
    }
  });

  it('GIVEN email.send to a lead and to an address that is no lead WHEN sent THEN email.sent follows the contract, with the lead only for the lead', async () => {
    await run('ag-mail', 'crm.createLead', { email: 'fay@example.com', name: 'Fay' });
    platform().published.length = 0;
    await run('ag-mail', 'email.send', { to: 'fay@example.com', subject: 'Hello', body: 'Hi Fay' });
    await run('ag-mail', 'email.send', { to: 'stranger@example.com', subject: 'Hello', body: 'Hi' });
    const events = published();
    expect(typesOf(events)).toStrictEqual([CATALOGUE['email.send'].emits, 'email.sent']);
    expect(events[0]?.detail).toMatchObject({
      kind: 'message',
      lead: { email: 'fay@example.com', status: 'new' },
    });
    expect(events[1]?.detail).toMatchObject({ kind: 'message', leadId: null, to: 'stranger@example.com' });
    expect(events[1]?.detail).not.toHaveProperty('lead');
  });
});
