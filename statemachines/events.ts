import { z } from 'zod';

/** Bus event names (EventBridge detail-type). A public contract: see docs/workflow-language.md. */
export const EVENT_NAMES = [
  'lead.created',
  'lead.updated',
  'email.received',
  'email.sent',
  'file.updated',
  'form.submitted',
  'booking.created',
  'booking.cancelled',
  'invoice.created',
  'invoice.paid',
  'invoice.overdue',
  'workflow.started',
  'workflow.completed',
  'workflow.failed',
  'approval.requested',
  'webhook.received',
] as const;

export const EventName = z.enum(EVENT_NAMES);
export type EventName = z.infer<typeof EventName>;

/** The EventBridge `source` of each event: `dynaris.<module>`. */
export const eventSource = (name: EventName): string => `dynaris.${name.split('.')[0]}`;

export const EVENT_DESCRIPTIONS: Record<EventName, string> = {
  'lead.created': 'A lead was added (API, import, webhook or workflow).',
  'lead.updated': 'A lead changed (status, value, tags or fields).',
  'email.received': 'An inbound email arrived, correlated to a lead when possible.',
  'email.sent': 'An email was sent to a lead or contact.',
  'file.updated': 'A file was created or replaced.',
  'form.submitted': 'A form submission arrived through a webhook.',
  'booking.created': 'A meeting was booked.',
  'booking.cancelled': 'A meeting was cancelled.',
  'invoice.created': 'An invoice was issued.',
  'invoice.paid': 'An invoice was paid.',
  'invoice.overdue': 'An invoice passed its due date unpaid.',
  'workflow.started': 'A workflow run started.',
  'workflow.completed': 'A workflow run completed.',
  'workflow.failed': 'A workflow run failed.',
  'approval.requested': 'A run waits for a person to approve it (Auto Mode off).',
  'webhook.received': 'An inbound webhook from a source with no specific mapping (generic JSON payload).',
};

/**
 * Fields that the detail of each event is known to carry (beyond `tenantId`), used by the validator to check
 * `{{trigger.…}}` references. `*` marks an open object whose children are not checked.
 */
export const EVENT_DETAIL_FIELDS: Record<EventName, readonly string[]> = {
  'lead.created': ['lead', 'lead.*'],
  'lead.updated': ['lead', 'lead.*', 'changes', 'changes.*'],
  'email.received': ['leadId', 'from', 'to', 'subject', 'text', 'trackingId', 'messageId', 'lead', 'lead.*'],
  'email.sent': ['leadId', 'to', 'subject', 'messageId', 'trackingId', 'lead', 'lead.*'],
  'file.updated': ['file', 'file.*'],
  'form.submitted': ['form', 'fields', 'fields.*', 'source', 'lead', 'lead.*'],
  'booking.created': ['booking', 'booking.*', 'lead', 'lead.*'],
  'booking.cancelled': ['booking', 'booking.*', 'reason'],
  'invoice.created': ['invoice', 'invoice.*'],
  'invoice.paid': ['invoice', 'invoice.*'],
  'invoice.overdue': ['invoice', 'invoice.*', 'daysOverdue'],
  'workflow.started': ['workflowId', 'runId', 'workflowName'],
  'workflow.completed': ['workflowId', 'runId', 'workflowName', 'result', 'result.*'],
  'workflow.failed': ['workflowId', 'runId', 'workflowName', 'error', 'error.*'],
  'approval.requested': ['workflowId', 'runId', 'approvalId', 'summary'],
  'webhook.received': ['webhook', 'webhook.*', 'payload', 'payload.*'],
};

/** The envelope every bus event has, on AWS (EventBridge) and locally. */
export const BusEvent = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  detailType: z.string().min(1),
  time: z.string().min(1),
  detail: z.looseObject({ tenantId: z.string().min(1) }),
});
export type BusEvent = z.infer<typeof BusEvent>;
