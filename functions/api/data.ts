import { z } from 'zod';
import { Booking, BookingPatch, BookingStatus, createBookingRepository, NewBooking } from '../data/bookings';
import { Contact, ContactPatch, createContactRepository, NewContact } from '../data/contacts';
import { createFileRepository, FileMeta } from '../data/files';
import { createInvoiceRepository, Invoice, InvoicePatch, InvoiceStatus, NewInvoice } from '../data/invoices';
import {
  createKnowledgeRepository,
  KnowledgeEntry,
  KnowledgePatch,
  NewKnowledgeEntry,
} from '../data/knowledge';
import { createLeadRepository, Lead, LeadPatch, LeadStatus, NewLead, toLeadSummary } from '../data/leads';
import { BadRequestError, ConflictError, NotFoundError, UnprocessableError } from '../shared/errors';
import type { Platform } from '../shared/platform';
import {
  type CollectionAdapter,
  type CollectionSpec,
  type DataModules,
  dataEvent,
  defined,
} from './data-modules';
import { Cursor, Limit, pageView } from './schemas';

/**
 * The data modules over the business-data repositories: schemas for the route table and adapters that call the
 * repositories and name the bus events each write emits.
 */

const IsoTime = z.iso.datetime({ offset: true });
const ExpectedVersion = z
  .number()
  .int()
  .min(1)
  .optional()
  .describe('Version read before the change: a newer save -> 409');

/** A repository `get` that throws NotFoundError -> undefined. */
const orUndefined = async <T>(promise: Promise<T>): Promise<T | undefined> => {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
};

/**
 * A record's `leadId` must name a lead of the caller's tenant: another tenant's id looks exactly like one that does
 * not exist (leads are read under the caller's tenant), and either is refused 422 instead of being stored as a
 * dangling reference. Returns the lead (events carry its summary).
 */
const leadReferences = (platform: Platform) => {
  const leads = createLeadRepository({ db: platform.db, clock: platform.clock });
  return async (
    tenantId: string,
    leadId: string | null | undefined,
    what: string,
  ): Promise<Lead | undefined> => {
    if (leadId === undefined || leadId === null) return undefined;
    const lead = await orUndefined(leads.get(tenantId, leadId));
    if (!lead)
      throw new UnprocessableError(`${what} names an unknown lead`, [
        { path: 'body.leadId', message: `no lead with id ${leadId.slice(0, 128)}` },
      ]);
    return lead;
  };
};

// ------------------------------------------------------------------------------------------------------ leads

const LeadsQuery = z.object({
  limit: Limit,
  cursor: Cursor,
  status: LeadStatus.optional(),
  tag: z.string().min(1).max(50).optional(),
  source: z.string().min(1).max(100).optional(),
  minValue: z.coerce.number().min(0).optional(),
  createdAfter: IsoTime.optional(),
  createdBefore: IsoTime.optional(),
});

export const leadsSpec: CollectionSpec = {
  name: 'leads',
  title: 'Lead',
  item: Lead.meta({ id: 'Lead' }),
  createBody: z.strictObject(NewLead.shape).meta({ id: 'NewLead' }),
  updateBody: z
    .strictObject({ ...LeadPatch.shape, expectedVersion: ExpectedVersion })
    .meta({ id: 'LeadPatch' }),
  listQuery: LeadsQuery,
};

const leadsAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createLeadRepository({ db: platform.db, clock: platform.clock });
  const { clock } = platform;
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<typeof LeadsQuery>)));
    },
    async create(tenantId, body) {
      const { lead, created } = await repo.create(tenantId, body as NewLead);
      if (!created) throw new ConflictError(`A lead with email ${lead.email} already exists (${lead.id})`);
      return { item: lead, events: [dataEvent(clock, tenantId, 'lead.created', { lead })] };
    },
    get: (tenantId, id) => orUndefined(repo.get(tenantId, id)),
    async update(tenantId, id, body) {
      const { expectedVersion, ...patch } = body as LeadPatch & { expectedVersion?: number };
      const { lead, changes } = await repo.update(tenantId, id, patch, defined({ expectedVersion }));
      return {
        item: lead,
        events:
          Object.keys(changes).length > 0
            ? [dataEvent(clock, tenantId, 'lead.updated', { lead, changes })]
            : [],
      };
    },
    async remove(tenantId, id) {
      await repo.delete(tenantId, id);
      return { item: null, events: [] };
    },
  };
};

