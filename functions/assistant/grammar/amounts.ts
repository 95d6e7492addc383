/** Amounts of money as people write them, for conditions, invoices and values. */

/**
 * `$10k`, `10,000`, `5 000 EUR`, `R50 000`, `2000 SGD`, `1.5 million`, `500 bucks`; rupees and the Indian number words and grouping:
 * `₹50,000`, `Rs 5000`, `2 lakh`, `1.5 crore`, `5,00,000` (five lakh, never 5).
 */
export const AMOUNT =
  /(?:((?<![a-z])(?:nz|au|a|ca|c|sg|s|hk|us)\$|\$|€|£|₹|usd|eur|gbp|inr|rs\.?(?=\s?\d)|(?<![a-z])(?:r(?=\d)|sgd|aud|cad|nzd|zar|hkd|chf|aed))\s*)?(?<![\d.])(\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?![\d.,])|\d+(?:\.\d+)?)(?:\s*(k|m|thousand|million|grand|lakhs?|lacs?|crores?|cr))?\b(?:\s*(\$|€|£|₹|usd|euros?|eur|gbp|dollars?|pounds?|bucks|rupees?|inr|rs|sgd|aud|cad|nzd|zar|rand|hkd|chf|aed)(?![a-z]))?/;

export interface Amount {
  readonly value: number;
  readonly currency: string | undefined;
}

const CURRENCIES: Record<string, string> = {
  $: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  '₹': 'INR',
  inr: 'INR',
  rs: 'INR',
  'rs.': 'INR',
  rupee: 'INR',
  rupees: 'INR',
  // "R50 000", "2000 SGD": the other codes people write, as ISO 4217 spells them
  // "NZ$99", "A$50": the dollar named before its sign
  nz$: 'NZD',
  au$: 'AUD',
  a$: 'AUD',
  ca$: 'CAD',
  c$: 'CAD',
  sg$: 'SGD',
  s$: 'SGD',
  hk$: 'HKD',
  us$: 'USD',
  r: 'ZAR',
  rand: 'ZAR',
  ...Object.fromEntries(
    ['sgd', 'aud', 'cad', 'nzd', 'zar', 'hkd', 'chf', 'aed'].map((c) => [c, c.toUpperCase()]),
  ),
};

/** The dollars a code after "$" can name. */
export const DOLLARS: ReadonlySet<string> = new Set(['usd', 'sgd', 'aud', 'cad', 'nzd', 'hkd']);

const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  million: 1e6,
  cr: 1e7,
};

/** "lakh", "lacs", "crores": 100,000 and 10,000,000. */
const scaleOf = (word: string | undefined): number =>
  word === undefined ? 1 : (SCALES[word] ?? (word.startsWith('la') ? 1e5 : 1e7));

export const amountOf = (m: RegExpExecArray | RegExpMatchArray): Amount | undefined => {
  // "€2.000", "10.000 EUR": dots between groups of three digits separate thousands
  const digits = (/^\d{1,3}(?:\.\d{3})+$/.test(m[2] ?? '') ? m[2]?.replace(/\./g, '') : m[2])?.replace(
    /[, ]/g,
    '',
  );
  if (!digits) return undefined;
  const n = Number(digits);
  if (!Number.isFinite(n)) return undefined;
  // "$99 NZD": the code after a dollar sign says which dollar
  const unit = m[1] === '$' && m[4] && DOLLARS.has(m[4]) ? m[4] : (m[1] ?? m[4]);
  return { value: Math.round(n * scaleOf(m[3]) * 100) / 100, currency: unit ? CURRENCIES[unit] : undefined };
};
