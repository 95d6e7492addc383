import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import { type EventName, eventSource } from '../../statemachines/events';
import type { Clock, PublishedEvent } from '../shared/ports';

/**
 * The data modules (leads, contacts, bookings, invoices, files, knowledge) as the API serves them: one generic
 * CRUD surface per collection over the business-data repositories. Each adapter declares its schemas (the router
 * validates with them and the OpenAPI document shows them) and returns the bus events a write must emit, which
 * the route publishes through platform.bus so event-triggered workflows fire.
 */
export const COLLECTIONS = ['leads', 'contacts', 'bookings', 'invoices', 'files', 'knowledge'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface CollectionPage {
  readonly items: readonly unknown[];
  readonly nextCursor?: string;
}

export interface WriteResult {
  readonly item: unknown;
  /** Bus events this write emits (lead.created, booking.cancelled, …); may be empty. */
  readonly events: readonly PublishedEvent[];
}

/** What the route table needs statically: names and schemas (the router and the OpenAPI document read them). */
export interface CollectionSpec {
  readonly name: CollectionName;
  /** "Lead": used in messages and operation ids. */
  readonly title: string;
  /** The item as answered: for the OpenAPI document only (ResponseSpec.schema), built when it is. */
  readonly item: () => z.ZodMiniType;
  /**
   * The request schemas, built on the first request that parses with them (`builtOnFirstUse` thunks; the routes
   * take them through `builtOnFirstParse`): api-data serves six collections and a request reads one.
   */
  readonly createBody: () => z.ZodMiniType;
  readonly updateBody: () => z.ZodMiniType;
  /** Query parameters of the collection GET (pagination and filters). */
  readonly listQuery: () => z.ZodMiniType;
  /** Body limit of POST/PUT in bytes; @default the API default (256 KB). */
  readonly bodyLimit?: number;
  /** Writes may be a 422 (a leadId naming no lead of the tenant, an invoice payment over its balance). */
  readonly unprocessableWrites?: boolean;
}

/** The operations, bound to a database at start-up. */
export interface CollectionAdapter {
  list(tenantId: string, query: Record<string, unknown>): Promise<CollectionPage>;
  create(tenantId: string, body: unknown, actor: string): Promise<WriteResult>;
  /** undefined when absent (another tenant's id included). */
  get(tenantId: string, id: string): Promise<unknown>;
  /** Throws NotFoundError when absent. */
  update(tenantId: string, id: string, body: unknown, actor: string): Promise<WriteResult>;
  /** Throws NotFoundError when absent. */
  remove(tenantId: string, id: string, actor: string): Promise<WriteResult>;
}

export type DataModules = Readonly<Partial<Record<CollectionName, CollectionAdapter>>>;

/** A bus event of a data write (the tenant always from the principal). */
export const dataEvent = (
  clock: Clock,
  tenantId: string,
  name: EventName,
  detail: Record<string, unknown>,
): PublishedEvent => ({
  id: `api-${randomUUID()}`,
  source: eventSource(name),
  detailType: name,
  time: clock.now().toISOString(),
  detail: { ...detail, tenantId },
});

type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };
/** Drops undefined values (exactOptionalPropertyTypes-friendly). */
export const defined = <T extends Record<string, unknown>>(o: T): Defined<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Defined<T>;
