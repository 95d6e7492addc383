/**
 * Requests typed on a phone or in a hurry, and tool users' filter words, rewritten to the forms the grammars read.
 * Each rewrite is a shape that cannot mean anything else: "only continue if" (a Zapier filter) is "only if", "is
 * exactly" is "is", "value now 30k" is "value is now 30k", and "my approve" (a learner's noun) is "my
 * approval".
 */
export const hurried = (s: string): string =>
  s
    .replace(/\b(?:only\s+)?continue\s+only\s+if\b|\bonly\s+continue\s+if\b/gi, 'only if')
    .replace(/\b(?:exactly\s+(?:matches|equals)|(?:matches|equals|is)\s+exactly(?:\s+equal\s+to)?)\b/gi, 'is')
    // "source equals Facebook Ads", "status = won" (a tool's filter on a named field): "source is …"
    .replace(
      /\b(source|status|stage|company|name|tag|currency|country|subject|title|type|channel|plan)\s(?:equals|==?|is equal to|matches)\s/gi,
      '$1 is ',
    )
    .replace(
      /\b(value|budget|total|amount)\s+now\s+(?=[\d₹$€£]|(?:over|above|under|below|more|less)\b)/gi,
      '$1 is ',
    )
    .replace(/\b(my|your|his|her|their|(?:the\s+)?(?:manager|boss|owner)'s)\s+approve\b/gi, '$1 approval');

/** "cand gets tagged 'placed' -> …", "lead gets marked hot →": the person said first with no article (session 39). */
const BARE_PERSON =
  /^(new\s)?(lead|cand|candidate|client|customer|contact|member|prospect|patient|student|donor)\s(?=(?:gets|got|is|was|has\sbeen)\s(?:tagged|marked|added|created|qualified)\b)/i;

/**
 * Put on file, in the trade's words, said as the readers take it: "they should go in as a lead" (added as one), "goes
 * into the system", "needs adding to the client list" (to be added), "make sure they're in the crm (create them if
 * not)" (made sure of once: crm.createLead finds or creates).
 */
const FILED: readonly [RegExp, string][] = [
  [
    /\b(?:go|goes)\s+in(?:to)?\s+(?=as\s+(?:an?\s+)?(?:new\s+)?(?:lead|contact|client|customer)\b)/gi,
    'be added ',
  ],
  [
    /\b(?:go|goes)\s+in(?:to)?\s+(?=(?:the\s+|our\s+)?(?:crm|system|database|(?:client|customer|contact)\s+list)\b)/gi,
    'be added to ',
  ],
  [/\b(needs?)\s+(add|sav|tagg|mark|mov|updat)ing\b/gi, '$1 to be $2ed'],
  [
    /(\b(?:make\s+sure|ensure)\s[^.;!?]{3,80}?)[\s,]+\(?(?:and\s+)?(?:create|add)\s+(?:them|him|her)\s+if\s+(?:not|they(?:'re|\s+are)\s+(?:not|new|missing)|they\s+aren't)\)?/gi,
    '$1',
  ],
  // "invoice paid = lead becomes customer", ", they become a client": their status set (a clause of its own, never
  // the trigger's "when a lead becomes a customer")
  [
    /([,;=]\s*)(?:the\s+)?(?:lead|client|customer|contact|they|he|she)\s+(?:becomes?|turns?\s+into|(?:is|are)\s+now)\s+(?:an?\s+)?(qualified|customer|client|contacted|lost|won)\b/gi,
    '$1set their status to $2',
  ],
  // "mark them as vip", "flag the client as a no-show": a word no status is, kept on them as a tag
  [
    /\b(?:mark|flag)\s+(them|him|her|the\s+(?:client|customer|lead|contact))\s+as\s+(?:an?\s+)?(?!(?:new|contacted|qualified|customers?|clients?|won|converted|lost|dead|disqualified|cold|closed|paid|unpaid|done|complete|completed|read|spam|sent|urgent|important)\b)([a-z][\w-]*)(?=\s*(?:[.,;!?]|$|\s(?:and|then)\s))/gi,
    'tag $1 $2',
  ],
  // "add a note: deposit taken", "stick a note on their file - deposit taken": what it says, never a trigger
  [
    /\b((?:add|stick|put|pop|leave|log|write|jot|make)\s+(?:an?\s+|the\s+)?(?:quick\s+|internal\s+)?notes?(?:\s+(?:on|to)\s+(?:their|the|his|her)\s+(?:file|card|record|profile|account))?)\s*:\s+(?!["'“‘])([^.;!?,"]{2,60}?)(?=\s?(?:[.;!?,]|$|\s(?:then|and\sthen)\s))/gi,
    '$1 saying "$2"',
  ],
];

export const articled = (s: string): string =>
  FILED.reduce((text, [re, by]) => text.replace(re, by), s).replace(
    BARE_PERSON,
    (_m, fresh: string | undefined, who: string) =>
      `a ${fresh ?? ''}${/^cand$/i.test(who) ? 'candidate' : who} `,
  );
