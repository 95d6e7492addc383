import type { EventPattern } from './patterns';

/**
 * Which bus targets a run's own event goes to. The dispatcher starts workflows subscribed to the event; the
 * correlator records it in the activity feed and resumes runs waiting for it. An event a run publishes (a
 * workflow.* event, an agent's email.sent or booking.created, an events.emit) needs neither when no workflow of its
 * tenant subscribes to its type and no waitFor declares it: its publisher then says so in `detail.routing`, records
 * the activity itself, and the bus rules (EventBridge on AWS, the local bus here) leave that target out.
 *
 *   detail.routing.dispatcher = "unsubscribed"   no enabled workflow of the tenant is triggered by this type
 *   detail.routing.correlator = "recorded"       no waitFor awaits this type; the publisher recorded the activity
 *
 * An absent field (every event of the API, webhooks and inbound email, and every event somebody listens to) means
 * the target gets the event, as before.
 */
export const ROUTING_FIELD = 'routing';

export const ROUTING_TARGETS = ['dispatcher', 'correlator'] as const;
export type RoutingTarget = (typeof ROUTING_TARGETS)[number];

/** What a publisher read about an event type of a tenant, just before publishing. */
export interface EventInterest {
  /** An enabled workflow is triggered by the type (it has a subscription). */
  readonly subscribed: boolean;
  /** A saved workflow declares a waitFor on the type (its runs may wait for it). */
  readonly awaited: boolean;
}

const SKIPPED: Record<RoutingTarget, string> = { dispatcher: 'unsubscribed', correlator: 'recorded' };

/** `detail.routing` for an event with this interest; undefined when every target gets it. */
export const routingOf = (interest: EventInterest): Record<string, string> | undefined => {
  const skipped: Record<string, string> = {};
  if (!interest.subscribed) skipped.dispatcher = SKIPPED.dispatcher;
  if (!interest.awaited) skipped.correlator = SKIPPED.correlator;
  return Object.keys(skipped).length > 0 ? skipped : undefined;
};

/**
 * The part of a bus rule's pattern that keeps a target's events: those without `detail.routing.<target>`.
 * EventBridge's `exists: false` matches an absent field (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-exists-matching).
 */
export const routedToPattern = (target: RoutingTarget): EventPattern => ({
  detail: { [ROUTING_FIELD]: { [target]: [{ exists: false }] } },
});

/** Whether a detail says its publisher left this target out. */
export const skipsTarget = (detail: Record<string, unknown>, target: RoutingTarget): boolean => {
  const routing = detail[ROUTING_FIELD];
  return (
    typeof routing === 'object' &&
    routing !== null &&
    typeof (routing as Record<string, unknown>)[target] === 'string'
  );
};
