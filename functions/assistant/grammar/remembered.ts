/**
 * A reader of a text remembered by the text: the same words read again (by another whole reading of the request, by
 * a rewriting of it that parser.ts reads, or by another clause saying the same) cost a lookup. Only for readers whose
 * answer depends on the text alone and is never changed by whoever gets it. Bounded: past `size` texts it forgets
 * them all, so the memory of a long-lived process stays flat.
 */
export const remembered = <T>(read: (text: string) => T, size = 512): ((text: string) => T) => {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const answer = read(text);
    if (known.size >= size) known.clear();
    known.set(text, answer);
    return answer;
  };
};
