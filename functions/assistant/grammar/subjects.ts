import type { EventName } from '../../../statemachines/events';
import type { Trigger } from '../../../statemachines/schema';

/**
 * Who or what a workflow is about — the lead of a lead event, the customer of an invoice, the attendee of a
 * booking, the current item of a loop — as references. "Them", "the lead", "the customer" in an action clause
 * resolve to these; conditions read their fields from the roots.
 */
export interface Subject {
  readonly noun: string;
  readonly email?: string;
  readonly name?: string;
  readonly company?: string;
  readonly leadId?: string;
  readonly invoiceId?: string;
  readonly bookingId?: string;
  /** Where the lead's fields are (`trigger.lead`, `item`). */
  readonly leadRoot?: string;
  /** Which lead fields that root carries (form submitters carry only email and name). */
  readonly leadFields?: readonly string[];
  readonly invoiceRoot?: string;
  readonly bookingRoot?: string;
  /** Free-form fields (form submissions): `trigger.fields`. */
  readonly fieldsRoot?: string;
  /** The text of a message (email.received). */
  readonly messageRoot?: string;
  readonly fileRoot?: string;
}

const LEAD_FIELDS = ['value', 'status', 'source', 'company', 'email', 'name', 'tags', 'phone', 'fields'];
const SUMMARY_FIELDS = ['value', 'status', 'company', 'email', 'name', 'tags'];

const lead: Subject = {
  noun: 'lead',
  email: '{{trigger.lead.email}}',
  name: '{{trigger.lead.name}}',
  leadId: '{{trigger.lead.id}}',
  leadRoot: 'trigger.lead',
  leadFields: LEAD_FIELDS,
};

const invoice: Subject = {
  noun: 'customer',
  email: '{{trigger.invoice.customerEmail}}',
  name: '{{trigger.invoice.customerName}}',
  invoiceId: '{{trigger.invoice.id}}',
  leadId: '{{trigger.invoice.leadId}}',
  invoiceRoot: 'trigger.invoice',
};

/** The sender of a webhook: its JSON body is open, so its contact fields are read where most providers put them. */
export const WEBHOOK_SUBJECT: Subject = {
  noun: 'sender',
  email: '{{trigger.payload.email}}',
  name: '{{trigger.payload.name}}',
  fieldsRoot: 'trigger.payload',
};

/** An invoice reminder we sent (email.sent, kind invoice-reminder): its customer and the invoice it was about. */
export const REMINDER_SENT_SUBJECT: Subject = {
  noun: 'customer',
  email: '{{trigger.to}}',
  leadId: '{{trigger.leadId}}',
  invoiceId: '{{trigger.invoiceId}}',
  leadRoot: 'trigger.lead',
  leadFields: SUMMARY_FIELDS,
};

/** The reminders-sent filter of email.sent ("when we send an invoice reminder"). */
const REMINDER_SENT_FILTER = JSON.stringify({ kind: ['invoice-reminder'] });

export const SUBJECTS: Partial<Record<EventName, Subject>> = {
  'lead.created': lead,
  'lead.updated': lead,
  'form.submitted': {
    noun: 'submitter',
    email: '{{trigger.lead.email}}',
    name: '{{trigger.lead.name}}',
    leadRoot: 'trigger.lead',
    leadFields: ['email', 'name'],
    fieldsRoot: 'trigger.fields',
  },
  'email.received': {
    noun: 'sender',
    email: '{{trigger.from}}',
    leadId: '{{trigger.leadId}}',
    leadRoot: 'trigger.lead',
    leadFields: SUMMARY_FIELDS,
    messageRoot: 'trigger',
  },
  'email.sent': {
    noun: 'lead',
    email: '{{trigger.to}}',
    leadId: '{{trigger.leadId}}',
    leadRoot: 'trigger.lead',
    leadFields: SUMMARY_FIELDS,
    messageRoot: 'trigger',
  },
  'booking.created': {
    noun: 'attendee',
    email: '{{trigger.booking.attendeeEmail}}',
    leadId: '{{trigger.booking.leadId}}',
    bookingId: '{{trigger.booking.id}}',
    leadRoot: 'trigger.lead',
    leadFields: SUMMARY_FIELDS,
    bookingRoot: 'trigger.booking',
  },
  'booking.cancelled': {
    noun: 'attendee',
    email: '{{trigger.booking.attendeeEmail}}',
    leadId: '{{trigger.booking.leadId}}',
    bookingId: '{{trigger.booking.id}}',
    bookingRoot: 'trigger.booking',
  },
  'invoice.created': invoice,
  'invoice.paid': invoice,
  'invoice.overdue': invoice,
  'file.updated': { noun: 'file', fileRoot: 'trigger.file' },
};

