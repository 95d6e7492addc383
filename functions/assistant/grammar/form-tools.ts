import { FORM_SOURCES } from './event-shapes';

/**
 * A form tool (Typeform, Tally, Jotform, Webflow: the sources whose submissions arrive as form.submitted) said where
 * writers say it (session 38), put as "a <tool> form" the event shapes read:
 *   in brackets after the form       "the financing application form (Tally) is submitted", "New grant application
 *                                     (tally form) ->"                         → "… form via Tally …"
 *   inside the form's name           "the Tally application form", "our Jotform questionnaire" → "the Tally form"
 *   where something comes in         "Sponsor enquiries come in on a typeform", "a question comes in on the
 *                                     volunteer FAQ typeform"                  → "a typeform form is submitted"
 *   a sentence saying what it is for "We use Jotform for our estate planning questionnaire. When a client submits
 *                                     it, …"                                   → "When a client submits a Jotform form, …"
 *   the form's name in brackets      "New Typeform response (our Christmas hamper referral form) ->": said back
 * The form's own name is never tested (form.submitted carries the tool as its source, not which of its forms); a
 * bracket or a name that says a test (a number, "only", "not", …) is left as written, for the readers to refuse.
 */

const TOOL = `(${FORM_SOURCES.join('|')})`;
const FORM_NOUN =
  '(?:form|questionnaire|survey|application|response|submission|entry|enquiry|inquiry|request|declaration|referral|sign-?up|registration|rego|waiver)s?';
