import { VERB_START } from './split';
import { WEAK_NAMES, ZONE_NAME } from './timezones';

/**
 * The story around a rule, told by sentence structure rather than by its words: a sentence that holds rule words
 * ("sales", "leads", "Tuesday", "Ravi") yet only tells how things are or were, and changes nothing of the rule.
 *   an opener about the message    "Following up on Tuesday's call with Ravi." "As discussed with Anna last week, …"
 *   past events (who asked, when)  "Ravi asked for this on Monday." "We lost two deals last month."
 *   plans for later                "I'll write the email copy later." "Ravi will send you the template."
 *   statistics                     "We get ~40 leads a week from the website." "Most of our clients pay by card."
 *   the business, said first       "I own a hair salon." "We have a real estate office in Toronto."
 *   reasons and problems           "Sales keeps forgetting to follow up." "Because leads go cold."
 *   politeness with a name         "(thanks Ravi!)" "Thanks for picking this up." "Let me know if Slack is fine."
 * Whatever the structure, a sentence that would change the workflow were it a rule — a condition or restriction
 * ("only", "except", "not on weekends"), a schedule or clock time, a copy to someone ("too", "cc"), an amount
 * compared, a channel, an address, a quoted word, a status, an approval, or a name that is not told as the story's
 * (the past's, a thanks', a plan's, where the business is) — is never story: it stays, read or refused, quoted.
 */

/** What would change the workflow, were it said as a rule (lower case, story's own times and quantities out). */
export const GUARD = new RegExp(
  [
    String.raw`\b(?:if|unless|when|whenever|once|as soon as|as long as|provided|only|except|excluding|other than|apart from|but not|instead|rather than|whether|either|neither|unless)\b`,
    String.raw`\bjust\s(?:for|when|if|the|those|these|on|in|from|to)\b`,
    String.raw`\b(?:not|never|no|nothing)\s(?:on|for|during|before|after|at|in|from|to|if|when|unless|between|over|under|weekends?|weekdays?|holidays?)\b`,
    // schedules, clock times, deadlines
    String.raw`\b(?:every|each)\s(?:(?:other|second|third|\d{1,3}(?:st|nd|rd|th)?|two|three)\s)?(?:minute|hour|day|morning|afternoon|evening|night|week|weekday|month|quarter|year|mon|tue|wed|thu|fri|sat|sun)`,
    String.raw`\b(?:daily|weekly|monthly|hourly|nightly|yearly|annually|quarterly|biweekly|fortnightly|weekdays?|weekends?|overnight|tonight|tomorrow|(?:business|office|working|opening) hours)\b`,
    String.raw`\b(?:at|by|before|after|until|till|from|around)\s(?:\d|noon|midnight|midday|lunch|(?:the\s)?end of|(?:mon|tues|wednes|thurs|fri|satur|sun)day|eod|close of)`,
    String.raw`\bwithin\b|\b\d{1,4}\s?(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?)\s(?:before|after|later|earlier|prior|from|of)\b|\b(?:before|after)\s(?:the|their|his|her|its|each|every|a|an|it|they|them)\b`,
    String.raw`\bon\s(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekdays|weekends)\b|\b(?:in the|every) (?:morning|afternoon|evening)\b`,
    String.raw`\b\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\bo'clock\b`,
    // a request reported: "Ravi asked us to …", "Anna wants a copy"
    String.raw`\b(?:asked|requested|suggested|wants|wanted|would like|'d like)\s(?:(?:me|us|you|them|him|her)\s)?(?:to\s|that\s|an?\s|for\s(?!(?:this|it|that|help|the (?:automation|workflow|change|update))\b))`,
    // someone added, a step added
    String.raw`\b(?:too|also|as well|cc|bcc|loop(?:ed)? in|in the loop|copied|a copy|approv\w*|sign[- ]off|first)\b`,
    // amounts compared, statuses, channels, addresses, quoted words
    String.raw`\b(?:over|under|above|below|more than|less than|at least|at most|exceed\w*|greater than|bigger than|worth|upwards of)\s(?:[$€£₹]|\d)|[$€£₹]`,
    String.raw`\b(?:slack|teams|whatsapp|sms|text message|telegram|discord)\b|[#@"⟦]`,
  ].join('|'),
);

/** A status the rule could test, said of the records now ("they're mostly VIPs"): not of the past's story. */
export const STATUS =
  /\b(?:overdue|unpaid|vip|vips|hot|cold|warm|qualified|won|lost|pending|cancell?ed|expired|inactive|no-?shows?|high[- ]value|priority|urgent|new)\b/;

