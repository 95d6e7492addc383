/**
 * Names the API defines that the console offers as choices. They mirror public contracts (DESIGN.md's event
 * names, the run statuses); test/unit/console-contracts.test.ts fails if they drift from the server's lists.
 */

export const EVENT_TYPES = [
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

export const RUN_STATUSES = [
  'running',
  'waiting_approval',
  'succeeded',
  'failed',
  'rejected',
  'cancelled',
] as const;
