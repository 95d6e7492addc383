import type { Clause } from './clause';
import { type ActionResult, action, type Ctx, noSubject, outcome, triggerText } from './context';
import {
  AS_PERSON,
  CREATED_AGAIN,
  TRADE_RECORD,
  VALUE_VERB,
  valueSet,
  WHOEVER,
  worthSaid,
} from './lead-said';
import { PERSON } from './nouns';
import { PERSONS_FILE } from './on-file';
import { LEAD_STATUS_WORDS } from './statuses';
import { quoteIn } from './text';

/** Records of the CRM: leads (create, note, status, tags, value). Meetings and invoices: actions-calendar-billing.ts. */

const CRM_PLACE =
  /\b(?:to|in|into|on)\s+(?:the\s+|our\s+|my\s+)?(?:crm|contacts?|leads?|lead list|database|pipeline|contact list|(?:client|customer|member|patient|student)s?\s+list|list|system|records?|address book)\b/;
/** "lead status to customer", "status to won": a status set with no verb, typed in a hurry. */
/** "status to qualified", "their status should go back to contacted", "the status becomes lost": the status said first. */
const STATUS_SET =
  /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:(?:the\s+|their\s+)?lead(?:'s)?\s+|their\s+|the\s+|its\s+)?status\s+(?:(?:should|must|needs\s+to|has\s+to|will|can)\s+)?(?:(?:go(?:es)?|move[sd]?|change[sd]?|revert(?:s|ed)?|return(?:s|ed)?|switch(?:es|ed)?|be\s+set|(?:is|gets?)\s+set|is\s+changed|gets?\s+changed)\s+)?(?:back\s+)?(?:to|into)\s+(?=(?:closed won|closed lost|new|contacted|qualified|customer|client|won|converted|lost|dead|disqualified|cold)\s*$)/;
const STATUS_RE =
  /\b(closed won|closed lost|new|contacted|qualified|customer|client|won|converted|lost|dead|disqualified|cold)\b/;

/** A status word that is not a person's possessive ("the customer's status"). */
const STATUS_WORD = new RegExp(`${STATUS_RE.source}(?!'s)`);
const PERSONS_STATUS = new RegExp(`\\b(?:the|their|this)\\s+${PERSON}'s\\s+(?:lead\\s+)?(?:status|stage)\\b`);

const FIELD_AS_TAG =
  /\b(?:with|as|by)\s+(?:the|their|its|his|her|the\s+lead's|the\s+contact's)\s+(?:lead\s+|contact\s+)?(?:source|status|stage|value|name|city|country|state|region|location|company|email|phone|industry|type|plan|channel|campaign|budget|field|answer|language|timezone|time\s+zone|zip|postcode)s?\b/;

/** Whom a tag comes off: "(off) the customer", "(off) their record". */
const OFF_WHOM = `(?:\\s+(?:of\\s+)?(?:them|him|her|it|(?:the|their|this)\\s+(?:${PERSON}|person)(?:'s\\s+(?:lead|record|profile))?|their\\s+(?:record|profile)))?`;

/** "take the in-arrears tag off", "take the 'vip' label off the customer": a tag removed, said around "take … off". */
const TAG_TAKEN_OFF = new RegExp(
  `^[\\s,]*(?:(?:then|also|and|please)\\s+)*take\\s+(?:the\\s+|their\\s+)?(?:⟦\\d+⟧|[a-z0-9][\\w-]*)\\s+(?:tag|label)s?\\s+off\\b${OFF_WHOM}\\s*$`,
);
const TAG_OFF_WHOM = new RegExp(`(?<=\\b(?:tags?|labels?|⟦\\d+⟧)\\s)off\\b${OFF_WHOM}`);

/** "tag them hot", "tag the client arrears": the tag right after who is tagged, when nothing else is left. */
const BARE_TAG = new RegExp(
  `^\\s*(?:(?:them|him|her|it|(?:the|their) (?:${PERSON}|person)(?:'s\\s+(?:lead|record|profile|contact))?)\\s+)?([a-z0-9][\\w-]*)\\s*$`,
);

/** Whom a tag is put on before it ("tag the candidate 'x'", "tag their lead 'x'", "tag the client's record 'x'"). */
const TAGGED_ONE = new RegExp(
  `^\\s*(?:(?:them|him|her|it|(?:the|their|this|that)\\s+(?:${PERSON}|person)(?:'s\\s+(?:lead|record|profile|contact))?|their\\s+(?:record|profile))\\s+)?(?:as\\s+)?(⟦\\d+⟧)`,
);

const tagsOf = (clause: Clause): string[] => {
  const listed = clause.take(
    /\b(?:to|into|on|in)\s+(?:the|our|a)\s+(⟦\d+⟧|[a-z0-9][\w-]*)\s+(?:tag|label|list|segment|group|audience)\b/,
  );
  if (listed?.[1]) return [quoteIn(clause.prepared, listed[1]) ?? clause.cased(listed[1])];
  // "give them the vip tag", "add a "webinar" label", "add hot as a tag": the tag named before the word
  const named =
    clause.take(/\b(?:the|a|an|our)\s+(?!(?:new|crm)\s)(⟦\d+⟧|[a-z0-9][\w-]*)\s+(?:tag|label)\b/) ??
    clause.take(/\b(⟦\d+⟧|[a-z0-9][\w-]*)\s+as\s+(?:an?\s+|the\s+)?(?:tag|label)\b/);
  if (named?.[1] && !/^(?:them|it|the|a|an)$/.test(named[1]))
    return [quoteIn(clause.prepared, named[1]) ?? clause.cased(named[1])];
  const quoted =
    clause.take(/(?:as|with|the tags?|tag|tagged|labell?ed)\s+(⟦\d+⟧)/) ?? clause.take(TAGGED_ONE);
  if (quoted) return [quoteIn(clause.prepared, quoted[1] ?? '') ?? ''].filter(Boolean);
  // "tag them with their source": a tag taken from a field of the record, which a fixed tag cannot be (refused)
  if (clause.find(FIELD_AS_TAG)) return [];
  const m = clause.take(
    /\b(?:as|with(?:\s+the)?(?:\s+tags?)?|tags?|labels?|tagged|labell?ed)\s+([a-z0-9][\w-]*(?:\s*(?:,|and)\s*[a-z0-9][\w-]*)*)/,
  );
  // "tag them hot": the tag right after who is tagged, when nothing else is left
  const bare = m ? undefined : clause.take(BARE_TAG);
  if (bare?.[1] && !/^(?:them|him|her|it|lead|contact|on|to|at|in|for|of|by)$/.test(bare[1]))
    return [clause.cased(bare[1])];
  if (!m?.[1]) return [];
  return (
    m[1]
      .split(/(?<!\s)\s*(?:,|and)\s*/)
      // ("put the tag on him": a preposition or a pronoun is never the tag)
      .filter(
        (w) =>
          w.length > 0 && !/^(?:them|it|the|a|an|lead|leads|on|to|at|in|for|of|by|him|her|us|me)$/.test(w),
      )
      .map((w) => clause.cased(w))
  );
};

export const readNote = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  const noun = /\b(?:note|comment|remark|activity entry)s?\b/.test(t);
  const logRecord =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:log|record|track)\b/.test(t) &&
    /\b(?:on|in|to)\s+(?:their|the|his|her)\s+(?:record|timeline|profile|lead|crm|contact)\b|\bin the crm\b/.test(
      t,
    );
  if (!noun && !logRecord) return undefined;
  // "Note that we close on Sundays", "NB: our team is remote": a remark to the reader, never a note to add
  if (/^[\s,]*(?:please\s+)?(?:note|nb)\b\s*(?:that\b|:|,)\s*(?:we|i|our|my|it|there|this|you)\b/.test(t))
    return undefined;
  if (
    !/^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|write|leave|log|record|create|put|save|attach|make|jot|note|track|drop|post|copy|paste|turn|store|keep)\b/.test(
      t,
    )
  )
    return undefined;
  if (/\b(?:thank you|thank-you|thanks)\s+note\b/.test(t)) return undefined;
  // "save answer as note", "keep the reply as a note": the message is the note's text, not a reply to send
  const kept = clause.take(
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|write|log|save|store|keep|put|copy|turn|record)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:reply|answer|response|message|email)\s+(?:as|in(?:to)?)\s+(?:an?\s+)?(?=(?:internal\s+|crm\s+)?note\b)/,
  );
  clause.take(
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|write|leave|log|record|create|put|save|attach|make|jot|note|track|drop|post|copy|paste|turn|store|keep)\b(?:\s+down)?/,
  );
  clause.take(
    /\b(?:an?\s+|the\s+)?(?:internal\s+|short\s+|quick\s+|crm\s+)?(?:note|comment|remark|activity entry)s?\b/,
  );
  if (!ctx.subject?.leadId) return noSubject(clause.original.trim(), ctx);
  // a bare quote has no word boundary before it (the words read before it are blanked)
  const quoted = clause.take(
    /(?:(?:\b(?:saying|that says|which says|reading|with the text|stating|with)\b|:)\s*)?(⟦\d+⟧)/,
  );
  let text: string | undefined = quoted ? quoteIn(clause.prepared, quoted[1] ?? '') : undefined;
  // "add a note with the invoice number": the number of the invoice the workflow is about, never a new invoice
  const numbered = !text && ctx.event?.startsWith('invoice.') ? clause.take(WITH_INVOICE_NUMBER) : undefined;
  if (numbered) {
    const said = triggerText(ctx);
    text = said.includes('{{trigger.invoice.number}}') ? said : `${said}\nInvoice {{trigger.invoice.number}}`;
    // "… and amount": the invoice's total, as the event carries it (in cents)
    if (numbered[1])
      text = `${text}\nTotal: {{trigger.invoice.totalCents}} cents {{trigger.invoice.currency}}`;
  }
  if (
    !text &&
    (kept ||
      clause.take(
        /\b(?:with|containing|of)\s+(?:the|their|his|her)\s+(?:reply|message|email|answer|response)\b|\b(?:the|their|his|her)\s+(?:reply|message|email|response|answer)(?:\s+(?:in)?to)?\b/,
      ))
  )
    text =
      ctx.event === 'email.received' ? 'Reply: {{trigger.subject}}\n\n{{trigger.text}}' : triggerText(ctx);
  // "with the cancel reason", "with the reason they gave": a cancelled booking's reason, in the note
  if (
    !text &&
    ctx.event === 'booking.cancelled' &&
    clause.take(
      /\b(?:with|including|giving|and)\s+(?:the|their)\s+(?:cancel(?:l?ation)?\s+)?reason(?:\s+(?:they\s+gave|given|for\s+(?:the\s+)?cancell?(?:ing|ation)))?\b/,
    )
  )
    text = `${triggerText(ctx)}\nReason: {{trigger.booking.cancelReason}}`;
  if (!text) {
    const saying = clause.take(/\b(?:saying|that says|that|stating|:)\s+(\S.+)$/);
    text = saying?.[1] ? clause.cased(saying[1]).trim() : triggerText(ctx);
  }
  clause.take(PERSONS_FILE) ??
    clause.take(
      /\b(?:to|on|in|for)\s+(?:(?:the|their|his|her|this)\s+)?(?:lead|record|timeline|profile|contact|crm|customer|file)?(?:'s\s+(?:record|timeline|profile))?\b/,
    );
  clause.take(/\b(?:them|it|the lead)\b/);
  return outcome([action(ctx, 'add-note', 'crm.addNote', { leadId: ctx.subject.leadId, text })], true);
};

