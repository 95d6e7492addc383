import { OUR_THE } from './lexicon';
import { PERSON, PERSON_PLURAL, REPORT_WORD } from './nouns';

/**
 * Where a report goes, said the way people say several deliveries (class 9, session 34), put in the words the
 * readers take: one delivery a clause. "a weekly summary, emailed to Sam and Priya", "the weekly report goes to both
 * partners and to #founders", "send it to me and to Sam and post it in #founders", "summarise the week and DM it to
 * Priya", "a monthly report saved to our CQC folder", "send our accountant accounts@x.com a summary". What it cannot
 * put in those words is left as written, for the readers to refuse.
 */

const REPORT = String.raw`(?:(?:the|a|an|our|my|this|that)\s)?(?:[\w'-]+\s){0,3}?${REPORT_WORD}(?:\s(?:of|for|on|from)\s(?:(?:the\s)?(?:last|past|previous)\s\d+\s|the\s|this\s|last\s|our\s)?[\w'-]+(?:'s)?(?:\s(?:leads|bookings|invoices|sales|numbers|activity))?)?`;

/** "… saved to our CQC folder", "… saved as a file": the report, then where it is kept. */
const SAVED_IN = new RegExp(
  String.raw`\b(${REPORT}),?\s(?:saved|stored|filed|kept|dropped|put|uploaded)(?:\sas\sa\s(?:file|pdf|document|doc))?\s(?:to|in|into)\s(${OUR_THE}\s(?:[\w'-]+\s){0,2}?folder)\b`,
  'gi',
);
const SAVED_AS = new RegExp(
  String.raw`\b(${REPORT}),?\s(?:saved|stored|filed|kept)\s(?:as|to|in|into)\sa\s(file|pdf|document|doc)\b`,
  'gi',
);

/**
 * "last month's report, saved as a file in the reports folder and emailed to sam@…": a second delivery said in the
 * passive after the first, said as an order on it ("… and email it to sam@…").
 */
const PASSIVE_DONE = '(?:saved|stored|filed|sent|e-?mailed|mailed|posted|shared|delivered|forwarded)';
const AND_PASSIVE = new RegExp(
  String.raw`(\b${REPORT},?\s${PASSIVE_DONE}\s[^.;!?]*?)\sand\s(?:also\s)?(e-?mailed|sent|mailed|forwarded|posted|shared|saved|stored)\s(?=(?:to|in|into|on|as)\s)`,
  'g',
);
const ORDER: Readonly<Record<string, string>> = {
  emailed: 'email',
  'e-mailed': 'email',
  mailed: 'email',
  sent: 'send',
  forwarded: 'forward',
  posted: 'post',
  shared: 'share',
  saved: 'save',
  stored: 'save',
};
const asOrder = (_m: string, first: string, done: string): string =>
  `${first} and ${ORDER[done] ?? done} it `;

/** "DM it to Priya", "slack it to Sam": the report, sent to them on Slack. */
const DM_IT = /\b(?:[dD][mM]|[pP][mM]|[sS]lack)\s(it|this|that)\sto\s([A-Z][a-z]+|me)\b/g;
/** "DM Priya the weekly summary". */
const DM_WHOM = new RegExp(
  String.raw`\b(?:[dD][mM]|[pP][mM])\s([A-Z][a-z]+)\s(${REPORT})(?=\s*(?:$|[.;!?,]|\s(?:and|then|on|every|each|at)\b))`,
  'g',
);

/** "to both partners", "notify both Sam and Priya": both is the group, or the two named. */
const BOTH =
  /\b(to|notify|e-?mail|tell|ping|cc|dm)\sboth\s(?!them\b|us\b|you\b|of\sthem\b)(?:of\s)?(?:(the|our|my)\s|((?=[A-Z])))?/g;

