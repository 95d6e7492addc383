import { createHash } from 'node:crypto';
import { type TaskMeta, taskUnit } from '../../../statemachines/contracts';
import { eventSource } from '../../../statemachines/events';
import { IDEMPOTENCY_HEADER } from '../../adapters/ses-mailer';
import { DEFAULT_LOCK_SECONDS } from '../../data/idempotency';
import { createLeadRepository, type Lead, toLeadSummary } from '../../data/leads';
import type { Clock, Database, EventPublisher, Mailer, PublishedEvent } from '../../shared/ports';
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
  /** Who listens to email.sent, read with the lead before the send (PublishedEvent.interest). */
  readonly interest?: PublishedEvent['interest'];
}

export const idempotencyHeaderValue = (meta: TaskMeta): string =>
  createHash('sha256')
    .update(`${meta.tenantId}#${taskUnit(meta)}`)
    .digest('hex');

/** How the step's attempt holds its send (from the agent runner). */
export interface SendControl {
  /** How long this attempt may hold the send before a retry may take it over. @default 15 minutes */
  readonly lockSeconds?: number | undefined;
  /** Called before sending again when an earlier attempt claimed the send and stopped without recording it. */
  readonly onInterrupted?: (() => Promise<void> | void) | undefined;
}

/**
 * Sends an email a lead can reply to: tracking record (replies come back as email.received naming the lead), lead
 * timeline entry and email.sent. The tracking record is the send's claim (tracking.ts): a retried or duplicated step
 * whose email went out does not send it again; it finishes the recording and publishing with the same ids. The
 * record's completion is written in the timeline entry's transaction.
 */
export const createTrackedSender = (deps: TrackedSenderDeps) => {
  const tracking = createEmailTracking(deps);
  const leads = createLeadRepository(deps);

  return async (
    meta: TaskMeta,
    email: TrackedEmail,
    control: SendControl = {},
  ): Promise<{ messageId: string; trackingId: string }> => {
    const { tenantId } = meta;
    const { lead } = email;
    const trackingId = trackingIdFor(meta);
    const claim = await tracking.claim(tenantId, trackingId, control.lockSeconds ?? DEFAULT_LOCK_SECONDS);
    let messageId: string;
    if (claim.send) {
      if (claim.interrupted) await control.onInterrupted?.();
      try {
        ({ messageId } = await deps.mailer.send({
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
      } catch (error) {
        await tracking.release(tenantId, trackingId, claim.attemptId).catch(() => undefined);
        throw error;
      }
    } else messageId = claim.sent.messageId;
    const sentAt = claim.send ? deps.clock.now().toISOString() : claim.sent.sentAt;
    const sent = {
      messageId,
      trackingId,
      to: email.to,
      ...email.related,
      workflowId: meta.workflowId,
      runId: meta.runId,
    };
    const record = { tenantId, ...sent, leadId: lead?.id ?? null, subject: email.subject, sentAt };
    const timeline = (withSteps: Parameters<typeof leads.addTimelineEntry>[3] = []) =>
      leads.addTimelineEntry(
        tenantId,
        lead?.id as string,
        { kind: 'email.sent', text: email.timelineText, data: sent },
        withSteps,
      );
    if (claim.send && lead) {
      try {
        await timeline([tracking.completeStep({ ...record, timelineWritten: true }, claim.attemptId)]);
      } catch (error) {
        // The email went out: it is recorded even when its timeline entry cannot be, so that a retry does not send it
        // again (the retry writes the entry).
        await tracking.record(record, claim.attemptId).catch(() => undefined);
        throw error;
      }
    } else if (claim.send) await tracking.record(record, claim.attemptId);
    else if (lead && !claim.sent.timelineWritten) await timeline();
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
        ...(email.interest ? { interest: email.interest } : {}),
      },
    ]);
    return { messageId, trackingId };
  };
};
