import * as z from 'zod';
import {
  type ActionSpec,
  agent,
  Currency,
  DEFAULT_RETRY,
  Email,
  IsoDateTime,
  Money,
  PATIENT_RETRY,
  spec,
} from './spec';

/** An invoice as invoice.find lists it (amounts in cents). */
const InvoiceSummary = z.object({
  id: z.string(),
  number: z.string().nullable(),
  status: z.enum(['draft', 'open', 'paid', 'overdue']),
  customerEmail: z.string(),
  customerName: z.string().nullable(),
  leadId: z.string().nullable(),
  currency: z.string(),
  totalCents: z.number(),
  paidCents: z.number(),
  dueDate: z.string().nullable(),
});

/** Calendar bookings (agent calendar) and invoices (agent billing). */
export const CALENDAR_AND_BILLING_ACTIONS = {
  'calendar.schedule': spec({
    name: 'calendar.schedule',
    emits: 'booking.created',
    title: 'Schedule meeting',
    description: "Book the next free slot inside the tenant's business hours (never double-books).",
    performer: agent('calendar'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        title: z.string().min(1).max(200),
        durationMinutes: z.number().int().min(5).max(480).optional(),
        attendeeEmail: Email.optional(),
        leadId: z.string().min(1).optional(),
        earliest: IsoDateTime.optional(),
        /** ISO duration after `earliest` (or now) within which to book. @default P14D */
        within: z.string().optional(),
        location: z.string().max(500).optional(),
      }),
    output: () => z.object({ bookingId: z.string(), start: z.string(), end: z.string(), title: z.string() }),
  }),
  'calendar.cancel': spec({
    name: 'calendar.cancel',
    emits: 'booking.cancelled',
    title: 'Cancel meeting',
    description: 'Cancel a booking.',
    performer: agent('calendar'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () => z.strictObject({ bookingId: z.string().min(1), reason: z.string().max(1000).optional() }),
    output: () => z.object({ bookingId: z.string(), status: z.string() }),
  }),
  'invoice.create': spec({
    name: 'invoice.create',
    emits: 'invoice.created',
    title: 'Create invoice',
    description: 'Issue an invoice: gapless per-tenant number, integer cents, tax and due date.',
    performer: agent('billing'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        customerEmail: Email,
        customerName: z.string().max(200).optional(),
        leadId: z.string().min(1).optional(),
        currency: Currency,
        lines: z
          .array(
            z.strictObject({
              description: z.string().min(1).max(500),
              quantity: z.number().int().min(1),
              unitPriceCents: Money,
            }),
          )
          .min(1)
          .max(200),
        /** Tax rate in basis points (19% = 1900). @default 0 */
        taxRateBps: z.number().int().min(0).max(10_000).optional(),
        /** @default 14 */
        dueInDays: z.number().int().min(0).max(365).optional(),
      }),
    output: () =>
      z.object({
        invoiceId: z.string(),
        number: z.string(),
        totalCents: z.number(),
        currency: z.string(),
        dueDate: z.string(),
      }),
  }),
  'invoice.sendReminder': spec({
    name: 'invoice.sendReminder',
    emits: 'email.sent',
    title: 'Send invoice reminder',
    description: 'Email a payment reminder for an unpaid invoice.',
    performer: agent('billing'),
    sideEffect: true,
    retry: PATIENT_RETRY,
    input: () => z.strictObject({ invoiceId: z.string().min(1), message: z.string().max(5000).optional() }),
    output: () => z.object({ invoiceId: z.string(), reminderCount: z.number(), messageId: z.string() }),
  }),
  'invoice.find': spec({
    name: 'invoice.find',
    title: 'Find invoices',
    description:
      'Find invoices by status (unpaid = open or overdue), customer or lead (for reminders and reports over many invoices).',
    performer: agent('billing'),
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        status: z.enum(['draft', 'open', 'paid', 'overdue', 'unpaid']).optional(),
        customerEmail: Email.optional(),
        leadId: z.string().min(1).optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      }),
    output: () => z.object({ invoices: z.array(InvoiceSummary), count: z.number() }),
  }),
  'invoice.markPaid': spec({
    name: 'invoice.markPaid',
    emits: 'invoice.paid',
    title: 'Mark invoice paid',
    description: 'Record the payment of an invoice.',
    performer: agent('billing'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        invoiceId: z.string().min(1),
        paidAt: IsoDateTime.optional(),
        amountCents: Money.optional(),
      }),
    output: () => z.object({ invoiceId: z.string(), status: z.string() }),
  }),
} as const satisfies Record<string, ActionSpec>;
