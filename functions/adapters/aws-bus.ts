import { routingByInterest } from '../data/routed-publisher';
import { systemClock } from '../shared/ports';
import { stampingCause } from '../shared/task-context';
import type { PlatformAdapters } from './aws-platform-core';
import {
  createEventBridgePublisher,
  loadEventBridgeSdk,
  type PutEventsVia,
  publishesLean,
} from './eventbridge-bus';

/**
 * The bus of a deployed function: stamped first (causedBy says whose run an event is), then routed by who listens
 * to it, then published through EventBridge (`lean`: the lean PutEvents client where the environment allows it).
 * Its own module so that an entry started with only its own adapters (aws-platform-core.ts) can carry it without
 * the adapters of aws-platform.ts.
 */
export const publisherVia =
  (lean: PutEventsVia | undefined): NonNullable<PlatformAdapters['bus']> =>
  (eventBusName, db) =>
    stampingCause(
      routingByInterest(createEventBridgePublisher({ eventBusName, ...(lean ? { lean } : {}) }), {
        db,
        clock: systemClock,
      }),
    );

/** What a publishing entry loads at cold start: nothing where `lean` serves, else @aws-sdk/client-eventbridge. */
export const publisherSdk = (lean: PutEventsVia | undefined) => async (): Promise<unknown> =>
  publishesLean(lean) ? undefined : loadEventBridgeSdk();
