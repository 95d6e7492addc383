import * as z from 'zod/mini';
import * as zc from 'zod/v4/core';
import { EVENT_NAMES, type EventName } from './events';
import { described } from './zod-kit';

/**
 * What each bus event's detail carries: the schemas the validator, the dry run and the docs read. Apart from the
 * event names (events.ts) so that a function which only publishes or routes events does not build them at cold start.
 */
// ------------------------------------------------------------------------------------------------ detail schemas
// The entity objects inside event details, as the repositories store them (functions/data/{leads,bookings,
// invoices,files}.ts; statemachines/ cannot import them, test/unit/event-contracts.test.ts keeps them equal).
// Objects are loose: a publisher may add fields; the declared ones are what every publisher sends.

const NullableString = /* @__PURE__ */ (() => z.nullable(z.string()))();
const Id = /* @__PURE__ */ (() => z.string().check(z.minLength(1)))();

export const EventLeadStatus = /* @__PURE__ */ (() =>
  z.enum(['new', 'contacted', 'qualified', 'customer', 'lost']))();

/** A whole lead record (lead.created, lead.updated). */
export const EventLead = /* @__PURE__ */ (() =>
  z.looseObject({
    id: Id,
    email: z.string(),
    name: NullableString,
    company: NullableString,
    phone: NullableString,
    source: NullableString,
    status: EventLeadStatus,
    value: z.nullable(z.number()),
    tags: z.array(z.string()),
    fields: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }))();
export type EventLead = z.infer<typeof EventLead>;

/** The lead as other events carry it (catalogue LeadSummary: email.sent, booking.created). */
export const EventLeadSummary = /* @__PURE__ */ (() =>
  z.looseObject({
    id: Id,
    email: z.string(),
    name: NullableString,
    company: NullableString,
    status: EventLeadStatus,
    value: z.nullable(z.number()),
    tags: z.array(z.string()),
  }))();
export type EventLeadSummary = z.infer<typeof EventLeadSummary>;

/** The submitter a form webhook names (no lead record exists yet). */
export const EventFormLead = /* @__PURE__ */ (() =>
  z.looseObject({ email: z.string(), name: NullableString }))();

export const EventBooking = /* @__PURE__ */ (() =>
  z.looseObject({
    id: Id,
    title: z.string(),
    start: z.string(),
    end: z.string(),
    status: z.enum(['confirmed', 'cancelled']),
    attendeeEmail: NullableString,
    leadId: NullableString,
    location: NullableString,
    notes: NullableString,
    cancelledAt: NullableString,
    cancelReason: NullableString,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }))();
export type EventBooking = z.infer<typeof EventBooking>;

export const EventInvoiceLine = /* @__PURE__ */ (() =>
  z.looseObject({
    description: z.string(),
    quantity: z.number().check(z.int()),
    unitPriceCents: z.number().check(z.int()),
    amountCents: z.number().check(z.int()),
  }))();

export const EventInvoice = /* @__PURE__ */ (() =>
  z.looseObject({
    id: Id,
    number: NullableString,
    sequence: z.nullable(z.number().check(z.int())),
    status: z.enum(['draft', 'open', 'paid', 'overdue']),
    customerEmail: z.string(),
    customerName: NullableString,
    leadId: NullableString,
    currency: z.string(),
    lines: z.array(EventInvoiceLine),
    subtotalCents: z.number().check(z.int()),
    taxRateBps: z.number().check(z.int()),
    taxCents: z.number().check(z.int()),
    totalCents: z.number().check(z.int()),
    paidCents: z.number().check(z.int()),
    dueInDays: z.number().check(z.int()),
    issueDate: NullableString,
    dueDate: NullableString,
    paidAt: NullableString,
    overdueAt: NullableString,
    reminderCount: z.number().check(z.int()),
    lastReminderAt: NullableString,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }))();
export type EventInvoice = z.infer<typeof EventInvoice>;

export const EventFile = /* @__PURE__ */ (() =>
  z.looseObject({
    id: Id,
    name: z.string(),
    folder: z.string(),
    path: z.string(),
    contentType: z.string(),
    size: z.number().check(z.int()),
    sha256: z.string(),
    contentKey: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }))();
export type EventFile = z.infer<typeof EventFile>;