// --------------------------------------------------------------------------------------------------- contacts

const ContactsQuery = z.object({
  limit: Limit,
  cursor: Cursor,
  company: z.string().min(1).max(200).optional(),
  email: z.email().optional(),
});

export const contactsSpec: CollectionSpec = {
  name: 'contacts',
  title: 'Contact',
  item: Contact.meta({ id: 'Contact' }),
  createBody: z.strictObject(NewContact.shape).meta({ id: 'NewContact' }),
  updateBody: z
    .strictObject({ ...ContactPatch.shape, expectedVersion: ExpectedVersion })
    .meta({ id: 'ContactPatch' }),
  listQuery: ContactsQuery,
};

const contactsAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createContactRepository({ db: platform.db, clock: platform.clock });
  const leadOf = leadReferences(platform);
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<typeof ContactsQuery>)));
    },
    async create(tenantId, body) {
      await leadOf(tenantId, (body as NewContact).leadId, 'The contact');
      return { item: await repo.create(tenantId, body as NewContact), events: [] };
    },
    get: (tenantId, id) => orUndefined(repo.get(tenantId, id)),
    async update(tenantId, id, body) {
      const { expectedVersion, ...patch } = body as ContactPatch & { expectedVersion?: number };
      await leadOf(tenantId, patch.leadId, 'The contact');
      return { item: await repo.update(tenantId, id, patch, defined({ expectedVersion })), events: [] };
    },
    async remove(tenantId, id) {
      await repo.delete(tenantId, id);
      return { item: null, events: [] };
    },
  };
};

// --------------------------------------------------------------------------------------------------- bookings

const BookingsQuery = z.object({
  limit: Limit,
  cursor: Cursor,
  from: IsoTime.optional().describe('Bookings starting at or after'),
  to: IsoTime.optional().describe('Bookings starting before'),
  status: BookingStatus.optional(),
  leadId: z.string().min(1).max(128).optional(),
});

const BookingUpdate = z
  .strictObject({
    ...BookingPatch.shape,
    /** `cancelled` cancels the booking (frees the slot, emits booking.cancelled). */
    status: z.literal('cancelled').optional(),
    cancelReason: z.string().max(1000).optional(),
    expectedVersion: ExpectedVersion,
  })
  .meta({ id: 'BookingPatch' });

export const bookingsSpec: CollectionSpec = {
  name: 'bookings',
  title: 'Booking',
  item: Booking.meta({ id: 'Booking' }),
  createBody: z.strictObject(NewBooking.shape).meta({ id: 'NewBooking' }),
  updateBody: BookingUpdate,
  listQuery: BookingsQuery,
};

const bookingsAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createBookingRepository({ db: platform.db, clock: platform.clock });
  const leadOf = leadReferences(platform);
  const { clock } = platform;
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<typeof BookingsQuery>)));
    },
    async create(tenantId, body) {
      const input = body as NewBooking;
      const lead = await leadOf(tenantId, input.leadId, 'The booking');
      const booking = await repo.create(tenantId, input);
      return {
        item: booking,
        events: [
          dataEvent(clock, tenantId, 'booking.created', {
            booking,
            leadId: booking.leadId,
            ...(lead ? { lead: toLeadSummary(lead) } : {}),
          }),
        ],
      };
    },
    get: (tenantId, id) => orUndefined(repo.get(tenantId, id)),
    async update(tenantId, id, body) {
      const { expectedVersion, status, cancelReason, ...patch } = body as z.infer<typeof BookingUpdate>;
      let booking =
        Object.keys(defined(patch)).length > 0
          ? await repo.update(tenantId, id, patch as BookingPatch, defined({ expectedVersion }))
          : await repo.get(tenantId, id);
      if (status !== 'cancelled') return { item: booking, events: [] };
      const cancelled = await repo.cancel(tenantId, id, defined({ reason: cancelReason }));
      booking = cancelled.booking;
      return {
        item: booking,
        events: cancelled.changed
          ? [dataEvent(clock, tenantId, 'booking.cancelled', { booking, reason: cancelReason ?? null })]
          : [],
      };
    },
    async remove(tenantId, id) {
      const existing = await repo.get(tenantId, id);
      await repo.delete(tenantId, id);
      return {
        item: null,
        events:
          existing.status === 'confirmed'
            ? [dataEvent(clock, tenantId, 'booking.cancelled', { booking: existing, reason: 'deleted' })]
            : [],
      };
    },
  };
};

