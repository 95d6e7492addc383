import {
  ADDRESS,
  APPROVAL_NOUN,
  APPROVED,
  APPROVES,
  approverOf,
  asked,
  ROLE,
  SOMEONE,
  WHO,
} from './approval-parts';

/**
 * Consent said by what waits for it (session 44, issue 16), put in the words the approval readers take. MEANING: a
 * person + a consent word + the step it guards = the approval, then that step. A report ("the weekly summary needs
 * my OK") is left as written: whether it is approved before or after it is written cannot be told.
 */

/**
 * "the weekly landlord update email needs my ok first and then it goes to landlords@…", "the quote needs Raj's
 * sign-off before it goes out": a message whose sending is gated, said as its subject. MEANING: a message noun + a
 * consent noun (whose) + the message's own fate after it (goes, gets sent) = the approval, then that message sent.
 */
const MESSAGE_NEEDS = new RegExp(
  `(?<=^|[,;:.]\\s|\\s)(?:but\\s)?((?:the|our|each|every|any|a|an)\\s(?:[a-z-]+\\s){0,4}?(?:email|e-mail|newsletter|letter|message|update|reminder|statement|rota|proposal|brochure|pack|quote|offer|reply|invoice|text)s?|(?<=^|[.;,]\\s|\\sbut\\s)(?:[Ii]t|[Tt]hey))\\s(?:needs?|requires?|(?:has|have|must|should)\\s(?:to\\s)?get|gets?)\\s(?:(my|our)|(?:an?\\s|the\\s)?(?:[Aa]pproval|[Ss]ign[\\s-]?off|OK|ok|okay|go-ahead)\\s(?:from|by)\\s(${WHO})|(${WHO})'s)\\s?(?:${APPROVAL_NOUN})?(?:\\sfirst)?(?:\\s${ADDRESS})?\\s?,?\\s(?:(?:and\\s)?then\\s(?:it|they)\\s(?:goes|go|gets\\ssent|is\\ssent|are\\ssent)|before\\s(?:it|they)\\s(?:goes|go|gets\\ssent|is\\ssent|are\\ssent))(?:\\sout)?(?:\\s(to\\s(?:them|him|her|${ADDRESS}|the\\s[a-z]+)))?(?=\\s*(?:[.;!?,]|$))`,
  'g',
);
const messageNeeds = (text: string): string =>
  text.replace(
    MESSAGE_NEEDS,
    (m, what: string, mine?: string, from?: string, whose?: string, to?: string) => {
      const who = mine ? 'me' : approverOf(from ?? whose ?? '');
      // "to the owner": one of ours or the record's person, which cannot be told (left as written)
      if (new RegExp(`^to\\sthe\\s${ROLE}$`).test(to ?? '') || !/\b(?:goes|go|sent)\b/.test(m)) return m;
      return `${asked(who)}, then send ${what}${to ? ` ${to}` : ''}`;
    },
  );

/**
 * "…, hold it until Bernie has signed it off, then send it", "nothing goes out until the director has approved it":
 * the step after waits for them (held, or nothing sent, until they consent) = their approval, then it goes out.
 */
const HELD_UNTIL = new RegExp(
  `(?:,\\s?|\\.\\s|\\s)(?:and\\s|but\\s)?(?:(?:hold|keep|park)\\s(?:it|them|this|that|((?:the|their|our)\\s(?:[a-z-]+\\s){0,3}?(?:email|e-mail|newsletter|letter|message|reminder|pack|quote|offer|reply)s?))(?:\\sback)?|(nothing|it|they)\\s(?:goes|go|gets\\ssent|is\\ssent|are\\ssent|should\\sgo)(?:\\sout)?)\\s(?:until|till|til)\\s(${SOMEONE}|I|me)\\s(?:has\\s|have\\s)?(?:${APPROVED}|${APPROVES}|approve|say\\syes|give\\sthe\\s(?:nod|go-ahead|OK|ok))(?:\\s(?:it|them|this|that))?(?=\\s*(?:[.;!?,]|$))`,
  'g',
);
const heldUntil = (text: string): string =>
  text.replace(HELD_UNTIL, (m, held: string | undefined, gone: string | undefined, who: string) => {
    const lead = /^[.]/.test(m) ? '. ' : ', ';
    const by = approverOf(who);
    // "hold the welcome pack email till the boss says yes": that message, sent once they have
    if (held) return `${lead}${asked(by)}, then send ${held}`;
    return gone ? `${lead}${asked(by)}, then send it` : `${lead}${asked(by)}`;
  });

/** "the £30 late fee invoice needs my tick first": a money step or a message waits for them, then goes. */
const NEEDS_FIRST = new RegExp(
  `(?<=^|[,;:.]\\s)(?:but\\s)?((?:the|each|every|any)\\s(?:[\\w£$€-]+\\s){0,4}?(?:invoice|reminder|quote|email|reply|message|offer))\\s(?:needs?|requires?)\\s(?:(my)|(${WHO})'s)\\s${APPROVAL_NOUN}\\sfirst(?=\\s*(?:[.;!?]|$))`,
  'g',
);
/** "the office manager decides whether to send the reminder": the question is put to them. */
const DECIDES = new RegExp(`(${SOMEONE})\\s(?:decides|gets\\sto\\sdecide|chooses)\\s(?:whether|if)\\b`, 'g');
/** The approvals said by what waits for them, as "ask X for approval, then …". */
export const consentSaid = (text: string): string =>
  heldUntil(messageNeeds(text))
    .replace(
      NEEDS_FIRST,
      (_m, what: string, mine?: string, whose?: string) =>
        `${asked(mine ? 'me' : approverOf(whose ?? ''))}, then send ${what}`,
    )
    .replace(DECIDES, 'ask $1 whether');
