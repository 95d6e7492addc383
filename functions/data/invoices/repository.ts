import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { BadRequestError, ConflictError } from '../../shared/errors';
import type { Clock, Database } from '../../shared/ports';
import { normalizeEmail } from '../leads';
import {
  assertId,
  createEntityStore,
  type Item,
  isConditionalCheckFailed,
  mustExist,
  newId,
  type Page,
  type PageRequest,
  putAtVersionStep,
  putNewStep,
  readItem,
  retryOnVersionConflict,
  transact,
  updateAtVersion,
  VersionConflictError,
} from '../repository';
import { GSI1, GSI2, tenantKey } from '../table';
import { ENTITY, invoiceIndexes, invoiceKey, toInvoice } from './items';
import { issueWithNextNumber } from './numbering';
import { countedOnce, overPaymentError } from './payments';
import {
  addDays,
  computeTotals,
  formatInvoiceNumber,
  type Invoice,
  type InvoiceFilters,
  type InvoicePatch,
  invoiceSchemas,
  type NewInvoice,
} from './schema';

export const createInvoiceRepository = ({ db, clock }: { readonly db: Database; readonly clock: Clock }) => {
  const store = createEntityStore<Invoice>(db, {
    entity: 'invoice',
    kind: ENTITY,
    indexes: invoiceIndexes,
    fromItem: toInvoice,
  });
  const { find, get } = store;

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
    const data = invoiceSchemas().NewInvoice.parse(input);
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
      await transact(db, [putNewStep(db, `invoice ${draft.id}`, store.item(tenantId, draft))]);
      return draft;
    }
    let issued: Invoice = draft;
    await issueWithNextNumber(db, tenantId, (sequence) => {
      issued = numbered(draft, sequence, now);
      return { item: store.item(tenantId, issued) };
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
      await issueWithNextNumber(db, tenantId, (sequence) => {
        issued = {
          ...numbered(current, sequence, now),
          updatedAt: now.toISOString(),
          version: current.version + 1,
        };
        return {
          item: store.item(tenantId, issued),
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
    const data = invoiceSchemas().InvoicePatch.parse(patch);
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
          putAtVersionStep(db, 'invoice', id, store.item(tenantId, next), current.version),
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

  /** Writes `next` over `current`, keeping the keys of the reminders and payments already counted (`raw`'s). */
  const put = async (
    tenantId: string,
    current: Invoice,
    next: Invoice,
    raw: Item,
    extra: Item = {},
  ): Promise<void> => {
    const { reminderKeys, paymentKeys } = raw;
    const item = {
      ...store.item(tenantId, next),
      ...(reminderKeys ? { reminderKeys } : {}),
      ...(paymentKeys ? { paymentKeys } : {}),
      ...extra,
    };
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
    keyed?: ReturnType<typeof countedOnce>,
  ): Promise<{ invoice: Invoice; changed: boolean }> =>
    retryOnVersionConflict(async () => {
      const raw = await readRaw(tenantId, id);
      const current = toInvoice(raw);
      if (keyed?.madeBy(raw)) return { invoice: current, changed: true };
      const next = apply(current);
      if (!next) return { invoice: current, changed: false };
      await put(tenantId, current, next, raw, keyed?.attributes(next, raw));
      return { invoice: next, changed: true };
    });

  /**
   * Records a payment. The invoice becomes paid once payments reach the total (default amount: the balance). A
   * payment over the balance is refused (overPaymentError): an invoice records no credit.
   * Paying a paid invoice changes nothing. A payment whose `paymentKey` was already counted (a retried step, a
   * partial payment included) changes nothing either and reports the change again, so the caller can finish what it
   * does after paying (publish invoice.paid).
   */
  const markPaid = (
    tenantId: string,
    id: string,
    payment: { paidAt?: string; amountCents?: number; paymentKey?: string } = {},
  ): Promise<{ invoice: Invoice; changed: boolean }> => {
    const { paymentKey } = payment;
    const keyed = paymentKey ? countedOnce(paymentKey) : undefined;
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
        if (amount > balance) throw overPaymentError(current, amount);
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
      values[':status'] = invoiceSchemas().InvoiceStatus.parse(filters.status);
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
    return store.list(
      tenantId,
      {
        index: unpaidIndex ? GSI2 : GSI1,
        keyCondition: unpaidIndex ? 'gsi2pk = :p' : 'gsi1pk = :p',
        names,
        values,
        ...(conditions.length ? { filter: conditions.join(' AND ') } : {}),
        newestFirst: !unpaidIndex,
      },
      filters,
    );
  };

  /** Open invoices whose due date is before `now`'s UTC date (the overdue candidates), oldest due first. */
  const listPastDue = (tenantId: string, now: Date, page: PageRequest = {}): Promise<Page<Invoice>> =>
    store.list(
      tenantId,
      {
        index: GSI2,
        keyCondition: 'gsi2pk = :p AND gsi2sk < :today',
        names: { '#status': 'status' },
        values: {
          ':p': tenantKey(tenantId, 'INVOICES', 'UNPAID'),
          ':today': now.toISOString().slice(0, 10),
          ':open': 'open',
        },
        filter: '#status = :open',
      },
      page,
    );

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