/** "~40 leads a week", "about 200 invoices a month", "a few bookings a day": a statistic, not a schedule. */
const RATE =
  /(?:~\s?|\b(?:about|around|roughly|approximately|approx|maybe|nearly|almost|over|up to|at least|like|some|only|just|usually|typically)\s){0,2}(?:\d[\d,.]{0,12}\s?k?\+?|a (?:few|couple(?: of)?|dozen|handful(?: of)?|lot of)|dozens of|hundreds of|lots of|tons of|loads of|several|many|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)(?:[\s-]\w+)?)\s(?:[\p{L}-]+\s){0,5}?(?:a|an|per|each|every|\/)\s?(?:day|week|month|year|quarter)\b/gu;

const RATE_ONE = new RegExp(RATE.source, 'u');

/** "Most of our clients", "60% of invoices", "half the leads": a proportion, said about the business. */
const PROPORTION =
  /\b(?:most|many|half|some|a lot|lots|a few|the majority|majority|a third|a quarter|\d+\s?%|\d+ percent|almost all|nearly all)(?:\sof)?\s(?:our|my|the|their|them|these|those|us)?\b/;

/** Past times of the story: "Tuesday's call", "last week", "yesterday", "two days ago", "this morning". */
const PAST_TIME =
  /\b(?:(?:on|during|in|at|after|from)\s)?(?:(?:last|this past)\s)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?|(?:last|this past)\s(?:week|month|year|quarter|time)|yesterday(?:'s)?|this morning(?:'s)?|earlier (?:today|this week)|the other day|\w+ (?:days?|weeks?|months?) ago)(?:\s(?:call|meeting|chat|sync|standup|stand-up|catch-?up|conversation|demo|session|huddle|review))?\b/g;

