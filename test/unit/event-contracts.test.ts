import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parsePrompt } from '../../functions/assistant/parser';
import { Booking } from '../../functions/data/bookings';
import { FileMeta } from '../../functions/data/files';
import { Invoice } from '../../functions/data/invoices';
import { Lead } from '../../functions/data/leads';
import { FORM_SOURCES, mapWebhook } from '../../functions/webhooks/mapping';
import { ACTION_NAMES, CATALOGUE, LeadSummary } from '../../statemachines/catalogue';
import {
  EVENT_DETAIL_FIELDS,
  EVENT_DETAIL_PATHS,
  EVENT_DETAILS,
  EVENT_NAMES,
  EventBooking,
  EventFile,
  EventInvoice,
  EventLead,
  EventLeadSummary,
  type EventName,
  isDeclaredDetailPath,
} from '../../statemachines/events';
import { EVENTS_BEGIN, EVENTS_END, eventsMarkdown } from '../../statemachines/events-docs';
import { collectReferences } from '../../statemachines/references';
import { type Step, walkSteps } from '../../statemachines/schema';
import { TEMPLATE_IDS, templateJson } from '../../statemachines/templates';
import { validateWorkflow } from '../../statemachines/validate';
import { TABLE } from './assistant/table';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Dotted keys of an EventBridge content filter (nested objects joined, `$or` branches included). */
const filterKeys = (filter: Json, prefix = ''): string[] =>
  Object.entries(filter).flatMap(([key, value]) => {
    if (key === '$or' && Array.isArray(value))
      return value.filter(isRecord).flatMap((branch) => filterKeys(branch, prefix));
    const path = `${prefix}${key}`;
    return isRecord(value) ? filterKeys(value, `${path}.`) : [path];
  });

/** Every `path` of a condition (comparisons nested in all/any/not). */
const conditionPaths = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(conditionPaths);
  if (!isRecord(value)) return [];
  return [
    ...(typeof value.path === 'string' ? [value.path] : []),
    ...Object.values(value).flatMap(conditionPaths),
  ];
};

const detailPath = (segments: readonly string[]) => segments.join('.');

/**
 * What a workflow reads from bus event details that EVENT_DETAILS does not declare: trigger references, condition
 * paths and filter keys (against the trigger event), waitFor match keys and `steps.<wait>.event.…` references
 * (against the awaited event).
 */
const undeclaredReads = (definition: unknown): string[] => {
  if (!isRecord(definition)) return ['not a workflow'];
  const problems: string[] = [];
  const trigger = isRecord(definition.trigger) ? definition.trigger : {};
  const triggerEvent = trigger.type === 'event' ? (trigger.event as EventName) : undefined;
  const check = (event: EventName, path: string, where: string) => {
    if (!isDeclaredDetailPath(event, path)) problems.push(`${where}: ${event} has no "${path}"`);
  };
  if (triggerEvent) {
    if (isRecord(trigger.filter))
      for (const key of filterKeys(trigger.filter)) check(triggerEvent, key, 'trigger filter');
    for (const { ref } of collectReferences(definition.steps))
      if (ref.root === 'trigger') check(triggerEvent, detailPath(ref.segments), `{{${ref.expression}}}`);
    for (const path of conditionPaths(definition.steps))
      if (path.startsWith('trigger.'))
        check(triggerEvent, path.slice('trigger.'.length), `condition ${path}`);
  }
  const waits = new Map<string, EventName>();
  for (const { step } of walkSteps((definition.steps ?? []) as Step[])) {
    if (!('waitFor' in step)) continue;
    const event = step.waitFor.event as EventName;
    waits.set(step.id, event);
    for (const key of Object.keys(step.waitFor.match ?? {})) check(event, key, `waitFor ${step.id} match`);
  }
  for (const { ref } of collectReferences(definition.steps)) {
    const [stepId, field, ...rest] = ref.segments;
    const event = ref.root === 'steps' && stepId ? waits.get(stepId) : undefined;
    if (event && field === 'event' && rest.length > 0)
      check(event, detailPath(rest), `{{${ref.expression}}}`);
  }
  return problems;
};

