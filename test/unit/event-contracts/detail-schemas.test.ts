import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { Booking } from '../../../functions/data/bookings';
import { FileMeta } from '../../../functions/data/files';
import { Invoice } from '../../../functions/data/invoices';
import { Lead } from '../../../functions/data/leads';
import { LeadSummary } from '../../../statemachines/catalogue';
import {
  EVENT_DETAIL_FIELDS,
  EVENT_DETAIL_PATHS,
  EVENT_DETAILS,
  EventBooking,
  EventFile,
  EventInvoice,
  EventLead,
  EventLeadSummary,
  isDeclaredDetailPath,
} from '../../../statemachines/event-details';
import { EVENT_NAMES, type EventName } from '../../../statemachines/events';

type Json = Record<string, unknown>;

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
    ['lead summary', EventLeadSummary, LeadSummary()],
    ['booking', EventBooking, Booking],
    ['invoice', EventInvoice, Invoice],
    ['file', EventFile, FileMeta],
  ] as [string, z.core.$ZodObject, z.core.$ZodObject][])(
    'GIVEN the %s object of event details WHEN compared with the repository record THEN they have the same fields',
    (_, contract, record) => {
      expect(Object.keys(contract._zod.def.shape).sort()).toStrictEqual(
        Object.keys(record._zod.def.shape).sort(),
      );
    },
  );

  it.each(['lead', 'booking', 'invoice', 'file'] as const)(
    'GIVEN a %s stored by its repository WHEN parsed as an event entity THEN it passes, and with a required field missing it does not',
    (entity) => {
      const records: Record<typeof entity, [z.ZodMiniObject, Json]> = {
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
      // changes was open (`changes.*`) until session 44; it now names the fields an update can change, so a
      // misspelt change is an error: every field the repository reports is still declared (one line below)
      'lead.updated': ['lead', 'lead.*', 'changes', 'changes.status.to', 'changes.fields.to.*'],
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
