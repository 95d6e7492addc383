import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { BadRequestError, ConflictError } from '../shared/errors';
import type { Clock, Database } from '../shared/ports';
import { POLICIES, retry } from '../shared/retry';
import { normalizeEmail } from './leads';
import {
  assertId,
  clampLimit,
  entityKey,
  findById,
  type Item,
  isConditionalCheckFailed,
  mapPage,
  mustExist,
  newId,
  type Page,
  type PageRequest,
  putAtVersionStep,
  putNewStep,
  queryPage,
  readItem,
  retryOnVersionConflict,
  transact,
  updateAtVersion,
  VersionConflictError,
  withoutTenant,
} from './repository';
import { GSI1, GSI2, tenantKey } from './table';

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

const ENTITY = 'INVOICE';
/**
 * The one index partition that is not tenant-scoped: the counter item of every tenant that has issued an invoice is
 * listed here (gsi1), so the scheduled overdue sweep finds the tenants to check without a scan. Only that system
 * job reads it; no request path does.
 */
export const INVOICING_TENANTS = 'SYSTEM#INVOICING_TENANTS';
const invoiceKey = (tenantId: string, id: string) => entityKey(tenantId, ENTITY, id);
const counterKey = (tenantId: string) => ({ pk: tenantKey(tenantId, 'INVOICECOUNTER'), sk: 'COUNTER' });
const isUnpaid = (s: InvoiceStatus) => s === 'open' || s === 'overdue';

const invoiceItem = (tenantId: string, inv: Invoice): Item => ({
  ...invoiceKey(tenantId, inv.id),
  type: 'invoice',
  tenantId,
  ...inv,
  gsi1pk: tenantKey(tenantId, 'INVOICES'),
  gsi1sk: `${inv.createdAt}#${inv.id}`,
  ...(isUnpaid(inv.status) && inv.dueDate
    ? { gsi2pk: tenantKey(tenantId, 'INVOICES', 'UNPAID'), gsi2sk: `${inv.dueDate}#${inv.id}` }
    : {}),
});

const toInvoice = (item: Item): Invoice => {
  const { reminderKeys: _r, paidByKey: _p, ...rest } = withoutTenant<Item>(item);
  return rest as Invoice;
};