/** The prompts of the parser's table test (test/unit/assistant-parser.test.ts), read from its source. */
/** Every request of the assistant's development table (test/unit/assistant/table). */
const parserTablePrompts = (): string[] =>
  Object.values(TABLE).flatMap((cases) => cases.map(([prompt]) => prompt));

/** Sentences for every event the parser knows, beyond the table (one subject each). */
const EVENT_PROMPTS = [
  'When a lead is updated, send them an email and notify the team',
  'When an email is sent, notify the team',
  'When a file is uploaded, notify the team',
  'When a booking is cancelled, email the attendee and notify the team',
  'When an invoice is created, send a thank-you email and notify the team',
  'When an invoice is paid, send a thank-you email',
  'When an invoice is overdue, send a payment reminder and notify the team',
  'When a form is submitted, send them a welcome email and notify the team',
  'When a lead replies, notify the team',
  'When a meeting is booked, send a confirmation email and add a note',
  'When a workflow fails, notify the team',
  "If a customer doesn't pay within 7 days, send a payment reminder",
  "If a lead doesn't book a meeting within two days, send a follow-up email",
];

describe('event detail contracts', () => {
  it('GIVEN the detail schemas WHEN listed THEN every event has one and it requires tenantId', () => {
    expect(Object.keys(EVENT_DETAILS).sort()).toStrictEqual([...EVENT_NAMES].sort());
    for (const name of EVENT_NAMES) {
      expect(EVENT_DETAILS[name].safeParse({}).success).toBe(false);
      const issues = EVENT_DETAILS[name].safeParse({}).error?.issues.map((i) => i.path.join('.')) ?? [];
      expect(issues).toContain('tenantId');
    }
  });

  it.each([
    ['lead', EventLead, Lead],
    ['lead summary', EventLeadSummary, LeadSummary],
    ['booking', EventBooking, Booking],
    ['invoice', EventInvoice, Invoice],
    ['file', EventFile, FileMeta],
  ] as [string, z.ZodObject, z.ZodObject][])(
    'GIVEN the %s object of event details WHEN compared with the repository record THEN they have the same fields',
    (_, contract, record) => {
      expect(Object.keys(contract.shape).sort()).toStrictEqual(Object.keys(record.shape).sort());
    },
  );

  it.each(['lead', 'booking', 'invoice', 'file'] as const)(
    'GIVEN a %s stored by its repository WHEN parsed as an event entity THEN it passes, and with a required field missing it does not',
    (entity) => {
      const records: Record<typeof entity, [z.ZodObject, Json]> = {
        lead: [
          EventLead,
          {
            id: 'l1',
            email: 'ada@example.com',
            name: 'Ada',
            company: null,
            phone: null,
            source: 'web',
            status: 'new',
            value: 1200,
            tags: ['inbound'],
            fields: { size: 5 },
            createdAt: '2026-11-25T10:00:00.000Z',
            updatedAt: '2026-11-25T10:00:00.000Z',
            version: 1,
          },
        ],
        booking: [
          EventBooking,
          {
            id: 'b1',
            title: 'Call',
            start: '2026-11-26T09:00:00.000Z',
            end: '2026-11-26T09:30:00.000Z',
            status: 'confirmed',
            attendeeEmail: null,
            leadId: null,
            location: null,
            notes: null,
            cancelledAt: null,
            cancelReason: null,
            createdAt: '2026-11-25T10:00:00.000Z',
            updatedAt: '2026-11-25T10:00:00.000Z',
            version: 1,
          },
        ],
        invoice: [
          EventInvoice,
          {
            id: 'i1',
            number: 'INV-000001',
            sequence: 1,
            status: 'open',
            customerEmail: 'ada@example.com',
            customerName: null,
            leadId: null,
            currency: 'EUR',
            lines: [{ description: 'Work', quantity: 2, unitPriceCents: 500, amountCents: 1000 }],
            subtotalCents: 1000,
            taxRateBps: 0,
            taxCents: 0,
            totalCents: 1000,
            paidCents: 0,
            dueInDays: 14,
            issueDate: '2026-11-25',
            dueDate: '2026-12-09',
            paidAt: null,
            overdueAt: null,
            reminderCount: 0,
            lastReminderAt: null,
            createdAt: '2026-11-25T10:00:00.000Z',
            updatedAt: '2026-11-25T10:00:00.000Z',
            version: 1,
          },
        ],
        file: [
          EventFile,
          {
            id: 'f1',
            name: 'a.txt',
            folder: '/',
            path: '/a.txt',
            contentType: 'text/plain',
            size: 3,
            sha256: 'abc',
            contentKey: 'k',
            createdAt: '2026-11-25T10:00:00.000Z',
            updatedAt: '2026-11-25T10:00:00.000Z',
            version: 1,
          },
        ],
      };
      const [contract, record] = records[entity];
      const repository = { lead: Lead, booking: Booking, invoice: Invoice, file: FileMeta }[entity];
      expect(repository.parse(record)).toStrictEqual(record);
      expect(contract.safeParse({ ...record, extra: 1 }).success).toBe(true);
      const { id: _id, ...withoutId } = record;
      expect(contract.safeParse(withoutId).success).toBe(false);
    },
  );

  it('GIVEN the field list before the schemas existed WHEN derived from EVENT_DETAILS THEN every field is still declared (additive change)', () => {
    const before: Record<EventName, readonly string[]> = {
      'lead.created': ['lead', 'lead.*'],
      'lead.updated': ['lead', 'lead.*', 'changes', 'changes.*'],
      'email.received': [
        'leadId',
        'from',
        'to',
        'subject',
        'text',
        'trackingId',
        'messageId',
        'lead',
        'lead.*',
      ],
      'email.sent': ['leadId', 'to', 'subject', 'messageId', 'trackingId', 'lead', 'lead.*'],
      'file.updated': ['file', 'file.*'],
      'form.submitted': ['form', 'fields', 'fields.*', 'source', 'lead', 'lead.*'],
      'booking.created': ['booking', 'booking.*', 'lead', 'lead.*'],
      'booking.cancelled': ['booking', 'booking.*', 'reason'],
      'invoice.created': ['invoice', 'invoice.*'],
      'invoice.paid': ['invoice', 'invoice.*'],
      'invoice.overdue': ['invoice', 'invoice.*', 'daysOverdue'],
      'workflow.started': ['workflowId', 'runId', 'workflowName'],
      'workflow.completed': ['workflowId', 'runId', 'workflowName', 'result', 'result.*'],
      'workflow.failed': ['workflowId', 'runId', 'workflowName', 'error', 'error.*'],
      'approval.requested': ['workflowId', 'runId', 'approvalId', 'summary'],
      'webhook.received': ['webhook', 'webhook.*', 'payload', 'payload.*'],
    };
    for (const name of EVENT_NAMES) {
      for (const field of before[name]) expect(EVENT_DETAIL_FIELDS[name], name).toContain(field);
    }
  });

  it('GIVEN booking.created WHEN its detail lacks the top-level leadId THEN it breaks the contract; null is accepted', () => {
    const booking = {
      id: 'b1',
      title: 'Call',
      start: '2026-11-26T09:00:00.000Z',
      end: '2026-11-26T09:30:00.000Z',
      status: 'confirmed',
      attendeeEmail: null,
      leadId: null,
      location: null,
      notes: null,
      cancelledAt: null,
      cancelReason: null,
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:00:00.000Z',
      version: 1,
    };
    const schema = EVENT_DETAILS['booking.created'];
    expect(schema.safeParse({ tenantId: 't', booking }).success).toBe(false);
    expect(schema.safeParse({ tenantId: 't', booking, leadId: null }).success).toBe(true);
  });

  it('GIVEN file.updated WHEN its detail lacks created THEN it breaks the contract', () => {
    const file = {
      id: 'f1',
      name: 'a.txt',
      folder: '/',
      path: '/a.txt',
      contentType: 'text/plain',
      size: 3,
      sha256: 'abc',
      contentKey: 'k',
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:00:00.000Z',
      version: 1,
    };
    expect(EVENT_DETAILS['file.updated'].safeParse({ tenantId: 't', file }).success).toBe(false);
    expect(EVENT_DETAILS['file.updated'].safeParse({ tenantId: 't', file, created: false }).success).toBe(
      true,
    );
  });

  it('GIVEN the derived field lists WHEN read THEN entity objects list their fields and free-form content is open', () => {
    expect(EVENT_DETAIL_PATHS['email.sent']).toContain('lead.status');
    expect(EVENT_DETAIL_PATHS['invoice.overdue']).toContain('invoice.lines[].amountCents');
    expect(EVENT_DETAIL_PATHS['form.submitted']).toContain('fields.*');
    expect(EVENT_DETAIL_PATHS['lead.created']).not.toContain('lead.*');
    expect(EVENT_DETAIL_FIELDS['lead.created']).toContain('lead.*');
    expect(isDeclaredDetailPath('form.submitted', 'fields.company')).toBe(true);
    expect(isDeclaredDetailPath('lead.created', 'lead.emial')).toBe(false);
    expect(isDeclaredDetailPath('invoice.paid', 'invoice.lines[0].description')).toBe(true);
    expect(isDeclaredDetailPath('invoice.paid', 'invoice.lines[0].price')).toBe(false);
  });
});