// --------------------------------------------------------------------------------------------------- invoices

const InvoicesQuery = z.object({
  limit: Limit,
  cursor: Cursor,
  status: InvoiceStatus.optional(),
  customerEmail: z.email().optional(),
  leadId: z.string().min(1).max(128).optional(),
});

const InvoiceUpdate = z
  .strictObject({
    ...InvoicePatch.shape,
    /** `open` issues a draft (it gets its number, emits invoice.created); `paid` records the payment (invoice.paid). */
    status: z.enum(['open', 'paid']).optional(),
    paidAt: IsoTime.optional(),
    amountCents: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Payment amount with status paid; @default the balance'),
    expectedVersion: ExpectedVersion,
  })
  .meta({ id: 'InvoicePatch' });

export const invoicesSpec: CollectionSpec = {
  name: 'invoices',
  title: 'Invoice',
  item: Invoice.meta({ id: 'Invoice' }),
  createBody: z.strictObject(NewInvoice.shape).meta({ id: 'NewInvoice' }),
  updateBody: InvoiceUpdate,
  listQuery: InvoicesQuery,
};

const invoicesAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createInvoiceRepository({ db: platform.db, clock: platform.clock });
  const leadOf = leadReferences(platform);
  const { clock } = platform;
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<typeof InvoicesQuery>)));
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
        typeof InvoiceUpdate
      >;
      await leadOf(tenantId, patch.leadId, 'The invoice');
      let invoice =
        Object.keys(defined(patch)).length > 0
          ? await repo.update(tenantId, id, patch as InvoicePatch, defined({ expectedVersion }))
          : await repo.get(tenantId, id);
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

// ------------------------------------------------------------------------------------------------------ files

/** Content travels in JSON: UTF-8 text, or base64 for binary. */
const FileContent = {
  content: z.string().max(7_000_000),
  encoding: z.enum(['utf8', 'base64']).optional().describe('@default utf8'),
  contentType: z.string().min(1).max(200).optional(),
};

const NewFileBody = z
  .strictObject({ name: z.string().min(1).max(255), folder: z.string().max(500).optional(), ...FileContent })
  .meta({ id: 'NewFile' });

const FileUpdate = z
  .strictObject({
    name: z.string().min(1).max(255).optional(),
    folder: z.string().max(500).optional(),
    content: FileContent.content.optional(),
    encoding: FileContent.encoding,
    contentType: FileContent.contentType,
    expectedVersion: ExpectedVersion,
  })
  .meta({ id: 'FilePatch' });

/** Files up to this size come back with their content on GET /files/{id}. */
export const INLINE_CONTENT_BYTES = 1_000_000;

const FileView = FileMeta.extend({
  content: z.string().optional(),
  encoding: z.enum(['utf8', 'base64']).optional(),
  contentOmitted: z.boolean().optional().describe('true when the file is too large to inline'),
}).meta({ id: 'File' });

const FilesQuery = z.object({ limit: Limit, cursor: Cursor, folder: z.string().max(500).optional() });

export const filesSpec: CollectionSpec = {
  name: 'files',
  title: 'File',
  item: FileView,
  createBody: NewFileBody,
  updateBody: FileUpdate,
  listQuery: FilesQuery,
  // A 5 MB file base64-encodes to 6.7 MB: the Lambda payload limit (6 MB) is the real ceiling.
  bodyLimit: 6_000_000,
};

const decodeContent = (content: string, encoding: 'utf8' | 'base64' | undefined): string | Uint8Array => {
  if (encoding !== 'base64') return content;
  if (!/^[A-Za-z0-9+/=\s_-]*$/.test(content)) {
    throw new BadRequestError('Invalid file content', [{ path: 'body.content', message: 'not base64' }]);
  }
  return new Uint8Array(Buffer.from(content, 'base64'));
};

