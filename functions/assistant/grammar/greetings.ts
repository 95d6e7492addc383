import { alt } from './lexicon';

/**
 * The words people open a message with, as data (session 42): a greeting says nothing about the rule, whatever the
 * trade or the country ("Hoi!", "Hiya,", "G'day team,", "Kia ora,"). Read as a greeting only at the start and before
 * a comma, "!" or "." (asides.ts, framing.ts), so "morning report" or "evening bookings" stay words of the rule.
 */
export const GREETING_WORDS = `hi|hello|hey|hiya|heya|heyo|howdy|hoi|hallo|hola|yo|g'?day|kia\\s?ora|aloha|ahoy|greetings|good\\s${alt('partOfDay', '+day')}|morning`;

/** "Hiya, …", "Hoi! …", "Morning all! …", "G'day team, …": the greeting and whom it greets, up to its mark. */
export const GREETING = new RegExp(
  `^(?:${GREETING_WORDS})(?:\\s(?:there|team|all|everyone|everybody|folks|guys|y'all|again|mate|lads))*\\s?[,!.]+\\s*`,
  'iu',
);

/**
 * "Hi, treasurer here.", "Sam from the front desk here!" as its own sentence: who writes, never whom the steps are for.
 * Up to five words before "here", none of them a verb that puts something somewhere ("put it here", "drop files here").
 */
export const WRITER_HERE =
  /(^|[.!?]\s)(?!(?:put|drop|send|post|save|add|file|keep|store|upload|move|copy|leave|stay|come|go|start|stop|click|sign|write|type|log|paste|attach|link|list|show|enter|fill)\b)(?:the\s)?[\p{L}'-]+(?:\s(?!(?:it|them|this|that|these|files?|everything)\b)[\p{L}'-]+){0,4}\shere\s?[.!]\s(?=\S)/giu;

/** "… can it send them", "…, could it please post": "it" is the workflow, before a verb that asks for a step. */
const CAN_IT =
  /\s(?:can|could|would|will)\sit\s(?:(?:please|pls|also|then)\s)?(?=(?:send|email|notify|tell|add|create|mark|tag|post|remind|schedule|book|thank|ping|alert|log|forward|message|slack|draft|update|set|move|change|save|put|let|invoice|charge|text|dm)\b)/gi;

/** "when a new member gets added can it send them …": the workflow asked to act, said after the trigger. */
export const workflowAsked = (text: string): string => text.replace(CAN_IT, ' ');
