import * as z from 'zod/mini';
import { builtOnFirstUse } from '../../../statemachines/zod-kit';
import { emailAddress } from '../../shared/email-address';
import { BadRequestError } from '../../shared/errors';
import type { PageRequest } from '../repository';

export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'overdue'] as const;
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

export type InvoiceLine = z.infer<typeof InvoiceLine>;

export type Invoice = z.infer<typeof Invoice>;

export type NewInvoice = z.infer<typeof NewInvoice>;

export type InvoicePatch = z.infer<typeof InvoicePatch>;

export interface InvoiceFilters extends PageRequest {
  readonly status?: InvoiceStatus;
  readonly customerEmail?: string;
  readonly leadId?: string;
}

export const formatInvoiceNumber = (sequence: number): string => `INV-${String(sequence).padStart(6, '0')}`;

/** `round(amount × bps / 10 000)`, half away from zero, exact for any safe integer. */
export const taxCents = (subtotalCents: number, taxRateBps: number): number => {
  const product = BigInt(subtotalCents) * BigInt(taxRateBps);
  return Number((product + 5_000n) / 10_000n);
};

export const computeTotals = (lines: readonly InvoiceLine[], taxRateBps: number) => {
  const priced = lines.map((l) => ({ ...l, amountCents: l.quantity * l.unitPriceCents }));
  const subtotal = priced.reduce((sum, l) => sum + l.amountCents, 0);
  const tax = taxCents(subtotal, taxRateBps);
  const total = subtotal + tax;
  if (!Number.isSafeInteger(total) || priced.some((l) => !Number.isSafeInteger(l.amountCents))) {
    throw new BadRequestError('invoice amounts are too large');
  }
  return { lines: priced, subtotalCents: subtotal, taxCents: tax, totalCents: total };
};

const DAY_MS = 86_400_000;
export const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days between the due date and `now` (UTC dates); positive when past due. */
export const daysOverdue = (dueDate: string, now: Date): number =>
  Math.floor(
    (Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS,
  );

/**
 * The invoice schemas, built on the first call and kept: a function that serves other collections (api-data answers
 * six) never builds them, and one that parses invoice builds them on its first parse. The exports below are the same
 * schemas by name, for code that reads them at its own module scope; a bundle that reads only `invoiceSchemas()` drops
 * them.
 */
export const invoiceSchemas = /* @__PURE__ */ builtOnFirstUse(() => {
  const InvoiceStatus = z.enum(INVOICE_STATUSES);

  const InvoiceLine = z.object({
    description: z.string().check(z.minLength(1)).check(z.maxLength(500)),
    quantity: z.number().check(z.int()).check(z.gte(1)),
    unitPriceCents: z.number().check(z.int()).check(z.gte(0)),
  });

  const Invoice = z.object({
    id: z.string(),
    number: z.nullable(z.string()),
    sequence: z.nullable(z.number().check(z.int())),
    status: InvoiceStatus,
    customerEmail: z.string(),
    customerName: z.nullable(z.string()),
    leadId: z.nullable(z.string()),
    currency: z.string(),
    lines: z.array(z.extend(InvoiceLine, { amountCents: z.number().check(z.int()) })),
    subtotalCents: z.number().check(z.int()),
    taxRateBps: z.number().check(z.int()),
    taxCents: z.number().check(z.int()),
    totalCents: z.number().check(z.int()),
    paidCents: z.number().check(z.int()),
    dueInDays: z.number().check(z.int()),
    issueDate: z.nullable(z.string()),
    dueDate: z.nullable(z.string()),
    paidAt: z.nullable(z.string()),
    overdueAt: z.nullable(z.string()),
    reminderCount: z.number().check(z.int()),
    lastReminderAt: z.nullable(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  });

  const NewInvoice = z.object({
    customerEmail: emailAddress(),
    customerName: z.optional(z.string().check(z.maxLength(200))),
    leadId: z.optional(z.string().check(z.maxLength(128))),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO-4217 code such as EUR')),
    lines: z.array(InvoiceLine).check(z.minLength(1)).check(z.maxLength(200)),
    taxRateBps: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(10_000))),
    dueInDays: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(365))),
    /** `draft`: no number yet (issue it later). @default open */
    status: z.optional(z.enum(['draft', 'open'])),
  });

  const InvoicePatch = z.partial(z.omit(NewInvoice, { status: true }));

  return { InvoiceStatus, InvoiceLine, Invoice, NewInvoice, InvoicePatch };
});

export const InvoiceStatus = /* @__PURE__ */ (() => invoiceSchemas().InvoiceStatus)();
export const InvoiceLine = /* @__PURE__ */ (() => invoiceSchemas().InvoiceLine)();
export const Invoice = /* @__PURE__ */ (() => invoiceSchemas().Invoice)();
export const NewInvoice = /* @__PURE__ */ (() => invoiceSchemas().NewInvoice)();
export const InvoicePatch = /* @__PURE__ */ (() => invoiceSchemas().InvoicePatch)();
