/**
 * Scope notes of spec and ticket lines: sentences that say what the workflow must not do or how finished it is,
 * around a rule ("No other side effects.", "No CRM write.", "Placeholder copy is OK for v1.", "(AR wants both)"),
 * and what a report is for ("… before the pipeline review", "… for Friday's forecast call"). They are taken out
 * and said back as notes; a note that restricts the rule ("No CRM write", "No Slack", "Don't email the customer")
 * is checked against the workflow read: a workflow that would do what the note forbids is refused, quoting it.
 */

export interface Scoped {
  readonly text: string;
  /** The notes taken out, as written. */
  readonly notes: readonly string[];
  /** Each restricting note and the actions it forbids. */
  readonly limits: readonly { readonly said: string; readonly actions: RegExp }[];
}

/** What a restriction forbids, by the words after "no" / "don't" ("No CRM write", "no Slack ping"). */
const FORBIDS: readonly [RegExp, RegExp][] = [
  [/\bcrm\b|\brecords?\b|\bhubspot\b|\bsalesforce\b/i, /^crm\.(?:create|update|add)/],
  [/\bslack\b/i, /^notify\.slack$/],
  [
    /\b(?:e-?mails?|mail)\b.*\b(?:customer|client|lead|prospect|contact|them)\b|\bcustomer[- ]facing\b|\bexternal\b/i,
    /^email\.send$/,
  ],
];

/** A restriction: a short sentence led by a negation ("No CRM write", "No Slack", "Don't email the customer"). */
const LIMIT =
  /^(?:no|zero|without|don'?t|do not|never|must not|should not|shouldn'?t)\s(?!(?:reply|replies|answer|response|payment|booking|one|news)\b)[a-z'-]+(?:\s[a-z'-]+){0,5}$/i;

/** Words that make a negation part of the rule, not a note about it ("No reply within 3 days", "don't … if …"). */
const RULE_WORDS =
  /\b(?:if|when|unless|until|after|before|within|days?|hours?|weeks?|only|except|reply|replies|pays?|paid)\b/i;

/** Notes that change nothing: "No other side effects", "Nothing else", "Placeholder copy is OK for v1", "(AR wants both)". */
const HARMLESS: readonly RegExp[] = [
  /^(?:no|without)\s(?:other|further|additional|extra)\s(?:side[\s-]effects?|actions?|steps?|changes?)(?:\sthan (?:that|this|these))?$/i,
  /^(?:nothing|no)\selse(?:\sshould happen|\sneeded|\sfor now|\sto do)?$/i,
  /^(?:that'?s it|that is all|that'?s all)(?:\sfor now)?$/i,
  /^(?:placeholder|dummy|draft|lorem ipsum|sample|rough)\s(?:copy|text|wording|content|template|subject)s?\s(?:(?:is|are)\s)?(?:ok|okay|fine|good enough|acceptable)(?:\s(?:for|in)\s(?:v\d|now|the first version|mvp|launch|testing))?$/i,
  /^(?:the\s)?(?:email\s|message\s)?(?:copy|text|wording|content|template)s?\s(?:is|are|to be)?\s?(?:tbd|tbc|to follow|pending|wip|not final)$/i,
  /^(?:v1|mvp|first pass|phase 1)(?:\sonly)?$/i,
  /^(?:[a-z]{2,12}|the\s[a-z]+(?:\s[a-z]+)?)\s(?:wants|asked for|needs)\s(?:both|it|this|them|all|all three|both of them)$/i,
];

/**
 * What a report is for, after it: "before the pipeline review", "for Friday's forecast call", "ahead of the QBR", "for
 * the monday morning meeting" (a meeting named by its day is never when the workflow runs).
 */
const PURPOSE =
  /,?\s(?:in time\s)?(?:for|before|ahead of|prior to)\s(?:the\s|our\s|my\s)?(?:(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|next week)(?:'s)?\s)?(?:(?:weekly|monthly|quarterly|daily|team|sales|board|exec|leadership|revops)\s){0,2}(?:pipeline review|forecast(?:ing)? call|forecast(?:ing)? meeting|forecast|pipeline call|pipeline meeting|qbr|standup|stand-up|sync|all-hands|board meeting|deal review|weekly review|monthly review|review meeting)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\s(?:(?:morning|afternoon|evening)\s)?(?:(?:team|staff|sales|ops)\s)?(?:meeting|huddle|catch-?up|briefing))\b/gi;

const sentences = (text: string): string[] => text.match(/[^.!?]+[.!?]*\s*/g) ?? [text];

/** The notes around a rule taken out of `text`, with what each forbids. */
export const scopeNotes = (text: string): Scoped => {
  const notes: string[] = [];
  const limits: { said: string; actions: RegExp }[] = [];
  const note = (said: string): boolean => {
    let end = said.length;
    while (end > 0 && '.!? '.includes(said.charAt(end - 1))) end -= 1;
    const bare = said.slice(0, end).trim();
    if (HARMLESS.some((re) => re.test(bare))) {
      notes.push(bare);
      return true;
    }
    const forbids =
      LIMIT.test(bare) && !RULE_WORDS.test(bare) ? FORBIDS.find(([re]) => re.test(bare))?.[1] : undefined;
    if (forbids) {
      notes.push(bare);
      limits.push({ said: bare, actions: forbids });
      return true;
    }
    return false;
  };
  // "(AR wants both)", "(no CRM write)": a note in brackets, anywhere
  let out = text.replace(/\s?\(([^()]{2,60})\)/g, (all, inner: string) => (note(inner) ? '' : all));
  out = sentences(out)
    .filter((s) => !note(s))
    .join('');
  out = out.replace(PURPOSE, (said) => {
    notes.push(said.replace(/^,?\s/, ''));
    return '';
  });
  return { text: out.trim(), notes, limits };
};

/** The problem when the workflow read does what a note forbids; undefined when it keeps to every note. */
export const brokenLimit = (scoped: Scoped, steps: unknown): string | undefined => {
  const actions = [...JSON.stringify(steps).matchAll(/"action":"([^"]+)"/g)].map((m) => m[1] ?? '');
  for (const { said, actions: forbidden } of scoped.limits) {
    const done = actions.find((a) => forbidden.test(a));
    if (done) return `"${said}": but the workflow I read would do ${done}; say which of the two is meant`;
  }
  return undefined;
};

export const scopeNote = (notes: readonly string[]): string =>
  `scope notes kept as said, nothing added for them: ${notes.map((n) => `"${n}"`).join(', ')}`;
