import type { BusEvent } from '../../statemachines/events';
import { emailAddressesOf } from './address-scan';

/**
 * A detail as an older publisher sent it, in today's contract, for what reads stored or replayed events (an archive
 * replay, a DLQ redrive, the activity feed and its look-back): `email.received`'s `to` was one text (the To and Cc
 * addresses joined with ", ", or a provider's header as sent) until session 42 and is now the list of addresses,
 * lower-cased. A detail already in today's shape is returned as it is.
 */
export const currentDetail = <D extends Record<string, unknown>>(detailType: string, detail: D): D =>
  detailType === 'email.received' && (typeof detail.to === 'string' || detail.to === null)
    ? { ...detail, to: emailAddressesOf(detail.to) }
    : detail;

/** currentDetail over a bus event. */
export const currentEvent = (event: BusEvent): BusEvent => {
  const detail = currentDetail(event.detailType, event.detail);
  return detail === event.detail ? event : { ...event, detail };
};
