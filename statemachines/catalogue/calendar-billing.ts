import * as z from 'zod/mini';
import { builtOnFirstUse } from '../zod-kit';
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
const InvoiceSummary = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    id: z.string(),
    number: z.nullable(z.string()),
    status: z.enum(['draft', 'open', 'paid', 'overdue']),
    customerEmail: z.string(),
    customerName: z.nullable(z.string()),
    leadId: z.nullable(z.string()),
    currency: z.string(),
    totalCents: z.number(),
    paidCents: z.number(),
    dueDate: z.nullable(z.string()),
  }),
);

/** A booking as calendar.find lists it. */
const BookingSummary = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    id: z.string(),
    title: z.string(),
    start: z.string(),
    end: z.string(),
    status: z.enum(['confirmed', 'cancelled']),
    attendeeEmail: z.nullable(z.string()),
    leadId: z.nullable(z.string()),
    location: z.nullable(z.string()),
  }),
);

/** The days calendar.find can name, counted in the tenant's time zone when the step runs. */
export const BOOKING_DAYS = ['today', 'tomorrow', 'this-week', 'next-7-days'] as const;

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
        title: z.string().check(z.minLength(1)).check(z.maxLength(200)),
        durationMinutes: z.optional(z.number().check(z.int()).check(z.gte(5)).check(z.lte(480))),
        attendeeEmail: z.optional(Email()),
        leadId: z.optional(z.string().check(z.minLength(1))),
        earliest: z.optional(IsoDateTime()),
        /** ISO duration after `earliest` (or now) within which to book. @default P14D */
        within: z.optional(z.string()),
        location: z.optional(z.string().check(z.maxLength(500))),
      }),
    output: () => z.object({ bookingId: z.string(), start: z.string(), end: z.string(), title: z.string() }),
  }),
  'calendar.find': spec({
    name: 'calendar.find',
    title: 'Find bookings',
    description:
      "Find bookings starting on a day (today, tomorrow, this week, the next 7 days: in the tenant's time zone when the step runs) or in [from, to), by status or lead (for reminders over many bookings).",
    performer: agent('calendar'),
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        day: z.optional(z.enum(BOOKING_DAYS)),
        from: z.optional(IsoDateTime()),
        to: z.optional(IsoDateTime()),
        /** @default confirmed */
        status: z.optional(z.enum(['confirmed', 'cancelled'])),
        leadId: z.optional(z.string().check(z.minLength(1))),
        /** Only bookings with an attendee's email (to write to each of them). */
        withAttendee: z.optional(z.boolean()),
        limit: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(1000))),
      }),
    output: () =>
      z.object({
        bookings: z.array(BookingSummary()),
        count: z.number(),
        /** The list as text for a message ({{steps.<id>.text}}; at most 50 lines, then "… and N more"): one line per booking in the tenant's time zone ("Mon 7 Dec 09:00–09:30 Title · email · place"), or "No bookings today." */
        text: z.string(),
      }),
  }),
  'calendar.cancel': spec({
    name: 'calendar.cancel',
    emits: 'booking.cancelled',
    title: 'Cancel meeting',
    description: 'Cancel a booking.',
    performer: agent('calendar'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        bookingId: z.string().check(z.minLength(1)),
        reason: z.optional(z.string().check(z.maxLength(1000))),
      }),
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
        customerEmail: Email(),
        customerName: z.optional(z.string().check(z.maxLength(200))),
        leadId: z.optional(z.string().check(z.minLength(1))),
        currency: Currency(),
        lines: z
          .array(
            z.strictObject({
              description: z.string().check(z.minLength(1)).check(z.maxLength(500)),
              quantity: z.number().check(z.int()).check(z.gte(1)),
              unitPriceCents: Money(),
            }),
          )
          .check(z.minLength(1))
          .check(z.maxLength(200)),
        /** Tax rate in basis points (19% = 1900). @default 0 */
        taxRateBps: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(10_000))),
        /** @default 14 */
        dueInDays: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(365))),
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
    input: () =>
      z.strictObject({
        invoiceId: z.string().check(z.minLength(1)),
        message: z.optional(z.string().check(z.maxLength(5000))),
      }),
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
        status: z.optional(z.enum(['draft', 'open', 'paid', 'overdue', 'unpaid'])),
        customerEmail: z.optional(Email()),
        leadId: z.optional(z.string().check(z.minLength(1))),
        limit: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(1000))),
      }),
    output: () =>
      z.object({
        invoices: z.array(InvoiceSummary()),
        count: z.number(),
        /** The list as text for a message ({{steps.<id>.text}}; at most 50 lines, then "… and N more"): one line per invoice ("INV-0042 · Acme (billing@acme.com) · EUR 1,250.00 due 2026-12-01 · overdue"), or "No overdue invoices." */
        text: z.string(),
      }),
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
        invoiceId: z.string().check(z.minLength(1)),
        paidAt: z.optional(IsoDateTime()),
        amountCents: z.optional(Money()),
      }),
    output: () => z.object({ invoiceId: z.string(), status: z.string() }),
  }),
} as const satisfies Record<string, ActionSpec>;
