import { z } from 'zod';
import type { Clock, Database } from '../shared/ports';
import { normalizeEmail } from './leads';
import {
  AlreadyExistsError,
  clampLimit,
  deleteAtVersionStep,
  deleteStep,
  entityKey,
  findById,
  findByUniqueKey,
  type Item,
  mapPage,
  mustExist,
  newId,
  type Page,
  type PageRequest,
  putAtVersionStep,
  putNewStep,
  queryPage,
  type TransactStep,
  transact,
  uniqueKey,
  updateAtVersion,
  withoutTenant,
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
const contactKey = (tenantId: string, id: string) => entityKey(tenantId, ENTITY, id);
const emailKey = (tenantId: string, email: string) => uniqueKey(tenantId, EMAIL, normalizeEmail(email));
const companyKey = (company: string) => company.trim().toLowerCase();

const contactItem = (tenantId: string, c: Contact): Item => ({
  ...contactKey(tenantId, c.id),
  type: 'contact',
  tenantId,
  ...c,
  gsi1pk: tenantKey(tenantId, 'CONTACTS'),
  gsi1sk: `${c.createdAt}#${c.id}`,
  ...(c.company
    ? {
        gsi2pk: tenantKey(tenantId, 'CONTACTS', 'COMPANY', companyKey(c.company)),
        gsi2sk: `${c.name.toLowerCase()}#${c.id}`,
      }
    : {}),
});

const toContact = (item: Item): Contact => withoutTenant<Contact>(item);

export const createContactRepository = ({ db, clock }: { readonly db: Database; readonly clock: Clock }) => {
  const emailPut = (tenantId: string, email: string, id: string): TransactStep =>
    putNewStep(
      db,
      `contact email ${email}`,
      { ...emailKey(tenantId, email), type: 'contactEmail', tenantId, contactId: id },
      () => new AlreadyExistsError('contact with email', email),
    );

  const find = async (tenantId: string, id: string): Promise<Contact | undefined> =>
    findById(db, 'contact', id, contactKey(tenantId, id), toContact);

  const get = async (tenantId: string, id: string): Promise<Contact> =>
    mustExist('contact', id, await find(tenantId, id));

  const findByEmail = async (tenantId: string, email: string): Promise<Contact | undefined> =>
    findByUniqueKey(db, emailKey(tenantId, email), 'contactId', (id) => find(tenantId, id));

  /** A second contact with the same email is refused (AlreadyExistsError, 409). */
  const create = async (tenantId: string, input: NewContact): Promise<Contact> => {
    const data = NewContact.parse(input);
    const at = clock.now().toISOString();
    const contact: Contact = {
      id: newId('ct', clock.now()),
      name: data.name,
      email: data.email ? normalizeEmail(data.email) : null,
      company: data.company ?? null,
      phone: data.phone ?? null,
      title: data.title ?? null,
      leadId: data.leadId ?? null,
      tags: [...new Set(data.tags ?? [])],
      fields: data.fields ?? {},
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const steps: TransactStep[] = [putNewStep(db, `contact ${contact.id}`, contactItem(tenantId, contact))];
    if (contact.email) steps.push(emailPut(tenantId, contact.email, contact.id));
    await transact(db, steps);
    return contact;
  };

  const update = async (
    tenantId: string,
    id: string,
    patch: ContactPatch,
    options: { expectedVersion?: number } = {},
  ): Promise<Contact> => {
    const data = ContactPatch.parse(patch);
    return updateAtVersion(
      'contact',
      id,
      options.expectedVersion,
      () => get(tenantId, id),
      async (current): Promise<Contact> => {
        const fields = { ...current.fields };
        for (const [k, v] of Object.entries(data.fields ?? {})) {
          if (v === null) delete fields[k];
          else fields[k] = v;
        }
        const next: Contact = {
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
        const steps: TransactStep[] = [
          putAtVersionStep(db, 'contact', id, contactItem(tenantId, next), current.version),
        ];
        if (next.email !== current.email) {
          if (current.email) {
            steps.push(deleteStep(db, `contact email ${current.email}`, emailKey(tenantId, current.email)));
          }
          if (next.email) steps.push(emailPut(tenantId, next.email, id));
        }
        await transact(db, steps);
        return next;
      },
    );
  };

  const remove = async (
    tenantId: string,
    id: string,
    options: { expectedVersion?: number } = {},
  ): Promise<void> => {
    const current = await get(tenantId, id);
    const version = options.expectedVersion ?? current.version;
    const steps = [deleteAtVersionStep(db, 'contact', id, contactKey(tenantId, id), version)];
    if (current.email) {
      steps.push(deleteStep(db, `contact email ${current.email}`, emailKey(tenantId, current.email)));
    }
    await transact(db, steps);
  };

  /** Newest first; by company in name order; by email at most one. */
  const list = async (tenantId: string, filters: ContactFilters = {}): Promise<Page<Contact>> => {
    if (filters.email) {
      const c = await findByEmail(tenantId, filters.email);
      return { items: c ? [c] : [] };
    }
    const byCompany = filters.company !== undefined && filters.company.trim() !== '';
    const page = await queryPage(db, {
      tenantId,
      index: byCompany ? GSI2 : GSI1,
      keyCondition: byCompany ? 'gsi2pk = :p' : 'gsi1pk = :p',
      names: {},
      values: {
        ':p': byCompany
          ? tenantKey(tenantId, 'CONTACTS', 'COMPANY', companyKey(filters.company ?? ''))
          : tenantKey(tenantId, 'CONTACTS'),
      },
      limit: clampLimit(filters.limit),
      cursor: filters.cursor,
      newestFirst: !byCompany,
    });
    return mapPage(page, toContact);
  };

  return { create, get, findByEmail, update, delete: remove, list };
};

export type ContactRepository = ReturnType<typeof createContactRepository>;
