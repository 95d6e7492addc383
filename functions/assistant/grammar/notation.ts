import type { EventName } from '../../../statemachines/events';
import { readShapes } from './events';
import { toolsEventType } from './named-tools';
import { TRADE_ROLE } from './roles';
import { DONE_TO_SOMEONE, RECORD_WORDS } from './rule-words';
import { VERBS } from './split';
import { LEAD_STATUS_WORDS } from './statuses';
import { timeline } from './timeline';

/**
 * Requests written as spec or ticket lines (RevOps / ops notation), rewritten into the words the grammars read. Each
 * rule handles a whole dimension of the notation, not a list of phrasings:
 *
 *   event names        any catalogue event written literally, with or without backticks, "On", "trigger:",
 *                      "->", ":" — "lead.created ->", "On `booking.cancelled`:" → "When a new lead is added, …";
 *                      another dotted name in the trigger's place ("deal.won ->") → "When a deal is won" (read or
 *                      refused by the event grammar, never taken as an unknown event)
 *   field paths        "lead.status", "invoice.total", "lead.lastContactedAt" → "the lead's status", …
 *   operators          "!=", "≠", "<>" → "is not"; "==" → "="
 *   statuses           "closed-won", "Closed_Lost" → "closed won", "closed lost" (one status word, not "closed")
 *   lists              "tags: [event-2026, vip]" → "tagged event-2026 and vip" after with/where/if, else
 *                      "tag them event-2026 and vip"
 */

/** Each catalogue event in words the trigger grammar reads (a Record, so a new event cannot be forgotten). */
const EVENT_WORDS: Record<EventName, string> = {
  'lead.created': 'a new lead is added',
  'lead.updated': 'a lead is updated',
  'email.received': 'an email is received',
  'email.sent': 'an email is sent',
  'file.updated': 'a file is updated',
  'form.submitted': 'a form is submitted',
  'booking.created': 'a booking is made',
  'booking.cancelled': 'a booking is cancelled',
  'invoice.created': 'an invoice is created',
  'invoice.paid': 'an invoice is paid',
  'invoice.overdue': 'an invoice is overdue',
  'workflow.started': 'a workflow starts',
  'workflow.completed': 'a workflow completes',
  'workflow.failed': 'a workflow fails',
  'approval.requested': 'a run is waiting for approval',
  'webhook.received': 'a webhook is received',
};

const isEvent = (name: string): name is EventName => Object.hasOwn(EVENT_WORDS, name);

/**
 * A dotted name in backticks or quotes, or bare: "lead.created", "`invoice.paid`", "Deal.Closed_Won", with what may
 * stand before it in the trigger's place ("On", "trigger:", "When", "Event ="). Not inside an address, a link or a
 * domain ("ops@lead.io", "https://form.typeform.com", "Booking.com"): no "@", "/", "." or word before, no "." and a
 * word after, no top-level domain after the dot.
 */
