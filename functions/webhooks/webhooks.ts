import { createHash, randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import { eventSource } from '../../statemachines/events';
import { builtOnFirstUse, withMeta } from '../../statemachines/zod-kit';
import type { DeliveryStore } from '../data/deliveries';
import type { WebhookSourceSecret } from '../data/tenants';
import { BadRequestError, HttpError } from '../shared/errors';
import { eventEntryBytes, MAX_EVENT_ENTRY_BYTES } from '../shared/event-size';
import {
  type AnyRoute,
  accepted,
  defineRoute,
  ErrorBody,
  mediaTypeOf,
  ok,
  ServiceUnavailableError,
  WEBHOOK_BODY_LIMIT,
} from '../shared/http';
import type { MetricsPort } from '../shared/metrics';
import type { Clock, EventPublisher, PublishedEvent } from '../shared/ports';
import {
  eventNameForSource,
  FORM_SOURCES,
  type MappedEvent,
  parseWebhookBody,
  prepareWebhook,
  type TrackingResolver,
} from './mapping';
import { providerEvent } from './provider-events';
import { genericVerifier, isProvider, VERIFIERS, type WebhookVerifier } from './providers';
import { DELIVERY_HEADER, SIGNATURE_HEADER, verifyDynarisSignature } from './signature';
import { countedDelivery } from './webhook-metrics';

/**
 * Inbound webhooks: `POST /webhooks/{tenantId}/{source}`, authenticated by a signature instead of a principal (ours,
 * bound to tenant and source, or the provider's own for stripe, typeform, github, slack, shopify, calendly, or a
 * tenant-configured HMAC), de-duplicated by the provider's delivery id, turned into ONE bus event and answered 202.
 * They never start executions themselves: the dispatcher does, from the bus event.
 */

export type { TrackingResolver } from './mapping';
export {
  DELIVERY_HEADER,
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  signatureHeader,
  signPayload,
} from './signature';

/** A tenant's secret for a webhook source; undefined: no such tenant, or nothing configured for that source. */
export interface WebhookSecrets {
  secretFor(tenantId: string, source: string): Promise<WebhookSourceSecret | undefined>;
}

export interface WebhookDeps {
  readonly secrets: WebhookSecrets;
  readonly deliveries: DeliveryStore;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly tracking?: TrackingResolver;
  /** Deliveries accepted, refused (4xx) and answered as duplicates, per known source. */
  readonly metrics?: MetricsPort;
}

/** The bus event id of a delivery: stable, so every consumer de-duplicates a re-published delivery. */
export const webhookEventId = (tenantId: string, source: string, deliveryId: string): string =>
  `wh-${createHash('sha256').update(`${tenantId}\n${source}\n${deliveryId}`).digest('hex').slice(0, 40)}`;

/** Refused as a whole: a bigger event cannot be put on the bus, so a sender's retry would never succeed. */
export class EventTooLargeError extends HttpError {
  constructor(bytes: number) {
    super(
      413,
      'PayloadTooLarge',
      `The event this delivery becomes would be ${bytes} bytes; an EventBridge event is at most ${MAX_EVENT_ENTRY_BYTES} bytes. Send a smaller payload (or a reference to it).`,
    );
  }
}

const Slug = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.regex(
        /^[a-z0-9][a-z0-9_-]{0,63}$/,
        'must be 1-64 lowercase letters, digits, "-" or "_", starting with a letter or digit',
      ),
    ))();
export const WebhookParams = /* @__PURE__ */ (() =>
  z.object({
    tenantId: z
      .string()
      .check(
        z.regex(
          /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/,
          'must be a tenant id: 1-128 letters, digits, "-" or "_", starting with a letter or digit',
        ),
      ),
    source: Slug,
  }))();
const DeliveryId = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[\x21-\x7e]{1,200}$/, 'must be 1-200 printable ASCII characters')))();

export const WebhookAccepted = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({
      accepted: z.literal(true),
      eventId: z.string(),
      deliveryId: z.string(),
      eventType: z.string(),
    }),
    { id: 'WebhookAccepted' },
  ),
);
export const WebhookDuplicate = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({ duplicate: z.literal(true), eventId: z.string(), deliveryId: z.string(), reason: z.string() }),
    { id: 'WebhookDuplicate' },
  ),
);
export const WebhookChallenge = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(z.object({ challenge: z.string() }), {
    id: 'WebhookChallenge',
    description: "Slack's url_verification handshake, answered after verification",
  }),
);