describe('what workflows read from events is declared', () => {
  it.each(TEMPLATE_IDS)(
    'GIVEN template %s WHEN its trigger references, conditions, filters and waits are read THEN each names a declared detail field',
    (id) => {
      expect(undeclaredReads(templateJson(id))).toStrictEqual([]);
    },
  );

  it('GIVEN the parser table WHEN its prompts are read from the test source THEN there are many of them', () => {
    expect(parserTablePrompts().length).toBeGreaterThanOrEqual(150);
    expect(parserTablePrompts()).toContain("If a lead doesn't respond in 2 days, send a reminder email");
  });

  it.each([...parserTablePrompts(), ...EVENT_PROMPTS])(
    'GIVEN the prompt "%s" WHEN parsed THEN every field it reads from an event detail is declared',
    (prompt) => {
      const result = parsePrompt(prompt);
      if (!result.ok) throw new Error(`not understood: ${result.problems.join('; ')}`);
      expect(undeclaredReads(result.definition)).toStrictEqual([]);
      expect(validateWorkflow(result.definition).issues).toStrictEqual([]);
    },
  );

  it('GIVEN a template reading a field no publisher sends WHEN checked THEN it is reported', () => {
    const definition = {
      name: 'x',
      trigger: { type: 'event', event: 'email.sent', filter: { lead: { stage: ['new'] } } },
      steps: [
        { id: 'a', action: 'log', input: { message: '{{trigger.lead.emial}} {{trigger.leadId}}' } },
        {
          id: 'w',
          waitFor: { event: 'invoice.paid', match: { invoiceId: '{{trigger.leadId}}' }, timeout: 'P1D' },
        },
      ],
    };
    expect(undeclaredReads(definition)).toStrictEqual([
      'trigger filter: email.sent has no "lead.stage"',
      '{{trigger.lead.emial}}: email.sent has no "lead.emial"',
      'waitFor w match: invoice.paid has no "invoiceId"',
    ]);
  });
});

