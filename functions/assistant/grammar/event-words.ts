import { built, type Shape, shape, withFilter } from './event-shapes';
import { alt, OUR_THE } from './lexicon';

/**
 * Event words as each trade says them (session 39, issue #16), for the shapes of events.ts: who a booking is
 * cancelled by, whom an invoice is raised for, a booking or lead that "comes through", a tag said as a noun ("gets
 * the vip tag added") and an email arriving in a named inbox.
 */

/** A word before what is booked ("a demo booking", "the 3pm call"), never a currency: a booking records none. */
export const KIND_WORD =
  '(?!(?:usd|eur|gbp|inr|cad|aud|chf|nzd|sgd|dollars?|euros?|sterling|pounds?)\\b)\\w+';
export const FILE = `${alt('file')}s?`;

/** "new file: …", "a new signed contract in the HR folder": the file said bare, as a header (never a form's entries). */
const newFile = (a: string): Shape =>
  shape(
    'file.updated',
    `${a}new\\s+(?:(?!(?:forms?|submissions?|entries|entry|responses?|e-?mail|gmail|outlook)\\b)${KIND_WORD}\\s+){0,2}?${FILE}(?![\\w'-])(?!\\s+(?:uploads?|as|from|to|for)\\b)`,
  );

/** "raised for a client", "issued to a customer": every invoice is someone's; a kind of them ("a VIP client") picks. */
export const FOR_ANY_CLIENT = `(?:\\s+(?:for|to)\\s+(?:a|an|the|one\\s+of\\s+(?:our|the))\\s+${alt('served', 'customer', '+buyer', '+candidate', '+contact', '+lead')}(?![\\w'-]))?`;
/** Words before "tag" that name no tag ("gets a new tag", "another tag is added"). */
const NOT_A_TAG =
  '(?:a|an|the|new|any|some|another|one|this|that|their|his|her|its|different|certain|specific|other|extra|second)\\s';
/** "a new booking comes through": arrives; not "through the website form" (what it came through is read elsewhere). */
export const THROUGH =
  "(?:comes?|came)\\s+through(?![\\w'-])(?!\\s+(?:the|our|a|an|my|your|their|his|her)\\b)";
/**
 * "cancelled by a member", "booked with a contact": the person whose booking it is, as each trade calls them; every booking
 * is theirs, so it picks none out. "by us", "by the coach", "by a VIP member" do pick some: left for the restriction
 * rule to refuse (issue #16).
 */
export const BY_BOOKER = `(?:\\s+(?:by|with)\\s+(?:(?:(?:a|an|the|one\\s+of\\s+(?:our|the))\\s+)?(?:client|customer|member|guest|patient|student|parent|couple|attendee|participant|invitee|lead|contact|candidate|tenant|diner|buyer|applicant|pupil|athlete|learner|trainee)|them|someone|somebody)(?![\\w'-]))?`;

/**
 * "a lead gets the vip tag (added)", "a client has the vip tag added", "the vip tag is added to a member": the tag
 * put on them. `a`: the determiners before a subject; `subject`: the lead in any of its nouns.
 */
export const tagAdded = (a: string, subject: string): Shape =>
  withFilter(
    'lead.updated',
    `(?:${a}${subject}\\s+(?:(?:gets|got|is\\s+given|gets\\s+given)\\s+(?:the\\s+|a\\s+)?(?!${NOT_A_TAG})(?<tag>[a-z0-9][\\w-]*)\\s+tag(?:\\s+(?:added|applied|put\\s+on))?|(?:has|had)\\s+(?:the\\s+|a\\s+)?(?!${NOT_A_TAG})(?<tag2>[a-z0-9][\\w-]*)\\s+tag\\s+(?:added|applied|put\\s+on))|(?:the\\s+|a\\s+)?(?!${NOT_A_TAG})(?<tag3>[a-z0-9][\\w-]*)\\s+tag\\s+(?:is|gets)\\s+(?:added|applied|put)\\s+(?:to|on)\\s+${a}${subject})(?![\\w'-])`,
    (m) => ({ 'lead.tags': [m.groups?.tag ?? m.groups?.tag2 ?? m.groups?.tag3 ?? ''] }),
  );

/** "a new candidate tagged sponsorship": a lead that arrives with the tag, not a tag added later. */
export const taggedNew = (a: string, subject: string): Shape =>
  withFilter(
    'lead.created',
    `${a}new\\s+${subject}\\s+tagged\\s+(?:as\\s+|with\\s+)?(?<tag>[a-z0-9][\\w-]*)`,
    (m) => ({
      'lead.tags': [m.groups?.tag ?? ''],
    }),
  );

/**
 * "the jobs inbox gets an email", "an email lands in the jobs inbox", "we get an email in the jobs inbox": an email
 * received; which inbox is said back with the workflow, never tested (a name, no address to test `to` on). `be`: the
 * copula before an event's verb.
 */
