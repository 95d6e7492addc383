import { createHash } from 'node:crypto';
import { type TaskMeta, taskUnit } from '../../../statemachines/contracts';
import { eventSource } from '../../../statemachines/events';
import { IDEMPOTENCY_HEADER } from '../../adapters/ses-mailer';
import { createLeadRepository, type Lead, toLeadSummary } from '../../data/leads';
import type { Clock, Database, EventPublisher, Mailer } from '../../shared/ports';
import { createEmailTracking, replyToAddress, TRACKING_HEADER, trackingIdFor } from './tracking';

export interface TrackedSenderDeps {
  readonly db: Database;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly mailer: Mailer;
  readonly fromAddress: string;
}

export interface TrackedEmail {
  readonly to: string;
  readonly cc?: readonly string[] | undefined;
  /** Replies go to the tracked plus-address unless this is set. */
  readonly replyTo?: string | undefined;
  readonly subject: string;
  readonly text?: string | undefined;
  readonly html?: string | undefined;
  readonly lead: Lead | undefined;
  /** email.sent's `kind`, so workflows filtered on it can tell a message from, say, a payment reminder. */
  readonly kind: 'message' | 'invoice-reminder';
  readonly timelineText: string;
  /** Kept with the tracking record, the lead's timeline entry and the event (e.g. `invoiceId`). */
  readonly related?: Readonly<Record<string, string>>;
}

export const idempotencyHeaderValue = (meta: TaskMeta): string =>
  createHash('sha256')
    .update(`${meta.tenantId}#${taskUnit(meta)}`)
    .digest('hex');

/**
 * Sends an email a lead can reply to: tracking record (replies come back as email.received naming the lead), lead
 * timeline entry and email.sent. A retried step whose email already went out (its tracking record exists) does not
 * send it again; it finishes the recording and publishing with the same ids.
 */
export const createTrackedSender = (deps: TrackedSenderDeps) => {
  const tracking = createEmailTracking(deps);
  const leads = createLeadRepository(deps);

  return async (meta: TaskMeta, email: TrackedEmail): Promise<{ messageId: string; trackingId: string }> => {
    const { tenantId } = meta;
    const { lead } = email;
    const trackingId = trackingIdFor(meta);
    const alreadySent = await tracking.get(tenantId, trackingId);
    const { messageId } =
      alreadySent ??
      (await deps.mailer.send({
        tenantId,
        from: deps.fromAddress,
        to: [email.to],
        ...(email.cc ? { cc: email.cc } : {}),
        replyTo: email.replyTo ?? replyToAddress(deps.fromAddress, trackingId),
        subject: email.subject,
        ...(email.text !== undefined ? { text: email.text } : {}),
        ...(email.html !== undefined ? { html: email.html } : {}),
        headers: { [TRACKING_HEADER]: trackingId, [IDEMPOTENCY_HEADER]: idempotencyHeaderValue(meta) },
      }));
    const sentAt = alreadySent?.sentAt ?? deps.clock.now().toISOString();
    const sent = {
      messageId,
      trackingId,
      to: email.to,
      ...email.related,
      workflowId: meta.workflowId,
      runId: meta.runId,
    };
    await tracking.record({ tenantId, ...sent, leadId: lead?.id ?? null, subject: email.subject, sentAt });
    if (lead) {
      await leads.addTimelineEntry(tenantId, lead.id, {
        kind: 'email.sent',
        text: email.timelineText,
        data: sent,
      });
    }
    await deps.bus.publish([
      {
        detailType: 'email.sent',
        source: eventSource('email.sent'),
        id: `${tenantId}:${trackingId}:email.sent`,
        time: sentAt,
        detail: {
          tenantId,
          kind: email.kind,
          leadId: lead?.id ?? null,
          subject: email.subject,
          ...sent,
          ...(lead ? { lead: toLeadSummary(lead) } : {}),
        },
      },
    ]);
    return { messageId, trackingId };
  };
};
