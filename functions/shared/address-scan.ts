/**
 * Email addresses found in free text (a header as a provider sends it, a form field): a linear scan, no regular
 * expression that could backtrack. Shared by the webhook mapping and the readers of stored events.
 */

/** Where a value is longer than this, only its start is searched for an address (a form field, a header). */
export const MAX_ADDRESS_SEARCH = 4096;
const LOCAL = /[A-Za-z0-9._%+'-]/;
const DOMAIN = /[A-Za-z0-9.-]/;
const LETTER = /[A-Za-z]/;

/**
 * The first `local@domain.tld` in a value (`"Ada" <ada@example.com>` -> `ada@example.com`), lower-cased. A single
 * left-to-right pass over at most MAX_ADDRESS_SEARCH characters: each character is looked at a bounded number of
 * times (the regular expression it replaces backtracked quadratically on long fields).
 */
export const emailAddressOf = (value: string | undefined): string | undefined => {
  if (!value) return undefined;
  const text = value.length > MAX_ADDRESS_SEARCH ? value.slice(0, MAX_ADDRESS_SEARCH) : value;
  let localStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== '@') {
      if (!LOCAL.test(c)) localStart = i + 1;
      continue;
    }
    let end = i + 1;
    while (end < text.length && DOMAIN.test(text[end] as string)) end++;
    // As the regular expression did: the rightmost "." (with a domain character before it) followed by two or
    // more letters ends the domain, after those letters. Each character is counted once.
    let tldEnd = -1;
    for (let dot = end - 1; dot >= i + 2 && tldEnd < 0; dot--) {
      if (text[dot] !== '.') continue;
      let letters = dot + 1;
      while (letters < end && LETTER.test(text[letters] as string)) letters++;
      if (letters - dot - 1 >= 2) tldEnd = letters;
    }
    if (localStart < i && tldEnd > 0) return text.slice(localStart, tldEnd).toLowerCase();
    localStart = i + 1;
  }
  return undefined;
};

/** At most this many addresses are read from one value (a To header of a mailing to thousands). */
export const MAX_ADDRESSES = 100;

/**
 * Every address in a value, lower-cased, each once, in order: a header (`"Doe, Jane" <jane@x.com>, bob@y.org`),
 * a list of them, or provider objects (`{ "Email": "…" }`, `{ "address": "…" }`). Parts are split at commas and
 * semicolons; a part with no address (a display name with a comma in it) is skipped.
 */
export const emailAddressesOf = (value: unknown): string[] => {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (found.size >= MAX_ADDRESSES) return;
    if (typeof v === 'string') {
      for (const part of v.slice(0, MAX_ADDRESS_SEARCH).split(/[,;]/)) {
        const address = emailAddressOf(part);
        if (address !== undefined && found.size < MAX_ADDRESSES) found.add(address);
      }
    } else if (Array.isArray(v)) {
      for (const element of v.slice(0, MAX_ADDRESSES)) visit(element);
    } else if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      visit(o.Email ?? o.email ?? o.address ?? o.Address);
    }
  };
  visit(value);
  return [...found];
};
