/**
 * Step Functions state is limited to 256 KB: a find step returns as many records as fit comfortably in that, so
 * the forEach that loops over them (and what the run adds around them) stays below the limit.
 */
export const MAX_FIND_RESULT_BYTES = 180_000;

/** The first summaries of `records` whose JSON fits in `maxBytes` together. */
export const summariesWithin = <R, S>(
  records: readonly R[],
  summarize: (record: R) => S,
  maxBytes = MAX_FIND_RESULT_BYTES,
): S[] => {
  const out: S[] = [];
  let bytes = 0;
  for (const record of records) {
    const summary = summarize(record);
    bytes += Buffer.byteLength(JSON.stringify(summary));
    if (bytes > maxBytes) break;
    out.push(summary);
  }
  return out;
};
