import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBillingAgent, detectOverdueInvoices } from '../../functions/agents/billing/agent';
import { createCalendarAgent } from '../../functions/agents/calendar/agent';
import { createCrmAgent } from '../../functions/agents/crm/agent';
import { createEmailAgent } from '../../functions/agents/email/email';
import { createFilesAgent } from '../../functions/agents/files/agent';
import { type AgentParts, runAgentTask } from '../../functions/agents/runner';
import { createDataModules } from '../../functions/api/data';
import { parsePrompt } from '../../functions/assistant/parser';
import { createLeadRepository } from '../../functions/data/leads';
import { createWorkflowRepository } from '../../functions/data/workflows';
import type { PublishedEvent } from '../../functions/shared/ports';
import { createSupervisor } from '../../functions/supervisor/supervisor';
import { type ActionName, type AgentName, CATALOGUE } from '../../statemachines/catalogue';
import { EVENT_DETAILS, EVENT_NAMES, type EventName, eventSource } from '../../statemachines/events';
import {
  filterToPattern,
  type MatchableEvent,
  matchPattern,
  toEventBridgeShape,
} from '../../statemachines/patterns';
import { WorkflowDefinition } from '../../statemachines/schema';
import { templateJson } from '../../statemachines/templates';
import { startTestPlatform, type TestPlatform } from '../support/api-platform';
import { runWorkflow } from '../support/compiled-run';

/**
 * Every publisher that can run in-process (agents, the API's data writes, the supervisor) publishes details that
 * parse with EVENT_DETAILS[detailType] and carry the source eventSource(detailType).
 */

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
  platform.clock.set('2026-03-02T08:00:00.000Z'); // a Monday
});
afterAll(async () => {
  await platform.close();
});
beforeEach(() => {
  platform.published.length = 0;
});