const inboxArrival = (a: string, be: string): Shape =>
  built(
    `(?:${OUR_THE}\\s+(?<box>(?:[a-z][\\w-]*\\s+){0,2}?)(?:inbox|mailbox)\\s+(?:gets|receives|got)\\s+${a}(?:new\\s+)?(?:e-?mail|message)s?|${a}(?:new\\s+)?(?:e-?mail|message)s?${be}(?:lands?|arrives?|comes?\\s+in|received)\\s+(?:in|into|at)\\s+${OUR_THE}\\s+(?<box2>(?:[a-z][\\w-]*\\s+){0,2}?)(?:inbox|mailbox)|(?:we|i)\\s+(?:get|receive|got)\\s+${a}(?:new\\s+)?(?:e-?mail|message)s?\\s+(?:in|into|at)\\s+${OUR_THE}\\s+(?<box3>(?:[a-z][\\w-]*\\s+){0,2}?)(?:inbox|mailbox))(?![\\w'-])`,
    (m) => {
      const box = (m.groups?.box ?? m.groups?.box2 ?? m.groups?.box3 ?? '').trim();
      return {
        trigger: { type: 'event', event: 'email.received' },
        ...(box ? { note: `it runs for every email received: which inbox ("${box}") is not tested` } : {}),
      };
    },
  );

/** "form enquiries: …", "new web form enquiry →": a form's submission said by what it brings. */
const formEnquiry = (a: string): Shape =>
  shape(
    'form.submitted',
    `${a}(?:new\\s+)?(?:(?:web|website|contact|online|enquiry)\\s+)?form\\s+(?:enquir(?:y|ies)|inquir(?:y|ies)|leads?)(?![\\w'-])(?:\\s+(?:comes?\\s+in|came\\s+in|arrives?|lands?|is\\s+submitted|is\\s+received))?`,
  );

/** The records said bare as a header, in the order of events.ts: a new file, a form enquiry. */
export const bareRecords = (a: string): readonly Shape[] => [newFile(a), formEnquiry(a)];

/** "a candidate emails their RTW docs in", "a client emails us a question": an email arriving with what it carries. */
export const EMAILS_SOMETHING_IN = `emails (?:us |me )?(?:(?:a|an|some) ${alt('enquiry')}|(?:their|his|her|the|a|an|some) (?:[\\w-]+ ){0,3}?(?:docs?|documents?|files?|forms?|cvs?|resumes?|paperwork|certificates?|photos?|scans?|receipts?|id|letters?|details|references?|contracts?|statements?|payslips?|timesheets?)(?: (?:in|over|across|through|to us))?)(?![\\w'-])`;

/**
 * "someone emails volunteering@church.org", "an email comes in to fees@firm.com", "emails to fees@firm.com:": an
 * email received at that address, tested on its "to". Never "email to x@…" alone: that is a step.
 */
/** What the emails are about, one word before them ("maintenance emails to help@…"): never a verb or a test. */
const KIND =
  "(?!(?:send|sending|sent|forward|forwarding|reply|replies|our|their|the|any|all|no|only|vip|urgent|big|new|welcome|reminder|follow-?up|thank-?you|confirmation|newsletter|marketing|promo|campaign|outgoing|outbound|(?:invoice|quote|proposal|estimate|receipt|statement|offer|contract)s?)\\b)[a-z][\\w'-]*";

const addressedEmail = (sender: string): Shape =>
  built(
    `(?:${sender}\\s+(?:e-?mails|writes\\s+to|sends\\s+an?\\s+(?:e-?mail|message)\\s+to)|(?:(?:a|an|any|every|each|all|the)\\s+(?:new\\s+|incoming\\s+|inbound\\s+)?(?:e-?mails?|messages?)|(?:new\\s+|incoming\\s+|inbound\\s+)?(?:${KIND}\\s+)?(?:e-?mails|messages)|(?:new|incoming|inbound)\\s+(?:e-?mail|message))(?:\\s+(?:that\\s+)?(?:comes?\\s+in|came\\s+in|arrives?|lands?))?\\s+(?:to|for|at))\\s+(?<to>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)(?![\\w@-])(?:\\s+with\\s+(?:a|an|some)\\s+(?:question|query|enquiry|inquiry|request))?`,
    (m) => ({ trigger: { type: 'event', event: 'email.received', filter: { to: [m.groups?.to ?? ''] } } }),
  );

const ADDRESS = '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+';
/** Who sends what lands in our inbox: "supplier invoices emailed to bills@…" is theirs, never one we send. */
const THEIR = `${alt('served', 'partner', 'applicant', 'customer')}s?`;

/**
 * Anything said to arrive at an address is an email received there, tested on its "to" (issue #16, set 32): "anything
 * that lands in hello@…", "when a supplier invoice arrives at bills@…", "supplier invoices emailed to bills@…", "new
 * email in the orders@ inbox (orders@…)" (the inbox named by its address, in brackets after its start). Sent,
 * emailed or forwarded "to" an address only with the sender said ("supplier invoices"): "invoices emailed to x@…"
 * may be ours going out.
 */
const EMAIL_NOUN = /(?:e-?mails?|messages?|mail)$/;
const AMOUNT_SAID =
  /[$€£¥₹]|\b(?:over|above|under|below|more than|less than|at least|at most|worth|greater than|exceeds?|exceeding)\b/;
