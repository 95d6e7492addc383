import type { EventName } from '../../statemachines/events';
import type { TrackingResolver } from '../email/tracking-resolver';
import { emailAddressesOf, emailAddressOf, MAX_ADDRESS_SEARCH } from '../shared/address-scan';
import { BadRequestError, HttpError } from '../shared/errors';
import { isFormMediaType, parseForm } from '../shared/http';
import { parseJsonWithinLimits } from '../shared/json-limits';

/**
 * Payloads of webhook sources as bus events: inbound email (JSON or form fields of mail services), form tools
 * (form.submitted with the submitter as lead), anything else as is. Pure: no I/O except the reply lookup the
 * returned completion takes. Every scan of untrusted text here is linear and bounded.
 */

export type { TrackingResolver } from '../email/tracking-resolver';

export const FORM_SOURCES = ['form', 'typeform', 'tally', 'webflow', 'jotform'] as const;
export const EMAIL_SOURCE = 'email';

export interface MappedEvent {
  readonly detailType: EventName;
  readonly detail: Record<string, unknown>;
}

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim().length > 0 ? v.trim() : Array.isArray(v) ? str(v[0]) : undefined;
const pick = (obj: Json, ...names: string[]): string | undefined => {
  for (const name of names) {
    const value = str(obj[name]);
    if (value !== undefined) return value;
  }
  return undefined;
};

/** `ada@example.com` alone (no spaces, one "@", a dot inside the domain): a linear check. */
export const isBareEmail = (value: string): boolean => {
  const v = value.trim();
  if (v.length > 320 || /\s/.test(v)) return false;
  const at = v.indexOf('@');
  if (at <= 0 || at !== v.lastIndexOf('@')) return false;
  const domain = v.slice(at + 1);
  const dot = domain.indexOf('.');
  return dot > 0 && dot < domain.length - 1;
};

/** Tracking id of a reply: explicit field, `reply+<id>@…` plus address, or a Dynaris Message-ID in In-Reply-To. */
export const trackingIdOf = (
  payload: Json,
  to: string | undefined,
  inReplyTo: string | undefined,
): string | undefined => {
  const explicit = pick(payload, 'trackingId', 'tracking_id');
  if (explicit) return explicit;
  const headers = isRecord(payload.headers) ? payload.headers : undefined;
  const fromHeader = headers ? pick(headers, 'x-dynaris-tracking-id', 'X-Dynaris-Tracking-Id') : undefined;
  if (fromHeader) return fromHeader;
  for (const address of (to ?? '').slice(0, MAX_ADDRESS_SEARCH).split(',')) {
    const plus = /\+(?:r-)?([A-Za-z0-9_-]{6,128})@/.exec(address);
    if (plus?.[1]) return plus[1];
  }
  const ref = /<?([A-Za-z0-9_-]{6,128})@dynaris[^>]*>?/i.exec((inReplyTo ?? '').slice(0, MAX_ADDRESS_SEARCH));
  return ref?.[1];
};

const headerValue = (payload: Json, name: string): string | undefined => {
  const headers = payload.headers ?? payload.Headers;
  if (isRecord(headers)) {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
    return key ? str(headers[key]) : undefined;
  }
  if (Array.isArray(headers)) {
    for (const h of headers)
      if (isRecord(h) && str(h.Name ?? h.name)?.toLowerCase() === name.toLowerCase())
        return str(h.Value ?? h.value);
  }
  return undefined;
};