/** A name that says a test, a number or a step: never read as only a name. */
const SAYS_MORE =
  /\d|[$€£%#@]|\b(?:over|under|above|below|only|just|if|unless|except|not|never|no|from|tagged|vip)\b|n't\b/i;

/** "form (Tally)", "application (tally form)", "form (on Jotform)": the tool in brackets right after the form. */
const TOOL_BRACKET = new RegExp(
  String.raw`\b(${FORM_NOUN}) \((?:(?:via|on|through|from|using|in|with) )?(?:an? |the |our )?${TOOL}(?: forms?)?\)`,
  'gi',
);
/** "the Tally application form", "our Jotform intake questionnaire": the tool inside the form's name. */
const TOOL_IN_NAME = new RegExp(
  String.raw`\b(the|our|an?|any|each|every|my) (new )?${TOOL} ((?:[a-z][\w'-]* ){0,3}?)(form|questionnaire|survey)s?(?![\w'-])`,
  'gi',
);
/** "Sponsor enquiries come in on a typeform", "when a question comes in via the volunteer FAQ typeform". */
const COMES_IN_ON = new RegExp(
  String.raw`(^|[.!?] |\b(?:[Ww]hen(?:ever)?|[Ii]f|[Oo]nce|[Ee]ach time|[Ee]very time|[Aa]s soon as) )(?:(?:an?|the|any|each|every|new) )?(?:new )?((?:[\w'-]+ ){0,3}?[\w'-]+) (?:comes?|came) (?:in|through) (?:on|via|through|using|from|in) (?:an?|the|our) ((?:[\w'-]+ ){0,3}?)${TOOL}(?: forms?)?(?![\w'-])`,
  'g',
);
/** "New Typeform response (our Christmas hamper referral form)": the form's name in brackets after the tool's. */
const NAME_BRACKET = new RegExp(
  String.raw`\b${TOOL} (${FORM_NOUN}) \(((?:(?:our|the|an?|for|for the|for our) )?[^()]{1,60}? (?:form|questionnaire|survey))\)`,
  'gi',
);
/** "We use Jotform for our estate planning questionnaire.": what the tool is for, said first. */
const USE_FOR = new RegExp(
  String.raw`^(?:(?:we|i) (?:use|have|run|set up|built|made) (?:an? )?${TOOL} (?:forms? )?for (?:our|the|my|an?) ((?:[\w'-]+ ){0,4}?)(?:form|questionnaire|survey|application|intake|registration|waiver)s?)[.!]$`,
  'i',
);
/** The next sentence's use of that form: "When a client submits it", "once it is submitted", "when one comes in". */
const IT_SUBMITTED =
  /\b(submits|fills (?:it )?(?:in|out)|completes|sends|returns) it\b|\b(?:it|one) (?:is submitted|gets submitted|'s submitted|comes in|is filled (?:in|out)|is completed)\b/i;

/** Where a trigger starts: the request's or a sentence's start, or a "when" word. */
const START = String.raw`(^|[.!?] |\b(?:[Ww]hen(?:ever)?|[Ii]f|[Oo]nce|[Ee]ach time|[Ee]very time|[Aa]s soon as) )`;
/** Where the arrival said ends: punctuation, an arrow or dash, the end, or a step's verb. */
const UNTIL = String.raw`(?=\s?[,;:.!(]|\s?(?:->|→|=>|>|[-–—])\s|\s?$|\s(?:email|e-mail|send|post|notify|tell|let|create|add|slack|text|save|log|ping|book|file|forward)\b)`;
/**
 * "a Typeform registration comes in", "jotform wedding questionnaire submitted", "typeform application in →", and at
 * the request's start with no verb before an arrow ("Typeform quote request → slack #new-quotes").
 */
const TOOL_FORM_ARRIVES = new RegExp(
  String.raw`${START}(?:(?:an?|the|any|each|every) )?(?:new )?${TOOL} ((?:[\w'-]+ ){0,3}?)${FORM_NOUN}(?: (?:(?:is|gets|was|has been) )?(?:comes? (?:in|through)|came (?:in|through)|in|arrives?|submitted|received|filled (?:in|out)|completed|lands?)(?![\w'-])|(?<=^(?:new )?\w+ (?:[\w'-]+ ){0,3}?\w+)(?= ?(?:->|→|=>) ))${UNTIL}`,
  'gi',
);
/** "new membership application on typeform ->", "Kids holiday camp signups come from Tally ->": the form, then its tool. */
const FORM_ON_TOOL = new RegExp(
  String.raw`${START}(?:(?:an?|the|any|each|every) )?(?:new )?((?:[\w'-]+ ){0,3}?)${FORM_NOUN} (?:(?:comes?|came) (?:in )?)?(?:on|via|through|from) (?:an? |the |our )?${TOOL}(?: forms?)?(?![\w'-])${UNTIL}`,
  'gi',
);
/** "our enquiry form is on Typeform - when it comes through …", "our waivers are on typeform. every time one is submitted …". */
const IS_ON_TOOL = new RegExp(
  String.raw`^(?:our|the|my|all our) ((?:[\w'-]+ ){0,3}?)${FORM_NOUN} (?:is|are|lives?|sits?|runs?) (?:on|in|via|through) (?:an? )?${TOOL}(?: forms?)? ?(?:[.;,]|[-–—]) ((?:when(?:ever)?|each time|every time|once|as soon as) )(?:it|one|they|one of them) (?:comes? (?:in|through)|is submitted|gets submitted|are submitted|arrives?|is filled (?:in|out)|is completed)(?![\w'-])`,
  'i',
);

export interface FormTools {
  readonly text: string;
  readonly notes: readonly string[];
}

const toolName = (tool: string): string => tool.toLowerCase();

/** The request with each form tool said as "a <tool> form" where the event shapes read it. */
export const formTools = (text: string): FormTools => {
  if (!new RegExp(TOOL, 'i').test(text)) return { text, notes: [] };
  const notes: string[] = [];
  let out = text
    .replace(NAME_BRACKET, (all, tool: string, noun: string, name: string) => {
      if (SAYS_MORE.test(name)) return all;
      notes.push(`"${name}" is the name of the ${tool} form; which ${tool} form it is is not tested`);
      return `${tool} ${noun}`;
    })
    .replace(TOOL_BRACKET, (all, noun: string, tool: string) => {
      notes.push(`"${all}" is read as a ${toolName(tool)} form`);
      return `${noun} via ${tool}`;
    })
    .replace(
      TOOL_IN_NAME,
      (all, det: string, fresh: string | undefined, tool: string, name: string, noun: string) => {
        if ((!name && noun.toLowerCase() === 'form') || SAYS_MORE.test(name)) return all;
        notes.push(
          `"${tool} ${name}${noun}" is read as a ${tool} form; which ${tool} form it is is not tested`,
        );
        return `${det} ${fresh ?? ''}${tool} form`;
      },
    )
    .replace(COMES_IN_ON, (all, start: string, what: string, name: string, tool: string) => {
      if (SAYS_MORE.test(what) || SAYS_MORE.test(name)) return all;
      notes.push(`"${all.slice(start.length)}" is read as a ${tool} form submitted`);
      return `${start}${start ? 'a' : 'A'} ${tool} form is submitted`;
    });
  const before = out;
  out = out
    .replace(IS_ON_TOOL, (all, name: string, tool: string, when: string) => {
      if (SAYS_MORE.test(name)) return all;
      notes.push(`"${all}" is read as a ${toolName(tool)} form submitted`);
      return `${when.charAt(0).toUpperCase()}${when.slice(1)}a ${tool} form is submitted`;
    })
    .replace(TOOL_FORM_ARRIVES, (all, start: string, tool: string, name: string) => {
      if (SAYS_MORE.test(name)) return all;
      notes.push(`"${all.slice(start.length)}" is read as a ${toolName(tool)} form submitted`);
      return `${start}${start ? 'a' : 'A'} ${tool} form is submitted`;
    })
    .replace(FORM_ON_TOOL, (all, start: string, name: string, tool: string) => {
      if (SAYS_MORE.test(name)) return all;
      notes.push(`"${all.slice(start.length)}" is read as a ${toolName(tool)} form submitted`);
      return `${start}${start ? 'a' : 'A'} ${tool} form is submitted`;
    });
  if (out !== before && notes.length === 0) out = before;
  // a sentence saying what the tool is for, then the form referred to as "it"
  const parts = out.split(/(?<=[.!?])\s+/);
  for (let i = 0; i + 1 < parts.length; i++) {
    const use = USE_FOR.exec(parts[i] ?? '');
    const next = parts[i + 1] ?? '';
    const it = use ? IT_SUBMITTED.exec(next) : null;
    if (!use || !it || SAYS_MORE.test(use[2] ?? '')) continue;
    const tool = use[1] ?? '';
    const said = it[1] ? `${it[1]} a ${tool} form` : `a ${tool} form is submitted`;
    parts[i + 1] = `${next.slice(0, it.index)}${said}${next.slice(it.index + it[0].length)}`;
    notes.push(
      `"${(parts[i] ?? '').replace(/[.!]$/, '')}" is read as which form: a ${toolName(tool)} form is submitted`,
    );
    parts[i] = '';
  }
  if (parts.some((p) => p === '')) out = parts.filter((p) => p !== '').join(' ');
  return notes.length === 0 ? { text, notes } : { text: out, notes };
};

/** "Jotform: when a new gift aid declaration comes through, …": the tool as a header of an arrival it names no source for. */
const TOOL_HEADER = new RegExp(
  String.raw`^${TOOL}(?: forms?)? ?[:–—-] ((?:when(?:ever)?|each time|every time|once|if|as soon as) )(?:an?|any|each|every) (?:new )?((?:[\w'-]+ ){0,3}?[\w'-]+) (?:comes? (?:in|through)|came (?:in|through)|arrives?|is (?:submitted|received|sent)|lands?)(?![\w'-])`,
  'i',
);

/** The request with a form tool's header read as that tool's form submitted (before headers are read as labels). */
export const toolHeader = (text: string): FormTools => {
  const m = TOOL_HEADER.exec(text);
  if (!m || SAYS_MORE.test(m[3] ?? '')) return { text, notes: [] };
  const tool = m[1] ?? '';
  return {
    text: `${m[2] ?? ''}a ${tool} form is submitted${text.slice(m[0].length)}`,
    notes: [`"${m[0]}" is read as a ${toolName(tool)} form submitted`],
  };
};
