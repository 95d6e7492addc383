import * as z from 'zod/mini';
import { builtOnFirstUse } from '../../statemachines/zod-kit';
import { emailAddress } from '../shared/email-address';
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

export type Contact = z.infer<typeof Contact>;

export type NewContact = z.infer<typeof NewContact>;

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
    const data = contactSchemas().NewContact.parse(input);
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

  const update = store.patcher(contactSchemas().ContactPatch.parse, (current, data): Contact => {
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

/**
 * The contact schemas, built on the first call and kept: a function that serves other collections (api-data answers
 * six) never builds them, and one that parses contact builds them on its first parse. The exports below are the same
 * schemas by name, for code that reads them at its own module scope; a bundle that reads only `contactSchemas()` drops
 * them.
 */
export const contactSchemas = /* @__PURE__ */ builtOnFirstUse(() => {
  const Contact = z.object({
    id: z.string(),
    name: z.string(),
    email: z.nullable(z.string()),
    company: z.nullable(z.string()),
    phone: z.nullable(z.string()),
    title: z.nullable(z.string()),
    leadId: z.nullable(z.string()),
    tags: z.array(z.string()),
    fields: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  });

  const NewContact = z.object({
    name: z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(200)),
    email: z.optional(emailAddress()),
    company: z.optional(z.string().check(z.maxLength(200))),
    phone: z.optional(z.string().check(z.maxLength(50))),
    title: z.optional(z.string().check(z.maxLength(200))),
    leadId: z.optional(z.string().check(z.maxLength(128))),
    tags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50))),
    fields: z.optional(z.record(z.string(), z.unknown())),
  });

  const ContactPatch = z.object({
    name: z.optional(z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(200))),
    email: z.optional(z.nullable(emailAddress())),
    company: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    phone: z.optional(z.nullable(z.string().check(z.maxLength(50)))),
    title: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    leadId: z.optional(z.nullable(z.string().check(z.maxLength(128)))),
    tags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50))),
    fields: z.optional(z.record(z.string(), z.unknown())),
  });

  return { Contact, NewContact, ContactPatch };
});

export const Contact = /* @__PURE__ */ (() => contactSchemas().Contact)();
export const NewContact = /* @__PURE__ */ (() => contactSchemas().NewContact)();
export const ContactPatch = /* @__PURE__ */ (() => contactSchemas().ContactPatch)();
