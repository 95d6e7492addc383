import type { PublishedEvent } from './ports';

/** EventBridge refuses a PutEvents entry over 256 KB (source, detail-type, detail and time counted). */
export const MAX_EVENT_ENTRY_BYTES = 262_144;

/** The size EventBridge counts for an entry (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html). */
export const eventEntryBytes = (event: Pick<PublishedEvent, 'source' | 'detailType' | 'detail'>): number =>
  14 +
  Buffer.byteLength(event.source, 'utf8') +
  Buffer.byteLength(event.detailType, 'utf8') +
  Buffer.byteLength(JSON.stringify(event.detail), 'utf8');