export interface WebhookOutcome {
  readonly status: 200 | 202;
  readonly body:
    | z.infer<ReturnType<typeof WebhookAccepted>>
    | z.infer<ReturnType<typeof WebhookDuplicate>>
    | z.infer<ReturnType<typeof WebhookChallenge>>;
}

/** A secret nobody has: an unknown tenant or source is checked against it and fails like a wrong signature. */
const UNKNOWN = [randomBytes(32).toString('hex')];

interface Verification {
  readonly verifier: WebhookVerifier | undefined;
  readonly signature: string;
}

const verify = (
  source: string,
  configured: WebhookSourceSecret | undefined,
  input: { tenantId: string; headers: Readonly<Record<string, string>>; rawBody: Buffer; nowSeconds: number },
): Verification => {
  const { headers, rawBody, nowSeconds } = input;
  if (isProvider(source)) {
    const secrets = configured?.kind === 'secret' ? configured.secrets : UNKNOWN;
    const verifier = VERIFIERS[source];
    return { verifier, signature: verifier.verify({ headers, rawBody, secrets, nowSeconds }).signature };
  }
  if (configured?.kind === 'hmac') {
    const { secret, ...config } = configured.config;
    const verifier = genericVerifier(config);
    return {
      verifier,
      signature: verifier.verify({ headers, rawBody, secrets: [secret], nowSeconds }).signature,
    };
  }
  const secrets = configured?.kind === 'secret' ? configured.secrets : UNKNOWN;
  const signature = verifyDynarisSignature(
    headers[SIGNATURE_HEADER],
    rawBody,
    secrets,
    { tenantId: input.tenantId, source },
    nowSeconds,
  );
  return { verifier: undefined, signature };
};

const deliveryIdOf = (
  verification: Verification,
  headers: Readonly<Record<string, string>>,
  payload: unknown,
): string => {
  if (!verification.verifier) {
    const header = headers[DELIVERY_HEADER];
    if (!header) throw new BadRequestError(`Missing ${DELIVERY_HEADER} header (a unique id per delivery)`);
    const parsed = DeliveryId.safeParse(header);
    if (!parsed.success)
      throw new BadRequestError(`Invalid ${DELIVERY_HEADER} header`, [
        { path: `header.${DELIVERY_HEADER}`, message: parsed.error.issues[0]?.message ?? 'invalid' },
      ]);
    return parsed.data;
  }
  const fromProvider = verification.verifier.deliveryIdOf(headers, payload);
  if (fromProvider && DeliveryId.safeParse(fromProvider).success) return fromProvider;
  // No id from the provider: the signature names the delivery (a byte-identical resend is the same delivery).
  return `sig-${createHash('sha256').update(verification.signature).digest('hex').slice(0, 40)}`;
};

/** The mapping of this source: forms and email by their mapping, providers by theirs, anything else as is. */
const prepare = (
  tenantId: string,
  source: string,
  deliveryId: string,
  payload: unknown,
  headers: Readonly<Record<string, string>>,
  at: string,
): ((tracking: TrackingResolver | undefined) => Promise<MappedEvent>) => {
  if (!isProvider(source) || source === 'typeform') {
    const complete = prepareWebhook(tenantId, source, deliveryId, payload);
    if (source !== 'typeform') return complete;
    return async (tracking) => {
      const mapped = await complete(tracking);
      return { ...mapped, detail: { ...mapped.detail, payload } };
    };
  }
  const mapped = providerEvent(source, payload, headers, at);
  const event: MappedEvent = {
    detailType: mapped.detailType,
    detail: {
      ...mapped.detail,
      tenantId,
      webhook: { source, deliveryId, type: mapped.type },
      payload,
    },
  };
  return async () => event;
};