/** A word of what arrives, never a comparison's ("invoices over $500": the amount is the thing's, not the email's). */
const WORD = `(?!${alt('comparison', 'degree', '-between')}\\b)[a-z][\\w-]*`;
const arrivedAt = (a: string): Shape =>
  built(
    `(?:(?:anything|everything|whatever|(?:all\\s+|any\\s+)?mail)|${a}(?:new\\s+|incoming\\s+|inbound\\s+)?(?<noun>(?:${WORD}\\s+){0,2}?${WORD}))\\s+(?:(?:is|are|gets?)\\s+)?(?:comes?\\s+in|came\\s+in|arrives?|arrived|lands?|landed|received|delivered)\\s+(?:at|in|into|to)\\s+(?:the\\s+)?(?<to>${ADDRESS})(?:\\s+(?:inbox|mailbox|address))?(?![\\w@-])|(?:${a}|new\\s+)?(?<theirs>${THEIR}\\s+(?:${WORD}\\s+){0,2}?${WORD})\\s+(?:(?:that\\s+)?(?:is|are|get|gets)\\s+)?(?:e-?mailed|sent|forwarded)(?:\\s+in)?\\s+to\\s+(?<to2>${ADDRESS})(?![\\w@-])|${a}(?:new\\s+|incoming\\s+|inbound\\s+)?(?:e-?mails?|messages?)(?:\\s+(?:comes?\\s+in|arrives?|lands?))?\\s+(?:in|into|at)\\s+${OUR_THE}\\s+(?<to3>${ADDRESS})\\s+(?:inbox|mailbox)(?![\\w'-])`,
    (m) => {
      // "a payment arrives at bills@… over $500": an amount of the thing, which the email does not carry
      const thing = m.groups?.noun ?? m.groups?.theirs;
      if (thing && !EMAIL_NOUN.test(thing) && AMOUNT_SAID.test(m.input.slice(m[0].length))) return undefined;
      return {
        trigger: {
          type: 'event',
          event: 'email.received',
          filter: { to: [m.groups?.to ?? m.groups?.to2 ?? m.groups?.to3 ?? ''] },
        },
      };
    },
  );

/**
 * "a customer emails and the subject has …": the verb with nothing after it but a test of the email ("When a
 * customer emails, notify me" alone stays refused: manual-starts-s39).
 */
const emailsAlone = (lead: string): Shape =>
  shape(
    'email.received',
    `(?:a|an|any|one\\s+of\\s+our)\\s+(?:new\\s+)?${lead}\\s+(?:e-?mails|writes)(?=\\s+(?:and|but)\\s|\\s?(?:,|->|→|=>)|\\s[-–—]\\s|\\s*$)`,
  );

/** Our mailboxes by the word before the @ ("someone emails reservations", "a guest emails bookings"): not tested. */
const MAILBOX =
  '(?:reservations|bookings|info|support|sales|accounts|admin|office|hello|enquiries|inquiries|help|reception|frontdesk|jobs|careers|billing|orders|contact|team)';

/** "when someone emails reservations and …": an email to one of our mailboxes, said by its name alone. */
const emailsMailbox = (sender: string): Shape =>
  built(`${sender}\\s+(?:e-?mails|writes\\s+to)\\s+(?:our\\s+)?(?<box>${MAILBOX})(?![\\w@.'-])`, (m) => ({
    trigger: { type: 'event', event: 'email.received' },
    note: `it runs for every email received: which mailbox ("${m.groups?.box ?? ''}") is not tested`,
  }));

/**
 * The emails said by where they arrive, in the order of events.ts: a named inbox, an address; then the verb alone, a
 * mailbox by its name; last, ours sent to an address (email.sent).
 */
export const emailArrivals = (a: string, be: string, sender: string, lead: string): readonly Shape[] => [
  inboxArrival(a, be),
  addressedEmail(sender),
  arrivedAt(a),
  emailsAlone(lead),
  emailsMailbox(sender),
  sentToAddress(),
];

/**
 * "after we email a referral to the specialist centre (referrals@…)", "once we've emailed a claim to claims@…": an
 * email we send to that address (email.sent, tested on its `to`), whatever we call what it carries.
 */
export const sentToAddress = (): Shape =>
  built(
    `(?:we|i)(?:'ve|\\s+have)?\\s+(?:(?:e-?mail(?:ed)?|send|sent|forward(?:ed)?)\\s+(?:out\\s+)?(?:(?:a|an|the|our|their)\\s+(?:[a-z][\\w-]*\\s+){0,2}?[a-z][\\w-]*\\s+)?to|e-?mail(?:ed)?|(?:write|wrote|written)\\s+to)\\s+(?:(?:the|our|a|an|their)\\s+(?:[a-z][\\w'-]*\\s+){0,3}?(?:at\\s+)?)?(?<to>${ADDRESS})(?![\\w@-])`,
    (m) => ({ trigger: { type: 'event', event: 'email.sent', filter: { to: [m.groups?.to ?? ''] } } }),
  );

/** What someone pays: an invoice, or the premium an insurer bills ("when a client pays their premium"). */
export const PAID = `${alt('invoice')}s?`;
