/** What a message says and who it goes to, said around it (session 41). */
import { workflowAsked } from './greetings';
import { messageContent } from './message-content';
import { PERSON } from './nouns';

/** "email me a summary … - me = jenny@x.example": my address, said after the message, is who it goes to. */
const MY_ADDRESS =
  /\b((?:email|e-mail|mail|send|forward)\s)me\b([^.!?]*?)(?:\s?[-,(]\s?|\s)me\s?(?:=|is|:)\s?([\w.%+-]+@[\w-]+(?:\.[\w-]+)+)\)?(?=[.!?]?$)/i;

/**
 * "email everyone tagged winter-tires that it's time to swap over": what the message says, after the people found by
 * their tag or as each of them ("email each customer that we're closed"). Only a clause about the time, spots, seats
 * or what we are doing ("we're off next week"), never one about the people ("… that we met at the expo").
 */
const TAGGED_THAT = new RegExp(
  `(\\btagged\\s(?:⟦\\d+⟧|[\\w-]+)|\\b(?:e-?mail|message)\\s(?:each|every|all)\\s(?:(?:the|our|of\\sthe|of\\sour)\\s)?(?:person|${PERSON}))\\sthat\\s(?=(?:it(?:'s|\\sis|\\swill\\sbe)|there(?:'s|\\sis|\\sare)|we(?:'re|\\sare|'ll|\\swill|\\swon't|\\scan't|\\shave\\sto)|(?:spots|places|seats|tickets|stock|registrations?|enrol?ments?)\\s(?:are|is|will|have))\\s)`,
  'gi',
);

export const messageSaid = (text: string): string =>
  messageContent(workflowAsked(text).replace(MY_ADDRESS, '$1$3$2').replace(TAGGED_THAT, '$1 to say that '));
