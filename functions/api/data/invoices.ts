import * as z from 'zod/mini';
import { builtOnFirstUse, described, withMeta } from '../../../statemachines/zod-kit';
import {
  createInvoiceRepository,
  type InvoicePatch,
  invoiceSchemas,
  type NewInvoice,
  overPaymentError,
} from '../../data/invoices';
import { emailAddress } from '../../shared/email-address';
import { ConflictError } from '../../shared/errors';
import type { Platform } from '../../shared/platform';
import { type CollectionAdapter, type CollectionSpec, dataEvent, defined } from '../data-modules';
import { Cursor, Limit, pageView } from '../schemas';
import { ExpectedVersion, IsoTime, leadReferences, orUndefined } from './common';

const InvoicesQuery = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    limit: Limit,
    cursor: Cursor,
    status: z.optional(invoiceSchemas().InvoiceStatus),
    customerEmail: z.optional(emailAddress()),
    leadId: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(128))),
  }),
);

const InvoiceUpdate = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.strictObject({
      ...invoiceSchemas().InvoicePatch.shape,
      /** `open` issues a draft (it gets its number, emits invoice.created); `paid` records the payment (invoice.paid). */
      status: z.optional(z.enum(['open', 'paid'])),
      paidAt: z.optional(IsoTime),
      amountCents: described(
        z.optional(z.number().check(z.int()).check(z.gte(0))),
        'Payment amount with status paid; @default the balance',
      ),
      expectedVersion: ExpectedVersion,
    }),
    { id: 'InvoicePatch' },
  ),
);

export const invoicesSpec: CollectionSpec = {
  name: 'invoices',
  title: 'Invoice',
  item: builtOnFirstUse(() => withMeta(invoiceSchemas().Invoice, { id: 'Invoice' })),
  createBody: builtOnFirstUse(() =>
    withMeta(z.strictObject(invoiceSchemas().NewInvoice.shape), { id: 'NewInvoice' }),
  ),
  updateBody: InvoiceUpdate,
  listQuery: InvoicesQuery,
  unprocessableWrites: true,
};

export const invoicesAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createInvoiceRepository({ db: platform.db, clock: platform.clock });
  const leadOf = leadReferences(platform);
  const { clock } = platform;
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<ReturnType<typeof InvoicesQuery>>)));
    },
    async create(tenantId, body) {
      await leadOf(tenantId, (body as NewInvoice).leadId, 'The invoice');
      const invoice = await repo.create(tenantId, body as NewInvoice);
      return {
        item: invoice,
        events:
          invoice.status === 'draft' ? [] : [dataEvent(clock, tenantId, 'invoice.created', { invoice })],
      };
    },
    get: (tenantId, id) => orUndefined(repo.get(tenantId, id)),
    async update(tenantId, id, body) {
      const { expectedVersion, status, paidAt, amountCents, ...patch } = body as z.infer<
        ReturnType<typeof InvoiceUpdate>
      >;
      await leadOf(tenantId, patch.leadId, 'The invoice');
      // `open` issues a draft; a paid invoice answered 200 unchanged, as if it had been reopened.
      if (status === 'open' && (await repo.get(tenantId, id)).status === 'paid')
        throw new ConflictError(
          `invoice ${id} is paid and cannot be reopened: status "open" issues a draft invoice`,
        );
      let invoice =
        Object.keys(defined(patch)).length > 0
          ? await repo.update(tenantId, id, patch as InvoicePatch, defined({ expectedVersion }))
          : await repo.get(tenantId, id);
      // Refused before a draft is issued for it (markPaid refuses it again against the invoice it changes).
      if (
        status === 'paid' &&
        invoice.status !== 'paid' &&
        amountCents !== undefined &&
        amountCents > invoice.totalCents - invoice.paidCents
      )
        throw overPaymentError(invoice, amountCents);
      const events = [];
      if (status === 'open' || (status === 'paid' && invoice.status === 'draft')) {
        const wasDraft = invoice.status === 'draft';
        invoice = await repo.issue(tenantId, id);
        if (wasDraft) events.push(dataEvent(clock, tenantId, 'invoice.created', { invoice }));
      }
      if (status === 'paid') {
        const paid = await repo.markPaid(tenantId, id, defined({ paidAt, amountCents }));
        invoice = paid.invoice;
        if (paid.changed && invoice.status === 'paid')
          events.push(dataEvent(clock, tenantId, 'invoice.paid', { invoice }));
      }
      return { item: invoice, events };
    },
    async remove(tenantId, id) {
      await repo.delete(tenantId, id);
      return { item: null, events: [] };
    },
  };
};