describe('the validator reads the derived fields', () => {
  const refs = (event: EventName, message: string) =>
    validateWorkflow({
      name: 'x',
      trigger: { type: 'event', event },
      steps: [{ id: 'a', action: 'log', input: { message } }],
    }).issues.map((i) => i.code);

  it.each([
    ['email.received', '{{trigger.inReplyTo}} {{trigger.webhook.deliveryId}}'],
    ['workflow.started', '{{trigger.version}} {{trigger.triggerType}}'],
    ['approval.requested', '{{trigger.message}} {{trigger.approvers}}'],
    ['email.sent', '{{trigger.lead.status}} {{trigger.workflowId}}'],
    ['form.submitted', '{{trigger.fields.anything}} {{trigger.lead.email}}'],
  ] as [EventName, string][])(
    'GIVEN a %s trigger WHEN %s is referenced THEN it is accepted',
    (event, message) => {
      expect(refs(event, message)).toStrictEqual([]);
    },
  );

  it.each([
    ['email.received', '{{trigger.leadid}}'],
    ['booking.cancelled', '{{trigger.lead.id}}'],
    ['workflow.failed', '{{trigger.result.status}}'],
  ] as [EventName, string][])(
    'GIVEN a %s trigger WHEN %s is referenced THEN it is refused',
    (event, message) => {
      expect(refs(event, message)).toContain('unknown-field');
    },
  );
});

