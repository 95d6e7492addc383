import { zonedParts } from '../../statemachines/time-zones';

/**
 * What a find step found, as text a message can carry (`{{steps.<id>.text}}`): one line per record, or one line
 * saying none were found. A template cannot put a list inside text (States.Format takes single values), so the find
 * renders it. Bounded: at most FOUND_TEXT_MAX_LINES lines and FOUND_TEXT_MAX_CHARS characters, then "… and N more",
 * so a big find stays under Slack's 4,000 characters a message should keep to and far under the 256 KB of a run's
 * state. Deterministic: no locale data, the same text on every runtime.
 */
export const FOUND_TEXT_MAX_LINES = 50;
export const FOUND_TEXT_MAX_CHARS = 3_500;
/** A value longer than this inside a line (a title, a name) is cut with "…". */
const MAX_VALUE_CHARS = 120;

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** One line's value: whitespace (line breaks too) collapsed, long values cut. */
const one = (value: string): string => {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1).trimEnd()}…` : flat;
};

/** The lines joined, cut at the bounds with "… and N more" (N counts every record left out). */
export const boundedLines = (lines: readonly string[], empty: string): string => {
  if (lines.length === 0) return empty;
  const kept: string[] = [];
  let chars = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i - 1;
    // room for this line and, if any follow, the closing line
    const closing = rest > 0 ? `… and ${rest} more`.length + 1 : 0;
    if (kept.length === FOUND_TEXT_MAX_LINES || chars + line.length + 1 + closing > FOUND_TEXT_MAX_CHARS)
      break;
    kept.push(line);
    chars += line.length + 1;
  }
  const more = lines.length - kept.length;
  return more > 0 ? [...kept, `… and ${more} more`].join('\n') : kept.join('\n');
};

const two = (n: number): string => String(n).padStart(2, '0');

/** "Mon 7 Dec 09:00" in `zone`; a value that is no timestamp as it is. */
const dayAndTime = (iso: string, zone: string): { day: string; time: string } | undefined => {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  const p = zonedParts(at, zone);
  return {
    day: `${WEEKDAYS[p.weekday]} ${p.day} ${MONTHS[p.month - 1]}`,
    time: `${two(p.hour)}:${two(p.minute)}`,
  };
};

export interface BookingLine {
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly status: string;
  readonly attendeeEmail: string | null;
  readonly location: string | null;
}

/** "Mon 7 Dec 09:00–09:30 Consultation · anna@example.com · Room 2", the times in the tenant's zone. */
export const bookingLine = (b: BookingLine, zone: string): string => {
  const start = dayAndTime(b.start, zone);
  const end = dayAndTime(b.end, zone);
  const when = !start
    ? one(b.start)
    : !end
      ? `${start.day} ${start.time}`
      : end.day === start.day
        ? `${start.day} ${start.time}–${end.time}`
        : `${start.day} ${start.time} – ${end.day} ${end.time}`;
  const parts = [`${when} ${one(b.title) || '(untitled)'}`];
  if (b.attendeeEmail) parts.push(one(b.attendeeEmail));
  if (b.location) parts.push(one(b.location));
  if (b.status === 'cancelled') parts.push('cancelled');
  return parts.join(' · ');
};

/** What the empty line says of the day a calendar.find named. */
const NO_BOOKINGS: Readonly<Record<string, string>> = {
  today: 'No bookings today.',
  tomorrow: 'No bookings tomorrow.',
  'this-week': 'No bookings this week.',
  'next-7-days': 'No bookings in the next 7 days.',
};

export const bookingsText = (
  bookings: readonly BookingLine[],
  zone: string,
  day: string | undefined,
): string =>
  boundedLines(
    bookings.map((b) => bookingLine(b, zone)),
    (day && NO_BOOKINGS[day]) ?? 'No bookings found.',
  );

/** "EUR 1,250.00": the code, never a symbol ("$" is many currencies); an unknown code with two decimals. */
export const amountText = (cents: number, currency: string): string => {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'code' })
      .format(cents / 100)
      .replace(/\s+/g, ' ');
  } catch {
    return `${one(currency)} ${(cents / 100).toFixed(2)}`;
  }
};

export interface InvoiceLine {
  readonly number: string | null;
  readonly status: string;
  readonly customerEmail: string;
  readonly customerName: string | null;
  readonly currency: string;
  readonly totalCents: number;
  readonly paidCents: number;
  readonly dueDate: string | null;
}

/** "INV-0042 · Acme Ltd (billing@acme.com) · EUR 1,250.00 due 2026-12-01 · overdue", a part paid said too. */
export const invoiceLine = (i: InvoiceLine): string => {
  const who = i.customerName ? `${one(i.customerName)} (${one(i.customerEmail)})` : one(i.customerEmail);
  const amount = amountText(i.totalCents, i.currency);
  const paid =
    i.paidCents > 0 && i.paidCents < i.totalCents ? `, ${amountText(i.paidCents, i.currency)} paid` : '';
  const due = i.dueDate ? ` due ${one(i.dueDate)}` : '';
  return [one(i.number ?? '') || 'Draft', who, `${amount}${due}${paid}`, i.status].join(' · ');
};

/** The empty line of an invoice.find, by the status it asked for. */
export const invoicesText = (invoices: readonly InvoiceLine[], status: string | undefined): string =>
  boundedLines(invoices.map(invoiceLine), status ? `No ${status} invoices.` : 'No invoices found.');

export interface LeadLine {
  readonly email: string;
  readonly name: string | null;
  readonly company: string | null;
  readonly status: string;
}

/** "Anna Schmidt (Acme) · anna@example.com · qualified". */
export const leadLine = (l: LeadLine): string => {
  const name = l.name ? one(l.name) : '';
  const company = l.company ? one(l.company) : '';
  const who = name && company ? `${name} (${company})` : name || company;
  return [...(who ? [who] : []), one(l.email), l.status].join(' · ');
};

export const leadsText = (leads: readonly LeadLine[], status: string | undefined): string =>
  boundedLines(leads.map(leadLine), status ? `No ${status} leads found.` : 'No leads found.');

/** "Prices · Our prices start at 100 EUR per month.": a knowledge entry found, by its title and snippet. */
export const entriesText = (
  entries: readonly { readonly title: string; readonly snippet: string }[],
): string =>
  boundedLines(
    entries.map((e) => `${one(e.title)} · ${one(e.snippet)}`),
    'No matching entries in the knowledge base.',
  );
