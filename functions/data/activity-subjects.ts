import { readPath } from './waits';

/** What an activity event is about: its workflow, run and lead (the feed's by-workflow and by-lead copies). */

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * The workflow an event is about (workflow.* events, approvals, events emitted by a run). An event a run
 * published with events.emit names that run in `emittedBy` (the compiler adds it); it wins over ids the author
 * forwarded in the detail, and workflow and run always come from the same place.
 */
export const workflowOf = (detail: Record<string, unknown>): string | undefined =>
  str(readPath(detail, 'emittedBy.workflowId')) ??
  str(detail.workflowId) ??
  str(readPath(detail, 'workflow.id')) ??
  str(readPath(detail, 'context.workflowId'));

export const runOf = (detail: Record<string, unknown>): string | undefined =>
  str(readPath(detail, 'emittedBy.workflowId'))
    ? str(readPath(detail, 'emittedBy.runId'))
    : (str(detail.runId) ?? str(readPath(detail, 'context.runId')));

/** The lead an event is about, wherever the event type keeps it. */
export const leadOf = (detail: Record<string, unknown>): string | undefined =>
  str(detail.leadId) ??
  str(readPath(detail, 'lead.id')) ??
  str(readPath(detail, 'booking.leadId')) ??
  str(readPath(detail, 'invoice.leadId')) ??
  str(readPath(detail, 'contact.leadId'));