/** Every webhook event's detail names its delivery (the bus event id derives from it). */
export const EventWebhook = /* @__PURE__ */ (() =>
  z.looseObject({ source: z.string(), deliveryId: z.string() }))();

const detail = <S extends zc.$ZodLooseShape>(shape: S) =>
  z.looseObject({ tenantId: Id, ...shape }) as unknown as z.ZodMiniObject<{ tenantId: typeof Id } & S>;

const RunIds = { workflowId: Id, runId: Id, workflowName: z.string() };

/**
 * The detail of each bus event. Required fields are what every publisher sends; optional ones only some (see the
 * field descriptions and docs/workflow-language.md). `events.emit` may publish any name with a detail of the
 * workflow author's choosing; these schemas describe what the platform itself publishes.
 */
export const EVENT_DETAILS = {
  'lead.created': detail({ lead: EventLead }),
  'lead.updated': detail({
    lead: EventLead,
    changes: described(
      z.record(z.string(), z.looseObject({ from: z.unknown(), to: z.unknown() })),
      'changed fields: { "status": { "from": "new", "to": "contacted" } }',
    ),
  }),
  'email.received': detail({
    webhook: EventWebhook,
    from: described(z.string(), 'sender address, lower case'),
    to: NullableString,
    subject: NullableString,
    text: NullableString,
    messageId: NullableString,
    inReplyTo: NullableString,
    trackingId: described(NullableString, 'the email.sent it answers, when recognised'),
    leadId: described(
      NullableString,
      'the lead of that email.sent (inbound mail: else the lead with the sender address)',
    ),
    lead: described(z.nullable(EventLeadSummary), 'the lead of that email.sent, when known'),
    sender: described(
      z.optional(z.looseObject({ address: z.string(), name: NullableString })),
      'inbound mail (SES, POST /inbound/email): the From mailbox',
    ),
    attachments: described(
      z.optional(
        z.array(
          z.looseObject({
            fileId: z.string(),
            name: z.string(),
            path: z.string(),
            contentType: z.string(),
            size: z.number(),
          }),
        ),
      ),
      'inbound mail: attachments saved as files',
    ),
    correlatedBy: described(
      z.optional(z.enum(['tracking', 'sender', 'none'])),
      'inbound mail: how leadId was found',
    ),
    flags: described(
      z.optional(z.array(z.string())),
      'inbound mail: SES verdicts that did not pass (`spam:FAIL`)',
    ),
  }),
  'email.sent': detail({
    kind: described(
      z.enum(['message', 'invoice-reminder']),
      '"message": email.send; "invoice-reminder": invoice.sendReminder',
    ),
    invoiceId: described(z.optional(z.string()), 'invoice-reminder only'),
    leadId: NullableString,
    to: z.string(),
    subject: z.string(),
    messageId: z.string(),
    trackingId: z.string(),
    workflowId: z.string(),
    runId: z.string(),
    lead: described(z.optional(EventLeadSummary), 'present when the recipient is a lead'),
  }),
  'file.updated': detail({
    file: EventFile,
    created: described(z.boolean(), 'false when an existing file was replaced'),
  }),
  'form.submitted': detail({
    webhook: EventWebhook,
    source: described(z.string(), 'the webhook source: form, typeform, tally, webflow, jotform'),
    form: NullableString,
    fields: z.record(z.string(), z.unknown()),
    lead: described(z.nullable(EventFormLead), 'the submitter, when a field holds an email address'),
  }),
  'booking.created': detail({
    booking: EventBooking,
    leadId: described(NullableString, 'same as booking.leadId'),
    lead: described(z.optional(EventLeadSummary), 'present when the booking names a lead'),
  }),
  'booking.cancelled': detail({
    booking: EventBooking,
    reason: described(NullableString, '"deleted" when the booking was deleted through the API'),
  }),
  'invoice.created': detail({ invoice: EventInvoice }),
  'invoice.paid': detail({ invoice: EventInvoice }),
  'invoice.overdue': detail({ invoice: EventInvoice, daysOverdue: z.number().check(z.int()) }),
  'workflow.started': detail({
    ...RunIds,
    version: z.number().check(z.int()),
    triggerType: z.enum(['event', 'schedule', 'manual', 'webhook']),
    eventId: described(z.optional(z.string()), 'the event that started the run'),
  }),
  'workflow.completed': detail({
    ...RunIds,
    result: z.looseObject({
      status: z.enum(['succeeded', 'rejected']),
      steps: described(z.optional(z.record(z.string(), z.unknown())), 'absent above 64 KB'),
      stepsOmitted: z.optional(z.boolean()),
    }),
  }),
  'workflow.failed': detail({
    ...RunIds,
    error: z.looseObject({ error: z.string(), cause: NullableString }),
  }),
  'approval.requested': detail({
    ...RunIds,
    approvalId: Id,
    stepId: z.string(),
    message: z.string(),
    summary: z.string(),
    willDo: z.array(z.string()),
    approvers: z.array(z.string()),
  }),
  'webhook.received': detail({
    webhook: EventWebhook,
    payload: described(z.unknown(), 'the JSON body as sent'),
  }),
} as const satisfies Record<EventName, z.ZodMiniObject>;