const checkSize = (tenantId: string, mapped: MappedEvent): void => {
  const bytes = eventEntryBytes({
    source: eventSource(mapped.detailType),
    detailType: mapped.detailType,
    detail: { ...mapped.detail, tenantId },
  });
  if (bytes > MAX_EVENT_ENTRY_BYTES) throw new EventTooLargeError(bytes);
};

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
  const now = deps.clock.now();
  const configured = await deps.secrets.secretFor(tenantId, source);
  const verification = verify(source, configured, {
    tenantId,
    headers,
    rawBody,
    nowSeconds: Math.floor(now.getTime() / 1000),
  });

  const payload = parseWebhookBody(source, rawBody, mediaTypeOf(headers));
  if (source === 'slack' && isChallenge(payload))
    return { status: 200, body: { challenge: payload.challenge } };
  const deliveryId = deliveryIdOf(verification, headers, payload);
  const eventId = webhookEventId(tenantId, source, deliveryId);
  const complete = prepare(tenantId, source, deliveryId, payload, headers, now.toISOString());
  // The mapping without lookups is known here: an event too big for the bus is refused before anything is recorded.
  const draft = await complete(undefined);
  checkSize(tenantId, draft);

  const firstUser = await deps.deliveries.useSignature(tenantId, verification.signature, deliveryId);
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
    mapped =
      deps.tracking && eventNameForSource(source) === 'email.received'
        ? await complete(deps.tracking)
        : draft;
    checkSize(tenantId, mapped);
  } catch (err) {
    await deps.deliveries.release(tenantId, source, deliveryId).catch(() => undefined);
    if (err instanceof HttpError) throw err;
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
    time: now.toISOString(),
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

const isChallenge = (payload: unknown): payload is { type: 'url_verification'; challenge: string } =>
  typeof payload === 'object' &&
  payload !== null &&
  (payload as Record<string, unknown>).type === 'url_verification' &&
  typeof (payload as Record<string, unknown>).challenge === 'string';

/** The route definition, shared by the webhook function, the API router (local runtime) and the OpenAPI doc. */
export const createWebhookRoute = <Ctx>(depsOf: (ctx: Ctx) => WebhookDeps): AnyRoute<Ctx> =>
  defineRoute<Ctx>()({
    operationId: 'receiveWebhook',
    method: 'POST',
    path: '/webhooks/{tenantId}/{source}',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Receive an inbound webhook',
      description:
        'Authenticated by a signature instead of a principal. Sources `stripe`, `typeform`, `github`, `slack`, ' +
        "`shopify`, `calendly` are verified with that provider's own headers and the secret set in " +
        '`PUT /settings {"integrations":{"webhookSecrets":{"<source>":"…"}}}`; a source configured there with ' +
        '`{"header","algorithm","encoding","prefix"}` uses that HMAC; any other source uses ' +
        `\`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<tenantId>.<source>.<raw body>">\` ` +
        `with the tenant's webhook secret (5-minute tolerance) and \`${DELIVERY_HEADER}\`. Deliveries are ` +
        "de-duplicated by the provider's delivery or event id: a repeat is answered 200 without a second event. " +
        'An unknown tenant is answered exactly like a wrong signature. Source `email` becomes email.received; ' +
        `${FORM_SOURCES.map((s) => `\`${s}\``).join(', ')} become form.submitted; Stripe invoices invoice.paid / ` +
        'invoice.created, Calendly invitees booking.created / booking.cancelled, Shopify orders/paid invoice.paid; ' +
        'anything else webhook.received. The raw payload is kept on the event (`payload`). An event over 256 KB ' +
        'is refused with 413.',
      tags: ['Webhooks'],
      responses: {
        202: { description: 'Accepted; one bus event published', schema: WebhookAccepted },
        200: {
          description:
            "Duplicate delivery or replay (nothing published), or Slack's url_verification challenge",
          schema: () => z.union([WebhookDuplicate(), WebhookChallenge()]),
        },
        503: { description: 'The bus was unavailable; retry the delivery', schema: () => ErrorBody },
      },
    },
    auth: 'signature',
    params: WebhookParams,
    bodyLimit: WEBHOOK_BODY_LIMIT,
    errors: [],
    async handler(req, ctx) {
      const deps = depsOf(ctx);
      const { tenantId, source } = req.params;
      const outcome = await countedDelivery(deps.metrics, { tenantId, source }, () =>
        receiveWebhook(deps, { tenantId, source, headers: req.headers, rawBody: req.rawBody }),
      );
      return outcome.status === 202 ? accepted(outcome.body) : ok(outcome.body);
    },
  });
