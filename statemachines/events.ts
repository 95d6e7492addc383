import * as z from 'zod/mini';
import './zod-kit';

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

export const EventName = /* @__PURE__ */ (() => z.enum(EVENT_NAMES))();
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
  'invoice.overdue':
    'An invoice passed its due date unpaid: published once, by the daily sweep on the first day after the due date (daysOverdue is then 1).',
  'workflow.started': 'A workflow run started.',
  'workflow.completed': 'A workflow run completed.',
  'workflow.failed': 'A workflow run failed.',
  'approval.requested': 'A run waits for a person to approve it (Auto Mode off).',
  'webhook.received': 'An inbound webhook from a source with no specific mapping (generic JSON payload).',
};

/** The envelope every bus event has, on AWS (EventBridge) and locally. */
export const BusEvent = /* @__PURE__ */ (() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    source: z.string().check(z.minLength(1)),
    detailType: z.string().check(z.minLength(1)),
    time: z.string().check(z.minLength(1)),
    detail: z.looseObject({ tenantId: z.string().check(z.minLength(1)) }),
  }))();
export type BusEvent = z.infer<typeof BusEvent>;