const DOTTED =
  /(?<![@/.\w-])((?:(?:trigger(?:ed)?(?: (?:on|by))?|event|on|upon|when|whenever|once|after|if|listen(?:ing)? (?:for|to))(?: ?[:=] ?| )(?:(?:an?|the|every|each) )?)?)([`'"]?)(lead|leads|deal|deals|contact|contacts|opportunity|opp|invoice|invoices|payment|payments|booking|bookings|meeting|meetings|appointment|call|email|emails|message|reply|form|forms|file|files|document|workflow|workflows|run|approval|webhook|subscription|order|ticket|trial|demo|account|customer|signup|sign_up)\.(?!(?:com|io|ai|net|org|app|co|me)\b)([a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)\2(?: (?:events?|fires|is fired|is emitted|happens))?(?![\w@/-]|\.\w)/gi;

/** Where a trigger starts: the start, or after a sentence, a colon, an arrow, a bracket or a line. */
const triggerPlace = (before: string): boolean => {
  const last = before.trimEnd().slice(-1);
  return last === '' || '.;:!?→(>'.includes(last);
};

/** The end of an event's verb ("deal.won", "payment.received"); anything else is a record's field ("lead.status"). */
const EVENT_VERB = /(?:ed|en|won|lost|paid|sent|made|done|overdue|received|submitted|booked)$/i;

const words = (s: string): string =>
  s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

const singular = (noun: string): string => noun.toLowerCase().replace(/s$/, '').replace(/_/g, ' ');
const article = (noun: string): string => (/^[aeiou]/.test(noun) ? 'an' : 'a');

/** "lead.created" in the trigger's place → "When a new lead is added"; a field path → "the lead's status". */
const dottedNames = (text: string): string =>
  text.replace(DOTTED, (all, leadIn: string, _q: string, noun: string, rest: string, at: number): string => {
    // "stripe says a payment failed (invoice.payment_failed)": the provider's event type, read by named-tools.ts
    if (leadIn === '' && toolsEventType(text, at)) return all;
    const name = `${noun}.${rest}`.toLowerCase();
    const placed = leadIn !== '' || triggerPlace(text.slice(0, at));
    const field = words(rest);
    if (isEvent(name) || (placed && EVENT_VERB.test(rest) && !/^days? ?overdue$/.test(field))) {
      const said = isEvent(name)
        ? EVENT_WORDS[name]
        : `${article(singular(noun))} ${singular(noun)} is ${field}`;
      const connective = /\b(?:when|whenever|once|after)\b/i.exec(leadIn)?.[0]?.toLowerCase() ?? 'when';
      return `${at === 0 ? connective.charAt(0).toUpperCase() + connective.slice(1) : connective} ${said}`;
    }
    // "invoice.daysOverdue": the overdue event's own field, said as the grammars say it
    if (field === 'days overdue') return `${leadIn}days overdue`;
    return `${leadIn}the ${singular(noun)}'s ${field}`;
  });

/** Sales-ops nouns for the catalogue's events, said after "On" where the trigger stands ("On form fill ->"). */
const EVENT_NOUNS: readonly [RegExp, string][] = [
  [/^form submission$/, 'a form is submitted'],
  [
    /^(?:inbound\s+)?(?:reply|replies|response|email reply)(?:\s+received)?$|^inbound\s+(?:email|message)$/,
    'a lead replies',
  ],
  [/^(?:booking|meeting booked|demo booked|call booked|booking created)$/, 'a booking is made'],
  [/^(?:cancell?ation|booking cancell?ed|cancell?ed booking)$/, 'a booking is cancelled'],
  [/^(?:payment(?:\s+received)?|invoice paid)$/, 'an invoice is paid'],
  [/^(?:sign[\s-]?up|lead|lead created|inbound lead)$/, 'a new lead is added'],
  [/^(?:closed won|deal won|won deal)$/, 'a deal is won'],
  [/^(?:closed lost|deal lost|lost deal)$/, 'a deal is lost'],
  [/^(?:overdue invoice|invoice overdue)$/, 'an invoice is overdue'],
];

/** "On form fill ->", "Upon inbound reply:", "After closed-won,": the event said by its noun where a trigger stands. */
const ON_NOUN =
  /(^|[.;\n][^\S\n]{0,3})(on|upon|after)\s+(?:(?:a|an|the|every|each|any)\s+)?(?:new\s+)?([a-z][a-z -]{2,30}?)(?=\s*(?:->|→|=>|:|,))/gi;

