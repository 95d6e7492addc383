import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { type EventName, eventSource } from '../../statemachines/events';
import type { DeliveryStore } from '../data/deliveries';
import type { LeadSummary } from '../data/leads';
import { BadRequestError, HttpError, NotFoundError, UnauthorizedError } from '../shared/errors';
import {
  type AnyRoute,
  accepted,
  defineRoute,
  ErrorBody,
  isFormMediaType,
  mediaTypeOf,
  ok,
  parseForm,
  ServiceUnavailableError,
  WEBHOOK_BODY_LIMIT,
} from '../shared/http';
import { parseJsonWithinLimits } from '../shared/json-limits';
import type { Clock, EventPublisher, PublishedEvent } from '../shared/ports';

/**
 * Inbound webhooks: `POST /webhooks/{tenantId}/{source}`, authenticated by an HMAC signature instead of a
 * principal, de-duplicated by delivery id, turned into ONE bus event and answered 202. They never start
 * executions themselves: the dispatcher does, from the bus event.
 */

export const SIGNATURE_HEADER = 'x-dynaris-signature';
export const DELIVERY_HEADER = 'x-dynaris-delivery';
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export const FORM_SOURCES = ['form', 'typeform', 'tally', 'webflow', 'jotform'] as const;
export const EMAIL_SOURCE = 'email';

/** The tenant's webhook signing secrets (several while one is being rotated); undefined: no such tenant. */
export interface WebhookSecrets {
  webhookSecrets(tenantId: string): Promise<readonly string[] | undefined>;
}

/**
 * Finds the sent email (email.send's tracking record) an inbound email replies to, and so its lead: `lead` is that
 * lead's summary as it is now (null when the lead no longer exists).
 */
export interface TrackingResolver {
  resolve(
    tenantId: string,
    inbound: { to: readonly string[]; inReplyTo?: string; references?: string; trackingId?: string },
  ): Promise<{ trackingId: string; leadId: string | null; lead?: LeadSummary | null } | undefined>;
}

export interface WebhookDeps {
  readonly secrets: WebhookSecrets;
  readonly deliveries: DeliveryStore;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly tracking?: TrackingResolver;
}

// ---------------------------------------------------------------------------------------------------------------
// Signatures

export const signPayload = (secret: string, timestamp: number, rawBody: string | Buffer): string =>
  createHmac('sha256', secret)
    .update(`${timestamp}.`)
    .update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody)
    .digest('hex');

/** The header value a sender sends: `t=<unix seconds>,v1=<hex>`. */
export const signatureHeader = (secret: string, timestamp: number, rawBody: string | Buffer): string =>
  `t=${timestamp},v1=${signPayload(secret, timestamp, rawBody)}`;

export interface ParsedSignature {
  readonly timestamp: number;
  readonly signatures: readonly string[];
}

export const parseSignatureHeader = (header: string | undefined): ParsedSignature | undefined => {
  if (!header || header.length > 2048) return undefined;
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === 'v1' && /^[0-9a-fA-F]{64}$/.test(value)) signatures.push(value.toLowerCase());
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
};

const safeEqualHex = (a: string, b: string): boolean => {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
};

/**
 * Checks a signature header against the raw body. Returns the signature that matched (the replay-guard key) or
 * throws 401 saying why.
 */
export const verifySignature = (
  header: string | undefined,
  rawBody: Buffer,
  secrets: readonly string[],
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): string => {
  if (!header) throw new UnauthorizedError(`Missing ${SIGNATURE_HEADER} header`);
  const parsed = parseSignatureHeader(header);
  if (!parsed)
    throw new UnauthorizedError(`Malformed ${SIGNATURE_HEADER} header; expected t=<unix seconds>,v1=<hex>`);
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) {
    throw new UnauthorizedError(
      `Signature timestamp is outside the tolerance of ${toleranceSeconds / 60} minutes (sign with the current time)`,
    );
  }
  for (const secret of secrets) {
    const expected = signPayload(secret, parsed.timestamp, rawBody);
    for (const candidate of parsed.signatures) if (safeEqualHex(expected, candidate)) return candidate;
  }
  throw new UnauthorizedError('Signature does not match');
};

