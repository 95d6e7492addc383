import * as z from 'zod/mini';
import type { LeadSummary as LeadSummarySchema } from '../../../statemachines/catalogue';
import { builtOnFirstUse } from '../../../statemachines/zod-kit';
import { emailAddress } from '../../shared/email-address';
import type { PageRequest } from '../repository';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'customer', 'lost'] as const;
export type LeadStatus = z.infer<typeof LeadStatus>;
/** Keeps the lead's transaction (lead, email, tag and source index items) under DynamoDB's 100-item limit. */
export const MAX_TAGS_PER_LEAD = 45;

export type Lead = z.infer<typeof Lead>;
export type LeadSummary = z.infer<ReturnType<typeof LeadSummarySchema>>;

export type NewLead = z.infer<typeof NewLead>;

export type LeadPatch = z.infer<typeof LeadPatch>;

export interface LeadFilters extends PageRequest {
  readonly status?: LeadStatus;
  readonly tag?: string;
  readonly source?: string;
  readonly minValue?: number;
  /** Inclusive, ISO-8601. */
  readonly createdAfter?: string;
  readonly createdBefore?: string;
}

export type LeadChanges = Record<string, { from: unknown; to: unknown }>;

export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
export const normalizeTag = (tag: string): string => tag.trim().toLowerCase();
export const uniqueTags = (tags: readonly string[]): string[] => [
  ...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0)),
];

export const toLeadSummary = (lead: Lead): LeadSummary => ({
  id: lead.id,
  email: lead.email,
  name: lead.name,
  company: lead.company,
  status: lead.status,
  value: lead.value,
  tags: lead.tags,
});

/**
 * The lead schemas, each built on its first call and kept: a function that serves other collections (api-data
 * answers six) never builds them, and one that parses leads builds only the ones it parses (a create `NewLead`, an
 * update `LeadPatch`). One thunk per schema, so a bundle drops the ones it never reads (email-ingest creates and
 * updates leads, never parses a stored `Lead` nor a `TimelineEntry`). `leadSchemas()` and the exports below are the
 * same schemas by name, for code that reads them at its own module scope; a bundle that does not read them drops
 * them.
 */
export const leadStatusSchema = /* @__PURE__ */ builtOnFirstUse(() => z.enum(LEAD_STATUSES));

export const leadSchema = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    id: z.string(),
    email: z.string(),
    name: z.nullable(z.string()),
    company: z.nullable(z.string()),
    phone: z.nullable(z.string()),
    source: z.nullable(z.string()),
    status: leadStatusSchema(),
    value: z.nullable(z.number()),
    tags: z.array(z.string()),
    fields: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }),
);

export const newLeadSchema = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    email: emailAddress(),
    name: z.optional(z.string().check(z.maxLength(200))),
    company: z.optional(z.string().check(z.maxLength(200))),
    phone: z.optional(z.string().check(z.maxLength(50))),
    source: z.optional(z.string().check(z.maxLength(100))),
    status: z.optional(leadStatusSchema()),
    value: z.optional(z.number().check(z.gte(0))),
    tags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(MAX_TAGS_PER_LEAD))),
    fields: z.optional(z.record(z.string(), z.unknown())),
  }),
);

export const leadPatchSchema = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    email: z.optional(emailAddress()),
    name: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    company: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    phone: z.optional(z.nullable(z.string().check(z.maxLength(50)))),
    source: z.optional(z.nullable(z.string().check(z.maxLength(100)))),
    status: z.optional(leadStatusSchema()),
    value: z.optional(z.nullable(z.number().check(z.gte(0)))),
    /** Replaces all tags. */
    tags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(MAX_TAGS_PER_LEAD))),
    addTags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50))),
    removeTags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50))),
    /** Merged into the custom fields; a null value removes that field. */
    fields: z.optional(z.record(z.string(), z.unknown())),
  }),
);

export const timelineEntrySchema = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    id: z.string(),
    leadId: z.string(),
    kind: z.string(),
    text: z.string(),
    at: z.string(),
    data: z.nullable(z.record(z.string(), z.unknown())),
  }),
);

/** All the lead schemas by name (each built on its first call). */
export const leadSchemas = /* @__PURE__ */ builtOnFirstUse(() => ({
  LeadStatus: leadStatusSchema(),
  Lead: leadSchema(),
  NewLead: newLeadSchema(),
  LeadPatch: leadPatchSchema(),
  TimelineEntry: timelineEntrySchema(),
}));

export const LeadStatus = /* @__PURE__ */ (() => leadStatusSchema())();
export const Lead = /* @__PURE__ */ (() => leadSchema())();
export const NewLead = /* @__PURE__ */ (() => newLeadSchema())();
export const LeadPatch = /* @__PURE__ */ (() => leadPatchSchema())();
export const TimelineEntry = /* @__PURE__ */ (() => timelineEntrySchema())();
