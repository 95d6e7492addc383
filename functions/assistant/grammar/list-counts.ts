import { LEAD, VERB } from './list-delivered';
import { BOOKED, KIND, WHEN } from './list-words';

/**
 * Lists said by who is booked or how many there are (found-lists.ts): "tell Liam what's booked for the next 7 days",
 * "email me how many enquiries came in this week", "slack #ops how many invoices are still unpaid".
 */

/** Us, said as whom it goes to: never the booked people themselves ("email everyone who's booked" is a loop). */
const TO_US =
  '(?:me|us|the\\s+(?:front\\s+desk|office|staff|reception|(?:[a-z]+\\s+)?team)|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)';
/**
 * "email me who's booked in tomorrow", "tell the front desk on slack how many consults are booked for today", "tell
 * Liam what's booked for the next 7 days" (a name: a word no dictionary has), "tell the kitchen how many covers we have
 * tonight", "email me what's on next week".
 */
export const WHO_BOOKED = new RegExp(
  `${LEAD}(?:${VERB}|tell|text|message|ping|let|show)\\s+(?:${TO_US}|the\\s+(?<group>[a-z][\\w-]*)|(?<name>[a-z][a-z'-]{1,19}))(?:\\s+know)?(?:\\s+(?:on|in|via|by)\\s+(?:slack|e-?mail))?(?<list>\\s+(?:(?:(?:a\\s+list\\s+of\\s+)?(?:who|what)(?:'s|\\s+is|\\s+are)?|(?<many>how\\s+many)\\s+(?:${KIND}${BOOKED}|people)(?:\\s+(?:are|we\\s+have|there\\s+are))?)\\s+(?:booked|coming|comes|come|scheduled|arriving|arrives|expected|due)(?:\\s+in)?|what(?:'s|\\s+is)\\s+on|(?<counted>how\\s+many)\\s+${KIND}${BOOKED}\\s+(?:we\\s+have|there\\s+are|are\\s+there))\\s+(?:(?:for|on|over|in|during)\\s+)?(?<day>today|tonight|tomorrow|this\\s+week|next\\s+week|the\\s+(?:next|coming)\\s+(?:7\\s+days|seven\\s+days|week)|the\\s+week\\s+ahead)(?![\\w'-]))`,
);
/**
 * "post in slack how many new leads we got today", "email me how many enquiries came in this week": the leads of a
 * day or week counted, their list under the count.
 */
const COUNT_TO = `${LEAD}(?:${VERB}|tell|text|message|ping|let|show)(?:\\s+${TO_US}(?:\\s+know)?)?(?:\\s+(?:on|in|via|by|to)\\s+(?:slack|e-?mail)|\\s+(?:(?:on|in|via|by|to)\\s+)?#[a-z0-9][\\w-]*)?`;
export const LEADS_COUNTED = new RegExp(
  `${COUNT_TO}(?<list>\\s+how\\s+many\\s+(?:new\\s+)?(?:leads|enquiries|inquiries|sign-?ups|prospects)\\s+(?:(?:we(?:'ve|\\s+have)?\\s+(?:got|gotten|had|received)|(?:have\\s+)?(?:came|come)\\s+in|(?:were|have\\s+been)\\s+(?:created|added))\\s+)?(?<when>${WHEN}))(?![\\w'-])`,
);
const INV_STATUS = '(?:overdue|late|past[- ]due|unpaid|outstanding|open|paid|draft)';
/** "slack #ops how many invoices are still unpaid", "email me how many overdue invoices we have": counted, then listed. */
export const INVOICES_COUNTED = new RegExp(
  `${COUNT_TO}(?<list>\\s+how\\s+many\\s+(?:(?<st>${INV_STATUS})\\s+)?(?:invoices|bills)(?:\\s+(?:are|we\\s+have|there\\s+are|(?:have\\s+)?we\\s+(?:still\\s+)?got))?(?:\\s+(?:still|currently|now|left))?(?:\\s+(?<st2>${INV_STATUS}))?)(?=\\s*(?:$|[,.;:!?]|(?:to|in|on|into|by|via)\\b|#))`,
);