const WITH_INVOICE_NUMBER =
  /\b(?:with|including|showing|giving|and)\s+(?:the|its|their)\s+invoice\s+(?:number|no\.?|#|id)(?![\w-])(\s*(?:and|&|\+|,)\s+(?:the\s+)?(?:amount|total))?/;

/** "make sure they're in the CRM", "ensure the candidate is on our system": added if missing (crm.createLead de-duplicates). */
const ENSURED =
  /^[\s,]*(?:they're|they are|he's|she's|he is|she is|(?:the|this)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+is)\s+(?:already\s+)?(?:in|on|added\s+to|saved\s+(?:in|to)|set\s+up\s+in)\s+(?:the|our)\s+(?:crm|system|database|contacts|(?:contact|client|customer)\s+list)(?![\w-])/;

/** "find or create lead for the sender": crm.createLead finds the lead with that email, or creates it. */
export const readCreateLead = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  const ensured = /\b(?:make sure|ensure)\b/.test(clause.text) ? clause.take(ENSURED) : undefined;
  if (ensured) return createLead(clause, ctx);
  const verb =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:(?:find|look\s+up|get|fetch|match)\s+or\s+(?:create|add|make)|create|add|save|store|capture|register|put|pop|stick|get|insert|enter|record|import|push|sync|copy|turn|convert|make|log|file|set(?=\s+(?:them|him|her|it)\s+up\b))\b/.exec(
      t,
    );
  if (!verb) return undefined;
  // a new lead is on file already: "Find or Create Lead" on it stays quoted back
  if (ctx.event === 'lead.created' && /\bor\s+(?:create|add|make)\b/.test(verb[0])) return undefined;
  const intoCrm = CRM_PLACE.test(t);
  const asLead =
    /\b(?:as\s+(?:an?\s+)?(?:new\s+)?(?:lead|contact|prospect)s?\b|(?:an?\s+|the\s+)?(?:new\s+)?(?:crm\s+)?(?:lead|contact|prospect)s?(?:\s+records?)?\s*(?:$|[,(]|\b(?:for|from|with|in|to|and|tagged|labell?ed|source|status|worth|valued)\b))/.test(
      t,
    ) || TRADE_RECORD.test(t);
  // "add them as a customer", "create them as a client": someone not on file yet, put on file in the trade's noun
  // "create them as a candidate" from what someone sent (crm.createLead returns the lead it finds)
  const created =
    /\bcreate\s*$/.test(verb[0]) && /^(?:email\.received|form\.submitted)$/.test(ctx.event ?? '');
  // "save their details as a new client" on a booking: a new one is put on file, whatever the trigger carries
  const asNew = ctx.event !== 'lead.created' && /\bas\s+an?\s+new\s/.test(t);
  const asPerson = (!ctx.subject?.leadId || created || asNew) && AS_PERSON.test(t);
  // "…, otherwise add them tagged retail", "… create one tagged retail": the lead created before, created again
  const again = ctx.ids.has('create-lead') && CREATED_AGAIN.test(t);
  if (!intoCrm && !asLead && !asPerson && !again) return undefined;
  if (
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|create|put|make|record)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:note|tag|label|comment)s?\b/.test(
      t,
    )
  )
    return undefined;
  clause.mark(verb.index, verb[0].length);
  // "create a lead for the guest", "a guest record for whoever booked it": the workflow's person, in the trade's noun
  if (ctx.subject)
    clause.take(WHOEVER) ??
      clause.take(
        /\bfor\s+(?:them|him|her|the\s+(?:guest|client|customer|patient|member|booker|attendee|buyer|student|parent|candidate|sender|submitter|person))\b/,
      );
  if (again) clause.take(/\b(?:them|him|her|one)\b/);
  clause.take(TRADE_RECORD);
  clause.take(
    /\b(?:them|him|her|it|this person|the person|the (?:submitter|sender|visitor|attendee|customer|client|contact)|(?:their|the|his|her)\s+(?:contact\s+)?(?:details|info|data))\b/,
  );
  if (/^set$/.test(verb[0].trim().split(/\s+/).pop() ?? '')) clause.take(/\bup\b/);
  clause.take(
    /\b(?:as\s+)?(?:an?\s+|the\s+)?(?:new\s+)?(?:crm\s+)?(?:lead|contact|prospect)s?(?:\s+records?)?\b/,
  );
  clause.take(CRM_PLACE);
  const person = asPerson ? clause.take(AS_PERSON) : undefined;
  // "with the email of the person", "with their name and email": the subject's own details
  clause.take(
    /\b(?:with|using|from)\s+(?:the|their|his|her|its)\s+(?:e?mail|name|details|data|info|contact details)(?:\s+address)?(?:\s+(?:and|,)\s+(?:e?mail|name|phone)(?:\s+address)?)?(?:\s+of\s+(?:the\s+)?(?:person|sender|submitter|attendee|customer|client|guest|booker|lead))?\b/,
  );
  clause.take(/\b(?:into|in|to|a|an)\b/);
  return createLead(clause, ctx, /^(?:customer|client)/.test(person?.[1] ?? '') ? 'customer' : undefined);
};

