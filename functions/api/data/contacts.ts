import * as z from 'zod/mini';
import { builtOnFirstUse, withMeta } from '../../../statemachines/zod-kit';
import {
  type ContactPatch,
  contactSchemas,
  createContactRepository,
  type NewContact,
} from '../../data/contacts';
import { emailAddress } from '../../shared/email-address';
import type { Platform } from '../../shared/platform';
import { type CollectionAdapter, type CollectionSpec, defined } from '../data-modules';
import { Cursor, Limit, pageView } from '../schemas';
import { ExpectedVersion, leadReferences, orUndefined } from './common';

const ContactsQuery = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    limit: Limit,
    cursor: Cursor,
    company: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(200))),
    email: z.optional(emailAddress()),
  }),
);

export const contactsSpec: CollectionSpec = {
  name: 'contacts',
  title: 'Contact',
  item: builtOnFirstUse(() => withMeta(contactSchemas().Contact, { id: 'Contact' })),
  createBody: builtOnFirstUse(() =>
    withMeta(z.strictObject(contactSchemas().NewContact.shape), { id: 'NewContact' }),
  ),
  updateBody: builtOnFirstUse(() =>
    withMeta(z.strictObject({ ...contactSchemas().ContactPatch.shape, expectedVersion: ExpectedVersion }), {
      id: 'ContactPatch',
    }),
  ),
  listQuery: ContactsQuery,
  unprocessableWrites: true,
};

export const contactsAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createContactRepository({ db: platform.db, clock: platform.clock });
  const leadOf = leadReferences(platform);
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<ReturnType<typeof ContactsQuery>>)));
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
