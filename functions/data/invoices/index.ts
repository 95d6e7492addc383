/**
 * Invoices with gapless per-tenant numbers, integer cents and tax in basis points.
 *
 *   invoice  pk T#<t>#INVOICE#<id>     sk INVOICE   gsi1 T#<t>#INVOICES / <createdAt>#<id>
 *                                                   gsi2 T#<t>#INVOICES#UNPAID / <dueDate>#<id>  (open/overdue only)
 *   counter  pk T#<t>#INVOICECOUNTER   sk COUNTER   value = the last number issued
 *
 * Issuing = one transaction: the counter goes from n to n+1 (conditioned on n, as read) and the invoice is written
 * with number n+1. Concurrent issuers lose the condition, re-read and retry, so numbers are distinct and consecutive,
 * and a failed issue consumes no number. Drafts have no number until issued.
 */
export { INVOICING_TENANTS, listInvoicingTenants } from './items';
export { overPaymentError } from './payments';
export * from './repository';
export * from './schema';
