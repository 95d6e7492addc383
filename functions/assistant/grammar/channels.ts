import { ARTICLE, alt, OUR_THE } from './lexicon';

/**
 * A Slack channel said without its "#" (session 32), put as "#name" once, before any reader, so every reader of a
 * message's recipient sees the same channel:
 *   the name before "channel"        "the wins channel", "our ops slack channel", "the sales alerts channel"
 *                                     (two words are one name: #sales-alerts)
 *   the name after "channel"         "our slack channel for ops", "the channel called dispatch"
 *   the name where a post goes       "post in dispatch", "drop it in sales-alerts", "share the news in wins on
 *                                     slack", "post to dispatch on Slack", "send it to dispatch on slack"
 * Only where a channel is meant: a word after "post … in" is a channel unless it names where else things go (Slack
 * itself, the CRM, an inbox, a file, an app) or is a determiner; after "send … to" only with "on Slack" after it
 * (else it is a person or a team). A channel no reader can name ("the usual channel", "the right channel") is left
 * as written, for the readers to refuse. A note dropped in a channel is a message there, not a note on the lead.
 */

/** Words that are never a channel's name: determiners, Slack and the places other than Slack things are put. */
const NOT_A_CHANNEL =
  '(?:the|a|an|our|my|their|his|her|your|its|this|that|these|those|it|them|us|me|there|here|slack|teams|chat|crm|email|e-mail|inbox|mailbox|calendar|notes?|drive|dropbox|folder|files?|sheets?|spreadsheet|excel|hubspot|salesforce|pipedrive|trello|asana|notion|jira|whatsapp|sms|text|writing|person|bulk|full|time|advance|order|case|progress|addition|response|reply|one|each|every|all|any|some|usual|right|same|correct|relevant|appropriate|proper|own|other|new|general\\s+chat|touch|line|detail|private|public|system|portal|dashboard|app|tracker|board|log|queue|thread|group|dm|dms|linkedin|facebook|instagram|twitter|social|website|blog|site|page|newsletter|new|contacted|qualified|lost|won|customers?|leads?|stage|status|pipeline|list|segment|spam|trash|archive|draft|drafts|review)';
/** A channel's name as typed: lower-case letters, digits, "-" and "_". */
const NAME = `(?!${NOT_A_CHANNEL}(?![\\w-]))[a-z0-9][a-z0-9_-]{0,40}`;
/** A name said before or after "channel": anything but a determiner or Slack ("the leads channel" is #leads). */
const CHANNEL_NAME =
  '(?!(?:the|a|an|our|my|their|your|this|that|slack|teams|microsoft|discord|whatsapp|google|usual|right|same|correct|relevant|appropriate|proper|own|other|main|new)(?![\\w-]))[a-z0-9][a-z0-9_-]{0,40}';
/** What may follow a bare name: the clause goes on with a joint, a time, what the post says, or ends. */
const AFTER = String.raw`(?=\s*(?:$|[,.;:!?)]|(?:and|then|so|when|whenever|if|once|with|saying|that|too|as|for|about|to|every|each|asap|please|right|immediately|straight|channel|on|in)\b))`;

