import { isKnownWord } from './spelling';
import { VERBS } from './split';

/**
 * How people used to Zapier, Make or n8n lay a request out, rewritten as the arrow chain the grammars read:
 *
 *   labelled steps     "Trigger: New Lead / Action: Send Email"               → "New Lead → Send Email"
 *                      "Step 1 (trigger): … Step 2: … Step 3: …"              → "… → … → …"
 *                      "When this happens: … Do this: …", "Action 1: … Action 2: …"
 *   a tool's prefix    "Zap: New Lead -> Send Email", "Scenario: …"           → "New Lead -> Send Email"
 *   a filter           "Filter: source is LinkedIn" (the steps after it)       → "→ if source is LinkedIn, …"
 *   a delay            "Delay For: 3 days"                                     → "→ wait 3 days →"
 *   arrows             ">", "=>", "-->", "👉", "➡️" between steps                → "→"
 *   app-style names    "Catch Hook", "Update Lead: status = customer"         → "webhook", "set their status to customer"
 *
 * A layout is rewritten only when its labels say which part starts the workflow and which parts are steps; anything
 * else is left as written, for the grammars to read or refuse.
 */

/**
 * A label and its colon, where a step starts (at the start, after a separator, or after a space), by what it labels:
 * the trigger ("Trigger:", "Step 1 (trigger):", "When this happens:"), an action ("Action 2:", "Step 3:", "Do this:",
 * "Then:"), a filter, a delay, or one branch of a tool's paths ("Path A (value > 1000):", its test in brackets).
 */
