import type { WorkflowDefinition } from '../../../statemachines/schema';

/**
 * A title over the paragraph that describes it, as template libraries write them ("Route high-value leads to your
 * sales manager", a blank line, "When a new lead is created, this workflow checks …"): the title names what the
 * paragraph says, so the paragraph is the request and the title is its name. Read so only when the paragraph reads
 * on its own and the title says nothing the paragraph's workflow does not: each of its words is a word of the
 * paragraph, or a word of a title ("get", "automatically"), or what the workflow does says it — an action of the
 * title's verb ("add a note" over crm.addNote), a comparison for "high-value", a cadence for "daily", Slack for
 * "Slack". A title word nothing covers — a name, a tag, a time, another action — refuses, quoted: read as the paragraph's
 * name it would be dropped, and read with the paragraph it was read as a second step or dropped (a wrong workflow). The title is never read as a step of its own ("Weekly summary" over "Every Monday,
 * email me a summary" is one summary).
 */

type Read = { readonly ok: true; readonly definition: WorkflowDefinition; readonly notes: readonly string[] };
type Result = Read | { readonly ok: false };

/** A first line of 3–120 characters, then a blank line, then the paragraph; undefined when the request is not so. */
const titleAndBody = (request: string): readonly [string, string] | undefined => {
  const end = request.indexOf('\n');
  if (end < 0) return undefined;
  const title = request.slice(0, end).trim();
  const next = request.indexOf('\n', end + 1);
  if (next < 0 || request.slice(end + 1, next).trim() !== '') return undefined;
  const body = request.slice(next + 1).trim();
  return title.length >= 3 && title.length <= 120 && body.length > 0 ? [title, body] : undefined;
};

/** Words of a title that carry nothing a workflow could do or test. */
const TITLE_WORDS = new Set(
  'a an the to for of in on with by via and or from into onto your our my their its it them you me us new any all every each when whenever as that who which is are be been get gets automatically automatic auto automate automated instantly instant quick quickly easy easily simple smart never miss missed stay keep up out about using use after up-to-date how this these those template workflow automation zap scenario flow recipe handle handling manage managing process streamline organize organise simplify boost improve better faster track'.split(
    ' ',
  ),
);

/** A title's verbs, by what the workflow must do for them: the outline's actions that say the same. */
const VERB_ACTIONS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /^(?:add|save|log|store|record|capture|keep|track|create|sync|copy)$/,
    /crm\.|files\.create|\blog\b|invoice\.create/,
  ],
  [
    /^(?:send|email|mail|alert|notify|ping|flag|route|forward|thank|nudge|remind|follow|message|post|share|tell|welcome|onboard|chase|escalate|deliver|get)$/,
    /notify\.|email\.|invoice\.sendReminder/,
  ],
  [/^(?:tag|mark|update|move|label|qualify)$/, /crm\.updateLead|invoice\.markPaid/],
  [/^(?:book|schedule|arrange)$/, /calendar\.schedule/],
  [/^(?:summary|summarize|summarise|report|digest|recap|briefing|generate|overview)$/, /report\.summarize/],
  [/^(?:slack)$/, /notify\.slack/],
  [/^(?:email|inbox|alert|alerts|notification|notifications|message|messages|ping)$/, /notify\.|email\./],
  [/^(?:high|large|big|small|low|biggest|largest|valuable|value)$/, /"(?:gt|gte|lt|lte)":/],
  [/^(?:reminder|reminders)$/, /invoice\.sendReminder|email\.send|notify\./],
];

