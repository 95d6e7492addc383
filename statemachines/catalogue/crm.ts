import * as z from 'zod';
import {
  type ActionSpec,
  agent,
  DEFAULT_RETRY,
  Email,
  IsoDateTime,
  itemFile,
  LeadStatus,
  LeadSummary,
  spec,
} from './spec';

/** The filters crm.findLeads and crm.exportLeads share (built on first read, as every schema here). */
const leadFilter = () => ({
  status: LeadStatus.optional(),
  tag: z.string().optional(),
  source: z.string().optional(),
  minValue: z.number().optional(),
  createdAfter: IsoDateTime.optional(),
  createdBefore: IsoDateTime.optional(),
});

/** Leads (agent crm). */
export const CRM_ACTIONS = {
  'crm.createLead': spec({
    name: 'crm.createLead',
    emits: 'lead.created',
    title: 'Create lead',
    description: 'Create a lead, or return the existing one with the same email (de-duplicated).',
    performer: agent('crm'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        email: Email,
        name: z.string().max(200).optional(),
        company: z.string().max(200).optional(),
        phone: z.string().max(50).optional(),
        source: z.string().max(100).optional(),
        status: LeadStatus.optional(),
        value: z.number().min(0).optional(),
        tags: z.array(z.string().max(50)).max(50).optional(),
        fields: z.record(z.string(), z.unknown()).optional(),
      }),
    output: () => z.object({ leadId: z.string(), created: z.boolean(), lead: LeadSummary }),
  }),
  'crm.updateLead': spec({
    name: 'crm.updateLead',
    emits: 'lead.updated',
    title: 'Update lead',
    description: 'Change a lead: status, value, tags, name or custom fields.',
    performer: agent('crm'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        leadId: z.string().min(1),
        name: z.string().max(200).optional(),
        company: z.string().max(200).optional(),
        status: LeadStatus.optional(),
        value: z.number().min(0).optional(),
        addTags: z.array(z.string().max(50)).max(50).optional(),
        removeTags: z.array(z.string().max(50)).max(50).optional(),
        fields: z.record(z.string(), z.unknown()).optional(),
      }),
    output: () => z.object({ leadId: z.string(), lead: LeadSummary }),
  }),
  'crm.addNote': spec({
    name: 'crm.addNote',
    title: 'Add note',
    description: "Add a note to a lead's timeline.",
    performer: agent('crm'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () => z.strictObject({ leadId: z.string().min(1), text: z.string().min(1).max(10_000) }),
    output: () => z.object({ noteId: z.string(), leadId: z.string() }),
  }),
  'crm.findLeads': spec({
    name: 'crm.findLeads',
    title: 'Find leads',
    description: 'Find leads by status, tag, source, value or creation date (for campaigns).',
    performer: agent('crm'),
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        ...leadFilter(),
        limit: z.number().int().min(1).max(1000).optional(),
      }),
    output: () => z.object({ leads: z.array(LeadSummary), count: z.number() }),
  }),
  'crm.exportLeads': spec({
    name: 'crm.exportLeads',
    title: 'Export leads',
    description:
      'Write every lead matching the filters to a file, for a forEach with itemsFrom (campaigns of any size: a list in the run itself stops at about 1,000 leads).',
    performer: agent('crm'),
    // Reads leads; the file it writes is the run's own working data (the same object again on a retry), so a
    // dry run exports too and its forEach reads real items.
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        ...leadFilter(),
        limit: z.number().int().min(1).max(100_000).optional(),
      }),
    output: () => z.object({ leads: itemFile(LeadSummary), count: z.number() }),
  }),
  'crm.getLead': spec({
    name: 'crm.getLead',
    title: 'Get lead',
    description: 'Read one lead by id or email.',
    performer: agent('crm'),
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: () => z.strictObject({ leadId: z.string().min(1).optional(), email: Email.optional() }),
    output: () => z.object({ leadId: z.string(), lead: LeadSummary }),
  }),
} as const satisfies Record<string, ActionSpec>;
