/**
 * One email said by two of its purposes (session 36): "the thank you + review request email", "a welcome & coupon
 * email", "the receipt/thank you email" (session 44), "the receipt and thank-you message". The noun comes once, after
 * both, so it is one email that does both; split on "and" it became two emails, the first with no noun of its own.
 * Each side must name what an email to a customer is for (any trade); a record or an action on either side ("the
 * invoice + thank you email", "the note and welcome email") is left to the readers, as are two nouns ("the thank you
 * email and the review request email").
 */

const PURPOSE =
  /^(?:thank(?:s|[- ]you)?|review(?:[- ]request)?|(?:google|yelp|facebook)[- ]review(?:[- ]request)?|feedback(?:[- ]request)?|survey|rating(?:[- ]request)?|welcome|intro(?:duction)?|receipt|coupon|discount|offer|promo|confirmation|follow[- ]?up|check[- ]in|aftercare|care[- ]tips|referral(?:[- ]request)?|birthday|anniversary|win[- ]?back|we[- ]miss[- ]you)$/i;

const TWO_PURPOSES =
  /\b(the|a|an|our|their|my)\s+([a-z][\w'-]*(?:\s[a-z][\w'-]*)?)(?:\s+(?:\+|&|and)\s+|\s*\/\s*)([a-z][\w'-]*(?:\s[a-z][\w'-]*)?)\s+(emails?|messages?|texts?)\b/gi;

/** "email them a thank you receipt": a receipt that thanks, one email (read as two, a thank-you and a receipt). */
const THANKING_RECEIPT =
  /\b(the|a|an|our|their|my)\s+(thank(?:s|[- ]you))\s+(receipt|confirmation)\b(?!\s+(?:e-?mails?|messages?|texts?|notes?|and|&|\+)\b)/gi;

export const oneEmailForTwoPurposes = (text: string): string =>
  text
    .replace(THANKING_RECEIPT, '$1 $2 $3 email')
    .replace(TWO_PURPOSES, (all, det: string, first: string, second: string, noun: string) =>
      PURPOSE.test(first) && PURPOSE.test(second)
        ? `${det} ${first.replace(/\s/g, '-')}-and-${second.replace(/\s/g, '-')} ${noun}`
        : all,
    );
