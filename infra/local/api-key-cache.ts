import type { ApiKeyLookup } from '../../functions/api/middleware/auth';

/** What every write request to an API key item carries: its key (`T#<tenant>#APIKEY`) and index key (`APIKEY#…`). */
export const API_KEY_MARK = 'APIKEY';
const MAX_KEYS = 1000;

type Found = Awaited<ReturnType<ApiKeyLookup['findApiKey']>>;

/**
 * The local runtime's API key lookup, remembered per key hash: every authenticated request looked its key up in
 * the store (a Query on gsi1, half of the store's work for a simple GET). Only found keys are kept, and all of them
 * are forgotten when a write that could change one reaches the store (`watchWrites`: any write request naming
 * API_KEY_MARK, any table change; from this process or over the store's HTTP endpoint), before it is applied and
 * again once it is answered; a lookup that overlapped such a write is not kept. So a revoked or deleted key stops
 * at the first request after its revocation is answered, as without the cache. Local only: on AWS each Lambda
 * instance would keep its own copy, which no revocation reaches.
 */
export const rememberApiKeys = (
  lookup: ApiKeyLookup,
  watchWrites: (mark: string, listener: () => void) => void,
): ApiKeyLookup => {
  const found = new Map<string, NonNullable<Found>>();
  let writes = 0;
  watchWrites(API_KEY_MARK, () => {
    writes += 1;
    found.clear();
  });
  return {
    async findApiKey(keyHash) {
      const known = found.get(keyHash);
      if (known) return known;
      const before = writes;
      const answer = await lookup.findApiKey(keyHash);
      if (answer && before === writes) {
        if (found.size >= MAX_KEYS) found.delete(found.keys().next().value as string);
        found.set(keyHash, answer);
      }
      return answer;
    },
  };
};

/** `repository` with its findApiKey remembered (rememberApiKeys); its other methods as they are. */
export const withRememberedApiKeys = <T extends ApiKeyLookup>(
  repository: T,
  watchWrites: (mark: string, listener: () => void) => void,
): T => ({ ...repository, findApiKey: rememberApiKeys(repository, watchWrites).findApiKey });