describe('actions that publish', () => {
  it('GIVEN the catalogue WHEN read THEN exactly the publishing actions declare the event they emit', () => {
    const emits = Object.fromEntries(
      ACTION_NAMES.flatMap((a) => {
        const e = (CATALOGUE[a] as { emits?: EventName }).emits;
        return e ? [[a, e]] : [];
      }),
    );
    expect(emits).toStrictEqual({
      'email.send': 'email.sent',
      'crm.createLead': 'lead.created',
      'crm.updateLead': 'lead.updated',
      'calendar.schedule': 'booking.created',
      'calendar.cancel': 'booking.cancelled',
      'invoice.create': 'invoice.created',
      'invoice.sendReminder': 'email.sent',
      'invoice.markPaid': 'invoice.paid',
      'files.create': 'file.updated',
    });
  });

  it('GIVEN a lead.updated workflow WHEN it updates the lead without a filter THEN the validator reports the loop from the catalogue', () => {
    const report = validateWorkflow({
      name: 'loop',
      trigger: { type: 'event', event: 'lead.updated' },
      steps: [
        { id: 'u', action: 'crm.updateLead', input: { leadId: '{{trigger.lead.id}}', status: 'contacted' } },
      ],
    });
    expect(report.issues.map((i) => i.code)).toContain('self-trigger-loop');
  });
});

