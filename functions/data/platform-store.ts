/**
 * Helpers shared by the platform repositories (tenants, workflows, runs, logs, approvals) on top of repository.ts:
 * condition-failure recognition (plain and transactional) and bounded JSON blobs.
 */

export {
  clampLimit as pageSize,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  type Item,
  MAX_PAGE_SIZE,
  type Page,
  type PageRequest,
} from './repository';

export const isConditionFailure = (error: unknown): boolean => {
  const name = (error as { name?: string }).name;
  if (name === 'ConditionalCheckFailedException') return true;
  if (name === 'TransactionCanceledException') {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
    return reasons === undefined || reasons.some((r) => r.Code === 'ConditionalCheckFailed');
  }
  return false;
};

/** DynamoDB items are limited to 400 KB: large JSON blobs are stored truncated with a marker. */
export const boundedJson = (value: unknown, maxBytes: number): { json: string; truncated: boolean } => {
  const json = JSON.stringify(value ?? null);
  if (Buffer.byteLength(json, 'utf8') <= maxBytes) return { json, truncated: false };
  return {
    json: JSON.stringify({ truncated: true, preview: json.slice(0, Math.floor(maxBytes / 2)) }),
    truncated: true,
  };
};
