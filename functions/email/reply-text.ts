/**
 * The new text of a reply, without the quoted history mail clients append: Gmail and Apple Mail's
 * "On <date>, <name> wrote:" (also split over two lines), Outlook's "-----Original Message-----" and its
 * "From: / Sent: / To: / Subject:" block (often after a "____" rule), and trailing `>` quoted lines.
 * Every scan is line by line and linear in the text.
 */

const ATTRIBUTION_START = /^(?:On|Am|Le|El|Il|Op)\s/i;
const WROTE_VERBS = ['wrote', 'schrieb', 'a écrit', 'escribió', 'ha scritto', 'schreef'];

/** "On <date>, <name> wrote:" in the languages clients use: start word, a verb, a final colon (no regex search). */
const isAttribution = (line: string): boolean => {
  if (line.length > 400 || !line.endsWith(':') || !ATTRIBUTION_START.test(line)) return false;
  const lower = line.toLowerCase();
  return WROTE_VERBS.some((verb) => lower.includes(verb));
};
const ORIGINAL =
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Forwarded message)\s*-{2,}\s*$/i;
const RULE = /^_{10,}\s*$/;
const HEADER_BLOCK = /^(?:From|De|Von|Van|Da):\s/i;
const SENT_LINE = /^(?:Sent|Date|Envoyé|Gesendet|Verzonden|Inviato):\s/i;

/** Where the quoted history starts (a line index), or the number of lines when there is none. */
const historyStart = (lines: readonly string[]): number => {
  // The trailing block of quoted (or blank) lines, found in one backward pass.
  let trailingQuote = lines.length;
  while (trailingQuote > 0) {
    const line = (lines[trailingQuote - 1] as string).trim();
    if (line !== '' && !line.startsWith('>')) break;
    trailingQuote--;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const next = (lines[i + 1] ?? '').trim();
    if (isAttribution(line)) return i;
    // "On Mon, 7 Dec 2026 at 10:00, Ada Lovelace <ada@example.com>" / "wrote:" on the next line.
    if (ATTRIBUTION_START.test(line) && line.length <= 400 && /^wrote:$/i.test(next)) return i;
    if (ORIGINAL.test(line)) return i;
    if (RULE.test(line) && HEADER_BLOCK.test(next)) return i;
    if (HEADER_BLOCK.test(line) && SENT_LINE.test(next)) return i;
    if (line.startsWith('>') && i >= trailingQuote) return i;
  }
  return lines.length;
};

export interface ReplyText {
  readonly text: string;
  /** True when quoted history was removed. */
  readonly stripped: boolean;
}

export const stripQuotedHistory = (text: string): ReplyText => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = historyStart(lines);
  const kept = lines.slice(0, start).join('\n').trimEnd();
  return { text: kept, stripped: start < lines.length };
};

const BLOCKS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
const HIDDEN = new Set(['script', 'style', 'head']);

/**
 * Plain text from HTML without executing or loading anything: tags dropped (script, style and head with their
 * content), line breaks kept, the common entities decoded. One pass with indexOf: linear in the input.
 */
export const htmlToText = (html: string): string => {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = lower.slice(lt + 1, Math.min(gt, lt + 40)).trim();
    const closing = tag.startsWith('/');
    const name = /^\/?([a-z0-9]+)/.exec(tag)?.[1] ?? '';
    i = gt + 1;
    if (!closing && HIDDEN.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      const end = close < 0 ? -1 : lower.indexOf('>', close);
      if (end < 0) break;
      i = end + 1;
    } else if (name === 'br' || (closing && BLOCKS.has(name))) out += '\n';
  }
  return out
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
};