export type EventDetail<E extends EventName> = z.infer<(typeof EVENT_DETAILS)[E]>;

const unwrap = (schema: z.ZodMiniType): z.ZodMiniType => {
  let s = schema;
  while (s instanceof zc.$ZodOptional || s instanceof zc.$ZodNullable)
    s = s._zod.def.innerType as z.ZodMiniType;
  return s;
};

/** Dotted paths of a schema; `open` adds `<path>.*` for loose objects (fields beyond the declared ones allowed). */
const fieldPaths = (schema: zc.$ZodObject, prefix: string, open: boolean): string[] =>
  Object.entries(schema._zod.def.shape as Record<string, z.ZodMiniType>).flatMap(([key, child]) => {
    const path = `${prefix}${key}`;
    const inner = unwrap(child);
    if (inner instanceof zc.$ZodObject) {
      const loose = open && inner._zod.def.catchall instanceof zc.$ZodUnknown;
      return [path, ...fieldPaths(inner, `${path}.`, open), ...(loose ? [`${path}.*`] : [])];
    }
    if (inner instanceof zc.$ZodArray) {
      const element = unwrap(inner._zod.def.element as z.ZodMiniType);
      return element instanceof zc.$ZodObject ? [path, ...fieldPaths(element, `${path}[].`, open)] : [path];
    }
    if (inner instanceof zc.$ZodRecord || inner instanceof zc.$ZodUnknown) return [path, `${path}.*`];
    return [path];
  });

const pathsOf = (open: boolean) =>
  Object.fromEntries(
    EVENT_NAMES.map((name) => [
      name,
      fieldPaths(EVENT_DETAILS[name], '', open).filter((f) => f !== 'tenantId'),
    ]),
  ) as unknown as Record<EventName, readonly string[]>;

/**
 * The fields each event's publishers actually send (beyond `tenantId`), derived from EVENT_DETAILS: dotted paths
 * (`lead.email`), `[]` for the elements of a list (`invoice.lines[].description`) and `.*` only where the content
 * is free-form (`fields.*`, `payload.*`, `changes.*`). What templates should reference.
 */
export const EVENT_DETAIL_PATHS: Record<EventName, readonly string[]> = pathsOf(false);

/**
 * Fields that the detail of each event is known to carry (beyond `tenantId`), used by the validator to check
 * `{{trigger.…}}` references. `*` marks an open object whose children are not checked: free-form content, and the
 * entity objects (`lead.*`, `booking.*`, …), which may carry more than EVENT_DETAILS declares. Derived from
 * EVENT_DETAILS (= EVENT_DETAIL_PATHS plus the `.*` of every loose object).
 */
export const EVENT_DETAIL_FIELDS: Record<EventName, readonly string[]> = pathsOf(true);

/** Whether a dotted detail path (`lead.status`, `fields.email`) is declared for the event in EVENT_DETAIL_PATHS. */
export const isDeclaredDetailPath = (event: EventName, path: string): boolean => {
  const fields = EVENT_DETAIL_PATHS[event];
  const normalized = path.replace(/\[\d+\]/g, '[]');
  if (normalized === 'tenantId' || fields.includes(normalized)) return true;
  const segments = normalized.split('.');
  for (let i = segments.length - 1; i > 0; i--) {
    if (fields.includes(`${segments.slice(0, i).join('.')}.*`)) return true;
  }
  return false;
};
