import type { EventBridgeEvent } from 'aws-lambda';
import { BusEvent } from '../../statemachines/events';

/**
 * EventBridge's envelope -> the bus event contract. A publisher-given stable id (`_eventId` in the detail, see
 * functions/adapters/eventbridge-bus.ts) replaces EventBridge's own id, so a re-published event de-duplicates.
 * Throws (the event goes to the DLQ) when it is not a bus event. Every bus target (dispatcher, correlator) reads
 * its events through this.
 */
export const fromEventBridge = (event: EventBridgeEvent<string, unknown>): BusEvent => {
  const raw = event.detail;
  let id = event.id;
  let detail = raw;
  if (typeof raw === 'object' && raw !== null && '_eventId' in raw) {
    const { _eventId, ...rest } = raw as Record<string, unknown>;
    if (typeof _eventId === 'string' && _eventId !== '') id = _eventId;
    detail = rest;
  }
  return BusEvent.parse({
    id,
    source: event.source,
    detailType: event['detail-type'],
    time: event.time,
    detail,
  });
};
