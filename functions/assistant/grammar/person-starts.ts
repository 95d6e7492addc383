import { PERSON } from './nouns';

/**
 * A run a person starts, said by its device or by the person's own run verb (issue #16, session 43). The MEANING: a
 * device of mine to start it (a button, a shortcut, a link, a one-click) said first, or I (we) start it myself,
 * said anywhere, also after the steps. Put in the forms manual-starts.ts and the trigger shape read ("When I click
 * the button, …", "When I run it manually, …").
 *
 *   a device      a few words naming it, then the steps: "storm day button - cancel …", "need a button: email …",
 *                 "emergency button for when we have to close - …" (the occasion said is when I press it, no event)
 *   pressed       I press/click a button and it acts: "I want to click one button and invoice …", "at the start of
 *                 each term I click one button and …" (an occasion with no clock or calendar said back as mine)
 *   myself        the steps, then who starts them: "send … to everyone tagged newsletter. I'll kick it off myself",
 *                 "…, we'll trigger it by hand"
 * Never read: a device with more words than a name ("the buy button on our site gets clicked"), a run verb of a
 * habit ("we do this by hand now", "I run it every Monday"), a start said after steps that have their own time or
 * event ("every Monday at 9 email …, I'll kick it off myself"), a device named by the records it limits ("vip
 * button: …", "new leads button - …").
 */

/** What a device is called: "button", "one-click", "shortcut", "link". */
const DEVICE = '(?:button|one-click|shortcut|quick\\slink|run\\slink)';
const WANT =
  "(?:(?:i|we)(?:'d|\\swould)?\\s(?:want|need|like|love)\\s|(?:need|want)\\s|(?:can|could)\\s(?:i|we)\\s(?:get|have)\\s|(?:(?:can|could)\\s(?:you|u)\\s)?(?:please\\s)?(?:give|make|build|set|add|get)\\s(?:me|us)(?:\\sup)?\\s|(?:please\\s)?(?:set\\sup|add|make|build|create)\\s)?";
/** Up to three words naming the device ("storm day", "emergency", "snow-day"). */
const NAMED = "((?:[a-z][\\w'-]*\\s){0,3}?)";
/** The occasion I press it on, said as why ("for when we have to close, snow, flooding etc"). */
const FOR_OCCASION = '\\sfor\\s(?:when(?:ever)?|if)\\s[^:;.!?–—]{3,80}?\\s?[-–—:]\\s';
/** What the device is for, named ("for the salon:", "for snow days -"): its name, checked as one. */
const FOR_JOB = "\\sfor\\s((?:[a-z][\\w'-]*\\s){0,4}?[a-z][\\w'-]*)\\s?[:–—-]\\s";
/** "… button - when I press it, …": the press said again after the device, the same start. */
const PRESSED_THEN =
  '(?:(?:when(?:ever)?|each\\stime|every\\stime|once)\\s(?:i|we)\\s(?:press|click|hit|tap|push|run)\\s(?:it|the\\sbutton)\\s?,?\\s)?';
const DEVICE_FIRST = new RegExp(
  `(^|[.!?]\\s)${WANT}(?:(?:a|an|one|the|my|our)\\s)?${NAMED}${DEVICE}(?:\\s(?:i|we)\\s(?:can\\s)?(?:press|click|hit|tap|push|use))?(?:\\s(?:whenever|any\\s?time))?(${FOR_OCCASION}|${FOR_JOB}|\\s(?:that|which)\\s(?:will\\s)?|\\s?[:–—-]\\s)${PRESSED_THEN}`,
  'gi',
);

/** A name that limits records or says a time or event is no device's name: the request is left as it was. */
const NOT_A_NAME =
  /\b(?:when|whenever|if|every|each|after|before|once|unless|until|only|from|tagged|with|without|over|under|who|whose|that|which|qualified|lost|unpaid|overdue|paid|vip|vips|new|all|any|leads?|clients?|customers?|invoices?|bookings?|on|in|at|of|to|daily|weekly|monthly|morning|evening|is|are|gets?|was)\b|\d/i;

/** Someone in the occasion ("for when a lead signs up"): an event, never mine to judge. */
const SOMEONE = new RegExp(`\\b(?:someone|somebody|anyone|anybody|${PERSON})\\b`, 'i');

