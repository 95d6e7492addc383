import { createHash } from 'node:crypto';
import { eventSource } from '../../statemachines/events';
import type { DeliveryStore } from '../data/deliveries';
import type { FileMeta, NewFile } from '../data/files';
import type { LeadSummary } from '../data/leads';
import { MAX_ADDRESSES } from '../shared/address-scan';
import { eventEntryBytes, MAX_EVENT_ENTRY_BYTES } from '../shared/event-size';
import type { Clock, EventPublisher } from '../shared/ports';
import { classifyMessage } from './classify';
import { MAX_TEXT_CHARS, MalformedEmailError, type ParsedEmail, parseEmail } from './parse';
import { stripQuotedHistory } from './reply-text';
import type { TrackingResolver } from './tracking-resolver';
import { applyVerdicts, type VerdictPolicy, type Verdicts } from './verdicts';

/**
 * Inbound email to `email.received`, the same code for SES (functions/email/handler.ts) and the local runtime
 * (`POST /inbound/email`, `dynaris email receive`): parse, apply the SES verdicts, drop automatic replies and bounces
 * (they are not a response from the lead), correlate to the email it answers and its lead (reply tracking id,
 * In-Reply-To / References, else the sender's address), save the attachments as files, publish one event.
 * De-duplicated by the message id; a failure after a claim gives it back and deletes the files already saved, so
 * nothing is left half stored and a retry starts clean.
 */

export const INBOUND_EMAIL_SOURCE = 'inbound-email';

export interface EmailIngestDeps {
  readonly deliveries: DeliveryStore;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly files: {
    create(tenantId: string, input: NewFile): Promise<{ file: FileMeta }>;
    delete(tenantId: string, id: string): Promise<unknown>;
  };
  readonly tracking?: TrackingResolver;
  readonly leads: { findByEmail(tenantId: string, email: string): Promise<LeadSummary | undefined> };
  readonly policy: VerdictPolicy;
  readonly log?: (message: string, details: Record<string, unknown>) => void;
}

export type DropCode = 'malformed' | 'verdict' | 'auto-reply' | 'bounce';

export type IngestOutcome =
  | { readonly outcome: 'published'; readonly eventId: string; readonly leadId: string | null }
  | { readonly outcome: 'duplicate'; readonly eventId: string }
  | { readonly outcome: 'dropped'; readonly code: DropCode; readonly reason: string };

export interface InboundEmail {
  readonly tenantId: string;
  readonly raw: Uint8Array;
  /** `ses` on AWS, `local` for the local runtime and the CLI. */
  readonly channel: 'ses' | 'local';
  /** The receiving service's id for the message (SES messageId); @default the Message-ID header or a hash */
  readonly receiptId?: string;
  readonly verdicts?: Verdicts;
}

const hash = (value: string | Uint8Array): string => createHash('sha256').update(value).digest('hex');

export const inboundEventId = (tenantId: string, deliveryId: string): string =>
  `em-${hash(`${tenantId}\n${deliveryId}`).slice(0, 40)}`;

/** Folder of a message's attachments: `inbox/<date>/<message>`. */
const attachmentFolder = (receivedAt: string, deliveryId: string): string =>
  `inbox/${receivedAt.slice(0, 10)}/${hash(deliveryId).slice(0, 16)}`;

const UNSAFE_IN_NAME = new Set([...'\\/:*?"<>|']);

/** A file name without path separators, control characters or a leading dot (`../../etc/x` -> `.._.._etc_x`). */
export const safeFileName = (name: string): string =>
  [...name]
    .map((c) => (UNSAFE_IN_NAME.has(c) || c.charCodeAt(0) < 0x20 ? '_' : c))
    .join('')
    .replace(/^\.+/, '_')
    .slice(0, 200) || 'attachment';