/** Opens the message by pointing at the talk before it: "Following up on …", "As discussed …", "Per our call …". */
const OPENER =
  /^(?:(?:hi|hello|hey)\s[^,]{1,30},\s)?(?:following up (?:on|from|after|re)|as (?:discussed|promised|mentioned|agreed|requested|per)|per (?:our|my|your|the)|further to|circling back (?:on|to)|re our|after (?:our|my|your|the) (?:call|meeting|chat|conversation|sync|talk)|(?:quick\s)?follow[- ]up (?:on|from|to)|per ⟪name⟫|at ⟪name⟫'s request|on behalf of|(?:(?:a|just a)\s)?(?:(?:quick|small|little)\s)?(?:one|request|ask|favou?r|note|question|thing) from)(?![a-z])/;

/** Words that are no noun of a subject: a verb's auxiliaries. */
const AUX = String.raw`(?:is|are|was|were|be|been|being|gets?|got|should|will|would|must|has|have|had|can|could|needs?|keeps?)\b`;

/** Someone of the story: the writer, the reader, a team, a person named, what was talked about. */
const SUBJECT = String.raw`(?:i|we|you|he|she|this|that|everyone|someone|somebody|nobody|(?:my|our|your)\s(?:(?!${AUX})[a-z-]+\s)?(?!${AUX})[a-z-]+|the\s(?:sales\s)?(?:team|boss|owner|manager|office|founders?|ceo)|sales|marketing|finance|support|ops|[a-z]+ and i|⟪name⟫'s\s[a-z-]+|⟪name⟫(?:\s(?:and|&)\s(?:i|⟪name⟫))?)`;

/** A past tense: "asked", "said", "came up", "was", "had", "lost", "forgot". */
const PAST = new RegExp(
  `^(?:(?:so|well|basically|also|and|but|fyi|btw|just so you know|for context|oh and)[\\s,:]+)?${SUBJECT}(?:'ve\\s(?:been|[a-z]+ed|had|lost|spent|sent|made|got|gotten|seen|said|told)|\\s(?:(?:just|already|recently|also|really|finally|originally)\\s)?(?:[a-z]+ed|said|told|spoke|met|had|was|were|did|didn't|came|brought|went|saw|got|lost|forgot|made|took|left|thought|found|ran|sent|wrote|spent|gave|kept|knew|heard|felt|began|set|put|(?:have|has)\\s(?:been|[a-z]+ed|had|lost|spent|sent|made|got|gotten|seen|said|told)))\\b`,
);

/** "Last month a client complained": told from a past time, whoever did it. */
const PAST_LED =
  /^(?:last (?:week|month|year|quarter|time)|yesterday|earlier (?:today|this week)|the other day|[a-z]+ (?:days?|weeks?|months?) ago|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)[\s,]+(?:[a-z'-]+\s){1,4}?(?:[a-z]+ed|said|told|spoke|met|had|was|were|did|came|went|saw|got|lost|forgot|made|took|left|found|ran|sent|wrote|spent|gave|kept|knew|heard|felt|began)\b/;

/** A plan of the writer's, or of someone named, for later: "I'll write the copy later", "Ravi will send you …". */
const PLAN =
  /^(?:(?:so|also|and|but|oh and)\s)?(?:i|we|⟪name⟫|someone|my\s[a-z]+|our\s[a-z]+)(?:'ll|'m going to|'re going to|\s(?:will|am going to|are going to|is going to|can|plan to|intend to))\s/;
const PLANNED =
  /\b(?:later|separately|afterwards|soon|shortly|next week|next month|in a bit|in a while|myself|ourselves|on (?:my|our) (?:own|side|end))\b/;
/** What a plan hands the one building it: "you", the copy, the template, the details. */
const PLANNED_FOR_US =
  /\b(?:you|over|the (?:link|links|url|form|file|files|doc|docs|document|assets|images|photos)|the (?:email |message )?(?:copy|text|wording|content|template|templates|details|logo|design|credentials|login|access|api key|examples?|rest)|(?:email |message )?(?:copy|wording|templates?)|more (?:info|details))\b/;
/** Someone a plan of ours could be sending to: then it is an action of the workflow's, not material for us. */
const THIRD =
  /\b(?:them|him|her|the (?:client|customer|lead|patient|guest|contact)s?|clients|customers|leads|patients|everyone)\b/;

/** An action of the workflow's, which a plan of ours to do it later could be. */
const ACTION =
  /\b(?:send|email|e-mail|notify|remind|text|message|post|call|ping|tell|invoice|bill|chase|follow up|book|schedule|tag|mark|assign|update|add|create|log|forward)\b/;

/** "I own a hair salon", "We have a real estate office in Toronto", "We're a 5-person agency": the business. */
const BUSINESS =
  /^(?:(?:so|well|hi|hello|hey|quick background|a bit of background)[\s,:-]+)*(?:(?:my name is|this is|i'm|i am)\b|(?:i|we|my\s(?:wife|husband|partner|business partner|co-?founder|sister|brother|friend)\sand\si)(?:'m|'re|'ve got|\s(?:(?:currently|also|basically|just)\s)?(?:own|co-own|run|have|manage|operate|am|are|work|lead|head|use|'re using|are using|sell|offer|provide|teach|coach|host|rent|serve|specialise|specialize|started|opened|founded|co-founded))|(?:my|our)\s(?:[a-z-]+\s){0,2}?(?:company|business|shop|salon|clinic|firm|agency|practice|studio|team|office|store|restaurant|cafe|café|gym|school|startup|brand)\s(?:is|has|sells|does|makes|provides|offers|runs|works|helps|'s))\b/;

/** Where the materials are: "The email copy is in the shared drive", "The template is attached". */
const MATERIAL =
  /^(?:(?:also|and|fyi|btw|oh and)[\s,]+)?(?:the|our|my)\s(?:[a-z-]+\s)?(?:copy|template|templates|wording|text|logo|design|details|doc|document|list|spreadsheet|script|content|brief|assets|branding)\s(?:is|are|'s|will be)\s(?:already\s|all\s)?(?:in|attached|below|above|linked|saved|ready|coming|being|on|tbd|to follow|in progress|written|shared|here|there|done)\b/;

/** Problems and reasons the rule answers: "sales keeps forgetting", "leads go cold", "because it takes ages". */
const REASON = new RegExp(
  `^(?:(?:because|since|that's why|this is because|the reason is(?: that)?)\\s|(?:(?:so|well|and|but|honestly|basically)\\s)?(?:${SUBJECT}|it|(?:the|our|my)\\s(?:(?!${AUX})[a-z-]+\\s)?(?!${AUX})[a-z-]+|(?:leads|clients|customers|invoices|things|stuff|emails|messages|bookings)(?:\\s[a-z]+)?)(?:\\s|(?='))(?:(?:always|often|usually|sometimes|constantly|still|just)\\s)?(?:keeps?\\s[a-z]+ing|forgets?|misses|miss|loses?|struggles?|complains?|hates?|wastes?|goes\\scold|go\\scold|falls?\\sthrough|slips?\\sthrough|gets?\\s(?:lost|forgotten|missed|buried)|takes?\\s(?:forever|ages|too long|a lot of time|hours)|(?:has been|'s been|is|are|'s|'re)\\s(?:(?:so|very|really|too|always|pretty|quite|a bit)\\s)?(?:(?:a|an|our)\\s(?:(?:real|huge|big|constant|major)\\s)?(?:pain(?: point)?|headache|nightmare|problem|issue|struggle|bottleneck)|slow|painful|manual|tedious|a pain|error-prone|annoying|time-consuming|messy|chaotic|hectic|busy|swamped|overwhelmed|a mess|a nightmare|easy to forget|forgotten)))`,
);

/** The story's own names: after thanks, with whom a call was, whose idea it was, where the business is. */
const STORY_NAME =
  /\b(thanks|thank you|thx|cheers|kudos to|shout-?out to|credit to|with|by|and|asked|told|in|at|near|based in|located in|out of|use|using|name is|this is|i'm)\s⟪name⟫(?:\s⟪name⟫)?(?:'s)?/g;

/** Politeness that names someone or asks the reader: "(thanks Ravi!)", "Thanks for picking this up". */
const POLITE =
  /^(?:(?:and|oh and|also|again|p\.?s\.?)[\s,]+)?(?:(?:many |big |huge )?(?:thanks|thank you|thx|ty|cheers|kudos|shout-?out)(?:\sso much|\sagain|\sa lot)?(?:\s(?:to\s)?⟪name⟫)?(?:\s(?:for|to)\s(?:(?:picking|taking|looking|setting|sorting|helping|putting|working|jumping|reading|checking)(?:\s(?:up|on|into|out|over|at))?(?:\s(?:this|it|that|me|us))?(?:\s(?:up|on|out|over|together))?|(?:this|that|it|all (?:this|that)|your help|the help|everything|all your help|the quick turnaround|doing this|getting this done|the (?:idea|suggestion|tip|heads-up|push|reminder to do this)|flagging this|raising this))(?:\s(?:on|with)\s(?:this|it|that))?)?|let (?:me|us) know (?:if|whether) [a-z⟪⟫ -]{1,40} (?:is|are|would be|works?|sounds?)(?:\s(?:fine|ok|okay|good|better|best|possible|doable|enough|alright|all right|feasible|clear|acceptable|preferable|easier|simpler|right|great|for you|better for you|the right (?:channel|way|approach|place|tool)))*(?:,?\sor\s(?:if\s)?(?:you(?:'d| would)?\s(?:prefer|rather)\s)?[a-z⟪⟫ -]{1,30})?)[\s!.,]*$/;

/** Every zone name in a text, in order (a few at most). */
const zonesIn = (text: string): string[] => {
  const out: string[] = [];
  let rest = text;
  for (let m = ZONE_NAME.exec(rest); m && out.length < 4; m = ZONE_NAME.exec(rest)) {
    out.push(m[0]);
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
};

/** Capitalised words that are no names: calendar words, and the words a sentence starts with. */
const CALENDAR =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s|s)?$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$|^(?:CRM|API|SMS|CEO|CFO|COO|CTO|PDF|URL|FYI|ASAP|EOD|PS|B2B|B2C|SaaS|HR|IT|AM|PM|UK|US|EU)$/i;
const NOT_A_NAME =
  /^(?:the|a|an|we|our|my|this|that|these|those|they|it|there|when|if|every|each|please|so|and|but|also|as|per|following|further|after|before|last|since|because|on|in|at|for|with|from|to|of|by|hi|hello|hey|dear|thanks|thank|yesterday|today|once|while|what|who|how|why|where|here|all|some|most|any|no|not|just|only|both|either|everything|nothing|something|one|two|three|few|many|several|sorry|ok|okay|yes|yeah|well|right|currently|recently|basically|honestly|unfortunately|luckily|sadly|hopefully|ideally|again|still|even|maybe|perhaps|our|your|their|his|her|its|you|he|she|i|me|us|them|him|invoice|invoices|lead|leads|client|clients|customer|customers|booking|bookings|payment|payments|email|emails|form|deal|deals|order|orders|sales|team|everyone|someone|nobody|just|then|new)$/i;

/** What follows someone's name when they did or will do something. */
const DID =
  /^\s+(?:[a-z]+ed|brought|said|told|spoke|met|came|went|saw|got|made|took|thought|found|sent|wrote|gave|kept|knew|heard|wants|will|is|was|has|had|and)\b/;

/** Marks capitalised names (not the first word, not "I") so the lower-case patterns can see them. */
const markNames = (cased: string): string => {
  const words = cased.split(/(\s+)/);
  return words
    .map((w, i, all) => {
      const m = /^([(]?)([A-Z][\p{L}'-]*?)((?:'s)?[)!.,?:;]*)$/u.exec(w);
      const word = m?.[2] ?? '';
      if (!m || /^(?:I|I'[a-z]+|OK)$/.test(word) || CALENDAR.test(word)) return w.toLowerCase();
      // at a clause's start a word is a name only as someone's ("Ravi's team") or as the subject of what someone
      // did or will do ("Ravi asked …")
      const opening = i === 0 || /[,!:;]$/.test(all[i - 2] ?? '');
      const owner = (m[3] ?? '').startsWith("'s");
      const acting = DID.test(words.slice(i + 1).join(''));
      if (
        opening &&
        (NOT_A_NAME.test(word.split("'")[0] ?? word) || (!owner && (word.includes("'") || !acting)))
      )
        return w.toLowerCase();
      return `${m[1]}⟪name⟫${m[3]?.toLowerCase() ?? ''}`;
    })
    .join('');
};

/** Why the sentence is story, or undefined when it is not (it stays, for the grammars to read or refuse). */
export type Story = { readonly zones: readonly string[] };

/**
 * Whether a sentence, as written, only tells the story. `lower` is the sentence as the grammars see it (lower case,
 * spelling corrected, formulas out); `cased` keeps the writer's capitals for the names; `first` says it opens the
 * request; `note` that it sits under a context label ("Context:", "Rationale:"), where any statement is story.
 */
export const storyOf = (
  cased: string,
  lower: string,
  first: boolean,
  note: boolean,
  request: boolean,
): Story | undefined => {
  const zones = zonesIn(lower)
    .filter((place) => !WEAK_NAMES.has(place))
    .map((place) => {
      const written = cased.toLowerCase().indexOf(place);
      return written >= 0 ? cased.slice(written, written + place.length) : place;
    });
  const named = markNames(cased.replace(/[‘’`´]/g, "'"));
  if (POLITE.test(named.trim())) return { zones };
  if (request) return undefined;
  // an imperative anywhere ("Because they forget, send a reminder") is the rule's
  if (lower.split(/[,;:]\s|\s(?:and|so|then)\s/).some((clause) => VERB_START.test(clause.trim())))
    return undefined;
  // names the story tells ("thanks Ravi", "a call with Ravi", "an office in Toronto"); any other is a rule's
  const unnamed = named
    .replace(STORY_NAME, '$1')
    .replace(/⟪name⟫(?=\s(?:will|'ll|is going to)\b)/, 'someone');
  let s = lower;
  const opener = OPENER.exec(named.trim());
  const past =
    PAST.test(unnamed.replace(PAST_TIME, ' ').replace(/^[\s,]+/, '')) ||
    PAST_LED.test(lower) ||
    opener !== null;
  PAST_TIME.lastIndex = 0;
  if (past) s = s.replace(PAST_TIME, ' ');
  const statistic = RATE_ONE.test(s) || PROPORTION.test(s);
  s = s.replace(RATE, ' ').replace(PROPORTION, ' ');
  // "I'll write the copy later", "Ravi will send you the template": never "we'll send them a survey later"
  const plan =
    PLAN.test(unnamed.trim()) &&
    ((PLANNED_FOR_US.test(s) && !THIRD.test(s)) ||
      (!/^(?:\S+\s)?we\b/.test(unnamed.trim()) && PLANNED.test(s) && !ACTION.test(s)));
  if (plan) s = s.replace(/\b(?:later|soon|shortly|next (?:week|month)|tomorrow)\b/g, ' ');
  if (GUARD.test(s) || (!past && STATUS.test(s))) return undefined;
  const otherNames = /⟪name⟫/.test(unnamed);
  const shaped =
    note ||
    past ||
    plan ||
    statistic ||
    REASON.test(unnamed.trim()) ||
    MATERIAL.test(unnamed.trim()) ||
    (first && BUSINESS.test(unnamed.trim()));
  if (!shaped) return undefined;
  if (otherNames && !past && !plan) return undefined;
  return { zones };
};

/**
 * "As discussed with Anna last week: when …", "Following up on Friday's call, could we …": the opener before the
 * rule in the same sentence. Returns the opener as written (to be said back) when it tells nothing but the talk
 * before, and the rule after it; undefined otherwise.
 */
export const openerOf = (cased: string): readonly [opener: string, rest: string] | undefined => {
  const m = /^([^,:;—]{6,90}?)(?:\s?[,:;—]|\s[-–])\s+(?=\S)/u.exec(cased);
  const phrase = m?.[1];
  if (!m || !phrase || !OPENER.test(markNames(phrase).replace(/^\s+/, ''))) return undefined;
  const told = phrase
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(PAST_TIME, ' ');
  PAST_TIME.lastIndex = 0;
  if (GUARD.test(told) || STATUS.test(told)) return undefined;
  return [phrase.trim(), cased.slice(m[0].length)];
};