/** "the buy button that customers click …": pressed by someone else, an event of theirs, never my start. */
const PRESSED_BY = new RegExp(
  `^(?:(?:a|an|the|our|my|some|any)\\s)?(?:someone|somebody|anyone|people|they|you|${PERSON})\\b`,
  'i',
);

/** An occasion with a clock or a calendar is a schedule, never when I press it. */
const CLOCK =
  /\d|\b(?:every|daily|weekly|monthly|nightly|morning|evening|night|noon|midnight|day|week|month|year|mon|tues|wednes|thurs|fri|satur|sun)(?:days?)?\b/i;

/** "I want to click one button and …", "at the start of each term I press a button and it …". */
const PRESSED_AND =
  /(^|[.!?]\s)((?:at|on|when(?:ever)?|if|once|before|after)\s[^:;.!?,]{3,60}?,?\s)?(?:i|we)(?:'d\slike\sto|\swould\slike\sto|\swant\sto|\s(?:can|could)(?:\sjust)?|'ll|\swill|\sjust)?\s(?:click|press|hit|tap|push)\s(?:a|one|the|a\ssingle|one\ssingle|my|our)\s(?:[a-z][\w'-]*\s)?button\s(?:and\s(?:it\s)?(?:then\s)?|to\s)(?=[a-z])/gi;

/** "I'll hit the button myself when the pool is shut: …": my press, then the steps. */
const PRESS_FIRST =
  /(^|[.!?]\s)(?:i|we)(?:'ll|\swill|\scan|\sjust)?\s(?:hit|press|click|tap|push)\s(?:the|a|our|my)\s(?:[a-z][\w'-]*\s)?button(?:\s(?:myself|ourselves))?(\s(?:when(?:ever)?|if)\s[^:;.!?–—]{3,60}?)?\s?[:–—-]\s/gi;

/** "I'll kick it off myself", "we'll trigger it by hand": said after the steps, to the end. */
const MYSELF_AFTER =
  /(?:[.!?;]\s|,\s|\s[-–—]\s)(?:and\s)?(?:i|we)(?:'ll|\swill|'d\slike\sto|\swould\slike\sto|\swant\sto|\scan)?\s(?:(?:just|simply)\s)?(?:(kick|fire|set)\s(?:it|this)\soff|(trigger)\s(?:it|this)|(?:run|start|launch|send)\s(?:it|this))(\s(?:myself|ourselves|manually|by\shand|on\sdemand))?(?:\s(?:when(?:ever)?\s(?:i|we)(?:'m|'re|\sam|\sare)\sready|whenever))?\s?[.!]*$/i;

/** Steps that have their own time or event: a start by hand after them is no start. */
const OWN_START =
  /\b(?:when|whenever|if|once|after|as\ssoon\sas|(?:every|each)\s(?:other\s)?(?:\d|day|week|month|year|hour|morning|evening|night|weekday|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)|daily|weekly|monthly|nightly|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b|\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b/i;

export const personStartsSaid = (text: string): string => {
  const out = text
    .replace(
      DEVICE_FIRST,
      (m, start: string, name: string, link: string, job: string | undefined, at: number, all: string) =>
        NOT_A_NAME.test(name) ||
        SOMEONE.test(link) ||
        (job && NOT_A_NAME.test(job)) ||
        PRESSED_BY.test(all.slice(at + m.length))
          ? m
          : `${start}When I click the button, ${/^\s(?:that|which)\s/i.test(link) ? 'it ' : ''}`,
    )
    .replace(PRESS_FIRST, (m, start: string, occasion?: string) =>
      occasion && (CLOCK.test(occasion) || SOMEONE.test(occasion)) ? m : `${start}When I click the button, `,
    )
    .replace(PRESSED_AND, (m, start: string, occasion?: string) =>
      occasion && (CLOCK.test(occasion) || SOMEONE.test(occasion)) ? m : `${start}When I click the button, `,
    );
  const mine = MYSELF_AFTER.exec(out);
  if (!mine || mine.index === 0) return out;
  const [, kick, trigger, hand] = mine;
  if (!kick && !trigger && !hand) return out;
  // "… the new brochure when I'm ready. I'll run it myself": when I run it, no event
  const steps = out
    .slice(0, mine.index)
    .replace(/\s(?:when(?:ever)?|once)\s(?:i|we)(?:'m|'re|\sam|\sare)\sready\b/i, '');
  return OWN_START.test(steps) || /^when\si\s/i.test(steps) ? out : `When I run it manually, ${steps}`;
};