export const createEmailIngest = (deps: EmailIngestDeps) => {
  const drop = (tenantId: string, code: DropCode, reason: string, extra: Record<string, unknown> = {}) => {
    deps.log?.('inbound email dropped', { tenantId, code, reason, ...extra });
    return { outcome: 'dropped', code, reason } as const;
  };

  const correlate = async (tenantId: string, email: ParsedEmail) => {
    const resolved = deps.tracking
      ? await deps.tracking.resolve(tenantId, {
          to: email.to,
          ...(email.inReplyTo ? { inReplyTo: email.inReplyTo } : {}),
          ...(email.references ? { references: email.references } : {}),
        })
      : undefined;
    if (resolved?.leadId)
      return {
        trackingId: resolved.trackingId,
        leadId: resolved.leadId,
        lead: resolved.lead ?? null,
        by: 'tracking',
      };
    const bySender = await deps.leads.findByEmail(tenantId, email.from.address);
    if (bySender)
      return { trackingId: resolved?.trackingId ?? null, leadId: bySender.id, lead: bySender, by: 'sender' };
    return { trackingId: resolved?.trackingId ?? null, leadId: null, lead: null, by: 'none' };
  };

  const ingest = async (input: InboundEmail): Promise<IngestOutcome> => {
    const { tenantId } = input;
    let email: ParsedEmail;
    try {
      email = await parseEmail(input.raw);
    } catch (error) {
      if (error instanceof MalformedEmailError) return drop(tenantId, 'malformed', error.reason);
      throw error;
    }
    const verdicts = applyVerdicts(input.verdicts ?? {}, deps.policy);
    if (verdicts.drop)
      return drop(tenantId, 'verdict', `the ${verdicts.drop} verdict is ${input.verdicts?.[verdicts.drop]}`);
    const kind = classifyMessage({
      headers: email.headers,
      from: email.from.address,
      subject: email.subject ?? undefined,
      contentType: email.contentType ?? undefined,
    });
    if (kind !== 'reply')
      return drop(
        tenantId,
        kind,
        kind === 'bounce' ? 'a delivery status notification (bounce)' : 'an automatic reply',
        {
          from: email.from.address,
        },
      );

    const deliveryId = input.receiptId ?? email.messageId ?? `sha256-${hash(input.raw)}`;
    const eventId = inboundEventId(tenantId, deliveryId);
    const claim = await deps.deliveries.claim(tenantId, INBOUND_EMAIL_SOURCE, deliveryId, eventId);
    if (claim.outcome === 'duplicate') return { outcome: 'duplicate', eventId: claim.eventId };

    const saved: FileMeta[] = [];
    try {
      const receivedAt = deps.clock.now().toISOString();
      const correlation = await correlate(tenantId, email);
      const folder = attachmentFolder(receivedAt, deliveryId);
      for (const attachment of email.attachments) {
        const { file } = await deps.files.create(tenantId, {
          name: safeFileName(attachment.filename),
          folder,
          content: attachment.content,
          contentType: attachment.contentType,
        });
        saved.push(file);
      }
      const reply = stripQuotedHistory(email.text);
      // Every To and Cc address once, at most MAX_ADDRESSES (as the email webhook maps them): a mailing to thousands
      // keeps its event within EventBridge's entry size.
      const to = [...new Set(email.to)].slice(0, MAX_ADDRESSES);
      const detail = (text: string) => ({
        tenantId,
        webhook: { source: input.channel === 'ses' ? 'ses' : 'local', deliveryId },
        from: email.from.address,
        sender: email.from,
        to,
        subject: email.subject,
        text,
        textTruncated: text.length < reply.text.length,
        quotedHistoryStripped: reply.stripped,
        messageId: email.messageId,
        inReplyTo: email.inReplyTo,
        trackingId: correlation.trackingId,
        leadId: correlation.leadId,
        lead: correlation.lead,
        correlatedBy: correlation.by,
        attachments: saved.map((f) => ({
          fileId: f.id,
          name: f.name,
          path: f.path,
          contentType: f.contentType,
          size: f.size,
        })),
        skippedAttachments: email.skippedAttachments,
        flags: verdicts.flags,
      });
      // The text is cut (at most MAX_TEXT_CHARS, then halved) until the event fits EventBridge's 256 KB entry.
      let text = reply.text.slice(0, MAX_TEXT_CHARS);
      const source = eventSource('email.received');
      while (
        text.length > 0 &&
        eventEntryBytes({ source, detailType: 'email.received', detail: detail(text) }) >
          MAX_EVENT_ENTRY_BYTES
      )
        text = text.slice(0, Math.floor(text.length / 2));
      await deps.bus.publish([
        { id: eventId, source, detailType: 'email.received', time: receivedAt, detail: detail(text) },
      ]);
      await deps.deliveries.markPublished(tenantId, INBOUND_EMAIL_SOURCE, deliveryId);
      return { outcome: 'published', eventId, leadId: correlation.leadId };
    } catch (error) {
      // Nothing half stored: the files of this attempt go, the claim is given back for the retry.
      for (const file of saved) await deps.files.delete(tenantId, file.id).catch(() => undefined);
      await deps.deliveries.release(tenantId, INBOUND_EMAIL_SOURCE, deliveryId).catch(() => undefined);
      throw error;
    }
  };

  return { ingest };
};

export type EmailIngest = ReturnType<typeof createEmailIngest>;
