import * as z from 'zod/mini';
import '../zod-kit';
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
  status: z.optional(LeadStatus()),
  tag: z.optional(z.string()),
  source: z.optional(z.string()),
  minValue: z.optional(z.number()),
  createdAfter: z.optional(IsoDateTime()),
  createdBefore: z.optional(IsoDateTime()),
  /**
   * ISO-8601 duration: only leads a workflow emailed at least this long ago who have not replied since that email
   * (the lead's feed of email.sent / email.received events, kept 90 days). Each candidate's feed is read, so at most
   * the 2,000 newest leads matching the other filters are looked at; when older ones were left unread the step says
   * so in the run's log (narrow the find with status, tag, source or createdAfter).
   */
  noReplyFor: z.optional(z.string().check(z.regex(/^P[0-9WDTHMS]{2,20}$/))),
});

/** The periods crm.findLeads' createdIn names, in the tenant's time zone when the step runs. */
export const LEAD_PERIODS = ['today', 'yesterday', 'this-week', 'last-7-days'] as const;

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
        email: Email(),
        name: z.optional(z.string().check(z.maxLength(200))),
        company: z.optional(z.string().check(z.maxLength(200))),
        phone: z.optional(z.string().check(z.maxLength(50))),
        source: z.optional(z.string().check(z.maxLength(100))),
        status: z.optional(LeadStatus()),
        value: z.optional(z.number().check(z.gte(0))),
        tags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50))),
        fields: z.optional(z.record(z.string(), z.unknown())),
      }),
    output: () => z.object({ leadId: z.string(), created: z.boolean(), lead: LeadSummary() }),
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
        leadId: z.string().check(z.minLength(1)),
        name: z.optional(z.string().check(z.maxLength(200))),
        company: z.optional(z.string().check(z.maxLength(200))),
        status: z.optional(LeadStatus()),
        value: z.optional(z.number().check(z.gte(0))),
        addTags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50))),
        removeTags: z.optional(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50))),
        fields: z.optional(z.record(z.string(), z.unknown())),
      }),
    output: () => z.object({ leadId: z.string(), lead: LeadSummary() }),
  }),
  'crm.addNote': spec({
    name: 'crm.addNote',
    title: 'Add note',
    description: "Add a note to a lead's timeline.",
    performer: agent('crm'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        leadId: z.string().check(z.minLength(1)),
        text: z.string().check(z.minLength(1)).check(z.maxLength(10_000)),
      }),
    output: () => z.object({ noteId: z.string(), leadId: z.string() }),
  }),
  'crm.findLeads': spec({
    name: 'crm.findLeads',
    title: 'Find leads',
    description:
      "Find leads by status, tag, source, value or when they were created (today, yesterday, this week, the last 7 days: in the tenant's time zone when the step runs; or between dates), for campaigns and lists.",
    performer: agent('crm'),
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        ...leadFilter(),
        /**
         * Only leads created in this period, counted in the tenant's time zone when the step runs ("this week" from
         * Monday 00:00); with createdAfter / createdBefore, both hold.
         */
        createdIn: z.optional(z.enum(LEAD_PERIODS)),
        limit: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(1000))),
      }),
    output: () =>
      z.object({
        leads: z.array(LeadSummary()),
        count: z.number(),
        /** The list as text for a message ({{steps.<id>.text}}; at most 50 lines, then "… and N more"): one line per lead ("Anna Schmidt (Acme) · anna@example.com · qualified"), or "No leads found." */
        text: z.string(),
      }),
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
        limit: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(100_000))),
      }),
    output: () => z.object({ leads: itemFile(LeadSummary()), count: z.number() }),
  }),
  'crm.getLead': spec({
    name: 'crm.getLead',
    title: 'Get lead',
    description: 'Read one lead by id or email.',
    performer: agent('crm'),
    sideEffect: false,
    retry: DEFAULT_RETRY,
    inputRules: [{ anyOf: ['leadId', 'email'] }],
    input: () =>
      z.strictObject({ leadId: z.optional(z.string().check(z.minLength(1))), email: z.optional(Email()) }),
    output: () => z.object({ leadId: z.string(), lead: LeadSummary() }),
  }),
} as const satisfies Record<string, ActionSpec>;
