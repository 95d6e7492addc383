import * as z from 'zod';
import type { LeadSummary as LeadSummarySchema } from '../../../statemachines/catalogue';
import type { PageRequest } from '../repository';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'customer', 'lost'] as const;
export const LeadStatus = z.enum(LEAD_STATUSES);
export type LeadStatus = z.infer<typeof LeadStatus>;
/** Keeps the lead's transaction (lead, email, tag and source index items) under DynamoDB's 100-item limit. */
export const MAX_TAGS_PER_LEAD = 45;

export const Lead = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  source: z.string().nullable(),
  status: LeadStatus,
  value: z.number().nullable(),
  tags: z.array(z.string()),
  fields: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Lead = z.infer<typeof Lead>;
export type LeadSummary = z.infer<typeof LeadSummarySchema>;

export const NewLead = z.object({
  email: z.email(),
  name: z.string().max(200).optional(),
  company: z.string().max(200).optional(),
  phone: z.string().max(50).optional(),
  source: z.string().max(100).optional(),
  status: LeadStatus.optional(),
  value: z.number().min(0).optional(),
  tags: z.array(z.string().max(50)).max(MAX_TAGS_PER_LEAD).optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
});
export type NewLead = z.infer<typeof NewLead>;

export const LeadPatch = z.object({
  email: z.email().optional(),
  name: z.string().max(200).nullable().optional(),
  company: z.string().max(200).nullable().optional(),
  phone: z.string().max(50).nullable().optional(),
  source: z.string().max(100).nullable().optional(),
  status: LeadStatus.optional(),
  value: z.number().min(0).nullable().optional(),
  /** Replaces all tags. */
  tags: z.array(z.string().max(50)).max(MAX_TAGS_PER_LEAD).optional(),
  addTags: z.array(z.string().max(50)).max(50).optional(),
  removeTags: z.array(z.string().max(50)).max(50).optional(),
  /** Merged into the custom fields; a null value removes that field. */
  fields: z.record(z.string(), z.unknown()).optional(),
});
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

export const TimelineEntry = z.object({
  id: z.string(),
  leadId: z.string(),
  kind: z.string(),
  text: z.string(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
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
