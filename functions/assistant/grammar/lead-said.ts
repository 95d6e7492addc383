import { AMOUNT, amountOf } from './amounts';
import type { Clause } from './clause';
import { PERSON } from './nouns';

/**
 * A lead as a trade says it when it is created (session 44, issue 16): the record in the trade's noun ("a guest
 * record", "a new client card"), whom it is for ("whoever booked it"), the value it is created with ("worth 15000").
 */

/** A record of one of the trade's people: "a guest record", "a new client card" (a "file" is a document). */
export const TRADE_RECORD = new RegExp(
  `\\b(?:an?|the|their)\\s+(?:new\\s+)?(?:crm\\s+)?${PERSON}(?:'s)?\\s+(?:records?|profiles?|cards?|entr(?:y|ies))\\b`,
);
/** "whoever booked it", "the person who filled the form in": the one the event is about. */
export const WHOEVER =
  /\bfor\s+(?:whoever|the\s+(?:person|one|client|customer|guest)\s+(?:who|that))\s+(?:booked|made|sent|filled|submitted|completed|placed|paid)(?:\s+(?:it|the\s+[a-z]+))?(?:\s+(?:in|out))?\b/;

export const CREATED_AGAIN =
  /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|create)\s+(?:them|him|her|one)\s+(?:tagged|labell?ed)\s+(?:as\s+)?(?:⟦\d+⟧|[a-z0-9][\w-]*)\s*$/;

/** "as a customer", "as a new client", "as a patient": the noun a trade files its people under. */
export const AS_PERSON = new RegExp(`\\bas\\s+(?:an?\\s+)?(?:new\\s+)?(${PERSON})(?![\\w'-])`);

/** "a lead worth 15000", "valued at $2k", "with a value of 500": the value it is created with, or what is not one. */
export const worthSaid = (clause: Clause): { value: number } | { problem: string } | undefined => {
  const worth = clause.take(
    new RegExp(
      `\\b(?:worth|valued\\s+at|with\\s+(?:a|the)\\s+(?:deal\\s+)?value\\s+of)\\s+(${AMOUNT.source})`,
    ),
  );
  if (!worth) return undefined;
  const amount = worth[1] ? amountOf(new RegExp(AMOUNT.source).exec(worth[1]) ?? ['']) : undefined;
  return amount
    ? { value: amount.value }
    : { problem: `say the value as an amount: "${clause.cased(worth[0])}"` };
};

/** The verbs that set a lead's value: "set", "update", "bump (it) to", "increase", "zero (out)". */
export const VALUE_VERB =
  /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:set|update|change|make|reset|zero|bump|increase|lift)\b/;

/** "set their value to 500", "bump the deal value to $2k", "reset the value to zero": the value set, if an amount. */
export const valueSet = (clause: Clause): number | undefined => {
  const zeroed = clause.take(/^[\s,]*(?:(?:then|also|and|please)\s+)*zero(?:\s+out)?\b/);
  if (!zeroed)
    clause.take(
      /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:set|update|change|make|reset|bump|increase|lift)\b/,
    );
  clause.take(
    /\b(?:the|their|its|the lead's|the deal's)?\s*(?:deal\s+)?value\b(?:\s+of\s+(?:the|this)\s+(?:lead|deal))?/,
  );
  // "reset the value to zero", "… to nothing": no amount left on the lead
  const none = zeroed ?? clause.take(/\b(?:back\s+)?to\s+(?:zero|nothing|nil|0)\b/);
  const amount = none ? undefined : clause.take(new RegExp(`\\b(?:to\\s+)?${AMOUNT.source}`));
  const value = none
    ? { value: 0 }
    : amount
      ? amountOf(new RegExp(AMOUNT.source).exec(amount[0]) ?? [''])
      : undefined;
  return value?.value;
};
