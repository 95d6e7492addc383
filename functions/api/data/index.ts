/**
 * The data modules over the business-data repositories: schemas for the route table and adapters that call the
 * repositories and name the bus events each write emits.
 * One file per collection (spec + adapter); common.ts holds what they share.
 */
import type { Platform } from '../../shared/platform';
import type { CollectionSpec, DataModules } from '../data-modules';
import { bookingsAdapter, bookingsSpec } from './bookings';
import { contactsAdapter, contactsSpec } from './contacts';
import { filesAdapter, filesSpec } from './files';
import { invoicesAdapter, invoicesSpec } from './invoices';
import { knowledgeAdapter, knowledgeSpec } from './knowledge';
import { leadsAdapter, leadsSpec } from './leads';

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