/** The bus event id of a delivery: stable, so every consumer de-duplicates a re-published delivery. */
export const webhookEventId = (tenantId: string, source: string, deliveryId: string): string =>
  `wh-${createHash('sha256').update(`${tenantId}\n${source}\n${deliveryId}`).digest('hex').slice(0, 40)}`;

// ---------------------------------------------------------------------------------------------------------------
// Mapping source payloads to bus events

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

const EMAIL_RE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** `"Ada" <ada@example.com>` -> `ada@example.com`. */
export const emailAddressOf = (value: string | undefined): string | undefined =>
  value ? EMAIL_RE.exec(value)?.[0]?.toLowerCase() : undefined;

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
  for (const address of (to ?? '').split(',')) {
    const plus = /\+(?:r-)?([A-Za-z0-9_-]{6,128})@/.exec(address);
    if (plus?.[1]) return plus[1];
  }
  const ref = /<?([A-Za-z0-9_-]{6,128})@dynaris[^>]*>?/i.exec(inReplyTo ?? '');
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
      to: to ?? null,
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
    entries.find(([, v]) => typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()));
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
  const acceptsForm = eventNameForSource(source) !== 'webhook.received';
  if (isFormMediaType(mediaType)) {
    if (!acceptsForm)
      throw new BadRequestError(
        `Source "${source}" sends JSON; application/x-www-form-urlencoded is accepted only for form and email sources`,
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

// ---------------------------------------------------------------------------------------------------------------
// The route

const Slug = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, "-" or "_"');
export const WebhookParams = z.object({
  tenantId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/, 'must be a tenant id'),
  source: Slug,
});
const DeliveryId = z.string().regex(/^[\x21-\x7e]{1,200}$/, 'must be 1-200 printable ASCII characters');

export const WebhookAccepted = z
  .object({ accepted: z.literal(true), eventId: z.string(), deliveryId: z.string(), eventType: z.string() })
  .meta({ id: 'WebhookAccepted' });
export const WebhookDuplicate = z
  .object({ duplicate: z.literal(true), eventId: z.string(), deliveryId: z.string(), reason: z.string() })
  .meta({ id: 'WebhookDuplicate' });

export interface WebhookOutcome {
  readonly status: 200 | 202;
  readonly body: z.infer<typeof WebhookAccepted> | z.infer<typeof WebhookDuplicate>;
}

/** Everything after routing: verify, de-duplicate, map, publish. */
export const receiveWebhook = async (
  deps: WebhookDeps,
  input: {
    tenantId: string;
    source: string;
    headers: Readonly<Record<string, string>>;
    rawBody: Buffer;
  },
): Promise<WebhookOutcome> => {
  const { tenantId, source, headers, rawBody } = input;
  const secrets = await deps.secrets.webhookSecrets(tenantId);
  if (!secrets || secrets.length === 0) throw new NotFoundError('Webhook endpoint');
  const nowSeconds = Math.floor(deps.clock.now().getTime() / 1000);
  const signature = verifySignature(headers[SIGNATURE_HEADER], rawBody, secrets, nowSeconds);

  const deliveryHeader = headers[DELIVERY_HEADER];
  if (!deliveryHeader)
    throw new BadRequestError(`Missing ${DELIVERY_HEADER} header (a unique id per delivery)`);
  const delivery = DeliveryId.safeParse(deliveryHeader);
  if (!delivery.success)
    throw new BadRequestError(`Invalid ${DELIVERY_HEADER} header`, [
      { path: `header.${DELIVERY_HEADER}`, message: delivery.error.issues[0]?.message ?? 'invalid' },
    ]);
  const deliveryId = delivery.data;
  const eventId = webhookEventId(tenantId, source, deliveryId);

  const payload = parseWebhookBody(source, rawBody, mediaTypeOf(headers));
  const complete = prepareWebhook(tenantId, source, deliveryId, payload);

  const firstUser = await deps.deliveries.useSignature(tenantId, signature, deliveryId);
  if (firstUser !== deliveryId) {
    return {
      status: 200,
      body: {
        duplicate: true,
        eventId: webhookEventId(tenantId, source, firstUser),
        deliveryId,
        reason: 'replay of an already received signed request',
      },
    };
  }
  const claim = await deps.deliveries.claim(tenantId, source, deliveryId, eventId);
  if (claim.outcome === 'duplicate') {
    return {
      status: 200,
      body: {
        duplicate: true,
        eventId: claim.eventId,
        deliveryId,
        reason: claim.status === 'pending' ? 'delivery is being processed' : 'delivery already received',
      },
    };
  }
  // Lookups for the event come after the de-duplication, so a repeated delivery costs none; a failure here gives
  // the claim back, like a failed publish, so the sender's retry is processed.
  let mapped: MappedEvent;
  try {
    mapped = await complete(deps.tracking);
  } catch (err) {
    await deps.deliveries.release(tenantId, source, deliveryId).catch(() => undefined);
    const unavailable = new ServiceUnavailableError(
      'Could not look up what the email replies to; retry the delivery',
    );
    unavailable.cause = err; // logged with the 503, never sent
    throw unavailable;
  }
  const event: PublishedEvent = {
    id: eventId,
    source: eventSource(mapped.detailType),
    detailType: mapped.detailType,
    detail: { ...mapped.detail, tenantId },
    time: deps.clock.now().toISOString(),
  };
  try {
    await deps.bus.publish([event]);
  } catch (err) {
    await deps.deliveries.release(tenantId, source, deliveryId).catch(() => undefined);
    throw new ServiceUnavailableError(
      `Could not publish the event; retry the delivery (${err instanceof HttpError ? err.message : 'bus unavailable'})`,
    );
  }
  await deps.deliveries.markPublished(tenantId, source, deliveryId);
  return { status: 202, body: { accepted: true, eventId, deliveryId, eventType: mapped.detailType } };
};

/** The route definition, shared by the webhook function, the API router (local runtime) and the OpenAPI doc. */
export const createWebhookRoute = <Ctx>(depsOf: (ctx: Ctx) => WebhookDeps): AnyRoute<Ctx> =>
  defineRoute<Ctx>()({
    operationId: 'receiveWebhook',
    method: 'POST',
    path: '/webhooks/{tenantId}/{source}',
    summary: 'Receive an inbound webhook',
    description:
      `Authenticated by \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">\` with the ` +
      `tenant's webhook secret (5-minute tolerance) instead of a principal. \`${DELIVERY_HEADER}\` de-duplicates: ` +
      'a repeated delivery is answered 200 without a second event. Source `email` becomes email.received; ' +
      `${FORM_SOURCES.map((s) => `\`${s}\``).join(', ')} become form.submitted (JSON or form-encoded); anything ` +
      'else becomes webhook.received.',
    tags: ['Webhooks'],
    auth: 'signature',
    params: WebhookParams,
    bodyLimit: WEBHOOK_BODY_LIMIT,
    responses: {
      202: { description: 'Accepted; one bus event published', schema: WebhookAccepted },
      200: { description: 'Duplicate delivery or replay; nothing published', schema: WebhookDuplicate },
      503: { description: 'The bus was unavailable; retry the delivery', schema: ErrorBody },
    },
    errors: [404],
    async handler(req, ctx) {
      const outcome = await receiveWebhook(depsOf(ctx), {
        tenantId: req.params.tenantId,
        source: req.params.source,
        headers: req.headers,
        rawBody: req.rawBody,
      });
      return outcome.status === 202 ? accepted(outcome.body) : ok(outcome.body);
    },
  });
