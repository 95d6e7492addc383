import * as z from 'zod';
import { createBookingRepository, NewBooking } from '../functions/data/bookings';
import { createContactRepository, NewContact } from '../functions/data/contacts';
import { createInvoiceRepository, NewInvoice } from '../functions/data/invoices';
import { createKnowledgeRepository, NewKnowledgeEntry } from '../functions/data/knowledge';
import { createLeadRepository, NewLead } from '../functions/data/leads';
import type { Platform } from '../functions/shared/platform';

/**
 * `dynaris run --seed FILE`: the records a trigger event refers to, put into the simulated store before the run,
 * so a step that reads "lead ld_ada" finds it. Leads, bookings and invoices keep the `id` given (events name them);
 * contacts and knowledge entries get theirs when created. Each record is checked like the API checks it; settings go
 * through `PUT /settings` (runWorkflowOnce).
 */

const WithId = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'must be letters, digits, "-", "_", "." or ":"')
    .optional(),
});

export const Seed = z.strictObject({
  /** The tenant's settings, as `PUT /settings` takes them (a team member a step notifies, business hours…). */
  settings: z.record(z.string(), z.unknown()).optional(),
  leads: z.array(z.strictObject({ ...NewLead.shape, ...WithId.shape })).optional(),
  bookings: z.array(z.strictObject({ ...NewBooking.shape, ...WithId.shape })).optional(),
  invoices: z.array(z.strictObject({ ...NewInvoice.shape, ...WithId.shape })).optional(),
  contacts: z.array(z.strictObject(NewContact.shape)).optional(),
  knowledge: z.array(z.strictObject(NewKnowledgeEntry.shape)).optional(),
});
export type Seed = z.infer<typeof Seed>;

export const SEED_COLLECTIONS = ['leads', 'bookings', 'invoices', 'contacts', 'knowledge'] as const;

/** Both seeds' records, the later one's after the earlier's (a template's example, then --seed). */
export const mergeSeeds = (a: Seed, b: Seed): Seed => {
  const settings = a.settings || b.settings ? { ...a.settings, ...b.settings } : undefined;
  return {
    ...(settings ? { settings } : {}),
    ...Object.fromEntries(
      SEED_COLLECTIONS.map((k) => [k, [...(a[k] ?? []), ...(b[k] ?? [])]]).filter(
        ([, items]) => (items as unknown[]).length > 0,
      ),
    ),
  } as Seed;
};

/** The problems of a seed file as `path: message` lines (`seed.leads[0].email: Invalid email address`). */
export const seedProblems = (error: z.ZodError): { path: string; message: string }[] =>
  error.issues.map((issue) => ({
    path: `seed${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`,
    message: issue.message,
  }));

/** Writes every record of the seed for the tenant; returns how many of each were stored. */
export const applySeed = async (
  platform: Pick<Platform, 'db' | 'clock'>,
  tenantId: string,
  seed: Seed,
): Promise<Record<string, number>> => {
  const deps = { db: platform.db, clock: platform.clock };
  const leads = createLeadRepository(deps);
  const bookings = createBookingRepository(deps);
  const invoices = createInvoiceRepository(deps);
  const contacts = createContactRepository(deps);
  const knowledge = createKnowledgeRepository(deps);
  const each = async <T>(
    collection: string,
    items: readonly T[] | undefined,
    put: (item: T) => Promise<unknown>,
  ) => {
    for (const [i, item] of (items ?? []).entries()) {
      try {
        await put(item);
      } catch (error) {
        throw new SeedError(`seed.${collection}[${i}]: ${(error as Error).message}`);
      }
    }
  };
  await each('leads', seed.leads, ({ id, ...lead }) => leads.create(tenantId, lead, id ? { id } : {}));
  await each('bookings', seed.bookings, ({ id, ...booking }) =>
    bookings.create(tenantId, booking, id ? { id } : {}),
  );
  await each('invoices', seed.invoices, ({ id, ...invoice }) =>
    invoices.create(tenantId, invoice, id ? { id } : {}),
  );
  await each('contacts', seed.contacts, (contact) => contacts.create(tenantId, contact));
  await each('knowledge', seed.knowledge, (entry) => knowledge.create(tenantId, entry));
  return Object.fromEntries(SEED_COLLECTIONS.map((k) => [k, seed[k]?.length ?? 0]));
};

const MISSING = /\b(lead|contact|booking|invoice|file|knowledge entry) (\S+) was not found/;
const COLLECTION: Readonly<Record<string, string>> = {
  lead: 'leads',
  contact: 'contacts',
  booking: 'bookings',
  invoice: 'invoices',
  file: 'files',
  'knowledge entry': 'knowledge',
};

/**
 * When a step failed because a record the event names is not in the store: which one, and how to provide it.
 * Undefined for any other failure.
 */
export const missingRecordHint = (cause: string | undefined): string | undefined => {
  const found = cause ? MISSING.exec(cause) : null;
  if (!found) return undefined;
  const [, kind, id] = found as unknown as [string, string, string];
  const collection = COLLECTION[kind] ?? kind;
  return `The run needs ${kind} ${id}, which is not in the simulated store. Put it there with --seed FILE, e.g. {"${collection}": [{"id": "${id}", …}]} (the same fields POST /${collection} takes).`;
};

/** A seed the store refused (a duplicate email, settings the API rejects): bad input, exit code 2. */
export class SeedError extends Error {
  override readonly name = 'SeedError';
}