export const createInvoiceRepository = ({ db, clock }: { readonly db: Database; readonly clock: Clock }) => {
  const find = async (tenantId: string, id: string): Promise<Invoice | undefined> =>
    findById(db, 'invoice', id, invoiceKey(tenantId, id), toInvoice);

  const get = async (tenantId: string, id: string): Promise<Invoice> =>
    mustExist('invoice', id, await find(tenantId, id));

  const readCounter = async (tenantId: string): Promise<number> =>
    ((await readItem(db, counterKey(tenantId)))?.value as number | undefined) ?? 0;

  /**
   * Writes `build(n+1)` together with the counter n -> n+1, retrying while other issuers win
   * (POLICIES.invoiceNumber: each lost race is another issuer's success).
   */
  const issueWithNextNumber = (
    tenantId: string,
    build: (sequence: number) => { item: Item; condition?: { expression: string; values: Item } },
  ): Promise<number> =>
    retry(
      async () => {
        const last = await readCounter(tenantId);
        const sequence = last + 1;
        const { item, condition } = build(sequence);
        await transact(db, [
          {
            label: `invoice counter of ${tenantId}`,
            onConditionFailed: () => new VersionConflictError('invoice counter', tenantId, last),
            item: {
              Put: {
                TableName: db.tableName,
                Item: {
                  ...counterKey(tenantId),
                  type: 'invoiceCounter',
                  tenantId,
                  value: sequence,
                  gsi1pk: INVOICING_TENANTS,
                  gsi1sk: tenantId,
                },
                ...(last === 0
                  ? { ConditionExpression: 'attribute_not_exists(pk)' }
                  : {
                      ConditionExpression: '#value = :last',
                      ExpressionAttributeNames: { '#value': 'value' },
                      ExpressionAttributeValues: { ':last': last },
                    }),
              },
            },
          },
          {
            label: `invoice ${item.id as string}`,
            onConditionFailed: () => new VersionConflictError('invoice', item.id as string),
            item: {
              Put: {
                TableName: db.tableName,
                Item: item,
                ConditionExpression: condition?.expression ?? 'attribute_not_exists(pk)',
                ...(condition ? { ExpressionAttributeValues: condition.values } : {}),
              },
            },
          },
        ]);
        return sequence;
      },
      POLICIES.invoiceNumber,
      {
        retryOn: (error) => error instanceof VersionConflictError && error.entity === 'invoice counter',
      },
    );

  const numbered = (inv: Invoice, sequence: number, now: Date): Invoice => {
    const issueDate = now.toISOString().slice(0, 10);
    return {
      ...inv,
      status: 'open',
      sequence,
      number: formatInvoiceNumber(sequence),
      issueDate,
      dueDate: addDays(issueDate, inv.dueInDays),
    };
  };

  /** `options.id` (checked like any id) lets a retried caller name the invoice so a second attempt cannot issue twice. */
  const create = async (
    tenantId: string,
    input: NewInvoice,
    options: { readonly id?: string } = {},
  ): Promise<Invoice> => {
    const data = NewInvoice.parse(input);
    if (options.id !== undefined) assertId('invoice', options.id);
    const now = clock.now();
    const at = now.toISOString();
    const taxRateBps = data.taxRateBps ?? 0;
    const draft: Invoice = {
      id: options.id ?? newId('inv', now),
      number: null,
      sequence: null,
      status: 'draft',
      customerEmail: normalizeEmail(data.customerEmail),
      customerName: data.customerName ?? null,
      leadId: data.leadId ?? null,
      currency: data.currency,
      ...computeTotals(data.lines, taxRateBps),
      taxRateBps,
      paidCents: 0,
      dueInDays: data.dueInDays ?? 14,
      issueDate: null,
      dueDate: null,
      paidAt: null,
      overdueAt: null,
      reminderCount: 0,
      lastReminderAt: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    if (data.status === 'draft') {
      await transact(db, [putNewStep(db, `invoice ${draft.id}`, invoiceItem(tenantId, draft))]);
      return draft;
    }
    let issued: Invoice = draft;
    await issueWithNextNumber(tenantId, (sequence) => {
      issued = numbered(draft, sequence, now);
      return { item: invoiceItem(tenantId, issued) };
    });
    return issued;
  };

  /** Gives a draft its number and due date (status open). Issuing an issued invoice returns it unchanged. */
  const issue = async (tenantId: string, id: string): Promise<Invoice> => {
    const current = await get(tenantId, id);
    if (current.status !== 'draft') return current;
    const now = clock.now();
    let issued: Invoice = current;
    try {
      await issueWithNextNumber(tenantId, (sequence) => {
        issued = {
          ...numbered(current, sequence, now),
          updatedAt: now.toISOString(),
          version: current.version + 1,
        };
        return {
          item: invoiceItem(tenantId, issued),
          condition: { expression: 'version = :v', values: { ':v': current.version } },
        };
      });
    } catch (error) {
      if (error instanceof VersionConflictError && error.entity === 'invoice') {
        throw new VersionConflictError('invoice', id, current.version);
      }
      throw error;
    }
    return issued;
  };

  /** Drafts only: issued invoices are immutable documents. */
  const update = async (
    tenantId: string,
    id: string,
    patch: InvoicePatch,
    options: { expectedVersion?: number } = {},
  ): Promise<Invoice> => {
    const data = InvoicePatch.parse(patch);
    return updateAtVersion(
      'invoice',
      id,
      options.expectedVersion,
      () => get(tenantId, id),
      async (current) => {
        if (current.status !== 'draft')
          throw new ConflictError(`invoice ${id} is issued and can no longer be edited`);
        const taxRateBps = data.taxRateBps ?? current.taxRateBps;
        const next: Invoice = {
          ...current,
          customerEmail: data.customerEmail ? normalizeEmail(data.customerEmail) : current.customerEmail,
          customerName: data.customerName ?? current.customerName,
          leadId: data.leadId ?? current.leadId,
          currency: data.currency ?? current.currency,
          ...computeTotals(data.lines ?? current.lines, taxRateBps),
          taxRateBps,
          dueInDays: data.dueInDays ?? current.dueInDays,
          updatedAt: clock.now().toISOString(),
          version: current.version + 1,
        };
        await transact(db, [
          putAtVersionStep(db, 'invoice', id, invoiceItem(tenantId, next), current.version),
        ]);
        return next;
      },
    );
  };

  /** Drafts only: deleting an issued invoice would leave a gap in the numbering. */
  const remove = async (
    tenantId: string,
    id: string,
    options: { expectedVersion?: number } = {},
  ): Promise<void> => {
    const current = await get(tenantId, id);
    if (current.status !== 'draft') throw new ConflictError(`invoice ${id} is issued and cannot be deleted`);
    const version = options.expectedVersion ?? current.version;
    await transact(db, [
      {
        label: `invoice ${id}`,
        onConditionFailed: () => new VersionConflictError('invoice', id, version),
        item: {
          Delete: {
            TableName: db.tableName,
            Key: invoiceKey(tenantId, id),
            ConditionExpression: 'version = :v AND #status = :draft',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':v': version, ':draft': 'draft' },
          },
        },
      },
    ]);
  };

  const put = async (
    tenantId: string,
    current: Invoice,
    next: Invoice,
    reminderKeys: unknown,
    extra: Item = {},
  ): Promise<void> => {
    const item = { ...invoiceItem(tenantId, next), ...(reminderKeys ? { reminderKeys } : {}), ...extra };
    await transact(db, [putAtVersionStep(db, 'invoice', current.id, item, current.version)]);
  };

  const readRaw = async (tenantId: string, id: string): Promise<Item> => {
    assertId('invoice', id);
    return mustExist('invoice', id, await readItem(db, invoiceKey(tenantId, id)));
  };

  /**
   * Read, apply, write at version. `keyed` stores extra attributes with the change and recognises, from the stored
   * item, a repeat of a change this caller already made (reported as changed again).
   */
  const change = (
    tenantId: string,
    id: string,
    apply: (current: Invoice) => Invoice | undefined,
    keyed?: { readonly attributes: (next: Invoice) => Item; readonly madeBy: (raw: Item) => boolean },
  ): Promise<{ invoice: Invoice; changed: boolean }> =>
    retryOnVersionConflict(async () => {
      const raw = await readRaw(tenantId, id);
      const current = toInvoice(raw);
      const next = apply(current);
      if (!next) return { invoice: current, changed: keyed?.madeBy(raw) ?? false };
      await put(tenantId, current, next, raw.reminderKeys, keyed?.attributes(next));
      return { invoice: next, changed: true };
    });

  /**
   * Records a payment. The invoice becomes paid once payments reach the total (default amount: the balance).
   * Paying a paid invoice changes nothing, except for the `paymentKey` that paid it (a retried step): that repeat
   * reports the change again, so the caller can finish what it does after paying (publish invoice.paid).
   */
  const markPaid = (
    tenantId: string,
    id: string,
    payment: { paidAt?: string; amountCents?: number; paymentKey?: string } = {},
  ): Promise<{ invoice: Invoice; changed: boolean }> => {
    const { paymentKey } = payment;
    const keyed = paymentKey
      ? {
          attributes: (next: Invoice): Item => (next.status === 'paid' ? { paidByKey: paymentKey } : {}),
          madeBy: (raw: Item) => raw.paidByKey === paymentKey,
        }
      : undefined;
    return change(
      tenantId,
      id,
      (current) => {
        if (current.status === 'paid') return undefined;
        if (current.status === 'draft') throw new ConflictError(`invoice ${id} is a draft; issue it first`);
        const balance = current.totalCents - current.paidCents;
        const amount = payment.amountCents ?? balance;
        if (!Number.isSafeInteger(amount) || amount < 0)
          throw new BadRequestError('amountCents must be a whole number');
        const paidCents = current.paidCents + amount;
        const at = clock.now().toISOString();
        const paidAt = payment.paidAt ? new Date(payment.paidAt).toISOString() : at;
        return {
          ...current,
          paidCents,
          ...(paidCents >= current.totalCents ? { status: 'paid' as const, paidAt } : {}),
          updatedAt: at,
          version: current.version + 1,
        };
      },
      keyed,
    );
  };

  /** open -> overdue once (returns changed: false when it already was, or is paid). */
  const markOverdue = (tenantId: string, id: string): Promise<{ invoice: Invoice; changed: boolean }> =>
    change(tenantId, id, (current) => {
      if (current.status !== 'open') return undefined;
      const at = clock.now().toISOString();
      return { ...current, status: 'overdue', overdueAt: at, updatedAt: at, version: current.version + 1 };
    });

  /**
   * Counts a reminder once per `reminderKey` (the idempotency key of the sending step): a retried step gets the
   * same count back instead of a second one.
   */
  const recordReminder = async (
    tenantId: string,
    id: string,
    reminderKey: string,
  ): Promise<{ invoice: Invoice; reminderCount: number; counted: boolean }> => {
    const at = clock.now().toISOString();
    try {
      const out = await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: invoiceKey(tenantId, id),
          UpdateExpression:
            'SET reminderCount = reminderCount + :one, lastReminderAt = :at, updatedAt = :at, version = version + :one, reminderKeys = list_append(if_not_exists(reminderKeys, :empty), :key)',
          ConditionExpression:
            'attribute_exists(pk) AND #status IN (:open, :overdue) AND NOT contains(reminderKeys, :keyValue)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':at': at,
            ':empty': [],
            ':key': [reminderKey],
            ':keyValue': reminderKey,
            ':open': 'open',
            ':overdue': 'overdue',
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const invoice = toInvoice(out.Attributes as Item);
      return { invoice, reminderCount: invoice.reminderCount, counted: true };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const raw = await readRaw(tenantId, id);
      const current = toInvoice(raw);
      const keys = (raw.reminderKeys as string[] | undefined) ?? [];
      if (keys.includes(reminderKey))
        return { invoice: current, reminderCount: current.reminderCount, counted: false };
      throw new ConflictError(
        `invoice ${id} is ${current.status}; reminders are for open or overdue invoices`,
      );
    }
  };

  /** Newest first. `open` and `overdue` read the unpaid index (by due date). */
  const list = async (tenantId: string, filters: InvoiceFilters = {}): Promise<Page<Invoice>> => {
    const unpaidIndex = filters.status === 'open' || filters.status === 'overdue';
    const names: Record<string, string> = {};
    const values: Item = {
      ':p': unpaidIndex ? tenantKey(tenantId, 'INVOICES', 'UNPAID') : tenantKey(tenantId, 'INVOICES'),
    };
    const conditions: string[] = [];
    if (filters.status) {
      names['#status'] = 'status';
      values[':status'] = InvoiceStatus.parse(filters.status);
      conditions.push('#status = :status');
    }
    if (filters.customerEmail) {
      values[':email'] = normalizeEmail(filters.customerEmail);
      conditions.push('customerEmail = :email');
    }
    if (filters.leadId) {
      values[':lead'] = filters.leadId;
      conditions.push('leadId = :lead');
    }
    const page = await queryPage(db, {
      tenantId,
      index: unpaidIndex ? GSI2 : GSI1,
      keyCondition: unpaidIndex ? 'gsi2pk = :p' : 'gsi1pk = :p',
      names,
      values,
      ...(conditions.length ? { filter: conditions.join(' AND ') } : {}),
      limit: clampLimit(filters.limit),
      cursor: filters.cursor,
      newestFirst: !unpaidIndex,
    });
    return mapPage(page, toInvoice);
  };

  /** Open invoices whose due date is before `now`'s UTC date (the overdue candidates), oldest due first. */
  const listPastDue = async (tenantId: string, now: Date, page: PageRequest = {}): Promise<Page<Invoice>> => {
    const out = await queryPage(db, {
      tenantId,
      index: GSI2,
      keyCondition: 'gsi2pk = :p AND gsi2sk < :today',
      names: { '#status': 'status' },
      values: {
        ':p': tenantKey(tenantId, 'INVOICES', 'UNPAID'),
        ':today': now.toISOString().slice(0, 10),
        ':open': 'open',
      },
      filter: '#status = :open',
      limit: clampLimit(page.limit),
      cursor: page.cursor,
    });
    return mapPage(out, toInvoice);
  };

  return {
    create,
    issue,
    find,
    get,
    update,
    delete: remove,
    list,
    markPaid,
    markOverdue,
    recordReminder,
    listPastDue,
  };
};

export type InvoiceRepository = ReturnType<typeof createInvoiceRepository>;

/** Tenants that have issued at least one invoice (for the overdue sweep). */
export const listInvoicingTenants = async (db: Database): Promise<string[]> => {
  const tenants: string[] = [];
  let startKey: Item | undefined;
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': INVOICING_TENANTS },
        ProjectionExpression: 'gsi1sk',
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    for (const i of out.Items ?? []) tenants.push(i.gsi1sk as string);
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return tenants;
};
