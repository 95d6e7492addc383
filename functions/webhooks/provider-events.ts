import type { EventName } from '../../statemachines/events';
import type { Provider } from './providers';

/**
 * Provider payloads as our bus events. Every event keeps the provider's payload as sent (`payload`) and names the
 * provider's event type (`webhook.type`); the mapped entity (an invoice, a booking) is filled from the payload with
 * an id prefixed by the provider (`stripe:in_…`), since no Dynaris record exists for it.
 */

export interface ProviderEvent {
  readonly detailType: EventName;
  readonly type: string | null;
  readonly detail: Record<string, unknown>;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const int = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) ? v : 0);
const record = (v: unknown): Json => (isRecord(v) ? v : {});
const isoOfUnix = (v: unknown): string | null =>
  typeof v === 'number' && Number.isFinite(v) ? new Date(v * 1000).toISOString() : null;

const STRIPE_PAID = new Set(['invoice.paid', 'invoice.payment_succeeded']);
const STRIPE_CREATED = new Set(['invoice.created', 'invoice.finalized']);

/** A Stripe invoice object in the shape of our invoice events. */
const stripeInvoice = (object: Json, status: 'open' | 'paid', at: string) => {
  const lines = Array.isArray(record(object.lines).data) ? (record(object.lines).data as unknown[]) : [];
  const total = int(object.total ?? object.amount_due);
  return {
    id: `stripe:${text(object.id) ?? 'unknown'}`,
    number: text(object.number),
    sequence: null,
    status,
    customerEmail: text(object.customer_email) ?? '',
    customerName: text(object.customer_name),
    leadId: null,
    currency: (text(object.currency) ?? 'usd').toUpperCase(),
    lines: lines.filter(isRecord).map((line) => ({
      description: text(line.description) ?? '',
      quantity: int(line.quantity) || 1,
      unitPriceCents: Math.round(int(line.amount) / (int(line.quantity) || 1)),
      amountCents: int(line.amount),
    })),
    subtotalCents: int(object.subtotal),
    taxRateBps: 0,
    taxCents: int(object.tax),
    totalCents: total,
    paidCents: status === 'paid' ? int(object.amount_paid) || total : 0,
    dueInDays: 0,
    issueDate: isoOfUnix(object.created),
    dueDate: isoOfUnix(object.due_date),
    paidAt: status === 'paid' ? (isoOfUnix(record(object.status_transitions).paid_at) ?? at) : null,
    overdueAt: null,
    reminderCount: 0,
    lastReminderAt: null,
    createdAt: isoOfUnix(object.created) ?? at,
    updatedAt: at,
    version: 1,
    external: { provider: 'stripe', id: text(object.id), hostedInvoiceUrl: text(object.hosted_invoice_url) },
  };
};

const stripeEvent = (payload: Json, at: string): ProviderEvent => {
  const type = text(payload.type);
  const object = record(record(payload.data).object);
  if (type && object.object === 'invoice' && (STRIPE_PAID.has(type) || STRIPE_CREATED.has(type))) {
    const paid = STRIPE_PAID.has(type);
    return {
      detailType: paid ? 'invoice.paid' : 'invoice.created',
      type,
      detail: { invoice: stripeInvoice(object, paid ? 'paid' : 'open', at) },
    };
  }
  return { detailType: 'webhook.received', type, detail: {} };
};

/** A Calendly invitee (webhook v2 payload) in the shape of our booking events. */
const calendlyEvent = (payload: Json, at: string): ProviderEvent => {
  const type = text(payload.event);
  const invitee = record(payload.payload);
  const scheduled = record(invitee.scheduled_event);
  if (type !== 'invitee.created' && type !== 'invitee.canceled')
    return { detailType: 'webhook.received', type, detail: {} };
  const cancelled = type === 'invitee.canceled';
  const cancellation = record(invitee.cancellation);
  const location = record(scheduled.location);
  const booking = {
    id: `calendly:${text(invitee.uri)?.split('/').pop() ?? 'unknown'}`,
    title: text(scheduled.name) ?? 'Calendly meeting',
    start: text(scheduled.start_time) ?? at,
    end: text(scheduled.end_time) ?? at,
    status: cancelled ? 'cancelled' : 'confirmed',
    attendeeEmail: text(invitee.email),
    leadId: null,
    location: text(location.location) ?? text(location.join_url),
    notes: null,
    cancelledAt: cancelled ? (text(cancellation.created_at) ?? at) : null,
    cancelReason: cancelled ? text(cancellation.reason) : null,
    createdAt: text(invitee.created_at) ?? at,
    updatedAt: text(invitee.updated_at) ?? at,
    version: 1,
    external: { provider: 'calendly', uri: text(invitee.uri), eventUri: text(scheduled.uri) },
  };
  return cancelled
    ? { detailType: 'booking.cancelled', type, detail: { booking, reason: booking.cancelReason } }
    : { detailType: 'booking.created', type, detail: { booking, leadId: null } };
};

const SHOPIFY_PAID = new Set(['orders/paid']);

const shopifyEvent = (payload: Json, topic: string | null, at: string): ProviderEvent => {
  if (!topic || !SHOPIFY_PAID.has(topic)) return { detailType: 'webhook.received', type: topic, detail: {} };
  const cents = Math.round(Number(text(payload.total_price) ?? '0') * 100);
  const customer = record(payload.customer);
  return {
    detailType: 'invoice.paid',
    type: topic,
    detail: {
      invoice: {
        id: `shopify:${String(payload.id ?? 'unknown')}`,
        number: text(payload.name),
        sequence: null,
        status: 'paid',
        customerEmail: text(payload.email) ?? text(customer.email) ?? '',
        customerName: [text(customer.first_name), text(customer.last_name)].filter(Boolean).join(' ') || null,
        leadId: null,
        currency: text(payload.currency) ?? 'USD',
        lines: [],
        subtotalCents: Math.round(Number(text(payload.subtotal_price) ?? '0') * 100) || 0,
        taxRateBps: 0,
        taxCents: Math.round(Number(text(payload.total_tax) ?? '0') * 100) || 0,
        totalCents: Number.isFinite(cents) ? cents : 0,
        paidCents: Number.isFinite(cents) ? cents : 0,
        dueInDays: 0,
        issueDate: text(payload.created_at),
        dueDate: null,
        paidAt: text(payload.processed_at) ?? at,
        overdueAt: null,
        reminderCount: 0,
        lastReminderAt: null,
        createdAt: text(payload.created_at) ?? at,
        updatedAt: text(payload.updated_at) ?? at,
        version: 1,
        external: { provider: 'shopify', id: payload.id ?? null },
      },
    },
  };
};

/**
 * The bus event for a verified provider delivery (form providers go through the form mapping instead). `headers`
 * carry the event type for GitHub (`x-github-event`) and Shopify (`x-shopify-topic`).
 */
export const providerEvent = (
  provider: Exclude<Provider, 'typeform'>,
  payload: unknown,
  headers: Readonly<Record<string, string>>,
  at: string,
): ProviderEvent => {
  const body = record(payload);
  switch (provider) {
    case 'stripe':
      return stripeEvent(body, at);
    case 'calendly':
      return calendlyEvent(body, at);
    case 'shopify':
      return shopifyEvent(body, headers['x-shopify-topic'] ?? null, at);
    case 'github':
      return { detailType: 'webhook.received', type: headers['x-github-event'] ?? null, detail: {} };
    case 'slack':
      return {
        detailType: 'webhook.received',
        type: text(record(body.event).type) ?? text(body.type) ?? text(body.command),
        detail: {},
      };
  }
};