/** The published events, each checked against the contract; throws with the zod issues of the first misfit. */
const published = (): PublishedEvent[] => {
  for (const event of platform.published) {
    expect(EVENT_NAMES).toContain(event.detailType);
    const name = event.detailType as EventName;
    expect(event.source, name).toBe(eventSource(name));
    const parsed = EVENT_DETAILS[name].safeParse(event.detail);
    if (!parsed.success) {
      throw new Error(
        `${name} detail breaks the contract: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
  }
  return [...platform.published];
};
const typesOf = (events: readonly PublishedEvent[]) => events.map((e) => e.detailType);

let step = 0;
const agentParts = (area: AgentName): AgentParts => {
  const deps = { ...platform, fromAddress: 'robot@example.com' };
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
    deps: { db: platform.db, clock: platform.clock },
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
    platform.published.length = 0;
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
      { ...platform, tenantIds: ['ag-bill'] },
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
    platform.published.length = 0;
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
    const timeline = await createLeadRepository(platform).listTimeline('ag-rem', leadId);
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
    platform.published.length = 0;
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
    platform.published.length = 0;
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

describe('API data writes publish contract details', () => {
  const modules = () => createDataModules(platform);
  const write = async (result: Promise<{ events: readonly PublishedEvent[] }>) => {
    platform.published.push(...(await result).events);
  };

  it('GIVEN leads created and updated through the API WHEN their events are built THEN they follow the contract', async () => {
    const leads = modules().leads!;
    const created = await leads.create('api-t', { email: 'gus@example.com', name: 'Gus' }, 'user');
    platform.published.push(...created.events);
    const id = (created.item as { id: string }).id;
    await write(leads.update('api-t', id, { status: 'qualified' }, 'user'));
    expect(typesOf(published())).toStrictEqual(['lead.created', 'lead.updated']);
  });

  it('GIVEN bookings created, cancelled and deleted through the API WHEN their events are built THEN they follow the contract', async () => {
    const bookings = modules().bookings!;
    const slot = (h: number) => ({
      start: `2026-03-03T${String(h).padStart(2, '0')}:00:00.000Z`,
      end: `2026-03-03T${String(h).padStart(2, '0')}:30:00.000Z`,
    });
    const lead = await modules().leads!.create('api-t', { email: 'kim@example.com' }, 'user');
    const leadId = (lead.item as { id: string }).id;
    const a = await bookings.create('api-t', { title: 'A', ...slot(9), leadId }, 'user');
    const b = await bookings.create('api-t', { title: 'B', ...slot(11) }, 'user');
    platform.published.push(...a.events, ...b.events);
    await write(
      bookings.update(
        'api-t',
        (a.item as { id: string }).id,
        { status: 'cancelled', cancelReason: 'no' },
        'u',
      ),
    );
    await write(bookings.remove('api-t', (b.item as { id: string }).id, 'user'));
    const events = published();
    expect(typesOf(events)).toStrictEqual([
      'booking.created',
      'booking.created',
      'booking.cancelled',
      'booking.cancelled',
    ]);
    expect(events[3]?.detail).toMatchObject({ reason: 'deleted' });
    expect(events[0]?.detail).toMatchObject({ leadId, lead: { id: leadId, email: 'kim@example.com' } });
    expect(events[1]?.detail).toMatchObject({ leadId: null });
    expect(events[1]?.detail).not.toHaveProperty('lead');
  });

  it('GIVEN invoices created, issued and paid through the API WHEN their events are built THEN they follow the contract', async () => {
    const invoices = modules().invoices!;
    const body = {
      customerEmail: 'hal@example.com',
      currency: 'EUR',
      lines: [{ description: 'x', quantity: 1, unitPriceCents: 100 }],
    };
    const open = await invoices.create('api-t', body, 'user');
    const draft = await invoices.create('api-t', { ...body, status: 'draft' }, 'user');
    platform.published.push(...open.events, ...draft.events);
    await write(invoices.update('api-t', (draft.item as { id: string }).id, { status: 'open' }, 'user'));
    await write(invoices.update('api-t', (open.item as { id: string }).id, { status: 'paid' }, 'user'));
    expect(typesOf(published())).toStrictEqual(['invoice.created', 'invoice.created', 'invoice.paid']);
  });

  it('GIVEN files created and replaced through the API WHEN their events are built THEN they follow the contract', async () => {
    const files = modules().files!;
    const created = await files.create('api-t', { name: 'a.txt', content: 'one' }, 'user');
    platform.published.push(...created.events);
    await write(files.update('api-t', (created.item as { id: string }).id, { content: 'two' }, 'user'));
    await write(files.create('api-t', { name: 'a.txt', content: 'three' }, 'user'));
    const events = published();
    expect(typesOf(events)).toStrictEqual(['file.updated', 'file.updated', 'file.updated']);
    expect(events.map((e) => e.detail.created)).toStrictEqual([true, false, false]);
  });
});

describe('the supervisor publishes contract details', () => {
  const definition = WorkflowDefinition.parse({
    name: 'Welcome',
    trigger: { type: 'event', event: 'lead.created' },
    steps: [
      {
        id: 'welcome',
        action: 'email.send',
        input: { to: '{{trigger.lead.email}}', subject: 'Hi', body: 'Hi' },
      },
    ],
  });

  it('GIVEN a run that starts, asks for approval, completes and another that fails WHEN announced THEN workflow and approval events follow the contract', async () => {
    const supervisor = createSupervisor({ ...platform });
    const workflows = createWorkflowRepository(platform);
    const wf = await workflows.create('sv-t', definition);
    await workflows.enable('sv-t', wf.workflowId);
    const start = (runId: string) =>
      supervisor.start({
        op: 'start',
        executionId: `arn:aws:states:eu-west-1:1:execution:sm:${runId}`,
        executionName: runId,
        startedAt: '2026-03-02T08:00:00.000Z',
        input: {
          trigger: { lead: { email: 'ada@example.com' } },
          context: {
            tenantId: 'sv-t',
            workflowId: wf.workflowId,
            triggerType: 'event',
            eventId: `ev-${runId}`,
          },
        },
      });
    const ok = await start('run-ok');
    await supervisor.requestApproval({
      op: 'requestApproval',
      taskToken: 'tok',
      context: ok,
      stepId: '_run',
      message: 'Go?',
    });
    await supervisor.finish({ op: 'finish', context: ok, steps: { welcome: { messageId: 'm' } } });
    const bad = await start('run-bad');
    await supervisor.fail({ op: 'fail', context: bad, error: { Error: 'States.Timeout' } });
    expect(typesOf(published())).toStrictEqual([
      'workflow.started',
      'approval.requested',
      'workflow.completed',
      'workflow.started',
      'workflow.failed',
    ]);
  });
});

describe('the compiled events.emit publishes what the workflow forwards', () => {
  it('GIVEN a workflow that forwards the trigger lead in an emitted lead.updated WHEN it runs THEN the detail parses, with the run tenant and not the one written in the definition', async () => {
    const lead = {
      id: 'L1',
      email: 'ivy@example.com',
      name: 'Ivy',
      company: null,
      phone: null,
      source: null,
      status: 'new',
      value: null,
      tags: [],
      fields: {},
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
      version: 1,
    };
    const run = await runWorkflow(
      WorkflowDefinition.parse({
        name: 'Forward',
        trigger: { type: 'event', event: 'lead.created' },
        steps: [
          {
            id: 'emit',
            action: 'events.emit',
            input: {
              event: 'lead.updated',
              detail: { tenantId: 'someone-else', lead: '{{trigger.lead}}', changes: {} },
            },
          },
        ],
      }),
      { trigger: { tenantId: 't1', lead } },
    );
    expect(run.status).toBe('SUCCEEDED');
    const [entry] = run.inputsOfAction('events.emit')[0].Entries;
    const detail = EVENT_DETAILS['lead.updated'].parse(entry.Detail);
    expect(detail).toMatchObject({ tenantId: 't1', lead: { email: 'ivy@example.com' } });
    expect(entry.Source).toBe('dynaris.workflow');
  });
});
