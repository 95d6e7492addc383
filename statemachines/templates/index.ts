import { lazyRecord } from '../lazy-record';
import type { WorkflowDefinition } from '../schema';
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
 * The templates as workflow definitions, each copied on first read. They are not parsed with the workflow schema at
 * run time: parsing them gives back the same JSON (no defaults, no transforms, nothing stripped; test/unit/templates
 * checks it for each), and a function that serves built-ins (the supervisor, the API) would otherwise build the whole
 * language's schemas (~230, ~4 ms of its cold start) to check JSON that ships inside its own bundle.
 */
export const TEMPLATES: Readonly<Record<TemplateId, WorkflowDefinition>> = lazyRecord(
  TEMPLATE_IDS,
  // The JSON modules' inferred types are wider than the schema's (strings for its literal unions); the test above
  // is what makes each one a WorkflowDefinition.
  (id) => structuredClone(RAW[id]) as WorkflowDefinition,
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
