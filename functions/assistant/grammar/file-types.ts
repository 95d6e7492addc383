import type { Comparison } from '../../../statemachines/schema';
import { type Atom, cmp } from './condition-words';

/**
 * A file's kind said as its type ("if it's a PDF", "isn't an image", "a Word doc"): a test of its content type, the
 * whole type or the start of a family ("image/"). Only names that are one type: "a document" or "a scan" is none.
 */
const TYPES: readonly [RegExp, 'eq' | 'startsWith', string][] = [
  [/^pdfs?/, 'eq', 'application/pdf'],
  [/^csvs?/, 'eq', 'text/csv'],
  [/^pngs?/, 'eq', 'image/png'],
  [/^jpe?gs?/, 'eq', 'image/jpeg'],
  [/^(?:images?|photos?|pictures?|pics?)/, 'startsWith', 'image/'],
  [/^videos?/, 'startsWith', 'video/'],
  [
    /^(?:word\s+(?:docs?|documents?|files?)|docx)/,
    'eq',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  [
    /^(?:excel\s+(?:files?|sheets?|spreadsheets?)|xlsx)/,
    'eq',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
];

/** The type test at the start of `rest` (read after `at`), on the content type at `path`, as `said` words it. */
export const fileTypeAt = (
  rest: string,
  at: number,
  path: string,
  said: (c: Comparison) => Comparison,
): Atom | undefined => {
  const article = /^(?:an?\s+)?/.exec(rest)?.[0] ?? '';
  for (const [re, op, value] of TYPES) {
    const m = re.exec(rest.slice(article.length));
    if (!m) continue;
    const noun = /^(?:\s+(?:files?|documents?|docs?|attachments?|uploads?))?(?![\w'-])/.exec(
      rest.slice(article.length + m[0].length),
    );
    if (noun)
      return {
        comparison: said(cmp(path, op, value)),
        length: at + article.length + m[0].length + noun[0].length,
        kind: 'file',
      };
  }
  return undefined;
};