describe('webhook mapping publishes contract details', () => {
  const tracking = {
    resolve: async () => ({ trackingId: 'trk-123456', leadId: 'lead-1' }),
    leadIdForTracking: async () => 'lead-1',
  } as unknown as Parameters<typeof mapWebhook>[4];

  it.each([
    ['with tracking', tracking],
    ['without tracking', undefined],
  ])('GIVEN an inbound email %s WHEN mapped THEN the email.received detail parses', async (_, resolver) => {
    const mapped = await mapWebhook(
      't1',
      'email',
      'd-1',
      {
        from: 'Ada <ADA@example.com>',
        to: 'reply+trk-123456@in.example.com',
        subject: 'Re: hi',
        text: 'yes',
      },
      resolver,
    );
    expect(mapped.detailType).toBe('email.received');
    expect(EVENT_DETAILS['email.received'].parse(mapped.detail)).toMatchObject({ from: 'ada@example.com' });
  });

  it('GIVEN an inbound email that resolves to a lead WHEN mapped THEN the detail carries the lead summary; unresolved, lead is null', async () => {
    const lead = {
      id: 'lead-1',
      email: 'ada@example.com',
      name: 'Ada',
      company: null,
      status: 'contacted' as const,
      value: null,
      tags: [],
    };
    const payload = { from: 'ada@example.com', to: 'reply+trk-123456@in.example.com', text: 'yes' };
    const withLead = await mapWebhook('t1', 'email', 'd-5', payload, {
      resolve: async () => ({ trackingId: 'trk-123456', leadId: 'lead-1', lead }),
    });
    expect(EVENT_DETAILS['email.received'].parse(withLead.detail)).toMatchObject({ leadId: 'lead-1', lead });
    const without = await mapWebhook('t1', 'email', 'd-6', payload, undefined);
    expect(EVENT_DETAILS['email.received'].parse(without.detail)).toMatchObject({ leadId: null, lead: null });
    const { lead: _lead, ...withoutLead } = without.detail;
    expect(EVENT_DETAILS['email.received'].safeParse(withoutLead).success).toBe(false);
  });

  const forms: Record<(typeof FORM_SOURCES)[number], Json> = {
    form: { form: 'Contact', email: 'ada@example.com', name: 'Ada' },
    typeform: {
      form_response: {
        form_id: 'f',
        definition: { title: 'Signup' },
        answers: [{ type: 'email', email: 'ada@example.com', field: { id: 'x', ref: 'email' } }],
      },
    },
    tally: { data: { formName: 'Tally', fields: [{ label: 'Email', value: 'ada@example.com' }] } },
    webflow: { payload: { name: 'Webflow', data: { Email: 'ada@example.com' } } },
    jotform: { formTitle: 'Jot', rawRequest: '{"email":"ada@example.com"}' },
  };
  it.each(FORM_SOURCES)(
    'GIVEN a %s submission WHEN mapped THEN the form.submitted detail parses',
    async (source) => {
      const mapped = await mapWebhook('t1', source, 'd-2', forms[source], undefined);
      expect(mapped.detailType).toBe('form.submitted');
      const detail = EVENT_DETAILS['form.submitted'].parse(mapped.detail);
      expect(detail.lead?.email).toBe('ada@example.com');
    },
  );

  it('GIVEN a form submission without an email WHEN mapped THEN the detail still parses with lead null', async () => {
    const mapped = await mapWebhook('t1', 'form', 'd-3', { message: 'hello' }, undefined);
    expect(EVENT_DETAILS['form.submitted'].parse(mapped.detail).lead).toBeNull();
  });

  it.each([[{ any: 'json' }], [[1, 2]], ['text']] as [unknown][])(
    'GIVEN a generic webhook payload %j WHEN mapped THEN the webhook.received detail parses',
    async (payload) => {
      const mapped = await mapWebhook('t1', 'stripe', 'd-4', payload, undefined);
      expect(mapped.detailType).toBe('webhook.received');
      expect(EVENT_DETAILS['webhook.received'].parse(mapped.detail)).toMatchObject({
        webhook: { source: 'stripe', deliveryId: 'd-4' },
      });
    },
  );
});

describe('docs/workflow-language.md', () => {
  const doc = readFileSync('docs/workflow-language.md', 'utf8');

  it('GIVEN EVENT_DETAILS WHEN the docs are read THEN the generated events table is current', () => {
    const section = doc
      .slice(doc.indexOf(EVENTS_BEGIN) + EVENTS_BEGIN.length, doc.indexOf(EVENTS_END))
      .trim();
    // On failure, regenerate: write withEvents(doc) from statemachines/events-docs.ts back to the file.
    expect(doc.indexOf(EVENTS_BEGIN)).toBeGreaterThan(0);
    expect(section).toBe(eventsMarkdown());
  });

  it('GIVEN the events table WHEN read THEN every event has a row with its source and every detail field', () => {
    const table = eventsMarkdown();
    for (const name of EVENT_NAMES) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toContain(`\`dynaris.${name.split('.')[0]}\``);
      for (const field of Object.keys(EVENT_DETAILS[name].shape))
        expect(row).toMatch(new RegExp(`\`${field}\\*?\``));
    }
    expect(table).toContain('`lead` [LeadSummary](#event-object-leadsummary)');
    expect(table).toContain('`email.send`');
  });
});