const createLead = (clause: Clause, ctx: Ctx, asStatus?: string): ActionResult => {
  const email = ctx.subject?.email;
  if (!email) return noSubject(clause.original.trim(), ctx);
  const input: Record<string, unknown> = { email };
  if (ctx.subject?.name) input.name = ctx.subject.name;
  if (ctx.subject?.company) input.company = ctx.subject.company;
  if (ctx.event === 'form.submitted') input.source = '{{trigger.source}}';
  // "as qualified", "with status new", "(status new, …)", "status: contacted": the status it is created with
  const status = clause.take(
    /\b(?:as|(?:with\s+(?:the\s+|a\s+)?)?status(?:\s+(?:of|as|is))?(?:\s*[:=])?)\s+(new|contacted|qualified|customer)\b/,
  );
  if (status?.[1]) input.status = LEAD_STATUS_WORDS[status[1]];
  else if (asStatus) input.status = asStatus;
  // "added as a lead with source survey", "w/ the source: webinar", "as a lead (source avvo)", "with source "Avvo Pro"":
  // the source it is created with, as written, never left out
  const source = clause.take(
    /(?:\b(?:with|w\/)\s+(?:the\s+|a\s+)?|\b)source(?:\s+(?:of|as|is))?(?:\s*[:=])?\s+([\w-]+|⟦\d+⟧)/,
  );
  // in its own casing, never the same word's elsewhere ("the Avvo form … (source avvo)")
  const value = source?.[1];
  if (source && value)
    input.source = value.startsWith('⟦') ? clause.cased(value) : clause.cased(source[0]).slice(-value.length);
  const worth = worthSaid(clause);
  if (worth && 'problem' in worth) return worth;
  if (worth) input.value = worth.value;
  if (/\b(?:tag|tagged|label)/.test(clause.view)) {
    const tags = tagsOf(clause);
    if (tags.length > 0) input.tags = tags;
  }
  const step = action(ctx, 'create-lead', 'crm.createLead', input);
  if (!ctx.subject?.leadId)
    ctx.subject = {
      ...ctx.subject,
      noun: ctx.subject?.noun ?? 'lead',
      leadId: `{{steps.${step.id}.leadId}}`,
    };
  return outcome([step], true);
};