/** What the title says happens or does not, by the events of the workflow (its trigger and its waits). */
const EVENT_WORDS: readonly (readonly [RegExp, RegExp])[] = [
  [/^(?:repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?|hear)$/, /email\.received/],
  [/^(?:book(?:s|ed)?|booking|meeting|appointment|call)$/, /booking\.created/],
  [/^(?:pa(?:y|ys|id)|payment|unpaid)$/, /invoice\.paid/],
  [/^(?:fail(?:s|ed|ure)?)$/, /workflow\.failed/],
  [/^(?:cancel(?:s|led|ed|lation)?)$/, /booking\.cancelled/],
  [/^(?:submit(?:s|ted)?|submission|response|entry|entries)$/, /form\.submitted/],
  [/^(?:haven't|hasn't|don't|doesn't|didn't|no|not|never|without|unanswered|cold)$/, /"waitFor"/],
];

/** The people a title names, said in the paragraph with any noun for a person. */
const PEOPLE =
  /^(?:leads?|contacts?|customers?|clients?|prospects?|people|recipients?|subscribers?|users?|members?)$/;

/** A title's cadence, by the trigger that says it. */
const CADENCES: readonly (readonly [RegExp, RegExp])[] = [
  [
    /^(?:daily|morning|evening|nightly|night|day|end-of-day|eod)$/,
    /^cron\(\d+ \d+(?:,\d+)* \* \* \? \*\)|^rate\(1 day\)/,
  ],
  [/^(?:weekly|week)$/, /^cron\(\d+ \d+ \? \* [A-Z]{3} \*\)|^rate\(7 days\)/],
  [/^(?:monthly|month)$/, /^cron\(\d+ \d+ (?:\d+|L|LW|\d+W) \* \? \*\)|^cron\(\d+ \d+ \? \* \d#\d \*\)/],
  [/^(?:hourly|hour)$/, /^rate\(1 hour\)/],
];

/** The word without its ending, so that "replies" and "reply", "fails" and "failed" meet. */
const stem = (w: string): string =>
  w
    .replace(/ies$/, 'y')
    .replace(/(?<=[a-z]{3})(?:es|s|ed|ing|ly)$/, '')
    .replace(/e$/, '');

const covers = (word: string, said: readonly string[]): boolean => {
  const s = stem(word);
  return said.some((b) => {
    const t = stem(b);
    if (t === s) return true;
    const n = Math.min(s.length, t.length);
    return n >= 5 && s.slice(0, n) === t.slice(0, n);
  });
};

/** The title's words that neither the paragraph nor its workflow say. */
const uncovered = (title: string, body: string, definition: WorkflowDefinition): string[] => {
  // what the workflow does and waits for, as its definition says it; the trigger as its schedule or event
  const { trigger } = definition;
  const outline = {
    steps: (
      JSON.stringify(definition.steps).match(
        /"action":"[^"]+"|"waitFor"|"event":"[^"]+"|"(?:gt|gte|lt|lte)":/g,
      ) ?? []
    ).join(' '),
    trigger:
      trigger.type === 'schedule'
        ? trigger.cron
          ? `cron(${trigger.cron})`
          : `rate(${trigger.rate ?? ''})`
        : JSON.stringify(trigger),
  };
  const said = body.toLowerCase().match(/[\p{L}\d#@$€£']+/gu) ?? [];
  const words = title
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\d#@$€£']+/gu);
  return (words ?? []).filter((w) => {
    if (TITLE_WORDS.has(w) || covers(w, said)) return false;
    const base = w.replace(/(?:ies)$/, 'y').replace(/s$/, '');
    if (
      VERB_ACTIONS.some(([verb, actions]) => (verb.test(w) || verb.test(base)) && actions.test(outline.steps))
    )
      return false;
    if (
      EVENT_WORDS.some(([word, events]) => word.test(w) && events.test(`${outline.trigger} ${outline.steps}`))
    )
      return false;
    if (PEOPLE.test(w) && said.some((b) => PEOPLE.test(b))) return false;
    return !CADENCES.some(([cadence, trigger]) => cadence.test(w) && trigger.test(outline.trigger));
  });
};

/**
 * The request read as its paragraph when it has a title over one and the paragraph reads; undefined when it has no
 * title or the paragraph alone does not read (the request is then read as written).
 */
/** Template descriptions are a few sentences; a longer request is read as written. */
const MAX_TITLED = 800;

const underTitle = <R extends Result>(
  request: string,
  read: (text: string) => R,
  refuse: (problems: readonly string[], notUnderstood: readonly string[]) => R,
): R | undefined => {
  const [title, body] = titleAndBody(request) ?? [];
  // at most 800 characters: a request is then read at most twice, within the time of one at the 2,000 bound
  if (!title || !body || /[.!?:;,]$/.test(title) || request.length > MAX_TITLED) return undefined;
  const paragraph = read(body);
  if (!paragraph.ok) return undefined;
  // a title that says more than its paragraph ("… from LinkedIn", "… at 6:30am Sydney time") is refused, quoted:
  // read as the paragraph it would be dropped, read with it it is read as a step or a second trigger
  const left = uncovered(title, body, paragraph.definition);
  if (left.length > 0)
    return refuse(
      [
        `the title "${title}" says ${left.map((w) => `"${w}"`).join(', ')}, which the description under it does not: say it in the description, or take the title out`,
      ],
      [title],
    );
  return {
    ...paragraph,
    notes: [
      ...paragraph.notes,
      `read "${title}" as the title of the description under it, not as part of the rule`,
    ],
  };
};

/** `read` for requests, with a title over a paragraph read as the paragraph's name (parser.ts's entry). */
export const titled =
  <R extends Result>(
    read: (text: string) => R,
    refuse: (problems: readonly string[], notUnderstood: readonly string[]) => R,
  ) =>
  (request: string): R =>
    underTitle(request, read, refuse) ?? read(request);