/** "send our accountant accounts@x.com a summary": the address written out is who gets it; the role before it names it. */
const ROLE_BEFORE_ADDRESS =
  /\b([sS]end|[eE]-?mail|[mM]ail|[fF]orward|cc|to|[nN]otify|[tT]ell)\s(?:the|our|my)\s(?:[a-z]+\s)?[a-z]+,?\s(?=[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

/** One who is sent the report in a list: a name, me, us, a role of ours, a channel, an address. */
const WHOM = String.raw`(?:(?!(?:Slack|Teams|Gmail|Outlook|Zoom|CRM|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Then|And|Also|If|When)\b)[A-Z][a-z]+|me|us|${OUR_THE}\s(?:[a-z]+\s)?(?:team|partners|directors|founders|owners|board|accountant|bookkeeper|manager|managers)|#[a-z0-9][\w-]{0,79}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`;
const JOINT = String.raw`(?:,\s(?:and\s|&\s)?|\s(?:and|&|as\swell\sas|plus|\+)\s)(?:also\s)?(?:to\s)?`;
const VERB_NEXT = `post|save|share|put|add|send|e-?mail|drop|upload|store|file|slack|dm|ping|notify|tell|text|tag|mark|log`;
const LIST_END = String.raw`(?=\s*(?:$|[.;!?,]|\s(?:on|via|by|too|as\swell|then|and\sthen|every|each|at)\b|\s(?:and|&|\+)\s(?:${VERB_NEXT})\b))`;
/** "a weekly summary, emailed to …", "the weekly report goes to …": the report, then whom it is sent to. */
const PASSIVE = String.raw`(?:(?:should|will|must|can)\s(?:be\s)?|is\s|gets\s|to\sbe\s)?(?:sent|e-?mailed|mailed|delivered|forwarded|go(?:es)?)`;
/** "send it to me and to Sam and post it in #founders", "email the weekly report to Sam as well as #founders". */
const SENT_TO_MANY = new RegExp(
  String.raw`\b((?:(?:[sS]end|[eE]-?mail|[mM]ail|[fF]orward|[sS]hare|[pP]ost)\s(?:it|this|that|${REPORT})|${REPORT},?\s${PASSIVE})\sto\s)(${WHOM})((?:${JOINT}${WHOM}){1,4})${LIST_END}`,
  'g',
);
/** "a weekly summary, emailed to both partners": one group of ours, after a comma. */
const SENT_TO_GROUP = new RegExp(
  String.raw`\b(${REPORT}),\s${PASSIVE}\sto\s(${OUR_THE}\s(?:[a-z]+\s)?(?:team|partners|directors|founders|owners|board|accountant|bookkeeper|managers?))${LIST_END}`,
  'g',
);
/** "send our clients a weekly report", "email all members the monthly summary": one report, emailed to each of them. */
const REPORT_TO_PEOPLE = new RegExp(
  String.raw`\b(?:[sS]end|[eE]-?mail|[mM]ail)\s((?:(?:every|each)\s(?:[a-z][\w-]*\s)?${PERSON}|(?:all\s)?(?:(?:of\s)?${OUR_THE}\s)?(?:[a-z][\w-]*\s)?${PERSON_PLURAL})(?:\s(?:tagged|labell?ed)\s[\w-]+)?)\s(?:their|a|an|the)\s((?:[\w'-]+\s){0,3}?(?:report|summary|recap|digest|rundown|round-?up|overview))\b`,
  'g',
);
/**
 * "by email to dana@x.com and to #partners on slack", "on slack and by email to gm@x.com": one message, a second
 * destination said with its channel; each its own delivery, in the order said.
 */
const AND_TO_CHANNEL = new RegExp(
  String.raw`(\sby\se-?mail\sto\s${WHOM})\sand\s(?:also\s)?to\s(#[a-z0-9][\w-]{0,79})\b`,
  'g',
);
const AND_BY_EMAIL = new RegExp(
  String.raw`(\s(?:on|via|in)\s[sS]lack)\sand\s(?:also\s)?(?:by|via)\se-?mail\sto\s(?=${WHOM}${LIST_END})`,
  'g',
);
const ONE_OF = new RegExp(`${JOINT}(${WHOM})`, 'g');

const sentToMany = (_m: string, send: string, first: string, rest: string): string => {
  const others = [...rest.matchAll(ONE_OF)].map((o) => o[1] ?? '');
  const to = (who: string) => (who.startsWith('#') ? `post it in ${who}` : `forward it to ${who}`);
  return [`${send}${first}`, ...others.map(to)].join(' and ');
};

export const deliveriesSaid = (text: string): string =>
  text
    .replace(ROLE_BEFORE_ADDRESS, '$1 ')
    .replace(BOTH, (_m, verb: string, det: string | undefined, named: string | undefined) =>
      det ? `${verb} ${det} ` : named === undefined ? `${verb} the ` : `${verb} `,
    )
    .replace(AND_PASSIVE, asOrder)
    .replace(SAVED_IN, '$1 and save it to $2')
    .replace(SAVED_AS, '$1 and save it as a $2')
    .replace(DM_WHOM, 'send $2 to $1 on Slack')
    .replace(DM_IT, 'send $1 to $2 on Slack')
    .replace(
      REPORT_TO_PEOPLE,
      (_m, whom: string, report: string) =>
        `write a ${report} and email it to ${/^(?:all|every|each)\s/.test(whom) ? whom : `all ${whom}`}`,
    )
    .replace(AND_TO_CHANNEL, '$1 and post it in $2')
    .replace(AND_BY_EMAIL, '$1 and email it to ')
    .replace(SENT_TO_MANY, sentToMany)
    .replace(SENT_TO_GROUP, '$1 and send it to $2');
