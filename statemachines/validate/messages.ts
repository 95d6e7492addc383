/** The words issue messages are made of: how a value is described, and "did you mean" suggestions. */

export const describe = (v: unknown): string => {
  if (v === null) return 'null';
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v;
};

export const article = (type: string): string => {
  const names: Record<string, string> = {
    string: 'text (a string)',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    record: 'an object',
    int: 'a whole number',
  };
  return names[type] ?? type;
};

const levenshtein = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
};

/** The closest candidate, when it is close enough to be a plausible typo. */
export const closest = (word: string, candidates: readonly string[]): string | undefined => {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const score =
      Math.min(lc.length, w.length) >= 3 && (lc.includes(w) || w.includes(lc))
        ? Math.abs(lc.length - w.length) * 0.5
        : levenshtein(w, lc);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.ceil(word.length / 3)) ? best : undefined;
};

/** `; did you mean "x"?` or `.` — ends a sentence either way, so more text can follow. */
export const didYouMean = (word: string, candidates: readonly string[]): string => {
  const c = closest(word, candidates);
  return c ? `; did you mean "${c}"?` : '.';
};

export const list = (names: Iterable<string>): string => [...names].join(', ');
