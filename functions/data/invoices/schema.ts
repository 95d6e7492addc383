import * as z from 'zod';
import { BadRequestError } from '../../shared/errors';
import type { PageRequest } from '../repository';

export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'overdue'] as const;
export const InvoiceStatus = z.enum(INVOICE_STATUSES);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

export const InvoiceLine = z.object({
  description: z.string().min(1).max(500),
  quantity: z.number().int().min(1),
  unitPriceCents: z.number().int().min(0),
});
export type InvoiceLine = z.infer<typeof InvoiceLine>;

export const Invoice = z.object({
  id: z.string(),
  number: z.string().nullable(),
  sequence: z.number().int().nullable(),
  status: InvoiceStatus,
  customerEmail: z.string(),
  customerName: z.string().nullable(),
  leadId: z.string().nullable(),
  currency: z.string(),
  lines: z.array(InvoiceLine.extend({ amountCents: z.number().int() })),
  subtotalCents: z.number().int(),
  taxRateBps: z.number().int(),
  taxCents: z.number().int(),
  totalCents: z.number().int(),
  paidCents: z.number().int(),
  dueInDays: z.number().int(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  paidAt: z.string().nullable(),
  overdueAt: z.string().nullable(),
  reminderCount: z.number().int(),
  lastReminderAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Invoice = z.infer<typeof Invoice>;

export const NewInvoice = z.object({
  customerEmail: z.email(),
  customerName: z.string().max(200).optional(),
  leadId: z.string().max(128).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO-4217 code such as EUR'),
  lines: z.array(InvoiceLine).min(1).max(200),
  taxRateBps: z.number().int().min(0).max(10_000).optional(),
  dueInDays: z.number().int().min(0).max(365).optional(),
  /** `draft`: no number yet (issue it later). @default open */
  status: z.enum(['draft', 'open']).optional(),
});
export type NewInvoice = z.infer<typeof NewInvoice>;

export const InvoicePatch = NewInvoice.omit({ status: true }).partial();
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
