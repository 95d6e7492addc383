import type { Database } from '../../shared/ports';
import { entityKey, type Item, queryAll, withoutTenant } from '../repository';
import { GSI1, tenantKey } from '../table';

import type { Invoice, InvoiceStatus } from './schema';

/** How an invoice is stored: keys, the unpaid index, the counter and the system list of invoicing tenants. */

export const ENTITY = 'INVOICE';
/**
 * The one index partition that is not tenant-scoped: the counter item of every tenant that has issued an invoice is
 * listed here (gsi1), so the scheduled overdue sweep finds the tenants to check without a scan. Only that system
 * job reads it; no request path does.
 */
export const INVOICING_TENANTS = 'SYSTEM#INVOICING_TENANTS';
export const invoiceKey = (tenantId: string, id: string) => entityKey(tenantId, ENTITY, id);
export const counterKey = (tenantId: string) => ({
  pk: tenantKey(tenantId, 'INVOICECOUNTER'),
  sk: 'COUNTER',
});
export const isUnpaid = (s: InvoiceStatus) => s === 'open' || s === 'overdue';

export const invoiceIndexes = (tenantId: string, inv: Invoice): Item => ({
  gsi1pk: tenantKey(tenantId, 'INVOICES'),
  gsi1sk: `${inv.createdAt}#${inv.id}`,
  ...(isUnpaid(inv.status) && inv.dueDate
    ? { gsi2pk: tenantKey(tenantId, 'INVOICES', 'UNPAID'), gsi2sk: `${inv.dueDate}#${inv.id}` }
    : {}),
});

export const toInvoice = (item: Item): Invoice => {
  const { reminderKeys: _r, paidByKey: _p, paymentKeys: _k, ...rest } = withoutTenant<Item>(item);
  return rest as Invoice;
};

/** Tenants that have issued at least one invoice (for the overdue sweep). */
export const listInvoicingTenants = async (db: Database): Promise<string[]> => {
  const items = await queryAll(db, {
    IndexName: GSI1,
    KeyConditionExpression: 'gsi1pk = :p',
    ExpressionAttributeValues: { ':p': INVOICING_TENANTS },
    ProjectionExpression: 'gsi1sk',
  });
  return items.map((i) => i.gsi1sk as string);
};
