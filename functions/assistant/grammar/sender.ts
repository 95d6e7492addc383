import type { Clause } from './clause';

/**
 * Who an email is from, said after the email ("an email arrives from …", "we get an email from …"). An email's
 * sender is an address: only an address or a domain is read as one (trigger.from), and a lead ("from a customer",
 * "from a lead tagged vip") is the lead the email belongs to. Anything else ("from a VIP customer", "from LinkedIn")
 * is not a lead's source, and no field says it: refused, quoted, never guessed.
 */
const FROM =
  /\b(?:e-?mails?|messages?|replies|reply|responses?|mails?)\b(?:\s(?:arrives?|comes\sin|is\sreceived|lands?|gets?\sin))?\sfrom\s/;

/** Where the sender's words end: a clause mark, or the verb or joint after them. */
const END = /[,;!?]|\.(?:\s|$)|\s(?:and|then|please|pls|arrives?|comes\sin|is\sreceived|lands?)\b/;

const ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^@?[\w-]+(?:\.[a-z]{2,})+$/i;

/** A lead, said generally; what follows is the condition grammar's ("a customer tagged vip") or the next clause's. */
const A_LEAD =
  /^(?:(?:a|an|the|any|one of our|one of the|our|my|some|their)\s+)?(?:new\s+|existing\s+|current\s+|unknown\s+|new\s+or\s+unknown\s+)?(?:lead|prospect|contact|customer|client|subscriber|person|sender|user|member|someone|somebody|anyone|anybody|them|him|her)s?\b/i;

export const unreadSender = (clause: Clause): string | undefined => {
  const m = FROM.exec(clause.text);
  if (!m) return undefined;
  const rest = clause.text.slice(m.index + m[0].length);
  const end = END.exec(rest);
  const who = rest.slice(0, end ? end.index : rest.length).trim();
  // "from @tesco.com let Gemma know": an address, then the next clause's words (read or refused by their readers)
  if (!who || ADDRESS.test(who) || ADDRESS.test(who.split(/\s/)[0] ?? '') || A_LEAD.test(who))
    return undefined;
  return `I did not understand "${clause.cased(`from ${who}`)}": an email's sender is read as an address or a domain ("from support@acme.com", "from acme.com"), or as a lead with a test ("from a lead tagged vip")`;
};