/** Inbound email: generic JSON, Postmark-style (`From`, `TextBody`) or Mailgun-style form fields (`body-plain`). */
export const mapEmail = (
  payload: Json,
): Omit<MappedEvent, 'detailType'> & {
  trackingId: string | undefined;
  inbound: { to: string[]; inReplyTo?: string; references?: string };
} => {
  const from = pick(payload, 'from', 'From', 'sender');
  const to = pick(payload, 'to', 'To', 'recipient');
  const subject = pick(payload, 'subject', 'Subject');
  const text = pick(payload, 'text', 'TextBody', 'body-plain', 'stripped-text', 'body');
  const messageId =
    pick(payload, 'messageId', 'MessageID', 'Message-Id') ?? headerValue(payload, 'message-id');
  const inReplyTo = pick(payload, 'inReplyTo', 'In-Reply-To') ?? headerValue(payload, 'in-reply-to');
  const references = pick(payload, 'references', 'References') ?? headerValue(payload, 'references');
  const trackingId = trackingIdOf(payload, to, inReplyTo);
  if (!from)
    throw new BadRequestError('Email payload is invalid', [{ path: 'body.from', message: 'Required' }]);
  return {
    trackingId,
    inbound: {
      to: (to ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a.length > 0),
      ...(inReplyTo ? { inReplyTo } : {}),
      ...(references ? { references } : {}),
    },
    detail: {
      from: emailAddressOf(from) ?? from,
      // Every To and Cc address, lower-cased (as inbound mail through SES): a filter on `to` matches any of them.
      to: emailAddressesOf([
        payload.to ?? payload.To ?? payload.recipient,
        payload.cc ?? payload.Cc ?? payload.CC,
      ]),
      subject: subject ?? null,
      text: text ?? null,
      messageId: messageId ?? null,
      inReplyTo: inReplyTo ?? null,
      trackingId: trackingId ?? null,
    },
  };
};

const flattenFields = (value: unknown): Record<string, unknown> => (isRecord(value) ? { ...value } : {});

/** Normalises the answers of the supported form tools to `{ fields, form }`. */
export const mapFormFields = (
  source: string,
  payload: Json,
): { form: string | null; fields: Record<string, unknown> } => {
  if (source === 'typeform' && isRecord(payload.form_response)) {
    const response = payload.form_response;
    const definition = isRecord(response.definition) ? response.definition : {};
    const fields: Record<string, unknown> = {};
    for (const answer of Array.isArray(response.answers) ? response.answers : []) {
      if (!isRecord(answer)) continue;
      const field = isRecord(answer.field) ? answer.field : {};
      const key = str(field.ref) ?? str(field.id) ?? `field_${Object.keys(fields).length}`;
      const type = str(answer.type);
      const raw = type ? answer[type] : undefined;
      fields[key] =
        isRecord(raw) && 'label' in raw ? raw.label : isRecord(raw) && 'labels' in raw ? raw.labels : raw;
    }
    return { form: str(definition.title) ?? str(response.form_id) ?? null, fields };
  }
  if (source === 'tally' && isRecord(payload.data)) {
    const data = payload.data;
    const fields: Record<string, unknown> = {};
    for (const f of Array.isArray(data.fields) ? data.fields : []) {
      if (!isRecord(f)) continue;
      const key = str(f.label) ?? str(f.key);
      if (key) fields[key] = f.value;
    }
    return { form: str(data.formName) ?? null, fields };
  }
  if (source === 'webflow' && isRecord(payload.payload)) {
    const inner = payload.payload;
    return { form: str(inner.name) ?? null, fields: flattenFields(inner.data) };
  }
  if (source === 'jotform') {
    const raw = str(payload.rawRequest);
    let fields: Record<string, unknown> = { ...payload };
    if (raw) {
      try {
        const parsed = JSON.parse(raw) as unknown;
        if (isRecord(parsed)) fields = parsed;
      } catch {
        // rawRequest is optional detail; the flat form fields remain.
      }
    }
    delete fields.rawRequest;
    return { form: pick(payload, 'formTitle', 'formID') ?? null, fields };
  }
  if (isRecord(payload.fields)) {
    return {
      form: pick(payload, 'form', 'formName', 'form_name', 'name') ?? null,
      fields: { ...payload.fields },
    };
  }
  const fields = { ...payload };
  const form = pick(fields, 'form', 'formName', 'form_name');
  delete fields.form;
  delete fields.formName;
  delete fields.form_name;
  return { form: form ?? null, fields };
};

