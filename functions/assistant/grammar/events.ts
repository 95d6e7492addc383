import type { EventFilter, Trigger } from '../../../statemachines/schema';
import {
  built,
  FORM_SOURCES,
  type Shape,
  shape,
  transition,
  WEBHOOK_SHAPES,
  webhookOf,
  withFilter,
} from './event-shapes';
import * as words from './event-words';
import {
  BOOKED_THING,
  INVOICE_NAME,
  JOINED_AT,
  JOINED_OBJECT,
  NOT_BOOKED,
  PERSON,
  ROLE,
  TRADE_BOOKING,
} from './nouns';
import { LEAD_STATUS_WORDS } from './statuses';

/**
 * Event triggers: "a new lead is added", "someone books a demo", "an invoice becomes overdue", "a deal is won".
 * Each event has a few phrase shapes (subject + verb, someone + verb + object, "we get …", a bare noun phrase);
 * the subject may carry a qualifier ("a lead from LinkedIn", "an invoice over $5,000") that the condition grammar
 * reads. The grammar reads from the start of a phrase and says how much it understood.
 */

export interface EventPhrase {
  readonly trigger: Trigger;
  /** The qualifier inside the subject ("from linkedin", "worth more than 10k"), for the condition grammar. */
  readonly qualifier: string | undefined;
  /** Characters of the phrase understood. */
  readonly length: number;
  /** Something the phrase needs but did not say (a webhook without its source). */
  readonly problem?: string;
  /** What the phrase said that the trigger does not test, said back with the workflow ("from trial"). */
  readonly note?: string;
}

const A = '(?:(?:a|an|the|any|some|our|my|their|your|each|every|all|(?:one|any) of (?:our|my|the))\\s+)?';
/** "a client's email", "the customer's reply": whose message it is. */
const POSS = "(?:a|an|the|any|our)\\s+(?:customer|client|lead|prospect|contact|subscriber|user|buyer)'s\\s+";
const NEW = '(?:(?:new|fresh|incoming|inbound|brand new|potential|prospective)\\s+)?';
const LEAD = `(?:(?:lead|prospect|contact|customer|client|subscriber|sign-?up|signup|user|member|person|visitor|buyer|patient|student|candidate|account|registrant|enquiry|inquiry)s?|enquiries|inquiries|${PERSON}|${ROLE})`;
const DEAL = '(?:deal|opportunity|opportunities)s?';
/** "a lead from avvo books a call": where the person came from, one word, before their verb (for the condition grammar). */
const FROM = '(?<q>\\s+from\\s+[a-z0-9][\\w.-]*)?';
const Q =
  '(?<q>\\s+(?:from|via|through|worth|valued|over|above|under|below|with|tagged|who|whose|in|at|of|for(?=\\s+(?:more|less|over|under|above|below|at\\s+least|[$€£₹]|\\d)))\\b(?:[^,;]|,(?=\\d{3}))*?)?';
const BE =
  "\\s+(?:(?:that|who|which)(?:'s|\\s+is|\\s+are|\\s+gets?|\\s+becomes?)?\\s+|(?:is|are|was|were|gets?|got|has been|have been|becomes?|goes|went|turns)\\s+)?(?:(?:marked|flagged)\\s+(?:as\\s+)?)?";
const SOMEONE =
  '(?:someone|somebody|anyone|anybody|a visitor|a user|a person|people|they|a lead|a prospect|a customer|a client|a contact|an attendee|a guest|a new lead|a new customer)';
const MEET =
  '(?:meeting|call|booking|demo|appointment|consultation|session|reservation|discovery call|sales call|intro call|calendly (?:booking|event|meeting))s?';
/** Whoever books or cancels, in one word ("a couple", "a diner"): the verb says what happened. */
const ANYONE = `(?!${NOT_BOOKED}\\b)[a-z][\\w'-]*`;
/** What is booked, in office or trade words ("a viewing", "a site visit", "a trial lesson"). */
const BOOKED = `(?:${MEET}|${TRADE_BOOKING})(?![\\w'-])`;
const INV = '(?:invoice|bill)s?';
/** "an invoice reminder", "a payment reminder email", "the overdue reminder". */
const REMINDER = '(?:invoice|payment|overdue|late\\s+payment)\\s+reminders?(?:\\s+e-?mails?)?';
const FORM =
  "(?:(?!(?:is|are|was|gets|has)\\b)(?:[\\w'-]+|⟦\\d+⟧)\\s+){0,3}?(?:form submission|form entries|form entry|form response|entries|form|survey|questionnaire|submission|typeform|application)s?";
