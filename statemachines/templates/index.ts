import { lazyRecord } from '../lazy-record';
import { WorkflowDefinition } from '../schema';
import dailySummary from './daily-summary.json' with { type: 'json' };
import dailySummaryExample from './examples/daily-summary.json' with { type: 'json' };
import invoicePaymentFollowUpExample from './examples/invoice-payment-follow-up.json' with { type: 'json' };
import leadFollowUpExample from './examples/lead-follow-up.json' with { type: 'json' };
import meetingFollowUpExample from './examples/meeting-follow-up.json' with { type: 'json' };
import noReplyReminderExample from './examples/no-reply-reminder.json' with { type: 'json' };
import outreachCampaignExample from './examples/outreach-campaign.json' with { type: 'json' };
import invoicePaymentFollowUp from './invoice-payment-follow-up.json' with { type: 'json' };
import leadFollowUp from './lead-follow-up.json' with { type: 'json' };
import meetingFollowUp from './meeting-follow-up.json' with { type: 'json' };
import noReplyReminder from './no-reply-reminder.json' with { type: 'json' };
import outreachCampaign from './outreach-campaign.json' with { type: 'json' };

/** Ready-made workflows for the seed's processes. Each validates and compiles (test/unit/templates.test.ts). */
const RAW = {
  'lead-follow-up': leadFollowUp,
  'daily-summary': dailySummary,
  'no-reply-reminder': noReplyReminder,
  'outreach-campaign': outreachCampaign,
  'meeting-follow-up': meetingFollowUp,
  'invoice-payment-follow-up': invoicePaymentFollowUp,
} as const;

export type TemplateId = keyof typeof RAW;
export const TEMPLATE_IDS = Object.keys(RAW) as TemplateId[];

/**
 * The templates, parsed with the workflow schema (so they carry the schema's types), each on first read: a function
 * serving no built-in never parses one at cold start.
 */
export const TEMPLATES: Readonly<Record<TemplateId, WorkflowDefinition>> = lazyRecord(TEMPLATE_IDS, (id) =>
  WorkflowDefinition.parse(RAW[id]),
);

/** A template's raw JSON (what a user would copy and edit). */
export const templateJson = (id: TemplateId): unknown => structuredClone(RAW[id]);

/**
 * What a template's run needs to succeed out of the box (`dynaris run <template>` with no --event): the trigger
 * event, and the records it refers to (leads, bookings, invoices…) to put in the simulated store first.
 */
export interface TemplateExample {
  readonly description: string;
  readonly event: unknown;
  /** The shape `dynaris run --seed FILE` takes: `{ "leads": [...], "bookings": [...], … }`. */
  readonly seed: unknown;
}

const EXAMPLES: Readonly<Record<TemplateId, TemplateExample>> = {
  'lead-follow-up': leadFollowUpExample,
  'daily-summary': dailySummaryExample,
  'no-reply-reminder': noReplyReminderExample,
  'outreach-campaign': outreachCampaignExample,
  'meeting-follow-up': meetingFollowUpExample,
  'invoice-payment-follow-up': invoicePaymentFollowUpExample,
};

export const isTemplateId = (value: string): value is TemplateId => Object.hasOwn(RAW, value);

/** A template's example run (a copy: callers may change it). */
export const templateExample = (id: TemplateId): TemplateExample => structuredClone(EXAMPLES[id]);