/** Sales-ops words for what the grammars read: form fills, dunning, Slack DMs, AR, "-> my email", EOM. */
const jargon = (text: string): string =>
  text
    .replace(/\bclosed[\s_-]+(won|lost)\b/gi, (_m, s: string) => `closed ${s.toLowerCase()}`)
    .replace(
      /\bform[\s-]?(?:submit|submission|fill(?:[\s-]?out)?|fillout|completion)s?\b/gi,
      'form submission',
    )
    .replace(ON_NOUN, (all, start: string, on: string, noun: string) => {
      const event = EVENT_NOUNS.find(([re]) => re.test(noun.toLowerCase()))?.[1];
      if (!event) return all;
      const when = /^after$/i.test(on) ? 'after' : 'when';
      return `${start}${start.trim() || !start ? when.charAt(0).toUpperCase() + when.slice(1) : when} ${event}`;
    })
    // "start dunning", "a dunning email": the overdue invoice's reminder
    .replace(
      /\b(?:start|run|kick off|begin|trigger|send)\s+(?:the\s+)?dunning(?:\s+(?:sequence|flow|process|cadence|emails?|reminders?|notices?))?\b/gi,
      'send an invoice reminder',
    )
    .replace(
      /\b(?:an?\s+)?dunning\s+(?:email|e-mail|reminder|notice|letter|message)(s?)\b/gi,
      'an invoice reminder$1',
    )
    // "Slack DM to Anna", "DM the AE on Slack", "send a Slack message to the owner": that person, on Slack
    .replace(
      new RegExp(
        `\\b(?:send\\s+(?:an?\\s+)?)?(?:slack\\s+(?:dm|direct message|message|msg)\\s+(?:to\\s+)?|dm\\s+)(${TRADE_ROLE}|(?:the|our|their)\\s+(?:assigned\\s+)?[a-z]+|[A-Z][a-z]+)(?:\\s+(?:on|in|via)\\s+slack)?`,
        'gi',
      ),
      (all, who: string) =>
        /^(?:the|our|their|whoever)\s/i.test(who) ||
        (/^[A-Z]/.test(who) && !/^(?:For|When|If|To|On|About)$/.test(who))
          ? `notify ${who} on Slack`
          : all,
    )
    // "the coaches channel (#coaches)", "… the coaches channel know on slack (#coaches)": one channel named twice,
    // the bracket its Slack name (never a second post)
    .replace(/\b(?:the|our)\s(?:[\w-]+\s){1,2}channel\s?\((#[\w-]+)\)/gi, '$1')
    .replace(/\s?\(\s?#([\w-]+)\s?\)/g, (all, name: string, at: number, text: string) => {
      const before = (
        text
          .slice(0, at)
          .split(/[.!?]\s/)
          .at(-1) ?? ''
      ).toLowerCase();
      const channel = name.toLowerCase();
      return before.includes(`the ${channel} channel`) ||
        Array.from(before.matchAll(/#[\w-]+/g), (m) => m[0]).includes(`#${channel}`)
        ? ''
        : all;
    })
    // "-> my email", ": to my inbox": emailed to me
    .replace(/(→|->|:)\s*(?:to\s+)?my\s+(?:email|inbox|e-mail)\b/gi, '$1 email me')
    // "email lead", "remind attendee": the person the workflow is about, written without "the"
    .replace(
      /\b(email|e-mail|mail|message|text|thank|remind)\s(lead|contact|customer|client|prospect|attendee)\b(?!\s(?:owner|magnet|list|form|source|status|score|value|gen|team|manager))/gi,
      '$1 the $2',
    )
    // "-> AE", ": SDR": a role alone where a step stands is told
    .replace(/(→|->|:)\s?(?:the\s)?(AE|AM|SE|CSM|SDR|BDR)s?(?=\s?(?:[;.,]|$))/g, '$1 notify the $2')
    // "£200+ → me.", "-> me": a step that is only "me" after an arrow tells me
    .replace(/(→|->)\s?me(?=\s?(?:[;.]|$))/gi, '$1 notify me')
    // "-> me, email", ": me (email)": emailed to me
    .replace(/(→|->|:)\s?me,?\s(?:by\s|via\s)?\(?e-?mail\)?/gi, '$1 email me')
    // "lead.created (source: webinar)": what the event must carry, in brackets after it
    .replace(
      /^(when [^,→()]{3,60}?)\s?\(\s?(status|source|stage|value|company)\s?(?:[:=]|==)\s?([^()]{1,40}?)\s?\)/i,
      '$1 where $2 = $3',
    )
    // "→ dunning: day 3 reminder, …": the heading of a timeline
    .replace(/\bdunning\s?:\s?(?=(?:day\s\d|[td]\s?\+|\+\d))/gi, '')
    // "notify AM", "escalate to SE": a role written bare
    .replace(
      /\b(notify|email|tell|ping|alert|cc|to|loop in|escalate to|inform)\s(AM|AE|SE|CSM|SDR|BDR)s?\b/g,
      '$1 the $2',
    )
    // "today's attendees", "tomorrow's guests", "tomorrow's viewers": everyone with a booking that day (the one
    // who views, visits, attends; any trade's clients of the day)
    .replace(
      /\b(today|tomorrow)'s\s(?:attendees|guests|invitees|participants|viewers|visitors|interviewees|clients|customers|patients|students|candidates|appointments'\s(?:clients|people))\b/gi,
      (_m, day: string) => `everyone with a booking ${day.toLowerCase()}`,
    )
    // "leads with no reply for 7d": who have not replied in that time
    .replace(
      /\bwith\sno\s(?:reply|replies|response|answer)\s(?:for|in|within|after)\s(\d{1,3})\s?(?:(d)(?:ays?)?|(w)(?:eeks?)?|(h)(?:ours?)?)\b/gi,
      (_m, n: string, d?: string, w?: string) =>
        `who haven't replied in ${n} ${d ? 'days' : w ? 'weeks' : 'hours'}`,
    )
    // "notify AR", "cc the AR team": accounts receivable, the finance team
    .replace(
      /\b(notify|email|tell|ping|alert|cc|to|loop in|escalate to|inform)\s+(?:the\s+)?AR(?:\s+team)?\b(?!\s+(?:aging|report|summary|digest|overview))/g,
      '$1 the finance team',
    )
    // "-> team email", "to the sales team inbox": that team, by email
    .replace(
      /(\bto|→|->|:)\s*(?:the\s+|our\s+)?((?:[a-z]+\s+)?team|sales|finance|ops|support)\s+(?:e-?mail|inbox|mailbox|distro|mailing list)\b/gi,
      (_m, to: string, team: string) => {
        const who = `the ${/team$/i.test(team) ? team : `${team} team`}`;
        return /^to$/i.test(to) ? `to ${who} by email` : `${to} email ${who}`;
      },
    )
    // "the AR report", "AR aging summary": what is owed, the unpaid invoices
    .replace(/\bAR(?:\s+aging)?\s+(report|summary|digest|overview)\b/g, '$1 of unpaid invoices')
    // "EOM", "EOM (last calendar day)", "the last calendar day of the month": the month's last day
    .replace(
      /\bEOM\b(?: ?\( ?last (?:calendar )?day(?: of (?:the )?month)? ?\))?/g,
      'on the last day of the month',
    )
    .replace(/\blast\s+calendar\s+day\b/gi, 'last day')
    // "Monthly, on the last day": one schedule, not two clauses
    .replace(/\b(monthly|(?:every|each) month),\s(?=on the last\b)/gi, '$1 ');

/**
 * "status = contacted" where a step stands (the start, after an arrow, a colon, a semicolon, a comma or "then"): the
 * field set; after "if", "when", "where", "with" or "and" it stays a comparison for the condition grammar.
 */
const ASSIGNMENT =
  /(?<=(?:^|[,;:→>]|\b(?:then|else|otherwise))\s{0,3})(?:set\s+)?(?:(?:the\s+)?(?:lead|deal|contact)(?:'s|\.)?\s+|their\s+)?(status|stage|value|deal value)\s*(?:=|:=|:)\s*([\w$€£][\w.,$€£ -]{0,30}?)(?=\s*(?:[,;.→]|->|$|\s(?:and|then)\s))/gi;

/** Rewrites spec notation into the grammars' words; text in any other notation is returned as it was. */
/** Words of a heading that say which records the rule is for ("VIP", "tagged", "from", "only", a status). */
const RESTRICTING =
  /\b(?:vips?|tag|tags|tagged|from|only|source|status|stage|over|under|above|below|paid|unpaid|overdue)\b/i;

/** A heading that is itself an event ("File uploaded: if …", "Class cancelled: when …"): the trigger, never dropped. */
const namesEvent = (heading: string): boolean => {
  const said = heading.replace(/(?:\s?:|\s-)\s$/, '').toLowerCase();
  return readShapes(said)?.length === said.length;
};

/** A heading before a dash that names a message ("Payroll reminder - …", "Daily wrap-up - …"); "Treatment invoices - …" is kept. */
const MESSAGE_HEADING =
  /\b(?:reminder|wrap-?up|summary|report|digest|recap|round-?up|update|alert|email|message|nudge|check-?in|notice)s?\s-\s$/i;
const ACTION_SAID = new RegExp(`\\b(?:${VERBS})\\b`, 'i');

export const specNotation = (text: string): string => {
  return (
    timeline(jargon(dottedNames(text)))
      // "daysOverdue > 45", "days_overdue >= 30": the overdue days compared
      .replace(/\bdays[\s_]?overdue\s*(>=|≥|=>|>|<=|≤|<)\s*(\d+)/gi, (_m, op: string, n: string) => {
        const cmp = /^(?:>=|≥|=>)$/.test(op)
          ? 'at least'
          : op === '>'
            ? 'more than'
            : /^(?:<=|≤)$/.test(op)
              ? 'at most'
              : 'less than';
        return `${cmp} ${n} days overdue`;
      })
      // "an invoice is overdue > 60 days": the overdue days compared
      .replace(/\boverdue\s?(>=|≥|>)\s?(\d{1,4})\s?d(?:ays?)?\b/gi, (_m, op: string, n: string) =>
        op === '>' ? `more than ${n} days overdue` : `at least ${n} days overdue`,
      )
      // "total ≥ €250 → notify finance" where a step stands: a comparison is a test, never a step
      .replace(
        /(?<=(?:^|[.;:→>]|\b(?:then|else|otherwise))\s{0,3})(?!if\s)((?:the\s[a-z]+'s\s)?[a-z]+(?:\s[a-z]+)?\s?(?:>=|<=|≥|≤|>|<)\s?[$€£]?\d[\d.,]*\s?[km]?)(?=\s?(?:→|->|:|,\s?then))/gi,
        'if $1',
      )
      // "Any other source → do nothing", "anything else: ignore", "the rest - skip", "smaller ones no need": no other branch
      .replace(
        /(?:^|[;,.]|\s[-–—])\s?(?:(?:for\s)?(?:any|all|every)\s(?:other|others)(?:\s(?:source|status|stage|tag|value|amount|one|ones|case|cases|lead|leads|type|kind))?|anything\selse|everything\selse|everyone\selse|the\srest|(?:smaller|bigger|lower|higher|cheaper|larger)\sones|(?:anything|everything)\s(?:smaller|less|lower|under|below|cheaper)(?:\sthan\sthat)?)\s?(?:(?:→|->|=>|:|,|\s[-–—])\s?)?(?:just\s)?(?:do\snothing|nothing(?:\shappens)?|no\saction|no\sneed(?:\sto\s(?:do\sanything|bother))?(?=\s*(?:[.;!]|$))|skip(?:\sit|\sthem)?|ignore(?:\sit|\sthem)?|leave\s(?:it|them)(?:\salone)?)\b\.?/gi,
        '',
      )
      // "…; else nothing", "otherwise: no action": no other branch
      .replace(
        /[;,.]?\s(?:else|otherwise)[:,]?\s(?:nothing|do nothing|no action|no need(?=\s*(?:[.;!]|$))|skip|ignore|nothing happens)\b\.?/gi,
        '',
      )
      // "source instagram → tag insta", "stage: qualified → …": a field and its value before an arrow is a test
      .replace(
        /(?<=(?:^|[.;:,]|→|->)\s{0,3})(?!if\s)(?:(?:the|lead|their)\s)?(source|stage|status)\s?(?:=|==|:|\bis\b)?\s?([a-z][\w-]*)\s?(?=→|->)/gi,
        'if the $1 is $2 ',
      )
      // "no email on the booking -> message Ellie. has an email -> send …": a field absent or present is a test
      .replace(
        /(?<=(?:^|[.;:,]|→|->)\s{0,3})(?:(no|without\san?)\s|(?:has|have|with|got)\s(?:an?\s)?)(e-?mail|phone|mobile)((?:\s(?:address|number))?(?:\son\s(?:the|their|it|file)(?:\s(?:booking|lead|record|form|enquiry))?)?)\s?(?=→|->)/gi,
        (_m, no: string | undefined, what: string, rest: string) =>
          `if there's ${no ? 'no' : /^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}${rest} `,
      )
      // "Escalation: if …", "Dunning: when …", "Payroll reminder - on the 25th …": a heading before the rule ("For VIP
      // clients:" says which: kept)
      .replace(
        /^(?!(?:context|rationale|background|note|notes|fyi|goal|why|ps|trigger|action|filter|condition|step)\b)[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}(?:\s?:|\s-)\s(?=(?:if|when|whenever|every|each|on|after|once)\b)/i,
        (heading: string, _at: number, whole: string) =>
          RECORD_WORDS.test(heading) ||
          // after a dash only a message's name is a heading, and only when the rule says its own step ("Weekly report -
          // every monday at 9": the heading is the step)
          (/\s-\s$/.test(heading) &&
            (!MESSAGE_HEADING.test(heading) || !ACTION_SAID.test(whole.slice(heading.length)))) ||
          RESTRICTING.test(heading) ||
          DONE_TO_SOMEONE.test(heading) ||
          namesEvent(heading)
            ? heading
            : '',
      )
      // "status != lost", "source ≠ webinar", "stage <> lost": is not
      .replace(/[^\S\n]{0,3}(?:!==?|≠|<>)[^\S\n]{0,3}/g, ' is not ')
      .replace(/(?<=[\w'"\]])\s*={2,3}\s*/g, ' = ')
      // "create lead with tags: [event-2026]": the new lead's tags, a step of its own
      .replace(
        /\b((?:create|add|make)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:lead|contact|deal)s?)\s+with\s+(?=tags?\s*[:=]\s*\[)/gi,
        '$1, ',
      )
      // "source in [webinar, event]", "stage ∈ [a, b]": one of the values
      .replace(
        /\b(status|stage|source|company|currency|(?:the [a-z]+'s [a-z]+))\s(?:in|∈|one of|is one of)\s?\[([^\][]{1,80})\]/gi,
        (_m, field: string, list: string) => {
          const values = list
            .split(',')
            .map((v) => v.trim().replace(/^["'`]|["'`]$/g, ''))
            .filter(Boolean);
          return `${field} is ${values.join(' or ')}`;
        },
      )
      // "When lead.status = customer", "when the deal stage becomes closed-won", "quick one - when lead status is
      // customer": the status changing to it (a new lead never arrives as a customer: never lead.created + a test)
      .replace(
        /(^|[.;:]\s|\s[-–—]\s|\()(when|whenever|once|as soon as)\s(?:the\s|a\s|any\s)?(?:lead|deal|contact)(?:['’]s)?\s(?:status|stage)\s?(?:=|==|becomes|changes to|is set to|moves to|goes to|turns|is(?:\snow)?|equals)\s?([a-z][\w-]*(?:\s[a-z][\w-]*)?)/gi,
        (all, start: string, when: string, value: string) => {
          // a status leads have, in one or two words ("closed won"); any other is left to be refused as said
          const status = [value, value.split(' ')[0] ?? ''].find(
            (v) => LEAD_STATUS_WORDS[v.toLowerCase().replace(/[_-]/g, ' ')],
          );
          return status
            ? `${start}${when} a lead's status changes to ${status}${value.slice(status.length)}`
            : all;
        },
      )
      // "with tags: [vip, event-2026]" (a test) / "tags: [event-2026]" (a step)
      .replace(
        /(\b(?:with|where|if|when|and|having)\s+)?\btags?\s*(?:[:=]|\s(?:is|are|contains?|includes?)\s)\s*\[([^\][]{1,80})\]/gi,
        (_m, test: string | undefined, list: string) => {
          const values = list
            .split(',')
            .map((v) => v.trim().replace(/^["'`]|["'`]$/g, ''))
            .filter(Boolean);
          const joined =
            values.length > 1 ? `${values.slice(0, -1).join(', ')} and ${values.at(-1)}` : (values[0] ?? '');
          if (test) return `${test.replace(/\bwith\s+$/i, '')}tagged ${joined}`;
          return values.length > 1 ? `add the tags ${joined}` : `tag them ${joined}`;
        },
      )
      // "→ lead.status = qualified", "; stage: customer", "then value = 5000": a field set, as a step
      .replace(ASSIGNMENT, (_m, field: string, value: string) => `set the ${field.toLowerCase()} to ${value}`)
  );
};
