import { casedOf, meaningful, type Prepared, restoreQuotes } from './text';

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * One clause of a request, read by a small grammar. Every part the grammar understands is marked; what is left
 * unmarked at the end is what was not understood, quoted back to the user.
 */
export class Clause {
  private readonly used: boolean[];
  /** `view`, kept until the next `mark` (grammars read it many times per clause). */
  private seen: string | undefined;
  /** Whether every character is one code unit (then a mark blanks the kept view in place). */
  private readonly plain: boolean;

  constructor(
    readonly prepared: Prepared,
    readonly text: string,
  ) {
    this.used = Array.from({ length: text.length }, () => false);
    this.plain = !SURROGATE.test(text);
  }

  /** The clause with its understood parts blanked out (same offsets), for the next grammar to read. */
  get view(): string {
    this.seen ??= [...this.text].map((c, i) => (this.used[i] ? ' ' : c)).join('');
    return this.seen;
  }

  /** Whether nothing meaningful is left to understand. */
  get done(): boolean {
    return this.leftovers().length === 0;
  }

  /** The first match of `re` in what is not yet understood (nothing is marked). */
  find(re: RegExp): RegExpExecArray | undefined {
    return re.exec(this.view) ?? undefined;
  }

  /** Like `find`, and marks the match as understood. */
  take(re: RegExp): RegExpExecArray | undefined {
    const m = this.find(re);
    if (m) this.mark(m.index, m[0].length);
    return m;
  }

  mark(index: number, length: number): void {
    const end = Math.min(index + length, this.used.length);
    for (let i = index; i < end; i++) this.used[i] = true;
    // the kept view is blanked in place when one code unit is one character (a run of 1,000 marks stays linear)
    this.seen =
      this.seen !== undefined && index >= 0 && index <= end && this.plain
        ? this.seen.slice(0, index) + ' '.repeat(end - index) + this.seen.slice(end)
        : undefined;
  }

  /** Whether some part was already understood (by the trigger or schedule grammars). */
  get touched(): boolean {
    return this.used.some(Boolean);
  }

  isMarked(index: number): boolean {
    return this.used[index] === true;
  }

  /** Marks everything: the clause was read as a whole (a free-text instruction). */
  markAll(): void {
    this.mark(0, this.used.length);
  }

  /** The original casing of a fragment of this clause, quotes restored. */
  cased(fragment: string): string {
    return casedOf(this.prepared, fragment);
  }

  /** The whole clause as the user wrote it. */
  get original(): string {
    return restoreQuotes(this.prepared, this.cased(this.text));
  }

  /** Unmarked runs that carry meaning, as written. */
  leftovers(): string[] {
    const runs: string[] = [];
    let start = -1;
    for (let i = 0; i <= this.text.length; i++) {
      const free = i < this.text.length && !this.used[i];
      if (free && start < 0) start = i;
      if (!free && start >= 0) {
        const run = this.text.slice(start, i).trim();
        if (meaningful(run))
          runs.push(
            restoreQuotes(this.prepared, this.cased(run))
              .replace(/^[,.;:]+|(?<![,.;:])[,.;:]+$/g, '')
              .trim(),
          );
        start = -1;
      }
    }
    return runs.filter((r) => r.length > 0);
  }
}
