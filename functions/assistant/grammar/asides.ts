import { GREETING, WRITER_HERE } from './greetings';

/**
 * What people say around a request, not in it: "So basically what I need is …", "I'm not sure if this is possible
 * but …", "could you make it so that …", "around 9 I guess", "nothing fancy", "which happens a few times a day",
 * "so sales can follow up". Taken out before the clauses are read, so they neither split nor derail a clause;
 * nothing here can carry a trigger, a condition or an action.
 */

const INTRO =
  /(^|[.!?]\s+)(?:(?:so|ok|okay|basically|well|alright|right)[\s,]+)*(?:what (?:i|we)(?:'d| would)? (?:really )?(?:need|want|like|love)(?: (?:is|are))?(?: (?:that|for))?|here(?:'s| is) what (?:i|we) (?:need|want)|(?:i'm|i am) not sure (?:if|whether) (?:this|that|it)(?:'s| is) possible,? but|not sure if (?:this|it)(?:'s| is) possible,? but|(?:i'm|i am|we're|we are) wondering (?:if|whether)|the idea is(?: that)?|(?:i'm|i am|we're|we are) (?:trying|looking|hoping|planning) to (?:set up|build|create|make|automate|get)(?: (?:the following|this|something like this|a workflow|an automation))?)[\s,:]*/gi;

const MAKE_IT_SO =
  /\b(?:(?:can|could|would) (?:you|u) (?:please |pls )?)?(?:make|set) it (?:up )?so (?:that )?/gi;

/** Hedges, and polite conditions on the asking itself ("if that's not too much trouble"), never on the records. */
const HEDGES =
  /,?\s(?:i guess|i think|i suppose|or so|more or less|if possible|if you can|nothing fancy|that's all|that is all|no rush|or something|or whatever|if (?:that|it|this)(?:'s| is) (?:not too much (?:trouble|work|hassle|to ask)|ok(?:ay)?|alright|all right|fine|possible|doable|no trouble)|if you (?:don't|do not) mind|if you could|when you (?:get|have) a (?:chance|moment|minute|sec(?:ond)?))(?=[,.!?]|$)/gi;

/** "around 9", "like 6pm", "about 8:30": the time, without the hedge. */
const ABOUT_TIME =
  /\b(?:like|around|about|approximately|roughly|say|circa)\s(?=\d{1,2}(?::\d{2})?\s?(?:am|pm|o'clock)?(?![\w:.])(?!\s?(?:minutes?|hours?|days?|weeks?|months?|years?|times?|leads?|invoices?|[km]\b|%)))/gi;

/**
 * "… lost we send the contact a survey", "… an invoice we want to thank them": "we" is the workflow acting; never
 * after what is sent ("reply to an email we send them": which email, session 42).
 */
const WE_ACT =
  /(?<!\b(?:when|whenever|if|once|after|as soon as|time|before|until|that|e-?mails?|messages?|quotes?|proposals?|letters?|offers?|estimates?)\s)\bwe (?:(?:should|want to|need to|will|must|can|would like to|'d like to)\s)?(?=(?:send|email|notify|inform|tell|add|create|mark|tag|post|remind|schedule|book|thank|follow up|ping|alert|let)\b)(?![^,.;!?→>]{0,60}\band\s(?:(?:there\s(?:is|'s)\s)?no\s(?:reply|answer|response|payment)|(?:they|he|she|nobody|no one)\s(?:don't|doesn't|do not|does not|didn't|never|not|dont|doesnt))\b)/gi;

const WHICH_HAPPENS =
  /,\s*which (?:happens|occurs|is (?:often|usually|rare|common|frequent))\b[^,.;!?]{0,60}/gi;

/**
 * ", that intake is closed", ", since the promo is over now": why the request is made, said of something already
 * named, at the end of a sentence; never a test of the records ("if the intake is closed" has its "if").
 */
const CLOSED_NOW =
  /,\s(?:(?:as|since|because)\s)?(?:that|this|the|our)\s(?:[a-z-]+\s)?(?:intake|course|term|semester|event|season|offer|promo|promotion|sale|campaign|period|round|window|cohort|program(?:me)?|deal)\s(?:is|'s|has\sbeen)\s(?:now\s)?(?:closed|over|finished|ended|full|done|cancell?ed)(?:\snow)?(?=[.!?]|$)/gi;

const PURPOSE =
  /\s(?:so|so that|in order that) (?:the |our )?(?:[a-z]+ )?(?:can|could|will|may|might) [^,.;!?]{1,60}(?=[,.;!?]|$)/gi;

/** A letter's opening ("Dear Mark,", "Hi Sam,", "Hello support,") and closing ("Best, Julia", "Thanks! Tom"). */
const SALUTATION =
  /^(?:dear|hi|hello|hey|hiya|heya|hoi|hallo|howdy|g'?day|good (?:morning|afternoon|evening)|greetings)\b(?:\s(?!(?:when|if|every|each|whenever|please|can|could|would|i|we)\b)[\p{L}'-]{1,20}){0,3}\s?[,!:.-]\s*/iu;
const SIGN_OFF =
  /[,.!?]\s(?:best|regards|kind regards|best regards|warm regards|many thanks|thanks|thank you|cheers|br|thx|ty|all the best|sincerely)(?:\s(?:so much|a lot|in advance))?[,.!]?(?:\s(?:dr|mr|mrs|ms|prof)\.?)?(?:\s[\p{L}][\p{L}'-]{0,20}(?:\s[\p{L}][\p{L}'-]{0,20})?)?[.!]?$/iu;
/** A label before the request: "Question:", "Ticket 4411:", "Feature request -", "Re:", "FYI:". */
const LABEL =
  /(^|[.!?]\s)(?:question|ticket|request|feature request|automation request|workflow request|rule|re|fwd|fw|subject|note|fyi|ps|p\.s\.|context|background|task|todo|to-do|issue|bug|story|idea|use case|goal|automation|workflow|urgent|important|asap|priority|help|update)(?:\s?#?\d{1,8})?\s?[:–-]\s(?:(?:automation|workflow|feature|new)\s(?:request|idea|question)\s?[:–-]\s)?/gi;
/** Said around a request in an email or a ticket, never part of it. */
const FRAMING =
  /(^|[.!?,;:]\s|\s-\s)(?:as discussed|as agreed|as promised|as requested|as mentioned|per our (?:call|conversation|chat|meeting)|as per our (?:call|conversation|chat|meeting)|following (?:up on )?(?:our|the|my) (?:call|conversation|chat|meeting|email)|further to our (?:call|conversation|chat|meeting)|long story short|in short|in a nutshell|to be honest|honestly|tbh|ok here's the thing|here's the thing|the thing is|basically|quick question|one more thing|just a quick one|for context|fyi)\b(?:\s(?:on|last|this)\s(?:monday|tuesday|wednesday|thursday|friday|week|time)|\s(?:yesterday|earlier|today))?[\s,:.!-]*/gi;

/** A heading before the request that names the automation tool it was written for, up to its colon. */
const TOOL_TALK =
  /(^|[.!?]\s)[^:.!?\n]{0,60}\b(?:zapier|make\.com|n8n|integromat|ifttt|power automate|pipedream)(?:'s)?\b[^:.!?\n]{0,60}:\s/gi;

export const withoutAsides = (s: string): string =>
  s
    // "[Billing] payment received -> …", "(Ops) …": a tag before the request
    .replace(/^\s*(?:\[[^\]\n]{1,40}\]|【[^】\n]{1,40}】)\s*/, '')
    .replace(GREETING, '')
    .replace(SALUTATION, '')
    .replace(WRITER_HERE, '$1')
    .replace(SIGN_OFF, '')
    .replace(LABEL, '$1')
    // "Run every 6 hours: …", "Trigger it daily at 9": the schedule, said with the verb that starts it
    .replace(
      /(^|[.!?]\s)(?:run|runs|execute|trigger)(?:\s(?:it|this|the workflow))?\s(?=(?:every|each|daily|weekly|hourly|monthly|nightly|once|twice|on\s(?!demand)|at\s))/gi,
      '$1',
    )
    // "small request from marketing:", "re the invoices:", "one more thing:": a heading before the request
    .replace(
      /(^|[.!?]\s)(?:(?:a\s|one\s|another\s)?(?:small|quick|little|tiny|simple|new|urgent|last)\s(?:request|question|ask|favou?r|thing|idea)(?:\s(?:from|for)\s[\p{L} -]{1,30}?)?|(?:re|regarding|about|subject|topic|concerning)\s[^:.!?]{1,40}?)\s?:\s/giu,
      '$1',
    )
    .replace(FRAMING, '$1')
    // "I'd normally use n8n's Error Trigger for this:", "Like a Zapier delay + filter:": the tool they came from
    .replace(TOOL_TALK, '$1')
    .replace(
      /\b(?:please\s)?(?:configure|set up|setup|build|automate|implement)(?:\s(?:the following|this))?\s?:\s?/gi,
      '',
    )
    // "Customers complain they never hear back.": what people say about the business, before the request
    .replace(
      /(^|[.!?]\s)(?:(?:our|the|some|many|most)\s)?(?:customers|clients|people|users|leads|patients|guests|prospects|we|they|the team|staff)\s(?:(?:often|keep|always|sometimes|have|constantly|regularly)\s)?(?:complain(?:ed)?|complaining|say|said|tell us|told us|mention(?:ed)?|keep saying|noticed)\s(?:that\s)?[^.!?]{1,120}[.!?](?=\s)/gi,
      '$1',
    )
    // "A friendly reminder is enough.": a remark on the action already asked for
    .replace(
      /(^|[.!?]\s)(?:just\s)?(?:an?|the|one)\s[^.!?]{1,40}?\s(?:is|would be|will be|should be)\s(?:(?:more than|quite|totally)\s)?(?:enough|fine|ok|okay|sufficient|plenty)(?=[.!?]|$)[.!?]?/gi,
      '$1',
    )
    // "for the Munich office, …": where the request comes from
    .replace(
      /(^|[.!?,]\s)for (?:the|our) (?:[\p{L}-]+ ){1,3}(?:office|branch|location|site|store|shop|clinic|studio)s?,\s/giu,
      '$1',
    )
    .replace(INTRO, '$1')
    .replace(/(^|[.!?]\s+)(?:after that|afterwards|after this|finally|lastly|(?:then|next),)[,\s]+/gi, '$1')
    .replace(MAKE_IT_SO, '')
    .replace(HEDGES, '')
    // "um", "uh", "at like four": what speech puts between the words
    .replace(/(^|\s)(?:um+|uh+|uhm+|erm+|hmm+|ehm+)\b[,.]?(?=\s|$)/gi, '$1')
    .replace(
      /\b(at|around|about)\slike\s(?=\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)/gi,
      '$1 ',
    )
    .replace(ABOUT_TIME, 'at ')
    .replace(WE_ACT, '')
    .replace(
      /\bit(?:'d| would) be (?:really |very |so )?(?:great|nice|awesome|helpful|cool|lovely|good|amazing) to\s/gi,
      '',
    )
    .replace(WHICH_HAPPENS, '')
    .replace(CLOSED_NOW, '')
    .replace(PURPOSE, '')
    .replace(
      /^(?:(?:hey|hi|hello|hiya|heya|hoi|hallo|howdy|g'?day)(?:\s+(?:there|team|all|guys|folks|everyone))?\b[\s,!.]*)+/i,
      '',
    )
    .replace(/^[\s,.;:-]+/, '');
