import { PERSON, ROLE } from './nouns';

/**
 * A review asked of the workflow's person (session 41, issue 16; sets 19–21, 30, 33): "then ask for a review", "ask
 * them for a Google review", "email the couple a thank you and ask for a review" are one email to them asking for it.
 */

/** A review asked of the person the workflow is for: "a google review", "a quick testimonial", "some feedback". */
const REVIEW =
  "((?:an?\\s|some\\s|their\\s)(?:(?:quick|short|honest|google|online|5-star|five-star|facebook|tripadvisor|yelp)\\s){0,2}(?:review|testimonial|feedback)|feedback)(?![\\w'-])";
/**
 * "email them a thank you and ask for a google review", "send the thank-you email + ask for a review": what the one
 * email asks (session 41, sets 21 and 30: one email expected), never a second step; not with an invoice sent.
 */
const AND_ASK = new RegExp(
  `(\\b(?:e-?mail|send|message)\\s(?:(?!invoices?\\b|quotes?\\b|bills?\\b)[^,.;:!?])*?)\\s(?:and|\\+)\\s(?:also\\s)?ask(?:\\s(?:them|him|her))?\\sfor\\s${REVIEW}`,
  'gi',
);
/**
 * "then ask for a review", "ask the guest for a review" (session 41, set 20), "ask them to leave us a review" (session
 * 44): an email to the person asking for it;
 * a colleague asked ("ask the manager for a review") is told, as before, and a name is left to the readers.
 */
const ASK_REVIEW = new RegExp(
  `\\bask\\s(?:(them|him|her|(?:the|our|each|every)\\s(?:${PERSON}|${ROLE}))\\s)?(?:for|to\\s(?:leave|write|give|post|drop)(?:\\s(?:us|me))?)\\s${REVIEW}`,
  'gi',
);

export const reviewsAsked = (text: string): string =>
  text
    .replace(AND_ASK, '$1 asking for $2')
    .replace(
      ASK_REVIEW,
      (_m, who: string | undefined, what: string) => `email ${who ?? 'them'} asking for ${what}`,
    );
