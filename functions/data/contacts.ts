import * as z from 'zod';
import type { Clock, Database } from '../shared/ports';
import { normalizeEmail } from './leads';
import {
  AlreadyExistsError,
  type Companion,
  createEntityStore,
  firstVersion,
  type Item,
  newId,
  type Page,
  type PageRequest,
  uniqueKey,
} from './repository';
import { GSI1, GSI2, tenantKey } from './table';

/**
 * Contacts (people the business works with), unique by email when they have one.
 *
 *   contact  pk T#<t>#CONTACT#<id>           sk CONTACT       gsi1 T#<t>#CONTACTS / <createdAt>#<id>
 *                                                             gsi2 T#<t>#CONTACTS#COMPANY#<company> / <name>#<id>
 *   email    pk T#<t>#CONTACTEMAIL#<email>   sk CONTACTEMAIL  contactId
 */

export const Contact = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  leadId: z.string().nullable(),
  tags: z.array(z.string()),
  fields: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Contact = z.infer<typeof Contact>;

export const NewContact = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().optional(),
  company: z.string().max(200).optional(),
  phone: z.string().max(50).optional(),
  title: z.string().max(200).optional(),
  leadId: z.string().max(128).optional(),
  tags: z.array(z.string().max(50)).max(50).optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
});
export type NewContact = z.infer<typeof NewContact>;

export const ContactPatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  email: z.email().nullable().optional(),
  company: z.string().max(200).nullable().optional(),
  phone: z.string().max(50).nullable().optional(),
  title: z.string().max(200).nullable().optional(),
  leadId: z.string().max(128).nullable().optional(),
  tags: z.array(z.string().max(50)).max(50).optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
});
export type ContactPatch = z.infer<typeof ContactPatch>;

export interface ContactFilters extends PageRequest {
  readonly company?: string;
  readonly email?: string;
}

const ENTITY = 'CONTACT';
const EMAIL = 'CONTACTEMAIL';
const emailKey = (tenantId: string, email: string) => uniqueKey(tenantId, EMAIL, normalizeEmail(email));
const companyKey = (company: string) => company.trim().toLowerCase();

const contactIndexes = (tenantId: string, c: Contact): Item => ({
  gsi1pk: tenantKey(tenantId, 'CONTACTS'),
  gsi1sk: `${c.createdAt}#${c.id}`,
  ...(c.company
    ? {
        gsi2pk: tenantKey(tenantId, 'CONTACTS', 'COMPANY', companyKey(c.company)),
        gsi2sk: `${c.name.toLowerCase()}#${c.id}`,
      }
    : {}),
});

/** The contact's email marker, when it has an email: a second contact with the same email is refused. */
const emailMarker = (tenantId: string, c: Contact): Companion[] =>
  c.email
    ? [
        {
          key: emailKey(tenantId, c.email),
          label: `contact email ${c.email}`,
          item: { ...emailKey(tenantId, c.email), type: 'contactEmail', tenantId, contactId: c.id },
          unique: () => new AlreadyExistsError('contact with email', c.email as string),
        },
      ]
    : [];

export const createContactRepository = ({ db, clock }: { readonly db: Database; readonly clock: Clock }) => {
  const store = createEntityStore<Contact>(db, {
    entity: 'contact',
    kind: ENTITY,
    indexes: contactIndexes,
    companions: emailMarker,
  });

  const findByEmail = (tenantId: string, email: string): Promise<Contact | undefined> =>
    store.findByMarker(tenantId, emailKey(tenantId, email), 'contactId');

  /** A second contact with the same email is refused (AlreadyExistsError, 409). */
  const create = async (tenantId: string, input: NewContact): Promise<Contact> => {
    const data = NewContact.parse(input);
    const at = clock.now().toISOString();
    return store.insert(tenantId, {
      id: newId('ct', clock.now()),
      name: data.name,
      email: data.email ? normalizeEmail(data.email) : null,
      company: data.company ?? null,
      phone: data.phone ?? null,
      title: data.title ?? null,
      leadId: data.leadId ?? null,
      tags: [...new Set(data.tags ?? [])],
      fields: data.fields ?? {},
      ...firstVersion(at),
    });
  };

  const update = store.patcher(ContactPatch.parse, (current, data): Contact => {
    const fields = { ...current.fields };
    for (const [k, v] of Object.entries(data.fields ?? {})) {
      if (v === null) delete fields[k];
      else fields[k] = v;
    }
    return {
      ...current,
      name: data.name ?? current.name,
      email: data.email === undefined ? current.email : data.email ? normalizeEmail(data.email) : null,
      company: data.company === undefined ? current.company : data.company,
      phone: data.phone === undefined ? current.phone : data.phone,
      title: data.title === undefined ? current.title : data.title,
      leadId: data.leadId === undefined ? current.leadId : data.leadId,
      tags: data.tags ? [...new Set(data.tags)] : current.tags,
      fields,
      updatedAt: clock.now().toISOString(),
      version: current.version + 1,
    };
  });

  /** Newest first; by company in name order; by email at most one. */
  const list = async (tenantId: string, filters: ContactFilters = {}): Promise<Page<Contact>> => {
    if (filters.email) {
      const c = await findByEmail(tenantId, filters.email);
      return { items: c ? [c] : [] };
    }
    const byCompany = filters.company !== undefined && filters.company.trim() !== '';
    return store.list(
      tenantId,
      byCompany
        ? {
            index: GSI2,
            keyCondition: 'gsi2pk = :p',
            names: {},
            values: { ':p': tenantKey(tenantId, 'CONTACTS', 'COMPANY', companyKey(filters.company ?? '')) },
          }
        : {
            index: GSI1,
            keyCondition: 'gsi1pk = :p',
            names: {},
            values: { ':p': tenantKey(tenantId, 'CONTACTS') },
            newestFirst: true,
          },
      filters,
    );
  };

  return { create, get: store.get, findByEmail, update, delete: store.deleter, list };
};

export type ContactRepository = ReturnType<typeof createContactRepository>;
