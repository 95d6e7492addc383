import PostalMime, { type Address } from 'postal-mime';
import type { HeaderMap } from './classify';
import { htmlToText } from './reply-text';

/**
 * RFC 822 / MIME parsing of an inbound message with postal-mime (no dependencies, 91 KB minified; mailparser
 * would add 1.1 MB: docs/inbound-email.md). Size caps first, then a structural check that a parser would
 * otherwise forgive (headers, a sender, declared multipart boundaries present), so a malformed message is
 * refused as a whole with the reason, before anything is stored. HTML is never rendered or executed: when there
 * is no text part, its text is extracted by dropping tags.
 */

/** SES receives up to 40 MB; Dynaris ingests at most this much raw message. */
export const MAX_RAW_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
/** The files module's per-file limit. */
export const MAX_ATTACHMENT_BYTES = 5_000_000;
/** The reply text on the event (the bus carries at most 256 KB per event). */
export const MAX_TEXT_CHARS = 64 * 1024;

export class MalformedEmailError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`malformed message: ${reason}`);
    this.reason = reason;
  }
}

export interface EmailAddress {
  readonly address: string;
  readonly name: string | null;
}

export interface ParsedAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

export interface ParsedEmail {
  readonly headers: HeaderMap;
  readonly from: EmailAddress;
  readonly to: readonly string[];
  readonly subject: string | null;
  readonly messageId: string | null;
  readonly inReplyTo: string | null;
  readonly references: string | null;
  readonly date: string | null;
  readonly contentType: string | null;
  /** The plain text (the text part, or the HTML part's text). */
  readonly text: string;
  readonly attachments: readonly ParsedAttachment[];
  /** Attachments left out, with why (too many, too big). */
  readonly skippedAttachments: readonly { filename: string; reason: string }[];
}

const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:/;

/** The header block: unfolded `name: value` lines up to the first empty line. */
const headerBlock = (raw: Uint8Array): { lines: string[]; bodyStart: number } => {
  const limit = Math.min(raw.length, 256 * 1024);
  const text = new TextDecoder('latin1').decode(raw.subarray(0, limit));
  const end = text.search(/\r?\n\r?\n/);
  if (end < 0 && limit === raw.length) return { lines: text.split(/\r?\n/), bodyStart: raw.length };
  if (end < 0) throw new MalformedEmailError('the header block has no end within 256 KB');
  return { lines: text.slice(0, end).split(/\r?\n/), bodyStart: end };
};

const checkStructure = (raw: Uint8Array): void => {
  if (raw.length === 0) throw new MalformedEmailError('the message is empty');
  if (raw.length > MAX_RAW_BYTES)
    throw new MalformedEmailError(
      `the message is ${raw.length} bytes; at most ${MAX_RAW_BYTES} are accepted`,
    );
  const { lines } = headerBlock(raw);
  let names = 0;
  for (const [i, line] of lines.entries()) {
    if (line === '') continue;
    if (/^[ \t]/.test(line)) {
      if (i === 0) throw new MalformedEmailError('the message starts with a folded header line');
      continue;
    }
    if (!HEADER_LINE.test(line))
      throw new MalformedEmailError(`line ${i + 1} of the headers is not "Name: value"`);
    names++;
  }
  if (names === 0) throw new MalformedEmailError('the message has no headers');
  const unfolded = lines.join('\n').replace(/\n[ \t]+/g, ' ');
  if (!/^from:/im.test(unfolded)) throw new MalformedEmailError('the message has no From header');
  // Every multipart boundary the message declares must delimit something.
  const body = new TextDecoder('latin1').decode(raw);
  for (const m of body.matchAll(/boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi)) {
    const boundary = m[1] ?? m[2] ?? '';
    if (!body.includes(`--${boundary}`, (m.index ?? 0) + m[0].length))
      throw new MalformedEmailError(`the multipart boundary "${boundary}" is declared but never used`);
  }
};

/** Windows-1252's characters at 0x80-0x9F (undefined bytes stay as they are). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node's TextDecoder decodes windows-1252 (and ISO-8859-1, which WHATWG maps to it) as Latin-1, leaving C1 control
 * characters where the sender wrote €, „, “ or —. Such text never means the controls: map them back.
 */
export const repairWindows1252 = (text: string): string =>
  [...text].some(isC1)
    ? [...text].map((c) => (isC1(c) ? (CP1252_C1[c.charCodeAt(0) - 0x80] ?? c) : c)).join('')
    : text;

const isC1 = (c: string): boolean => c.charCodeAt(0) >= 0x80 && c.charCodeAt(0) <= 0x9f;

const LATIN_CHARSET = /charset\s*=\s*"?(?:windows-1252|cp1252|iso-8859-1|iso8859-1|latin1|us-ascii)\b/i;

const toHeaderMap = (headers: readonly { key: string; value: string }[]): HeaderMap => {
  const map = new Map<string, string[]>();
  for (const h of headers) {
    const key = h.key.toLowerCase();
    const list = map.get(key);
    if (list) list.push(h.value);
    else map.set(key, [h.value]);
  }
  return map;
};

const flattenAddresses = (list: readonly Address[] | undefined): string[] =>
  (list ?? []).flatMap((a) =>
    a.group ? flattenAddresses(a.group) : a.address ? [a.address.toLowerCase()] : [],
  );

export const parseEmail = async (raw: Uint8Array): Promise<ParsedEmail> => {
  checkStructure(raw);
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer', maxNestingDepth: 32 });
  } catch (error) {
    throw new MalformedEmailError(`the MIME structure could not be parsed (${(error as Error).message})`);
  }
  const from = email.from;
  const address = from?.address ?? flattenAddresses(from?.group)[0];
  if (!address?.includes('@')) throw new MalformedEmailError('the From header names no address');
  const attachments: ParsedAttachment[] = [];
  const skipped: { filename: string; reason: string }[] = [];
  for (const [i, a] of (email.attachments ?? []).entries()) {
    const filename = (a.filename ?? '').trim() || `attachment-${i + 1}`;
    const content = new Uint8Array(a.content as ArrayBuffer);
    if (a.related && !a.filename) continue; // inline images of the HTML part
    if (content.byteLength > MAX_ATTACHMENT_BYTES)
      skipped.push({ filename, reason: `larger than ${MAX_ATTACHMENT_BYTES} bytes` });
    else if (attachments.length >= MAX_ATTACHMENTS)
      skipped.push({ filename, reason: `more than ${MAX_ATTACHMENTS} attachments` });
    else attachments.push({ filename, contentType: a.mimeType || 'application/octet-stream', content });
  }
  const headers = toHeaderMap(email.headers ?? []);
  const latin = LATIN_CHARSET.test(
    new TextDecoder('latin1').decode(raw.subarray(0, Math.min(raw.length, 1_000_000))),
  );
  const decoded = email.text ?? (email.html ? htmlToText(email.html) : '');
  const text = latin ? repairWindows1252(decoded) : decoded;
  return {
    headers,
    from: { address: address.toLowerCase(), name: repairWindows1252(from?.name?.trim() ?? '') || null },
    to: [...flattenAddresses(email.to), ...flattenAddresses(email.cc)],
    subject: email.subject === undefined ? null : repairWindows1252(email.subject),
    messageId: email.messageId ?? null,
    inReplyTo: email.inReplyTo ?? null,
    references: email.references ?? null,
    date: email.date ?? null,
    contentType: headers.get('content-type')?.[0] ?? null,
    text,
    attachments,
    skippedAttachments: skipped,
  };
};