/** "… on our website": where every form is, not which one. */
const ON_SITE = '(?:\\s+on\\s+(?:our|the)\\s+(?:website|site|web\\s?site|landing page|homepage))?';
/** "… through the website", "… online": how every booking is made; a booking names no source to test. */
/** Scheduling apps: a booking made "through Calendly" is a booking; the app is how, not which (no source to test). */
const BOOKING_APPS =
  '(?:calendly|cal\\.com|acuity(?:\\s+scheduling)?|youcanbook\\.?me|setmore|simplybook(?:\\.me)?|savvycal|tidycal|zcal|hubspot meetings|google calendar|outlook calendar|microsoft bookings|square appointments|zoho bookings)';
const BOOKED_VIA = `(?:\\s+(?:through|via|on|using)\\s+(?:our|the)\\s+(?:website|site|web\\s?site|booking page|booking form|calendar|online calendar|portal|app)|\\s+(?:through|via|on|using|in|from|with)\\s+(?:our\\s+|the\\s+)?${BOOKING_APPS}(?:\\s+(?:link|page|form|widget))?|\\s+online)`;
const BOOKED_ON = `${BOOKED_VIA}?`;
const WF = '(?:workflow|automation|run|job|process|flow|zap)s?';

const STATUS = `(?<st>${Object.keys(LEAD_STATUS_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

const statusFilter = (m: RegExpExecArray): EventFilter => ({
  'changes.status.to': [LEAD_STATUS_WORDS[m.groups?.st ?? ''] ?? m.groups?.st ?? ''],
});

/** "changes from qualified to", "goes from trial to": a lead or deal (or its status) leaving one state for another. */
const LEAVES = `${A}(?:(?:${LEAD}|${DEAL})(?:(?:'s)?\\s+(?:status|stage))?|(?:status|stage))\\s+(?:(?:is|gets|was|has\\s+been|have\\s+been)\\s+)?(?:changes|changed|change|changing|moves|moved|move|goes|go|went|gone|switches|switched|switch|converts|converted|convert|flips|flipped|flip|updated|progresses|progressed|transitions|transitioned)\\s+from\\s+(?:(?:a|an|the)\\s+)?`;
const TRANSITION = `${LEAVES}(?<from>[a-z][\\w-]*)(?:\\s+(?:status|stage))?\\s+(?:in)?to`;

const SHAPES: readonly Shape[] = [
  ...WEBHOOK_SHAPES,
  // lead status changes (before the general lead shapes)
  // "a lead's status changes from qualified to customer", "a deal moves from trial to won": the transition
  built(`${TRANSITION}\\s+(?:(?:a|an|the)\\s+)?${STATUS}(?![\\w'-])`, (m) =>
    transition(m.groups?.from ?? '', m.groups?.st ?? ''),
  ),
  // "… goes from trial to paid": a state the CRM has no status for, refused rather than read as a source
  built(`${TRANSITION}\\s+(?:(?:a|an|the)\\s+)?(?<to>[a-z][\\w-]*)(?![\\w'-])`, (m) => ({
    trigger: { type: 'event', event: 'lead.updated' },
    problem: `"${m.groups?.from} to ${m.groups?.to}": a lead's status is new, contacted, qualified, customer or lost, and "${m.groups?.to}" is none of them; say which status it is ("goes from trial to customer")`,
  })),
  withFilter(
    'lead.updated',
    `(?:${A}${LEAD}(?:'s)?\\s+|(?:the\\s+|their\\s+|its\\s+)?)(?:status|stage)\\s+(?:changes|changed|change|is changed|is changing|changing|is updated|updated|moves|moved|is set|becomes|goes|went|switches|switched)\\s+to\\s+${STATUS}`,
    statusFilter,
  ),
  // "a lead's status changes from new": the status it leaves, never a source "new"
  withFilter('lead.updated', `${LEAVES}${STATUS}(?![\\w'-])(?!\\s+(?:in)?to\\b)`, (m) => ({
    'changes.status.from': [LEAD_STATUS_WORDS[m.groups?.st ?? ''] ?? m.groups?.st ?? ''],
  })),
  withFilter(
    'lead.updated',
    `${A}(?:${LEAD}|${DEAL})${Q}\\s+(?:becomes?|turns? into|converts? (?:in)?to|is converted (?:in)?to|moves? to|is moved to|(?:is|gets) marked (?:as )?|(?:is|gets) set to|goes to|changes to|is changed to|(?:is\\s+|gets\\s+)?(?:updated|switched) to|set to)\\s*(?:a\\s+|an\\s+|the\\s+)?${STATUS}(?:\\s+status)?`,
    statusFilter,
  ),
  withFilter('lead.updated', `${A}(?:${LEAD}|${DEAL})${Q}${BE}${STATUS}\\b`, statusFilter),
  // "a customer churns": lost; "a trial user converts": a customer (the status each verb leaves them in)
  withFilter(
    'lead.updated',
    `${A}(?:${LEAD}|${DEAL})${Q}\\s+(?:(?:has|have)\\s+)?(?<verb>churns|churned|churn|converts|converted|convert)(?!\\s+(?:to|into|from)\\b)(?![\\w'-])`,
    (m) => ({ 'changes.status.to': [m.groups?.verb?.startsWith('churn') ? 'lost' : 'customer'] }),
  ),
  // "a deal worth $25k closes": won
  withFilter(
    'lead.updated',
    `${A}(?:${DEAL}|${LEAD})${Q}\\s+(?:closes|is closed|gets closed|closed|is signed|gets signed)(?!\\s+(?:as\\s+)?lost)`,
    () => ({ 'changes.status.to': ['customer'] }),
  ),
  withFilter(
    'lead.updated',
    `(?:we|i)\\s+(?<st>win|lose|close)\\s+${A}(?:deal|lead|opportunity|customer)`,
    (m) => ({
      'changes.status.to': [m.groups?.st === 'lose' ? 'lost' : 'customer'],
    }),
  ),
  words.taggedNew(A, `(?:${LEAD}|${DEAL})`),
  withFilter(
    'lead.updated',
    `${A}(?:${LEAD}|${DEAL})${BE}tagged\\s+(?:as\\s+|with\\s+)?(?<tag>[a-z0-9][\\w-]*)`,
    (m) => ({ 'lead.tags': [m.groups?.tag ?? ''] }),
  ),
  words.tagAdded(A, `(?:${LEAD}|${DEAL})`),
  // "a lead's status changes to negotiation": no status leads have (those matched above), never any update
  shape(
    'lead.updated',
    `${A}(?:${LEAD}|${DEAL})(?:'s\\s+(?:status|stage|details|record|value))?${Q}\\s+(?:(?:is|gets|was)\\s+)?(?:updated|changed|edited|modified|changes|moves stage|changes stage)(?!\\s+(?:to|into)\\s)`,
  ),
  // replies and emails
  ...words.emailArrivals(A, BE, `(?:${SOMEONE}|somebody|${A}${LEAD})`, LEAD),
  shape(
    'email.received',
    `(?:${A}(?:(?:potential|prospective)\\s+)?${LEAD}|${SOMEONE}|they|he|she)${Q}\\s+(?:replied|responded|answered|wrote back|(?:replies|responds|answers)(?: to)? (?:an|our|the|my|their) (?:(?:[a-z][\\w-]* ){1,3}?(?:email|message)|email|message|proposal|quote|offer)s?|replies|reply|responds|respond|answers|writes back|gets back(?: to (?:us|me))?|emails (?:us|me|in)|(?:emails|writes to|messages) (?:the|our|my) (?:(?:club|office|main|shared|general|team|company|business|school|church|practice|studio|shop|salon|clinic|gym|front desk)(?:'s)? )?(?:inbox|mailbox|e-?mail address|e-?mail account)(?![\\w'-])|${words.EMAILS_SOMETHING_IN}|emails(?= (?:about|regarding|asking) )|writes in|gets in touch|messages (?:us|me)|sends (?:us|me) an? (?:email|message)|writes to (?:us|me)|reaches out|contacts (?:us|me)|(?:replies|responds) to (?:an|our|the|my) (?:email|message))(?:\\s+with\\s+(?:a|an|some)\\s+(?:question|query|enquiry|inquiry|request))?`,
  ),
  shape(
    'email.received',
    `(?:we|i)\\s+(?:(?:get|receive|got)\\s+${A}(?:new\\s+)?(?:(?:reply|response)\\s+(?=(?:email|message)\\b))?(?:replies|reply|response|email|message|answer)s?(?:\\s+in(?=\\s+from\\b))?|hear back)(?:\\s+(?:back\\s+)?from\\s+(?:${A}${LEAD}|someone|them|a customer))?`,
  ),
  shape(
    'email.received',
    `(?:${POSS}|${A})(?:new\\s+|incoming\\s+|inbound\\s+)?(?:(?:(?:listing|property|inquiry|enquiry|support|sales|order|quote|booking|job|service|contact|reply|response)\\s+){1,2}(?=(?:email|message)s?\\s))?(?:replies|reply|response|email|message|answer)s?(?:\\s+from\\s+${A}${LEAD})?${BE}(?:received|arrives?|comes? in|lands?|in)(?:\\s+from\\s+(?:${A}(?:new\\s+|unknown\\s+)?(?:${LEAD}|person|sender|address)|someone|anyone))?`,
  ),
  shape(
    'email.received',
    `${A}(?:new\\s+)?(?:incoming|inbound)\\s+(?:email|message)s?(?:\\s+from\\s+(?:${A}${NEW}${LEAD}|someone|anyone))?`,
  ),
  // "a reply mentions 'invoice'", "an email contains the word urgent": the event and a test of its text
  shape(
    'email.received',
    `(?:${POSS}|${A})(?:new\\s+|incoming\\s+|inbound\\s+)?(?:replies|reply|response|email|message|answer)s?(?<q>\\s+(?:mentions|contains|includes|says|talks about|asks about|is about|refers to|mentioning|containing|including|saying|asking about|about)\\s+(?:⟦\\d+⟧(?:\\s+or\\s+(?:(?:mentions|contains|includes|says)\\s+)?⟦\\d+⟧)*(?=\\s*(?:,|;|$)|\\s+(?:arrives?|comes? in|is received|lands?)\\b)|⟦\\d+⟧|[^,;]*?(?=\\s*(?:,|;|$)|\\s+(?:arrives?|comes? in|is received|lands?)\\b)))(?:\\s+(?:arrives?|comes? in|is received|lands?))?`,
  ),
  // "we send an invoice reminder", "a payment reminder goes out": the reminders invoice.sendReminder sends
  withFilter(
    'email.sent',
    `(?:(?:we|i)\\s+(?:send|sent|email|emailed)\\s+(?:out\\s+)?(?:(?:a|an|the|our|any)\\s+${NEW}${LEAD}\\s+|them\\s+)?${A}${REMINDER}(?:\\s+(?:out\\s+)?to\\s+(?:${A}${LEAD}|them|someone))?|${A}${REMINDER}(?:${BE}(?:sent(?:\\s+out)?|emailed)|\\s+(?:goes|go|went|gets|get)\\s+out))(?![\\w'-])`,
    () => ({ kind: ['invoice-reminder'] }),
  ),
  // "a protection quote is emailed", "the kitchen estimate goes out": the trade's name for what we send
  shape(
    'email.sent',
    `${A}(?:[a-z][\\w-]*\\s+)?(?:quote|proposal|estimate)s?\\s+(?:(?:is|are|was|gets|got|has\\s+been)\\s+)?(?:emailed|e-mailed|mailed|sent(?:\\s+out)?)(?![\\w'-])`,
  ),
  shape(
    'email.sent',
    `${A}(?:(?:outbound|outgoing|cold|sales|first|initial|intro)\\s+)?(?:email|message|proposal|quote|offer|follow-up|follow up|estimate)s?${Q}(?:${BE}sent|\\s+(?:goes|go|went|gets|get)\\s+out)|(?:we|i)(?:'ve|\\s+have)?\\s+(?:send|sent|email|emailed|e-mail|mail|mailed)\\s+(?:out\\s+)?(?:(?:(?:a|an|the|our|each|every|any)\\s+)?${NEW}${LEAD}\\s+|(?:them|someone|somebody|him|her)\\s+)?${A}(?:(?:quote|proposal|estimate|offer)\\s+(?=(?:email|message)))?(?:email|message|proposal|quote|offer|estimate|job\\s+spec|brochure|info\\s+pack)s?(?:\\s+(?:out\\s+)?to\\s+(?:${A}${NEW}${LEAD}|them|someone|somebody|him|her))?|sending\\s+${A}(?:email|message)|(?:we|i)(?:'ve|\\s+have)?\\s+(?:email|emailed|e-mail|contact|contacted|message|messaged|write to|wrote to|written to|reach out to|reached out to)\\s+(?:${A}${NEW}${LEAD}|them|someone|somebody|him|her)(?:\\s+(?:a|an|our|the)\\s+(?:quote|proposal|estimate|offer|price|invoice|message|email|follow-up))?`,
  ),
  // files and forms
  shape(
    'file.updated',
    `${A}${NEW}(?:(?:${words.KIND_WORD}\\s+){0,3}?${words.FILE}|anything(?=[^,;]+folder)|(?!(?:leads?|invoices?|bookings?|contacts?|clients?|customers?|e-?mails?|messages?|notes?|tasks?|people|someone|anyone)\\b)(?:something|[a-z][\\w'-]*)(?=\\s+(?:gets?|is|are|was|were|has\\s+been)\\s+(?:uploaded|added|dropped|saved|put|stored|placed)\\s+(?:in|into|to|onto)\\s+(?:the|our|a)\\s+[^,;]*folder\\b))${Q}${BE}(?:uploaded|added|updated|changed|created|replaced|modified|edited|renamed|revised|overwritten|saved|stored|shared|dropped|put|shows? up|appears?|lands?|comes? in|arrives?)`,
  ),
  shape(
    'file.updated', // "a coach uploads a new file": whoever it is, any one noun
    `(?:${SOMEONE}|we|i|(?:a|an|the|any|one of (?:our|the))\\s+(?!${words.FILE}\\b)[a-z][\\w'-]*)\\s+(?:uploads?|adds?|updates?|saves?|drops?|shares?|modif(?:y|ies)|edits?|changes?|replaces?|renames?|revises?)\\s+${A}(?:new\\s+)?${words.FILE}`,
  ),
  ...words.bareRecords(A),
  {
    re: new RegExp(
      `^${A}${NEW}(?<src>${FORM_SOURCES.join('|')})\\s+(?:[\\w'-]+\\s+){0,3}?(?:form\\s+|survey\\s+)?(?:responses?|submissions?|entry|entries|forms?|respondents?)(?:${BE}(?:submitted|filled(?: in| out)?|completed|received|comes? in|arrives?))?`,
    ),
    build: (m) => webhookOf(m, false),
  },
  {
    re: new RegExp(
      `^${SOMEONE}\\s+(?:submits|fills (?:in|out)|completes|sends)\\s+${A}(?<src>${FORM_SOURCES.join('|')})(?:\\s+form)?`,
    ),
    build: (m) => webhookOf(m, false),
  },
  {
    re: new RegExp(
      `^${A}${NEW}(?<src>${FORM_SOURCES.join('|')})(?:\\s+(?:form|survey|response|submission|entry))?${BE}(?:submitted|filled(?: in| out)?|completed|received|comes? in|arrives?)|^${A}${NEW}(?<src2>${FORM_SOURCES.join('|')})\\s+(?:[\\w'-]+\\s+){0,2}?(?:forms?|surveys?|questionnaires?|applications?|registrations?|enquir(?:y|ies)|sign-?ups?)(?:${BE}(?:submitted|filled(?: in| out)?|completed|received|comes?(?: in| through)?|arrives?)|\\s+in)(?![\\w'-])`,
    ),
    build: (m) => webhookOf(m, false),
  },
  // "a brief comes in via Typeform", "an order is submitted through Jotform": a form tool's arrival is a submission
  {
    re: new RegExp(
      `^${A}${NEW}(?:[\\w'-]+\\s+){0,2}?[\\w'-]+${BE}(?:submitted|filled (?:in|out)|completed|received|comes? in|came in|arrives?|lands?)\\s+(?:via|through|from|on|in|using)\\s+(?:our\\s+|the\\s+)?(?<src>${FORM_SOURCES.join('|')})(?:\\s+(?:form|survey))?(?![\\w'-])`,
    ),
    build: (m) => webhookOf(m, false),
  },
  shape(
    'form.submitted',
    `${A}${NEW}${FORM}${ON_SITE}${Q}(?:${BE}(?:submitted|filled(?: in| out)?|completed|received|sent|comes?(?: in| through)?|came(?: in)?|arrives?)|\\s+(?:gets|receives|has)\\s+(?:a|another)\\s+(?:new\\s+)?(?:response|submission|entry|reply))${ON_SITE}`,
  ),
  shape(
    'form.submitted',
    `(?:${SOMEONE}|${A}${NEW}${LEAD})\\s+(?:submits|fills (?:in|out)|completes|sends)\\s+${A}${FORM}${ON_SITE}`,
  ),
  shape('form.submitted', `${A}new\\s+${FORM}`),
  // "someone comes in through the contact form", "a new patient registers via our website form": the form is the event
  shape(
    'form.submitted',
    `(?:${SOMEONE}|${A}${NEW}(?:${PERSON}|${LEAD}|(?:[a-z][\\w-]*\\s+){0,2}?(?:requests?|registrations?|regos?|applications?|entries|entry)|messages?))(?:\\s+(?:comes? in|came in|arrives?|signs? up|registers?|gets? in touch|enquires|inquires|reaches out|applies|writes in|contacts us)(?:\\s+as\\s+an?\\s+[a-z][\\w-]*)?)?\\s+(?:through|thru|via|from|using|on|with|by|off)\\s+(?:the|our|a|an|your)\\s+(?:(?:[\\w'-]+|⟦\\d+⟧)\\s+){0,3}?(?:form|survey|questionnaire)(?![\\w'-])${ON_SITE}`,
  ),
  // bookings
  shape(
    'booking.cancelled',
    `${A}(?:${words.KIND_WORD}\\s+)?${BOOKED}${Q}${BE}(?:cancell?ed|called off|deleted|removed)${words.BY_BOOKER}`,
  ),
  shape('booking.cancelled', `${A}${BOOKED_THING}${BE}(?:cancell?ed|called off)${words.BY_BOOKER}`),
  shape(
    'booking.cancelled',
    `(?:${SOMEONE}|${A}${NEW}${PERSON}|${A}${NEW}${ANYONE}|people)\\s+cancels?(?![\\w'-])(?:\\s+${A}(?:${words.KIND_WORD}\\s+)?${BOOKED}|\\s+(?:a|an|the|their|his|her|our)\\s+${BOOKED_THING})?(?!\\s+(?:a|an|the|their|his|her|it|them)\\b)`,
  ),
  // "cancellation of a booking": the record's own noun names no kind of booking (never a title test)
  shape(
    'booking.cancelled',
    `${A}(?:new\\s+)?(?:booking\\s+|meeting\\s+)?cancellation(?:\\s+of\\s+${A}(?:bookings?|meetings?|appointments?|reservations?)(?![\\w'-]))?`,
  ),
  shape('booking.cancelled', `${A}(?:new\\s+)?cancell?ed\\s+(?:${words.KIND_WORD}\\s+)?${MEET}`),
  shape(
    'booking.created',
    `${A}${NEW}(?:${words.KIND_WORD}\\s+){0,2}?${BOOKED}${Q}${BE}(?:booked|scheduled|created|made|set up|arranged|added|confirmed|reserved|requested|${words.THROUGH}|comes?(?: in)?|arrives?|lands?)${words.BY_BOOKER}${BOOKED_ON}`,
  ),
  // "a wedding is booked", "the deep clean gets scheduled": whatever a trade books, in a booking frame
  shape(
    'booking.created',
    `${A}${NEW}${BOOKED_THING}${BE}(?:booked|scheduled|reserved)(?:\\s+in)?${BOOKED_ON}`,
  ),
  shape(
    'booking.created',
    `(?:${SOMEONE}|${A}${NEW}${LEAD}${FROM}|${A}${NEW}${PERSON}|we|i)\\s+(?:books?|schedules?|reserves?|sets? up|requests?)\\s+${A}(?:${words.KIND_WORD}\\s+){0,2}?${BOOKED}${BOOKED_ON}`,
  ),
  // "someone makes a booking", "a guest makes a reservation": the booking said with "make"
  shape(
    'booking.created',
    `(?:${SOMEONE}|${A}${NEW}${LEAD}|(?:a|an|the|any|each|every)\\s+${NEW}${ANYONE}|we|i)\\s+(?:makes?|made)\\s+${A}(?:[a-z0-9][\\w-]*\\s+){0,2}?(?:booking|reservation|appointment)s?(?![\\w'-])(?:\\s+for\\s+(?:a|an|the|their|his|her)\\s+${BOOKED_THING})?${BOOKED_ON}`,
  ),
  // "a customer signs up for a trial class", "a student enrols in a lesson": a trade's booking, said as joining it
  shape(
    'booking.created',
    `(?:${SOMEONE}|${A}${NEW}${LEAD})\\s+(?:signs? up|registers?|enrols?|enrolls?)\\s+(?:for|in|on)\\s+${A}(?:[a-z0-9][\\w-]*\\s+){0,2}?${BOOKED}${BOOKED_ON}`,
  ),
  // "a customer books a site visit", "someone books in for a car service": what is booked, whatever the trade
  shape(
    'booking.created',
    `(?:${SOMEONE}|${A}${NEW}${LEAD}${FROM}|${A}${NEW}${PERSON}|(?:a|an|the|any|each|every)\\s+${NEW}${ANYONE}|we|i)\\s+(?:books?(?:\\s+in)?(?:\\s+for)?|schedules?|reserves?)\\s+(?:(?:a|an|the|their|his|her|our|another|one of (?:our|the))\\s+)${BOOKED_THING}${BOOKED_ON}`,
  ),
  shape('booking.created', `${A}new\\s+(?:${words.KIND_WORD}\\s+)?${MEET}${BOOKED_ON}`),
  // "a day after they book", "when someone schedules": booking with no object named
  shape(
    'booking.created',
    `(?:${SOMEONE}|${A}(?:attendee|invitee)s?|${A}${NEW}${PERSON})\\s+(?:books?|schedules?)(?:\\s+(?:a\\s+)?(?:slot|time|session|spot))?(?:${BOOKED_VIA}|(?![\\w-])(?!\\s+(?:a|an|the|their|his|her|it|them|in|for|with)\\b))`,
  ),
  // invoices
  shape(
    'invoice.overdue',
    `${A}(?:${INV}|payments?)${Q}${BE}(?:overdue|past due|late|missed|unpaid (?:after|past) (?:the|its) due date|not paid (?:by|on) (?:the|its) due date)`,
  ),
  shape(
    'invoice.overdue',
    `(?:a\\s+|the\\s+)?(?:customer|client)s?\\s+(?:is|are)\\s+late\\s+(?:paying|with (?:a |the |their )?payment)|(?:a\\s+)?(?:customer|client)\\s+misses\\s+a\\s+payment`,
  ),
  shape('invoice.overdue', `${A}(?:new\\s+)?overdue\\s+${INV}`),
  // "an invoice goes past its due date", "the due date of an invoice passes without payment"
  shape(
    'invoice.overdue',
    `${A}${INV}${Q}\\s+(?:(?:goes|went|gets|is|falls|slips)\\s+past|passes|misses|has passed|has missed|goes beyond)\\s+(?:its|the|their)\\s+due\\s+date|(?:(?:the\\s+)?due\\s+date\\s+(?:of|on|for)\\s+${A}${INV}|${A}${INV}'s\\s+due\\s+date)\\s+(?:passes|goes by|is missed|has passed|is passed)(?:\\s+without\\s+(?:a\\s+|any\\s+)?payment)?`,
  ),
  shape('invoice.paid', `${A}${INV}${Q}${BE}(?:paid|settled)(?:\\s+in\\s+full)?`),
  shape(
    'invoice.paid',
    `${A}(?:new\\s+)?(?:(?:retainer|deposit|membership|donation|rent|tuition|card|subs|dues|fees?|levy|term|season|annual|entry|rego|registration)\\s+)?payments?(?:\\s+(?:for|on|against)\\s+${A}${INV})?${Q}${BE}(?:received|made|comes? in|comes? through|arrives?|succeeds|is successful|goes through|cleared|recorded)(?:\\s+(?:for|on|against)\\s+${A}${INV})?`,
  ),
  shape(
    'invoice.paid',
    `(?:${SOMEONE}|somebody)\\s+pays(?:\\s+${A}${words.PAID})?|(?:${A}(?:customers|clients|buyers)|people|they)\\s+pay(?:\\s+${A}${words.PAID})?|${A}(?:customer|client|buyer)\\s+pays(?:\\s+${A}${words.PAID})?|(?:we|i)\\s+(?:get|are|got)\\s+paid|(?:we|i)\\s+receive\\s+${A}payment`,
  ),
  shape(
    'invoice.paid',
    `(?:${SOMEONE}|somebody|${A}(?:customer|client|buyer)s?|they|we)\\s+(?:settles?|clears?|pays? off)\\s+${A}(?:${INV}|balance|outstanding balance)`,
  ),
  shape('invoice.paid', `${A}new\\s+payment`),
  // "after their first payment": the payment itself
  shape(
    'invoice.paid',
    `(?:their|the|a|each|every|any)\\s+(?:first\\s+|next\\s+|new\\s+)?payment(?!\\s+(?:fails?|failed|bounces?|is declined|declined|is late|is overdue|is missed|reminder|link|method|terms))`,
  ),
  shape('invoice.paid', `${A}(?:new\\s+)?paid\\s+${INV}`),
  shape(
    'invoice.created',
    `${A}${NEW}${INV}${Q}${BE}(?:created|issued|sent(?: out)?|generated|raised|made|drafted|out|goes out|went out)${words.FOR_ANY_CLIENT}`,
  ),
  shape('invoice.created', `${A}${NEW}${INV}${Q}\\s+(?:comes? in|arrives?|lands?|shows up)\\b`),
  shape(
    'invoice.created',
    `(?:we|i)\\s+(?:send|issue|create|raise|generate)(?:\\s+out)?\\s+${A}${NEW}(?:${INVOICE_NAME}\\s+)?${INV}(?:\\s+(?:for|to)\\s+(?:a|the|our)\\s+(?:customer|client))?`,
  ),
  shape('invoice.created', `${A}new\\s+${INV}`),
  // workflows and approvals
  shape(
    'workflow.failed',
    `${A}(?:(?:workflow|automation|zap)\\s+)?${WF}${Q}\\s+(?:failed|fails?|errored|errors?(?: out)?|broke|breaks?|crashed|crashes|went wrong|goes wrong|has an error|falls? over|fell over|stops? working|stopped working|(?:is\\s+|are\\s+)?(?:failing|erroring|crashing|breaking))\\b|(?:something|anything)\\s+(?:fails|goes wrong|breaks)`,
  ),
  shape(
    'workflow.completed',
    `${A}${WF}${Q}\\s+(?:completes?|finishes|succeeds|is done|is completed|ends|runs successfully)`,
  ),
  shape('workflow.started', `${A}${WF}${Q}\\s+(?:starts?|begins?|is started|kicks off)`),
  shape(
    'approval.requested',
    `${A}(?:new\\s+)?approval(?:\\s+request)?${BE}(?:requested|needed|required|pending|waiting|asked for|comes in)|someone\\s+(?:needs|has)\\s+to\\s+approve|(?:${SOMEONE}|someone|anyone|a (?:workflow|run|teammate|colleague)|we|i)\\s+(?:requests?|asks? for|needs?|wants?|submits?)\\s+(?:an?\\s+|my\\s+|our\\s+|the\\s+)?approval(?:\\s+request)?|${A}new\\s+approval\\s+request|(?:${A}${WF}|${A}(?:step|action|request)s?|something|anything)(?:\\s+is|\\s+are|'s)?\\s+(?:sitting\\s+|still\\s+)?(?:waiting|awaiting|pending|needs|requires|is held)\\s+(?:for\\s+|on\\s+)?(?:my\\s+|our\\s+|an?\\s+|the\\s+|your\\s+|someone's\\s+)?(?:approval|sign-?off|sign off|go-ahead|approving|to be approved|signing off|to be signed off)(?![\\w'-])`,
  ),
  // new leads last: the broadest shapes
  shape(
    'lead.created',
    `${A}${NEW}${LEAD}${Q}${BE}(?:added|created|captured|imported|registered|entered|saved|signed up|generated|received)(?:\\s+(?:to|in|into)\\s+(?:the|our)\\s+(?:crm|system|database|list|pipeline))?`,
  ),
  shape(
    'lead.created',
    `${A}${NEW}(?:${LEAD}|${DEAL})${Q}\\s+(?:(?:joins?|enters)(?![\\w'-])(?!\\s+${JOINED_OBJECT})|(?:arrives?|signs? up|registers?|subscribes?|enrol(?:l)?s|shows up|appears)(?![\\w'-])(?!\\s+${JOINED_AT})|comes? in|${words.THROUGH}|is added|lands?(?:\\s+in\\s+(?:the|our)\\s+(?:system|crm|inbox|pipeline|database))?)`,
  ),
  shape(
    'lead.created',
    `(?:someone|somebody|anyone|a visitor|a user|a person|people|they|a customer|a new customer)\\s+(?:signs? up|registers?|subscribes?|joins?|creates? an account|opts? in)(?:\\s+as\\s+(?:a\\s+)?(?:new\\s+)?(?:lead|prospect|contact|customer|subscriber))?`,
  ),
  shape(
    'lead.created',
    `(?:someone|somebody|a person)\\s+new\\s+(?:is|gets|has been)\\s+(?:added|created|entered)(?:\\s+(?:to|in|into)\\s+(?:the|our)\\s+(?:crm|system|database|list|pipeline))?`,
  ),
  shape(
    'lead.created',
    `(?:we|i)\\s+(?:get|receive|capture|add|import|create|have)\\s+${A}${NEW}${LEAD}${Q}`,
  ),
  // "a lead comes from Google Ads": the arrival and where from
  shape(
    'lead.created',
    `${A}${NEW}(?:${LEAD}|${DEAL})\\s+(?:comes?|came|arrives?)(?<q>\\s+(?:from|via|through)\\s+[^,;]*?)(?=\\s*(?:[,;]|$))`,
  ),
  shape('lead.created', `${A}new\\s+${LEAD}${Q}`),
];

export const readShapes = (text: string): EventPhrase | undefined => {
  const t = text.trimStart();
  const offset = text.length - t.length;
  for (const s of SHAPES) {
    const m = s.re.exec(t);
    if (!m) continue;
    const built = s.event ? { trigger: { type: 'event', event: s.event } as Trigger } : s.build?.(m);
    if (!built) continue;
    const qualifier = m.groups?.q?.trim();
    return {
      trigger: built.trigger,
      qualifier: qualifier ? qualifier : undefined,
      length: offset + m[0].length,
      ...('problem' in built && built.problem ? { problem: built.problem } : {}),
      ...('note' in built && built.note ? { note: built.note } : {}),
    };
  }
  return undefined;
};

/** Words that introduce a trigger at the start of a clause ("when", "whenever", "as soon as", …). */
export const LEADING_TRIGGER =
  /^(?:when(?:ever)?|once|as soon as|each time|every time|any ?time|after|right after|just after|immediately after|soon after|on|upon|if|in case|for (?:each|every|any|all)|for(?=\s+(?:new|incoming|fresh)\s)|with (?:each|every)|following)\s+/;

/** Words that introduce a trigger after the actions ("… when a lead signs up", "… to every new subscriber"). */
export const TRAILING_TRIGGER =
  /(?<!\s)\s+(?:when(?:ever)?|once|as soon as|each time|every time|any ?time|after|right after|upon|for (?:each|every|any|all)|to (?:each|every|any|all)|on|if)\s+/g;
