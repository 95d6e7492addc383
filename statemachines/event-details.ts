import * as z from 'zod/mini';
import * as zc from 'zod/v4/core';
import { EVENT_NAMES, type EventName } from './events';
import { lazyRecord } from './lazy-record';
import { builtOnFirstUse } from './zod-kit';

/**
 * What each bus event's detail carries: the schemas the validator, the dry run and the docs read. Apart from the
 * event names (events.ts) so that a function which only publishes or routes events does not build them at cold start.
 * The notes the events reference gives on some fields are in event-notes.ts, which only the docs read.
 */
// ------------------------------------------------------------------------------------------------ detail schemas
// The entity objects inside event details, as the repositories store them (functions/data/{leads,bookings,
// invoices,files}.ts; statemachines/ cannot import them, test/unit/event-contracts.test.ts keeps them equal).
// Objects are loose: a publisher may add fields; the declared ones are what every publisher sends.

const nullableString = /* @__PURE__ */ builtOnFirstUse(() => z.nullable(z.string()));
const idString = /* @__PURE__ */ builtOnFirstUse(() => z.string().check(z.minLength(1)));

const eventLeadStatus = /* @__PURE__ */ builtOnFirstUse(() =>
  z.enum(['new', 'contacted', 'qualified', 'customer', 'lost']),
);

/** A whole lead record (lead.created, lead.updated). */
const eventLead = /* @__PURE__ */ builtOnFirstUse(() =>
  z.looseObject({
    id: idString(),
    email: z.string(),
    name: nullableString(),
    company: nullableString(),
    phone: nullableString(),
    source: nullableString(),
    status: eventLeadStatus(),
    value: z.nullable(z.number()),
    tags: z.array(z.string()),
    fields: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }),
);
export type EventLead = z.infer<typeof EventLead>;

/** The field's value before and after, when the field changed (absent when it did not). */
const change = <T extends z.ZodMiniType>(value: T) => z.optional(z.object({ from: value, to: value }));

/**
 * What a lead.updated says changed: the fields a lead update can change (functions/data/leads/repository.ts'
 * applyPatch), each present only when it changed. Closed, so that a filter or reference to a field no update
 * changes (`changes.stauts.to`) is a validation error instead of a trigger that never fires.
 */
const eventLeadChanges = /* @__PURE__ */ builtOnFirstUse(() => {
  const lead = eventLead().shape;
  return z.object(
    Object.fromEntries(
      (['email', 'name', 'company', 'phone', 'source', 'status', 'value', 'tags', 'fields'] as const).map(
        (k) => [k, change(lead[k])],
      ),
    ),
  );
});

/** The lead as other events carry it (catalogue LeadSummary: email.sent, booking.created). */
const eventLeadSummary = /* @__PURE__ */ builtOnFirstUse(() =>
  z.looseObject({
    id: idString(),
    email: z.string(),
    name: nullableString(),
    company: nullableString(),
    status: eventLeadStatus(),
    value: z.nullable(z.number()),
    tags: z.array(z.string()),
  }),
);
export type EventLeadSummary = z.infer<typeof EventLeadSummary>;

/** The submitter a form webhook names (no lead record exists yet). */
const eventFormLead = /* @__PURE__ */ builtOnFirstUse(() =>
  z.looseObject({ email: z.string(), name: nullableString() }),
);