export const readUpdateLead = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  // "put them in the CRM as a new lead": a lead put on file, not a status
  if (
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:put|add|log|save|enter|record|set|file)\b/.test(t) &&
    ((CRM_PLACE.test(t) && /\bas\s+(?:an?\s+)?(?:new\s+)?(?:lead|contact|prospect)\b/.test(t)) ||
      // "add them as a lead, tag enquiry": put on file with its tag
      /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|put|save|enter|record|file)\s+(?:them|him|her)\s+as\s+(?:an?\s+)?(?:new\s+)?(?:lead|contact|prospect)\b/.test(
        t,
      ) ||
      // "add them to the crm with the tag waitlist": put on file with a tag, not a tag on a lead on file
      /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|put)\s+(?:them|him|her)\s+(?:to|in|into)\s+(?:the\s+|our\s+)?(?:crm|database|system|(?:contact|client|customer|member)s?\s+list|address\s+book)\b/.test(
        t,
      ))
  )
    return undefined;
  const tagVerb =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:tag|label)\b/.test(t) ||
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:mark|flag)\b.*\bwith\s+(?:the\s+|a\s+)?(?:⟦\d+⟧|[a-z0-9][\w-]*)\s+(?:tag|label)\b/.test(
      t,
    );
  const subscribe =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:subscribe|enrol|enroll|sign up)\s+(?:them|him|her|the lead|the contact)\s+(?:to|for|on)\s+(?:the\s+|our\s+)?(⟦\d+⟧|[a-z0-9][\w-]*)(?:\s+(?:list|newsletter|segment|sequence))?\s*$/.exec(
      t,
    );
  if (subscribe?.[1]) {
    clause.markAll();
    if (!ctx.subject?.leadId) return noSubject(clause.original.trim(), ctx);
    const tag = quoteIn(clause.prepared, subscribe[1]) ?? clause.cased(subscribe[1]);
    return outcome(
      [action(ctx, 'tag-lead', 'crm.updateLead', { leadId: ctx.subject.leadId, addTags: [tag] })],
      true,
    );
  }
  // "remove the "active" tag from them and add "at-risk"": a quoted word added right after a tag change is a tag too
  const tagBefore = ctx.ids.has('tag-lead');
  const addTag =
    /^(?!.*\bby\s+(?:posting|sending|calling|hitting|pushing|submitting|forwarding)\b)[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|apply|attach|put|give|move|subscribe)\b.*\b(?:tags?|labels?|list|segment|group|audience)\b/.test(
      t,
    ) ||
    (tagBefore && /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|apply|attach)\s+⟦\d+⟧\s*$/.test(t));
  const removeTag =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:remove|delete|drop|take off|clear)\b.*\b(?:tags?|labels?)\b/.test(
      t,
    ) || TAG_TAKEN_OFF.test(t);
  // "make them a customer", never "make phone call to the customer": "make" names the status of whom it makes
  const statusVerb =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:mark|set|move|change|update|flag|put|switch|convert|qualify|disqualify|promote|demote|bump|push|shift|revert|return|downgrade|upgrade|make(?=\s+(?:them|him|her|it|the\s+(?:lead|contact|deal)|this\s+lead|(?:his|her|their|its|the)\s+(?:status|stage))\b))\b/.test(
      t,
    ) || STATUS_SET.test(t);
  const valueSaid = /\b(?:deal\s+)?value\b/.test(t) && VALUE_VERB.test(t);
  if (!tagVerb && !addTag && !removeTag && !statusVerb && !valueSaid) return undefined;
  const input: Record<string, unknown> = {};
  if (tagVerb || addTag || removeTag) {
    clause.take(
      /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:tag|label|add|apply|attach|put|give|remove|delete|drop|take off|take|clear|mark|flag)\b/,
    );
    // "take the in-arrears tag off (the customer)": "off", and whom it comes off
    clause.take(TAG_OFF_WHOM);
    clause.take(/\b(?:them|it|him|her|the lead|the contact|the customer|this lead)\b/);
    clause.take(/(?<!\bas\s)\b(?:a|an|the)\s+(?:tags?|labels?)\b(?=\s+(?:to|on|for|of|as|with)\b|\s*$)/);
    const tags = tagsOf(clause);
    clause.take(/\b(?:tags?|labels?)\b/);
    clause.take(/\b(?:to|from|on)\s+(?:them|it|the lead|their record|the contact)\b/);
    clause.take(/^\s*with\s*$/);
    if (tags.length === 0) return { problem: `say which tag: "${clause.original.trim()}"` };
    input[removeTag ? 'removeTags' : 'addTags'] = tags;
  } else if (valueSaid) {
    const value = valueSet(clause);
    if (value === undefined) return undefined;
    input.value = value;
  } else {
    const qualify = /^[\s,]*(?:(?:then|also|and|please)\s+)*(dis)?qualify\b/.exec(t);
    const quotedStatus = /⟦\d+⟧/.exec(t);
    const said = quotedStatus ? (quoteIn(clause.prepared, quotedStatus[0]) ?? '').toLowerCase().trim() : '';
    // "make a phone call to the customer": the customer is someone, not a status ("make them a customer" is one)
    // "the client's status": read past the possessive on an invoice's event only; where the trigger has a lead, "the
    // client's status … customer" is read as a test of it before this reader
    const first = (/^invoice\./.test(ctx.event ?? '') ? STATUS_WORD : STATUS_RE).exec(t);
    // "set the client's status back to contacted": a person's possessive, then the status it is set to
    const word =
      first && /^'s\b/.test(t.slice(first.index + first[0].length)) ? (STATUS_WORD.exec(t) ?? first) : first;
    const before = word ? t.slice(0, word.index) : '';
    const person =
      /^(?:customer|client)/.test(word?.[1] ?? '') &&
      /\b(?:the|our|their|this|that|each|every)\s+$/.test(before) &&
      !/\b(?:lead|contact|deal|prospect|them|him|her|it|status|stage|record|profile)\b/.test(before);
    const status = qualify
      ? qualify[1]
        ? 'lost'
        : 'qualified'
      : LEAD_STATUS_WORDS[(person ? undefined : word?.[1]) ?? (STATUS_RE.test(said) ? said : '')];
    if (!status) return undefined;
    if (quotedStatus && !STATUS_RE.test(t)) clause.mark(quotedStatus.index, quotedStatus[0].length);
    clause.take(
      /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:mark|set|move|change|update|flag|put|switch|convert|qualify|disqualify|promote|demote|bump|push|shift|revert|return|downgrade|upgrade|make)\b/,
    ) ?? clause.take(STATUS_SET);
    // "move them back to contacted", "revert the lead to new": where it was before is the same status
    clause.take(/\bback\b(?=\s+(?:to|into|as)\b)/);
    if (word) clause.mark(word.index, word[0].length);
    else clause.take(STATUS_RE);
    clause.take(
      /\b(?:them|it|him|her|the lead|the contact|the customer|the deal|their status|the status|the lead's status|status|stage)\b/,
    );
    // "update the customer's status to customer": the status of the person the record is about, in the trade's noun
    clause.take(PERSONS_STATUS);
    // "update their record to customer", "update that familys record to customer": the record is the lead's
    clause.take(
      /\b(?:their|the|that|this|his|her)\s+(?:[a-z]+(?:'s|s)\s+)?(?:crm\s+|lead\s+)?(?:record|profile)\b/,
    );
    clause.take(/\b(?:as|to|in(?:to)?|a|an)\b/);
    clause.take(/\b(?:the\s+)?(?:stage|status|column|pipeline stage)\b/);
    clause.take(/\b(?:the|a|an)\b/);
    input.status = status;
  }
  if (!ctx.subject?.leadId) return noSubject(clause.original.trim(), ctx);
  return outcome(
    [
      action(
        ctx,
        'tags' in input || 'addTags' in input || 'removeTags' in input ? 'tag-lead' : 'update-lead',
        'crm.updateLead',
        { leadId: ctx.subject.leadId, ...input },
      ),
    ],
    true,
  );
};