/** "the wins channel", "our ops slack channel", "the sales alerts channel": the name before "channel". */
const NAMED_BEFORE = new RegExp(
  String.raw`\b${OUR_THE}\s+(?:slack\s+)?(${CHANNEL_NAME})(?:\s+(${CHANNEL_NAME}))?\s+(?:slack\s+)?channel\b`,
  'gi',
);
/** "our slack channel for ops", "the channel called dispatch", "a channel named wins". */
const NAMED_AFTER = new RegExp(
  String.raw`\b(?:the|our|my|a)\s+(?:slack\s+)?channel\s+(?:for|called|named)\s+(?:#)?(${CHANNEL_NAME})(?![\w-])`,
  'gi',
);
/** What is posted: nothing, a pronoun, or a message's noun. */
const POSTED = String.raw`(?:\s+(?:it|this|that|${ARTICLE}\s+(?:quick\s+|short\s+)?(?:message|note|update|post|line|ping|heads[- ]up|alert|news|details|summary|shout-?out|reminder|nudge)))?(?:\s+(?:out|up))?`;
/** "post in dispatch", "drop it in sales-alerts", "share the news in wins": a word where a post goes. */
const POSTED_IN = new RegExp(
  String.raw`\b(${alt('postVerb', '-forward', '-shoot', '+celebrate')}${POSTED}\s+(?:in|into|to))\s+(${NAME})${AFTER}`,
  'gi',
);
/** "send it to dispatch on slack", "message wins on Slack": a name said with Slack after it. */
const ON_SLACK = new RegExp(
  String.raw`\b((?:send|message|ping|tell|notify|alert|let|post|drop|share|remind|nudge)${POSTED}(?:\s+(?:in|into|to|on))?)\s+(${NAME})\s+(?:on|in|via)\s+slack\b`,
  'gi',
);
/** "the #accounting slack channel": the channel typed with its "#", said once (never a second post "in slack"). */
const HASHED_CHANNEL = /\b(?:the|our|my)\s+(#[a-z0-9][a-z0-9_-]{0,40})\s+(?:slack\s+)?channel\b/gi;
/** "post it in slack #approvals": the app, then the channel in it, is the channel. */
const SLACK_THEN_HASH = /\b(in|on|to|into)\sslack\s(?=#[a-z0-9])/gi;
/** "drop a note in #ops", "leave a note on #wins": a message in that channel. */
const NOTE_IN_CHANNEL = /\b(?:a|an)\s+(?:quick\s+|short\s+)?note\s+(in|on|to|into)\s+(?=#)/gi;

/** "everyone in #wins", "the folks on #ops": the channel itself. */
const PEOPLE_IN_CHANNEL =
  /\b(?:everyone|everybody|all|(?:the\s+)?(?:folks|people|guys|team))\s+(?:in|on)\s+#/gi;

/**
 * "remind everyone on slack", "tell the whole shop in Slack" (session 42): everyone reached on the team's Slack is the
 * team, never the business's customers ("remind everyone" alone may be).
 */
const PEOPLE_ON_SLACK =
  /\b(?:everyone|everybody|all\s+staff|all\s+of\s+us|the\s+whole\s+(?:team|shop|office|club|crew|company|staff|studio|workshop|yard))\s+(?:on|in|via|over)\s+slack\b/gi;

/** "shout it out in #wins", "celebrate in #wins": a post there. */
const CHEERED_IN = /\b(?:shout\s+(it\s+|this\s+)?out|celebrate(?:\s+it)?)\s+(?:in|on)\s+#/gi;

const channel = (...names: (string | undefined)[]): string =>
  `#${names
    .filter((n): n is string => !!n)
    .join('-')
    .toLowerCase()}`;

/**
 * Whether "<verb> <name> on Slack" names a channel: after a verb of posting and "in" or "to", always ("post summary on
 * Slack" posts the summary); after "send … to", a name
 * written in lower case ("send it to dispatch on slack"; "send it to Victor on Slack" is Victor); after a verb that
 * addresses a person ("tell", "ping", "remind"), only a name no person has ("cs-team", "ops_alerts").
 */
const slackChannel = (verb: string, name: string): boolean =>
  (/^(?:post|drop|share)\b/i.test(verb) && /\s(?:to|into|in)$/i.test(verb)) ||
  /[-_\d]/.test(name) ||
  (/^send\b/i.test(verb) && /\s(?:to|into|in)$/i.test(verb) && !/^\p{Lu}/u.test(name));

/** Channels said without "#", put as "#name". */
export const channelsNamed = (text: string): string =>
  text
    .replace(SLACK_THEN_HASH, '$1 ')
    .replace(NAMED_BEFORE, (_m, a: string, b: string | undefined) => channel(a, b))
    .replace(NAMED_AFTER, (_m, a: string) => channel(a))
    .replace(HASHED_CHANNEL, (_m, name: string) => name.toLowerCase())
    .replace(PEOPLE_ON_SLACK, 'the team on slack')
    .replace(POSTED_IN, (_m, verb: string, name: string) => `${verb} ${channel(name)}`)
    .replace(ON_SLACK, (m, verb: string, name: string) =>
      slackChannel(verb, name) ? `${verb} ${channel(name)}` : m,
    )
    .replace(NOTE_IN_CHANNEL, 'a message $1 ')
    .replace(PEOPLE_IN_CHANNEL, '#')
    .replace(CHEERED_IN, (_m, what: string | undefined) => `post ${what ?? 'it '}in #`);
