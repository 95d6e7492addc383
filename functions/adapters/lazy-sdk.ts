/**
 * AWS SDK packages loaded on first use. A Lambda bundle keeps `@aws-sdk/*` external (the nodejs24.x runtime ships
 * it), and a static import of a client package loads it at cold start whether or not the function ever calls that
 * service: with eight clients that was most of every cold start. Adapters load their package through
 * `onFirstUse(async () => requireCommonJs(<the client package>))` instead; a handler preloads at cold start the ones
 * its main path needs (functions/adapters/aws-platform.ts), so its first invocation does not pay for them either.
 * require(), not import(): the packages are CommonJS, and import() of one goes through the ES module loader first
 * (format detection, export lexing): ~10% more CPU (client-sesv2 after DynamoDB, interleaved: 41 vs 36.5 ms;
 * docs/performance.md).
 */

/** A memoised async loader; a failed load is tried again on the next call. */
export const onFirstUse = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
};

/**
 * An SDK package and one client made from it, both on first use (or the client a test passes). `use` runs a call
 * with both: `sdk((m, client) => client.send(new m.PutEventsCommand(input)))`.
 */
export const lazyClient = <M, C>(load: () => Promise<M>, create: (sdk: M) => C, given?: C) => {
  const client = onFirstUse(async () => given ?? create(await load()));
  return async <T>(use: (sdk: M, client: C) => Promise<T>): Promise<T> => use(await load(), await client());
};