/** The submitter, when a field holds an email address. */
export const leadOfFields = (
  fields: Record<string, unknown>,
): { email: string; name: string | null } | undefined => {
  const entries = Object.entries(fields);
  const emailEntry =
    entries.find(([k, v]) => /e-?mail/i.test(k) && emailAddressOf(str(v)) !== undefined) ??
    entries.find(([, v]) => typeof v === 'string' && isBareEmail(v));
  const email = emailEntry ? emailAddressOf(str(emailEntry[1])) : undefined;
  if (!email) return undefined;
  const name =
    entries.find(([k]) => /^(full[ _-]?name|name|your[ _-]?name)$/i.test(k))?.[1] ??
    [
      entries.find(([k]) => /^first[ _-]?name$/i.test(k))?.[1],
      entries.find(([k]) => /^last[ _-]?name$/i.test(k))?.[1],
    ]
      .filter((v) => typeof v === 'string' && v.trim())
      .join(' ');
  return { email, name: str(name) ?? null };
};

export const eventNameForSource = (source: string): EventName =>
  source === EMAIL_SOURCE
    ? 'email.received'
    : (FORM_SOURCES as readonly string[]).includes(source)
      ? 'form.submitted'
      : 'webhook.received';

/** Parses the body the way the source sends it: JSON, or form fields for form/email sources. */
export const parseWebhookBody = (source: string, rawBody: Buffer, mediaType: string): unknown => {
  if (rawBody.length === 0) throw new BadRequestError('Webhook body is empty');
  // Slack sends slash commands and interactions form-encoded.
  const acceptsForm = eventNameForSource(source) !== 'webhook.received' || source === 'slack';
  if (isFormMediaType(mediaType)) {
    if (!acceptsForm)
      throw new BadRequestError(
        `Source "${source}" sends JSON; application/x-www-form-urlencoded is accepted only for form and email sources and slack`,
      );
    return parseForm(rawBody);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(rawBody);
  } catch {
    throw new BadRequestError('Webhook body is not valid UTF-8');
  }
  try {
    return parseJsonWithinLimits(text, 'body');
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw new BadRequestError(
      `Webhook body is not valid JSON${acceptsForm ? ' (or send application/x-www-form-urlencoded)' : ''}: ${(err as Error).message}`,
    );
  }
};

/**
 * Checks and maps a payload without I/O (bad payloads fail here, before anything is recorded); the returned
 * function completes the event with what needs reads: the lead an inbound email replies to.
 */
export const prepareWebhook = (
  tenantId: string,
  source: string,
  deliveryId: string,
  payload: unknown,
): ((tracking: TrackingResolver | undefined) => Promise<MappedEvent>) => {
  const webhook = { source, deliveryId };
  const detailType = eventNameForSource(source);
  if (detailType === 'email.received') {
    if (!isRecord(payload)) throw new BadRequestError('Email payload must be an object');
    const { detail, trackingId, inbound } = mapEmail(payload);
    return async (tracking) => {
      const resolved = tracking
        ? await tracking.resolve(tenantId, { ...inbound, ...(trackingId ? { trackingId } : {}) })
        : undefined;
      return {
        detailType,
        detail: {
          tenantId,
          webhook,
          ...detail,
          trackingId: resolved?.trackingId ?? trackingId ?? null,
          leadId: resolved?.leadId ?? null,
          lead: resolved?.leadId ? (resolved.lead ?? null) : null,
        },
      };
    };
  }
  let mapped: MappedEvent;
  if (detailType === 'form.submitted') {
    if (!isRecord(payload)) throw new BadRequestError('Form payload must be an object');
    const { form, fields } = mapFormFields(source, payload);
    const lead = leadOfFields(fields);
    mapped = { detailType, detail: { tenantId, webhook, source, form, fields, lead: lead ?? null } };
  } else mapped = { detailType, detail: { tenantId, webhook, payload } };
  return async () => mapped;
};

export const mapWebhook = async (
  tenantId: string,
  source: string,
  deliveryId: string,
  payload: unknown,
  tracking: TrackingResolver | undefined,
): Promise<MappedEvent> => prepareWebhook(tenantId, source, deliveryId, payload)(tracking);