const isTextual = (contentType: string) => /^text\/|json|xml|csv|yaml|javascript/i.test(contentType);

const filesAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createFileRepository({ db: platform.db, clock: platform.clock, store: platform.files });
  const { clock } = platform;
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<typeof FilesQuery>)));
    },
    async create(tenantId, body) {
      const b = body as z.infer<typeof NewFileBody>;
      const { file, created } = await repo.create(tenantId, {
        name: b.name,
        content: decodeContent(b.content, b.encoding),
        ...defined({ folder: b.folder, contentType: b.contentType }),
      });
      return { item: file, events: [dataEvent(clock, tenantId, 'file.updated', { file, created })] };
    },
    async get(tenantId, id) {
      const file = await orUndefined(repo.get(tenantId, id));
      if (!file) return undefined;
      if (file.size > INLINE_CONTENT_BYTES) return { ...file, contentOmitted: true };
      const stored = await orUndefined(repo.getContent(tenantId, id));
      if (!stored) return { ...file, contentOmitted: true };
      return isTextual(file.contentType)
        ? { ...file, content: Buffer.from(stored.body).toString('utf8'), encoding: 'utf8' }
        : { ...file, content: Buffer.from(stored.body).toString('base64'), encoding: 'base64' };
    },
    async update(tenantId, id, body) {
      const { expectedVersion, content, encoding, ...rest } = body as z.infer<typeof FileUpdate>;
      const file = await repo.update(
        tenantId,
        id,
        { ...defined(rest), ...(content !== undefined ? { content: decodeContent(content, encoding) } : {}) },
        defined({ expectedVersion }),
      );
      return { item: file, events: [dataEvent(clock, tenantId, 'file.updated', { file, created: false })] };
    },
    async remove(tenantId, id) {
      await repo.delete(tenantId, id);
      return { item: null, events: [] };
    },
  };
};

// ---------------------------------------------------------------------------------------------------- knowledge

const KnowledgeQuery = z.object({
  limit: Limit,
  cursor: Cursor,
  q: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .describe('Full-text search (ranked, with snippets); no paging'),
});

export const knowledgeSpec: CollectionSpec = {
  name: 'knowledge',
  title: 'Knowledge entry',
  item: KnowledgeEntry.meta({ id: 'KnowledgeEntry' }),
  createBody: z.strictObject(NewKnowledgeEntry.shape).meta({ id: 'NewKnowledgeEntry' }),
  updateBody: z
    .strictObject({ ...KnowledgePatch.shape, expectedVersion: ExpectedVersion })
    .meta({ id: 'KnowledgePatch' }),
  listQuery: KnowledgeQuery,
};

const knowledgeAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createKnowledgeRepository({ db: platform.db, clock: platform.clock });
  return {
    async list(tenantId, query) {
      const { q, limit, cursor } = query as z.infer<typeof KnowledgeQuery>;
      if (q) return { items: await repo.search(tenantId, q, limit ?? 10) };
      return pageView(await repo.list(tenantId, defined({ limit, cursor })));
    },
    async create(tenantId, body) {
      return { item: await repo.create(tenantId, body as NewKnowledgeEntry), events: [] };
    },
    get: (tenantId, id) => orUndefined(repo.get(tenantId, id)),
    async update(tenantId, id, body) {
      const { expectedVersion, ...patch } = body as KnowledgePatch & { expectedVersion?: number };
      return { item: await repo.update(tenantId, id, patch, defined({ expectedVersion })), events: [] };
    },
    async remove(tenantId, id) {
      await repo.delete(tenantId, id);
      return { item: null, events: [] };
    },
  };
};

// ------------------------------------------------------------------------------------------------------ wiring

export const COLLECTION_SPECS: readonly CollectionSpec[] = [
  leadsSpec,
  contactsSpec,
  bookingsSpec,
  invoicesSpec,
  filesSpec,
  knowledgeSpec,
];

export const createDataModules = (platform: Platform): DataModules => ({
  leads: leadsAdapter(platform),
  contacts: contactsAdapter(platform),
  bookings: bookingsAdapter(platform),
  invoices: invoicesAdapter(platform),
  files: filesAdapter(platform),
  knowledge: knowledgeAdapter(platform),
});