const LABEL =
  /(?<=^|[\s/|;.,>→])(?:(?<trigger>step\s*(?:#|no\.?\s*)?\d{1,2}\s*(?:\(\s*(?:the\s+)?trigger\s*\)|[-–]\s*trigger)|trigger(?:\s+event)?(?:\s*#?\d{1,2})?|when this happens|when this|if this|when(?=\s*:)|if(?=\s*:)|start(?:s|ing)? (?:when|with)|event)|(?<filter>filter(?:\s+by)?(?:\s*\((?:or|and|any|all)\))?|only continue if|condition|if\s+node|if(?:\/else)?\s+step)|(?<delay>(?:delay|wait)(?:\s+(?:node|step))?(?:\s+for)?)|(?<path>(?:path|branch|route)\s*[a-d1-4](?:\s*\((?<test>[^()]{1,80})\))?)|(?<no>(?<![a-z]\s)(?:false|no|else|otherwise)(?:\s+(?:branch|path|route|output))?|(?:fallback|default)(?:\s+(?:branch|path|route|output))?)|(?<yes>(?<![a-z]\s)(?:true|yes)(?:\s+(?:branch|path|route|output))?)|(?<action>step\s*(?:#|no\.?\s*)?\d{1,2}(?:\s*\(\s*(?:an?\s+)?action\s*\)|\s*[-–]\s*action)?|action(?:\s+step)?(?:\s*#?\d{1,2})?|actions|then(?: do this| do that| that)?|do this|do that|and then|next))(?:\s*[:=]|\s+[-–](?=\s)|(?<=\))\s)\s*/gi;

type Kind = 'trigger' | 'action' | 'filter' | 'delay' | 'path';
const kindOf = (m: RegExpMatchArray): Kind =>
  m.groups?.trigger
    ? 'trigger'
    : m.groups?.filter
      ? 'filter'
      : m.groups?.delay
        ? 'delay'
        : m.groups?.path || m.groups?.no
          ? 'path'
          : 'action';

/** "Zap:", "Scenario -", "Make scenario:", "n8n workflow:": the tool's word for a workflow before the request. */
const TOOL_PREFIX =
  /^(?:(?:my|our|a|the|new)\s+)?(?:(?:zapier|make|n8n|integromat)\s+)?(?:zap|scenario|workflow|automation|flow|recipe)(?:\s+(?:idea|request))?\s*(?::|\s-)\s*/i;

/** Separators and arrows left at either end of a step's text (a final "a.m." keeps its dot). */
const EDGE_CHARS = new Set([...' \t\n\r/|;,>→-']);
const amDot = (s: string, at: number): boolean =>
  s.charAt(at - 1).toLowerCase() === 'm' && s.charAt(at - 2) === '.' && /[ap]/i.test(s.charAt(at - 3));
const trimEdges = (s: string): string => {
  let end = s.length;
  while (end > 0 && (EDGE_CHARS.has(s.charAt(end - 1)) || (s.charAt(end - 1) === '.' && !amDot(s, end - 1))))
    end -= 1;
  return s.slice(0, end).replace(/^[\s/|;.,>→-]+/, '');
};

/** A step's text in the words the grammars read. */
const stepText = (body: string): string =>
  body
    // "Webhooks by Zapier: Catch Hook", "Catch Raw Hook", "Webhook received": an inbound webhook
    .replace(/^(?:webhooks? by (?:zapier|make)(?:\s*:)?\s*)?catch (?:raw )?hook\b/i, 'webhook')
    // "Update Lead: status = customer", "Update Contact - stage: qualified": a field set to a value
    .replace(
      /^update (?:the )?(?:lead|contact)(?:\s*[:-])?\s*(status|stage|tag)\s*(?:=|:|to)\s*([\w-]+)$/i,
      'set their $1 to $2',
    )
    // "→ status lost", "→ lead status = customer", "→ stage: qualified": the record's status set
    .replace(
      /^(?:(?:the\s+)?(?:lead|contact|deal)(?:'s)?\s+)?(status|stage)(?:\s*(?:=|:|->|→)\s*|\s+)([\w-]+)$/i,
      'set their $1 to $2',
    )
    // "→ ceo@northwind.io", "→ to ops@acme.com every Monday": an address alone is where it is emailed
    .replace(/^(?:to\s+)?([\w.+-]+@[\w-]+\.[\w.-]*[a-z])(?=\s|$)/i, 'email it to $1')
    // "→ owner by email", "→ the team via Slack": who gets what the steps before made
    .replace(
      /^(?:to\s+)?((?:the\s+|our\s+|my\s+)?(?:owner|boss|team|manager|accountant|reception|office|finance|sales|management|me|us))\s+(?:by|via|over|on)\s+(e-?mail|mail|slack)$/i,
      (_m, who: string, how: string) =>
        /slack/i.test(how) ? `post it on Slack for ${who}` : `email it to ${who}`,
    )
    // "Add Tag: vip", "Add Tag - hot": a tag
    .replace(/^add (?:a )?tag\s*(?::|-|=)\s*([\w-]+)$/i, 'tag them $1')
    // "Delay For 3 days", "Delay 2 hours": a wait
    .replace(/^delay(?:\s+for)?\s+(?=\d|an?\s|one\s)/i, 'wait ')
    // "Create Note on each: "follow up"", "Add Note: 'called'": the note's text after a colon
    .replace(/^((?:create|add|log|leave|write|put)\s+(?:an?\s+)?note\b[^:"“']{0,40}?):\s*(?=["“'])/i, '$1 ')
    // "Find Leads (status: contacted)", "Find Invoices (status open)", "(tag = hot)": a search's filter in brackets
    .replace(/\s?\((status|stage|tag)\s?[:=]?\s?([\w-]+)\)/i, (_m, field: string, value: string) =>
      /^tag/i.test(field) ? ` tagged ${value}` : ` with status ${value}`,
    );

/**
 * A step that only says "for each of them": Make's "Iterator", n8n's "Loop Over Items" / "Split Out", Zapier's
 * "Looping by Zapier", "Loop", "For each:". Alone it is dropped (the records found are gone through anyway); before
 * an action ("Loop: …", "For each one: …") the action is for each of them.
 */
const LOOP_STEP =
  /^(?:loop(?:ing)?(?:\s+(?:over|through)\s+(?:the\s+)?(?:items|them|results?|records|each(?:\s+one)?))?(?:\s+by\s+zapier)?|iterator|iterate(?:\s+(?:over|through)\s+(?:them|items|results?))?|for\s+each(?:\s+(?:one|item|result|record|of\s+them))?|split\s+(?:out|in\s+batches|into\s+items))(?:\s*[:=-]|$)\s*/i;

/**
 * The label of a tool's first step that says only what kind of trigger it is: "Schedule:", "Schedule Trigger:",
 * "Schedule by Zapier (every 3 hours)", "Interval:", "Cron -" (the schedule follows, or is in the brackets), and a
 * manual start ("Manual trigger", "Manual run:", "On demand", "Ad hoc:", n8n's "When clicking 'Test workflow'").
 */
const SCHEDULE_LABEL =
  /^(?:on\s+)?(?:a\s+)?(?:schedule|scheduled|scheduler|cron|interval|timer|recurring|recurrence)(?:\s+(?:trigger|by zapier|node|module|event|job))?[ \t]*(?:[:=,-]|\((?<inner>[^()]{1,80})\)(?:[ \t]*[:=,-])?)/i;
const MANUAL_LABEL =
  /^(?:manual(?:ly)?(?:\s+(?:trigger|run|start|execution|launch))?|(?:(?:i|we)(?:'d|\s+would)?\s+(?:want|need|like)\s+to\s+be\s+able\s+to\s+)?(?:run|start|trigger)(?:\s+(?:it|this))?\s+(?:manually|by hand|on demand|whenever (?:i|we) (?:like|want|choose))|on[\s-]demand|ad[\s-]?hoc|when (?:clicking|i click|you click) [^→:,]{0,40}?(?:execute|test|run)\b[^→:,]{0,20}?)\s*(?:[:=,-]\s*|$)/i;
/** The label said alone before a request with no other label: "Trigger: the first Wednesday of every month → …". */
const LONE_TRIGGER_LABEL = /^(?:the\s+)?(?:trigger(?:\s+event)?|starting point|start)\s*(?::|=|\s[-–]\s)\s*/i;

/** Words that start a schedule or say when already: a lone label before them is dropped, else it means "when". */
const SAYS_WHEN =
  /^(?:every|each|daily|weekly|monthly|hourly|nightly|twice|once|on|at|in|from|mon|tue|wed|thu|fri|sat|sun|weekday|weekend|day\s+\d|noon|midday|midnight|tonight|(?:mornings?|evenings?|afternoons?|nights?)\b|fortnightly|biweekly|the\s+(?:first|last|final|\d)|\d|when|whenever|if|as soon as|after|before|manual|on demand|schedule|scheduled|cron|interval)/i;

/** "Trigger: we email a proposal to a lead. If …": the labelled part is the event, said as such. */
const loneTrigger = (text: string): string => {
  const label = LONE_TRIGGER_LABEL.exec(text);
  if (!label) return kindOfStart(text);
  const rest = text.slice(label[0].length);
  return SAYS_WHEN.test(rest) ? kindOfStart(rest) : `When ${rest}`;
};

const kindOfStart = (body: string): string => {
  const manual = MANUAL_LABEL.exec(body);
  if (manual)
    return manual[0].length === body.length ? 'manually' : `manually, ${body.slice(manual[0].length)}`;
  const label = SCHEDULE_LABEL.exec(body);
  if (!label) return body;
  const inner = label.groups?.inner?.trim();
  const rest = body.slice(label[0].length).trim();
  if (!inner && !rest) return body;
  return inner ? (rest ? `${inner}, ${rest}` : inner) : rest;
};

/**
 * An app's event named the way the apps list them, "App: New Thing" ("Typeform new entry", "Jotform - New
 * Submission", "Calendly New Booking", "when Tally new response"): a new thing of that app. Only forms, bookings and
 * payments, whose app the grammars read as where they come from; anything else is left as written.
 */
const APP_NEW_THING = new RegExp(
  `^((?:when(?:ever)?|on|if|once)\\s+)?((?!(?:new|a|an|the|any|${VERBS})\\b)[a-z][\\w.]*(?:\\s+forms?)?)(?:\\s*[:–-])?\\s+new\\s+(?=(?:form\\s+)?(?:entry|entries|submissions?|responses?|bookings?|payments?|events?)\\b)`,
  'i',
);
const appNewThing = (text: string): string =>
  text.replace(APP_NEW_THING, (_m, when = '', app: string) => `${when}new ${app} `);

/** The trigger of a chain in the words the grammars read: "Watch New Leads", "New Email", "Lead Status Updated (…)". */
const triggerText = (body: string): string =>
  appNewThing(kindOfStart(body))
    // "Catch Hook from Shopify", "Webhooks by Zapier: Catch Hook (Shopify)": an inbound webhook
    .replace(/^(?:webhooks? by (?:zapier|make)(?:\s*:)?\s*)?catch (?:raw )?hook\b/i, 'webhook')
    .replace(/^watch\s+(?=(?:new\s+)?[a-z]+s?\b)/i, '')
    .replace(/^new (e-?mails?|messages?)$/i, 'new $1 received')
    // "Calendly - Invitee Created", "Calendly: Invitee Canceled": Calendly's names for a booking made or cancelled
    .replace(/^calendly(?:\s*[:-])?\s*invitee (?:created|scheduled|booked)$/i, 'new Calendly booking')
    .replace(/^calendly(?:\s*[:-])?\s*invitee cancell?ed$/i, 'Calendly booking cancelled')
    .replace(
      /^(?:(?:lead|contact|deal)(?:'s)?\s+)?(?:status|stage)\s+(?:updated|changed)\s*(?:\(\s*)?(?:(?:new\s+)?(?:status|stage)\s*)?(?:=|:|is|to)\s*([\w-]+)\s*\)?$/i,
      'a lead status changes to $1',
    );

/** Words of a Title Case step ("Send Follow Up Email") the grammars know, lower-cased: capitals mark names. */
const KEEP_CASE_EXCEPT = new Set([
  'up',
  'new',
  'or',
  'to',
  'in',
  'a',
  'an',
  'the',
  'and',
  'on',
  'for',
  'with',
  'of',
]);
const unTitled = (step: string): string =>
  (step.match(/\b[A-Z][a-z]/g) ?? []).length < 2
    ? step
    : // a value compared keeps its capitals ("source equals "Facebook Ads"", "source = Google Ads")
      step.replace(
        /"[^"]{0,80}"|(?:\b(?:is|equals|from)|=)\s?[A-Z][\p{L}-]{0,30}(?:\s[A-Z][\p{L}-]{0,30}){0,2}|\b[A-Z][a-z]+\b/gu,
        (w) =>
          !/^(?:"|is\b|equals\b|from\b|=)/.test(w) &&
          (isKnownWord(w.toLowerCase()) || KEEP_CASE_EXCEPT.has(w.toLowerCase()))
            ? w.toLowerCase()
            : w,
      );

const OTHERWISE =
  /^(?:otherwise|else|everything else|all others|anything else|default|fallback|no|(?:they|it|he|she)\s(?:don't|do not|doesn't|does not|didn't|did not|aren't|are not|isn't|is not|won't)(?:\s(?!then\b)[a-z]+){0,3}$)\b[\s,:]*/i;

/** "Path A (value > 1000): Slack …" → "if value > 1000, slack …"; "Path B (otherwise): …" → "otherwise, …". */
const pathText = (said: string, joint: string): string => {
  // "Path A: they are from LinkedIn → notify sales": the test before the arrow, the steps after it
  const arrow = /^([^()→]{2,80}?)\s→\s/.exec(said);
  const body = !said.startsWith('(') && arrow ? `(${arrow[1]}) ${said.slice(arrow[0].length)}` : said;
  const m = /^\(([^()]+)\)(.*)$/s.exec(body);
  const test = (m?.[1] ?? '').trim().replace(/^(?:if|when)\s+/i, '');
  const rest = (m ? (m[2] ?? '').trim() : body).replace(/^(?:then\s+)?/i, '');
  if (OTHERWISE.test(test) || (!m && OTHERWISE.test(rest)))
    return `, otherwise, ${rest.replace(OTHERWISE, '')}`;
  return m ? `${joint}if ${test}, ${rest}` : `${joint}${rest}`;
};

/** The labelled layout as an arrow chain, or undefined when the text has no such layout. */
const labelled = (text: string): string | undefined => {
  const labels = [...text.matchAll(LABEL)];
  if (labels.length < 2 && !(labels.length === 1 && labels[0]?.index !== 0)) return undefined;
  const parts = labels.flatMap((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    const kind = kindOf(m);
    // "False:", "Fallback route:": the other branch; "True:": the steps the test lets through
    const test = m.groups?.no ? 'otherwise' : m.groups?.test;
    const body = `${test ? `(${test}) ` : ''}${trimEdges(text.slice(start, end))}`;
    // "Step 2: Filter: …": a step's number labelling the label that says what it is
    if (!body && kind === 'action' && labels[i + 1]?.index === end) return [];
    // "Trigger: New Lead / Delay For 3 days / Action: …": unlabelled steps after a slash or a bar
    return body
      .split(/\s[/|]\s/)
      .map((b, k) => ({ kind: k === 0 ? kind : ('action' as const), body: b.trim() }));
  });
  const head = trimEdges(text.slice(0, labels[0]?.index ?? 0));
  // "New Lead / Action: Send Email": the trigger said before the first label
  if (head)
    parts.unshift(
      ...head
        .split(/\s[/|]\s/)
        .map((b, k) => ({ kind: k === 0 ? ('trigger' as const) : ('action' as const), body: b.trim() })),
    );
  const [first, ...steps] = parts;
  if (!first?.body || steps.length === 0) return undefined;
  // "Step 1: New Lead. Step 2: Send Email": the first step of a tool's layout is its trigger
  if (first.kind === 'delay' || first.kind === 'filter' || first.kind === 'path') return undefined;
  if (steps.some((s) => s.kind === 'trigger' || !s.body)) return undefined;
  let chain = triggerText(first.body);
  let joint = ' → ';
  for (const step of steps) {
    if (step.kind === 'path') {
      chain += pathText(step.body, joint === ' → ' && !/\bif\b/.test(chain) ? joint : ', ');
      joint = ' → ';
    } else if (step.kind === 'filter') {
      chain += `${joint}if ${step.body.replace(/^(?:only (?:continue|proceed|run) )?(?:if|when)\s+/i, '')}`;
      joint = ', ';
    } else {
      chain += `${joint}${step.kind === 'delay' ? `wait ${step.body}` : stepText(step.body)}`;
      joint = ' → ';
    }
  }
  return chain;
};

/** Between two actions of one step: "Send Email + Create Note", "Send Email; Create Note", "…, then …". */
const PIECE = /(\s\+\s|;\s|,\s(?:then\s|and\s)?|\s(?:and|then|and then)\s)/i;

/** The request with a tool's layout rewritten as an arrow chain; any other request as it was written. */
/** "grab the parking + what to bring info from our knowledge base": one look-up of two things, not two steps. */
const LOOKED_UP_IN =
  /\b(?:from|in|out\s+of)\s+(?:our|the|my)\s+(?:[\w-]+\s+)?(?:knowledge\s?base|kb|faqs?|wiki|docs)\s*$/i;

export const fromToolLayout = (request: string): string => {
  const text = request
    .replace(TOOL_PREFIX, '')
    // "Router: route 1 if …": the router's own label, and a route whose test follows without a colon
    .replace(/\b(?:router|paths)\s?:\s/gi, '')
    .replace(/\b((?:path|branch|route)\s?[a-d1-4])\s(?=if\s)/gi, '$1: ')
    // "→ Router →", "→ Paths →": the tool's step that splits the flow; its branches follow
    .replace(/\s(?:→|->|>)\s(?:router|paths|split into paths|switch|if\/else)(?=\s(?:→|->|>)\s)/gi, '')
    // "→ IF (source = LinkedIn) →": n8n's IF step, its test in brackets
    .replace(/(^|\s(?:→|->|>)\s)if\s?\(([^()]{1,80})\)(?=\s(?:→|->|>)\s)/gi, '$1filter: $2')
    // "fallback route → …": the other branch, said without its colon
    .replace(/\b((?:fallback|default|else|otherwise)\s(?:route|path|branch))\s(?:→|->)\s/gi, '$1: ')
    // "1. Trigger: …\n2. Action: …": a number before a label
    .replace(/(^|\n)[ \t]*\d{1,2}[.)][ \t]*(?=(?:trigger|action|step|filter|delay|when|then|path)\b)/gi, '$1')
    // "new lead > send email", "form submitted 👉 notify me": an arrow between steps (never "value > 1000")
    .replace(
      /\s(?:>|->|-->|==>|=>|⇒|👉|➡️?|➔|⟶)\s(?=[\p{L}#@])(?!(?:[a-z]+ty|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand|million|an?\s(?:hundred|thousand|million))\b)/giu,
      ' → ',
    );
  const chain = labelled(text);
  const out = chain ?? appNewThing(loneTrigger(text));
  const steps = out.split(/\s→\s/).flatMap((step, i) => {
    const loop = i > 0 ? LOOP_STEP.exec(step.trim()) : null;
    if (!loop) return [step];
    const rest = step.trim().slice(loop[0].length);
    if (!rest) return [];
    return [/\b(?:each|every|them|they|their)\b/i.test(rest) ? rest : `${rest} for each one`];
  });
  if (steps.length < 2) return out;
  return steps
    .map((step, i) =>
      i === 0
        ? triggerText(step.trim())
        : step
            .split(PIECE)
            // "check-in email + a note on each": a plus between two actions, never read as "an email and a note"
            .map((piece, k) =>
              k % 2 === 1
                ? piece.trim() === '+'
                  ? LOOKED_UP_IN.test(step)
                    ? ' and '
                    : ', then '
                  : piece
                : unTitled(stepText(piece.trim())),
            )
            .join(''),
    )
    .join(' → ');
};

/** "client" → "a client"; "someone", "the lead", "she" as they are. */
const articled = (who: string): string =>
  /^(?:a|an|the|any|someone|somebody|he|she)\b/i.test(who) ? who : `a ${who}`;

/**
 * A trigger typed in a hurry, read once "When" is put before it: "client cancel booking" (verb agreement dropped),
 * "lead not reply 3 days" (no auxiliary, no "within"), "form submitted on website" (where the form is, not which).
 */
export const runOnTrigger = (text: string): string =>
  text
    .replace(
      /^((?:(?:a|an|the|new|any)\s+)*(?:client|customer|lead|prospect|contact|someone|somebody|user|he|she))\s+(cancel|book|pay|reply|respond|submit|fill|sign|answer|reschedule|register)\b/i,
      (_m, who: string, verb: string) => `${articled(who)} ${verb}s`,
    )
    // "booking cancel -> …": a booking cancelled
    .replace(
      /^((?:(?:a|an|the|new|any)\s+)*(?:booking|appointment|meeting|call))\s+(cancel|reschedule)\b/i,
      (_m, what: string, verb: string) => `${articled(what)} is ${verb}${verb.endsWith('l') ? 'led' : 'd'}`,
    )
    // "new lead w budget over 10k": with
    .replace(/\bw(?=\s+(?:a|an|the|budget|value|source|status|tag|over|more|less|under)\b)/gi, 'with')
    // "invoice go overdue", "invoice get paid", "someone fill the form"
    .replace(
      /^((?:(?:a|an|the|new|any)\s+)*(?:invoice|payment|booking|appointment|meeting))\s+(go|get)\b/i,
      (_m, what: string, verb: string) => `${articled(what)} ${verb}es`.replace('getes', 'gets'),
    )
    .replace(
      /^(someone|somebody|a client|a customer|a lead) fills (?:the|our|a) form\b/i,
      '$1 fills in the form',
    )
    .replace(
      /^((?:(?:a|an|the|new|any)\s+)*(?:client|customer|lead|prospect|contact|he|she))\s+(?:not|no|dont|don't|doesnt|doesn't|didnt|didn't|never)\s+(reply|respond|answer|pay|confirm)s?((?:\s(?:to|on))?(?:\s(?:the|their|his|her|an?|our|my))?(?:\s(?:invoice|bill|email|message|mail|quote|proposal|offer))?)\s+(?:in\s+|within\s+|after\s+|for\s+)?(\d+\s*(?:days?|hours?|weeks?|d|h|hrs?)|an?\s(?:day|week|hour))\b/i,
      (_m, who: string, verb: string, what: string, time: string) =>
        `${articled(who)} doesn't ${verb}${what} within ${time}`,
    )
    .replace(
      /\b(submitted|submission|filled (?:in|out))\s+(?:on|via|through|from)\s+(?:the\s+|our\s+)?(?:website|web site|site|landing page|homepage)\b/i,
      '$1',
    );
