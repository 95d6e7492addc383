import { WorkflowDefinition } from '../schema';
import dailySummary from './daily-summary.json' with { type: 'json' };
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

/** The templates, parsed with the workflow schema (so they carry the schema's types). */
export const TEMPLATES: Readonly<Record<TemplateId, WorkflowDefinition>> = Object.fromEntries(
  TEMPLATE_IDS.map((id) => [id, WorkflowDefinition.parse(RAW[id])]),
) as Record<TemplateId, WorkflowDefinition>;

/** A template's raw JSON (what a user would copy and edit). */
export const templateJson = (id: TemplateId): unknown => structuredClone(RAW[id]);
