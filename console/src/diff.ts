/**
 * Line diff of two texts (longest common subsequence), for comparing workflow versions. Definitions are a few
 * hundred lines at most; texts beyond MAX_LINES are compared as changed wholesale rather than slowly.
 */

export interface DiffLine {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
  /** Line number in the old text (same, removed) or the new one (added). */
  readonly line: number;
}

const MAX_LINES = 3000;

export const diffLines = (before: string, after: string): DiffLine[] => {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > MAX_LINES * MAX_LINES) {
    return [
      ...a.map((text, i) => ({ kind: 'removed' as const, text, line: i + 1 })),
      ...b.map((text, i) => ({ kind: 'added' as const, text, line: i + 1 })),
    ];
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..], in one flat array.
  const w = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * w + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * w + j] ?? 0, lcs[i * w + j + 1] ?? 0);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] as string, line: i + 1 });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || (lcs[i * w + j + 1] ?? 0) >= (lcs[(i + 1) * w + j] ?? 0))) {
      out.push({ kind: 'added', text: b[j] as string, line: j + 1 });
      j++;
    } else {
      out.push({ kind: 'removed', text: a[i] as string, line: i + 1 });
      i++;
    }
  }
  return out;
};

/** Keeps `context` unchanged lines around each change; longer unchanged runs become one `…` marker (null). */
export const withContext = (lines: readonly DiffLine[], context = 3): (DiffLine | null)[] => {
  const keep = lines.map(() => false);
  lines.forEach((l, i) => {
    if (l.kind === 'same') return;
    for (let k = Math.max(0, i - context); k <= Math.min(lines.length - 1, i + context); k++) keep[k] = true;
  });
  const out: (DiffLine | null)[] = [];
  lines.forEach((l, i) => {
    if (keep[i]) out.push(l);
    else if (out[out.length - 1] !== null) out.push(null);
  });
  return out;
};