/**
 * The person a manual run is given (manual-starts.ts: "when I run it with their name and email"), from the run's
 * inputs: `{{trigger.email}}`, `{{trigger.name}}`, `{{trigger.company}}`. None when no email or name is given.
 */
const givenSubject = (inputs: readonly string[] | undefined): Subject | undefined => {
  // "I put in the invoice id and it marks it paid": the invoice given
  if (inputs?.includes('invoiceId') && !inputs.includes('email'))
    return { noun: 'invoice', invoiceId: '{{trigger.invoiceId}}' };
  if (!inputs?.includes('email') && !inputs?.includes('name')) return undefined;
  const given = (field: string) => (inputs.includes(field) ? { [field]: `{{trigger.${field}}}` } : {});
  return { noun: 'person', ...given('email'), ...given('name'), ...given('company') };
};

/** The current lead of a loop over `crm.findLeads` results. */
export const LEAD_ITEM: Subject = {
  noun: 'lead',
  email: '{{item.email}}',
  name: '{{item.name}}',
  leadId: '{{item.id}}',
  leadRoot: 'item',
  leadFields: SUMMARY_FIELDS,
};

/** The current invoice of a loop over `invoice.find` results, and its customer's lead (as invoice events give it). */
export const INVOICE_ITEM: Subject = {
  noun: 'customer',
  email: '{{item.customerEmail}}',
  name: '{{item.customerName}}',
  invoiceId: '{{item.id}}',
  leadId: '{{item.leadId}}',
  invoiceRoot: 'item',
};

/**
 * The current booking of a loop over `calendar.find` results: its attendee is who is written to, and the lead it was
 * booked for (as on a booking's own events) is whose record a note or a tag goes on.
 */
export const BOOKING_ITEM: Subject = {
  noun: 'attendee',
  email: '{{item.attendeeEmail}}',
  leadId: '{{item.leadId}}',
  bookingId: '{{item.id}}',
  bookingRoot: 'item',
};

/** A one-line description of what started the run, for notifications and notes. */
export const TRIGGER_TEXT: Partial<Record<EventName, string>> = {
  'lead.created': 'New lead: {{trigger.lead.name}} ({{trigger.lead.email}})',
  'lead.updated':
    'Lead updated: {{trigger.lead.name}} ({{trigger.lead.email}}), status {{trigger.lead.status}}',
  'form.submitted': 'New form submission from {{trigger.lead.email}}',
  'email.received': 'Reply from {{trigger.from}}: {{trigger.subject}}',
  'email.sent': 'Email sent to {{trigger.to}}: {{trigger.subject}}',
  'booking.created': 'New booking: {{trigger.booking.title}} at {{trigger.booking.start}}',
  'booking.cancelled': 'Booking cancelled: {{trigger.booking.title}} at {{trigger.booking.start}}',
  'invoice.created': 'Invoice {{trigger.invoice.number}} issued to {{trigger.invoice.customerEmail}}',
  'invoice.paid': 'Invoice {{trigger.invoice.number}} was paid by {{trigger.invoice.customerEmail}}',
  'invoice.overdue':
    'Invoice {{trigger.invoice.number}} for {{trigger.invoice.customerEmail}} is {{trigger.daysOverdue}} days overdue',
  'file.updated': 'File {{trigger.file.path}} was updated',
  'workflow.failed': 'Workflow {{trigger.workflowName}} failed: {{trigger.error.error}}',
  'workflow.completed': 'Workflow {{trigger.workflowName}} completed',
  'workflow.started': 'Workflow {{trigger.workflowName}} started',
  'approval.requested': 'Approval needed: {{trigger.message}}',
};

/**
 * Who a run started by `trigger` is about: its event's subject, an invoice reminder's customer, a webhook's sender,
 * the person a manual run is given.
 */
export const subjectOf = (trigger: Trigger | undefined): Subject | undefined => {
  if (trigger?.type === 'webhook') return WEBHOOK_SUBJECT;
  if (trigger?.type === 'manual') return givenSubject(trigger.inputs);
  if (trigger?.type !== 'event') return undefined;
  if (trigger.event === 'email.sent' && JSON.stringify(trigger.filter) === REMINDER_SENT_FILTER)
    return REMINDER_SENT_SUBJECT;
  return SUBJECTS[trigger.event as EventName];
};