const eventBooking = /* @__PURE__ */ builtOnFirstUse(() =>
  z.looseObject({
    id: idString(),
    title: z.string(),
    start: z.string(),
    end: z.string(),
    status: z.enum(['confirmed', 'cancelled']),
    attendeeEmail: nullableString(),
    leadId: nullableString(),
    location: nullableString(),
    notes: nullableString(),
    cancelledAt: nullableString(),
    cancelReason: nullableString(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }),
);
export type EventBooking = z.infer<typeof EventBooking>;

const eventInvoiceLine = /* @__PURE__ */ builtOnFirstUse(() =>
  z.looseObject({
    description: z.string(),
    quantity: z.number().check(z.int()),
    unitPriceCents: z.number().check(z.int()),
    amountCents: z.number().check(z.int()),
  }),
);

const eventInvoice = /* @__PURE__ */ builtOnFirstUse(() =>
  z.looseObject({
    id: idString(),
    number: nullableString(),
    sequence: z.nullable(z.number().check(z.int())),
    status: z.enum(['draft', 'open', 'paid', 'overdue']),
    customerEmail: z.string(),
    customerName: nullableString(),
    leadId: nullableString(),
    currency: z.string(),
    lines: z.array(eventInvoiceLine()),
    subtotalCents: z.number().check(z.int()),
    taxRateBps: z.number().check(z.int()),
    taxCents: z.number().check(z.int()),
    totalCents: z.number().check(z.int()),
    paidCents: z.number().check(z.int()),
    dueInDays: z.number().check(z.int()),
    issueDate: nullableString(),
    dueDate: nullableString(),
    paidAt: nullableString(),
    overdueAt: nullableString(),
    reminderCount: z.number().check(z.int()),
    lastReminderAt: nullableString(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }),
);
export type EventInvoice = z.infer<typeof EventInvoice>;

const eventFile = /* @__PURE__ */ builtOnFirstUse(() =>
  z.looseObject({
    id: idString(),
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
  }),
);
export type EventFile = z.infer<typeof EventFile>;

/** Every webhook event's detail names its delivery (the bus event id derives from it). */
const eventWebhook = /* @__PURE__ */ builtOnFirstUse(() =>
  z.looseObject({ source: z.string(), deliveryId: z.string() }),
);

/** The entity schemas as values, for the docs and the tests; a bundle that reads none of them drops them. */
export const EventLeadStatus = /* @__PURE__ */ (() => eventLeadStatus())();
export const EventLead = /* @__PURE__ */ (() => eventLead())();
export const EventLeadSummary = /* @__PURE__ */ (() => eventLeadSummary())();
export const EventFormLead = /* @__PURE__ */ (() => eventFormLead())();
export const EventBooking = /* @__PURE__ */ (() => eventBooking())();
export const EventInvoiceLine = /* @__PURE__ */ (() => eventInvoiceLine())();
export const EventInvoice = /* @__PURE__ */ (() => eventInvoice())();
export const EventFile = /* @__PURE__ */ (() => eventFile())();
export const EventWebhook = /* @__PURE__ */ (() => eventWebhook())();

const detail = <S extends zc.$ZodLooseShape>(shape: S) =>
  z.looseObject({ tenantId: idString(), ...shape }) as unknown as z.ZodMiniObject<
    { tenantId: ReturnType<typeof idString> } & S
  >;

const runIds = () => ({ workflowId: idString(), runId: idString(), workflowName: z.string() });

/**
 * The detail of each bus event. Required fields are what every publisher sends; optional ones only some (see the
 * field descriptions and docs/workflow-language.md). `events.emit` may publish any name with a detail of the
 * workflow author's choosing; these schemas describe what the platform itself publishes.
 */
const DETAIL_BUILDERS = {
  'lead.created': () => detail({ lead: eventLead() }),
  'lead.updated': () =>
    detail({
      lead: eventLead(),
      changes: eventLeadChanges(),
    }),
  'email.received': () =>
    detail({
      webhook: eventWebhook(),
      from: z.string(),
      to: z.array(z.string()),
      subject: nullableString(),
      text: nullableString(),
      messageId: nullableString(),
      inReplyTo: nullableString(),
      trackingId: nullableString(),
      leadId: nullableString(),
      lead: z.nullable(eventLeadSummary()),
      sender: z.optional(z.looseObject({ address: z.string(), name: nullableString() })),
      attachments: z.optional(
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
      correlatedBy: z.optional(z.enum(['tracking', 'sender', 'none'])),
      flags: z.optional(z.array(z.string())),
    }),
  'email.sent': () =>
    detail({
      kind: z.enum(['message', 'invoice-reminder']),
      invoiceId: z.optional(z.string()),
      leadId: nullableString(),
      to: z.string(),
      subject: z.string(),
      messageId: z.string(),
      trackingId: z.string(),
      workflowId: z.string(),
      runId: z.string(),
      lead: z.optional(eventLeadSummary()),
    }),
  'file.updated': () =>
    detail({
      file: eventFile(),
      created: z.boolean(),
    }),
  'form.submitted': () =>
    detail({
      webhook: eventWebhook(),
      source: z.string(),
      form: nullableString(),
      fields: z.record(z.string(), z.unknown()),
      lead: z.nullable(eventFormLead()),
    }),
  'booking.created': () =>
    detail({
      booking: eventBooking(),
      leadId: nullableString(),
      lead: z.optional(eventLeadSummary()),
    }),
  'booking.cancelled': () =>
    detail({
      booking: eventBooking(),
      reason: nullableString(),
    }),
  'invoice.created': () => detail({ invoice: eventInvoice() }),
  'invoice.paid': () => detail({ invoice: eventInvoice() }),
  'invoice.overdue': () => detail({ invoice: eventInvoice(), daysOverdue: z.number().check(z.int()) }),
  'workflow.started': () =>
    detail({
      ...runIds(),
      version: z.number().check(z.int()),
      triggerType: z.enum(['event', 'schedule', 'manual', 'webhook']),
      eventId: z.optional(z.string()),
    }),
  'workflow.completed': () =>
    detail({
      ...runIds(),
      result: z.looseObject({
        status: z.enum(['succeeded', 'rejected']),
        // Absent above 64 KB.
        steps: z.optional(z.record(z.string(), z.unknown())),
        stepsOmitted: z.optional(z.boolean()),
      }),
    }),
  'workflow.failed': () =>
    detail({
      ...runIds(),
      error: z.looseObject({ error: z.string(), cause: nullableString() }),
    }),
  'approval.requested': () =>
    detail({
      ...runIds(),
      approvalId: idString(),
      stepId: z.string(),
      message: z.string(),
      summary: z.string(),
      willDo: z.array(z.string()),
      approvers: z.array(z.string()),
    }),
  'webhook.received': () =>
    detail({
      webhook: eventWebhook(),
      payload: z.unknown(),
    }),
} as const satisfies Record<EventName, () => z.ZodMiniObject>;

/**
 * The detail schema of each bus event, each built on its first read: a validation builds those of the events its
 * workflow names, a request that validates nothing none. All 16, with their entity objects (236 zod schemas), were
 * built at every cold start of api-workflows, api-dry-run and api-assistant.
 */
export const EVENT_DETAILS = /* @__PURE__ */ lazyRecord(EVENT_NAMES, (name) => DETAIL_BUILDERS[name]()) as {
  readonly [E in EventName]: ReturnType<(typeof DETAIL_BUILDERS)[E]>;
};

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

const pathsOf = (open: boolean): Readonly<Record<EventName, readonly string[]>> =>
  lazyRecord(EVENT_NAMES, (name) =>
    fieldPaths(EVENT_DETAILS[name], '', open).filter((f) => f !== 'tenantId'),
  );

/**
 * The fields each event's publishers actually send (beyond `tenantId`), derived from EVENT_DETAILS: dotted paths
 * (`lead.email`), `[]` for the elements of a list (`invoice.lines[].description`) and `.*` only where the content
 * is free-form (`fields.*`, `payload.*`, `changes.*`). What templates should reference.
 */
export const EVENT_DETAIL_PATHS: Readonly<Record<EventName, readonly string[]>> =
  /* @__PURE__ */ pathsOf(false);

/**
 * Fields that the detail of each event is known to carry (beyond `tenantId`), used by the validator to check
 * `{{trigger.…}}` references. `*` marks an open object whose children are not checked: free-form content, and the
 * entity objects (`lead.*`, `booking.*`, …), which may carry more than EVENT_DETAILS declares. Derived from
 * EVENT_DETAILS (= EVENT_DETAIL_PATHS plus the `.*` of every loose object).
 */
export const EVENT_DETAIL_FIELDS: Readonly<Record<EventName, readonly string[]>> =
  /* @__PURE__ */ pathsOf(true);

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
