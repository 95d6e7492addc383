import type { Clause } from './clause';
import { type ActionResult, action, type Ctx, noSubject, outcome, triggerText } from './context';
import { recipientOf } from './recipients';
import { LEAD_STATUS_WORDS } from './statuses';
import { AMOUNT, amountOf, quoteIn } from './text';

/** Records: leads (create, note, status, tags, value), meetings, invoices. */

const CRM_PLACE =
  /\b(?:to|in|into|on)\s+(?:the\s+|our\s+|my\s+)?(?:crm|contacts?|leads?|lead list|database|pipeline|contact list|list|system|records?|address book)\b/;
const STATUS_RE =
  /\b(closed won|closed lost|new|contacted|qualified|customer|client|won|converted|lost|dead|disqualified|cold)\b/;

const tagsOf = (clause: Clause): string[] => {
  const listed = clause.take(
    /\b(?:to|into|on|in)\s+(?:the|our|a)\s+(⟦\d+⟧|[a-z0-9][\w-]*)\s+(?:tag|label|list|segment|group|audience)\b/,
  );
  if (listed?.[1]) return [quoteIn(clause.prepared, listed[1]) ?? clause.cased(listed[1])];
  const quoted =
    clause.take(/(?:as|with|the tags?|tag)\s+(⟦\d+⟧)/) ??
    clause.take(/^\s*(?:(?:them|him|her|it|the (?:lead|contact|customer))\s+)?(?:as\s+)?(⟦\d+⟧)/);
  if (quoted) return [quoteIn(clause.prepared, quoted[1] ?? '') ?? ''].filter(Boolean);
  const m = clause.take(
    /\b(?:as|with(?:\s+the)?(?:\s+tags?)?|tags?|labels?)\s+([a-z0-9][\w-]*(?:\s*(?:,|and)\s*[a-z0-9][\w-]*)*)/,
  );
  // "tag them hot": the tag right after who is tagged, when nothing else is left
  const bare = m
    ? undefined
    : clause.take(/^\s*(?:(?:them|him|her|it|the (?:lead|contact|customer|person))\s+)?([a-z0-9][\w-]*)\s*$/);
  if (bare?.[1] && !/^(?:them|him|her|it|lead|contact)$/.test(bare[1])) return [clause.cased(bare[1])];
  if (!m?.[1]) return [];
  return m[1]
    .split(/(?<!\s)\s*(?:,|and)\s*/)
    .filter((w) => w.length > 0 && !/^(?:them|it|the|a|an|lead|leads)$/.test(w))
    .map((w) => clause.cased(w));
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
  if (
    !/^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|write|leave|log|record|create|put|save|attach|make|jot|note|track|drop|post|copy|paste|turn|store|keep)\b/.test(
      t,
    )
  )
    return undefined;
  if (/\b(?:thank you|thank-you|thanks)\s+note\b/.test(t)) return undefined;
  clause.take(
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|write|leave|log|record|create|put|save|attach|make|jot|note|track|drop|post|copy|paste|turn|store|keep)\b(?:\s+down)?/,
  );
  clause.take(
    /\b(?:an?\s+|the\s+)?(?:internal\s+|short\s+|quick\s+|crm\s+)?(?:note|comment|remark|activity entry)s?\b/,
  );
  if (!ctx.subject?.leadId) return noSubject(clause.original.trim(), ctx);
  const quoted = clause.take(
    /\b(?:saying|that says|which says|reading|with the text|stating|:|with)?\s*(⟦\d+⟧)/,
  );
  let text: string | undefined = quoted ? quoteIn(clause.prepared, quoted[1] ?? '') : undefined;
  if (
    !text &&
    clause.take(
      /\b(?:with|containing|of)\s+(?:the|their|his|her)\s+(?:reply|message|email|answer|response)\b|\b(?:the|their|his|her)\s+(?:reply|message|email|response|answer)(?:\s+(?:in)?to)?\b/,
    )
  )
    text =
      ctx.event === 'email.received' ? 'Reply: {{trigger.subject}}\n\n{{trigger.text}}' : triggerText(ctx);
  if (!text) {
    const saying = clause.take(/\b(?:saying|that says|that|stating|:)\s+(\S.+)$/);
    text = saying?.[1] ? clause.cased(saying[1]).trim() : triggerText(ctx);
  }
  clause.take(
    /\b(?:to|on|in|for)\s+(?:(?:the|their|his|her|this)\s+)?(?:lead|record|timeline|profile|contact|crm|customer|file)?(?:'s\s+(?:record|timeline|profile))?\b/,
  );
  clause.take(/\b(?:them|it|the lead)\b/);
  return outcome([action(ctx, 'add-note', 'crm.addNote', { leadId: ctx.subject.leadId, text })], true);
};

export const readCreateLead = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  const verb =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:create|add|save|store|capture|register|put|insert|enter|record|import|push|sync|copy|turn|convert|make)\b/.exec(
      t,
    );
  if (!verb) return undefined;
  const intoCrm = CRM_PLACE.test(t);
  const asLead =
    /\b(?:as\s+(?:an?\s+)?(?:new\s+)?(?:lead|contact|prospect)s?\b|(?:an?\s+|the\s+)?(?:new\s+)?(?:crm\s+)?(?:lead|contact|prospect)s?(?:\s+records?)?\s*(?:$|\b(?:for|from|with|in|to|and)\b))/.test(
      t,
    );
  if (!intoCrm && !asLead) return undefined;
  if (
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|create|put|make|record)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:note|tag|label|comment)s?\b/.test(
      t,
    )
  )
    return undefined;
  clause.mark(verb.index, verb[0].length);
  clause.take(
    /\b(?:them|him|her|it|this person|the person|the (?:submitter|sender|visitor|attendee|customer|client|contact))\b/,
  );
  clause.take(
    /\b(?:as\s+)?(?:an?\s+|the\s+)?(?:new\s+)?(?:crm\s+)?(?:lead|contact|prospect)s?(?:\s+records?)?\b/,
  );
  clause.take(CRM_PLACE);
  // "with the email of the person", "with their name and email": the subject's own details
  clause.take(
    /\b(?:with|using|from)\s+(?:the|their|his|her|its)\s+(?:e?mail|name|details|data|info|contact details)(?:\s+address)?(?:\s+(?:and|,)\s+(?:e?mail|name|phone)(?:\s+address)?)?(?:\s+of\s+(?:the\s+)?(?:person|sender|submitter|attendee|customer|client|guest|booker|lead))?\b/,
  );
  clause.take(/\b(?:into|in|to|a|an)\b/);
  const email = ctx.subject?.email;
  if (!email) return noSubject(clause.original.trim(), ctx);
  const input: Record<string, unknown> = { email };
  if (ctx.subject?.name) input.name = ctx.subject.name;
  if (ctx.event === 'form.submitted') input.source = '{{trigger.source}}';
  const status = clause.take(/\b(?:as|with status)\s+(new|contacted|qualified|customer)\b/);
  if (status?.[1]) input.status = LEAD_STATUS_WORDS[status[1]];
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
  const tagVerb = /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:tag|label)\b/.test(t);
  const addTag =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:add|apply|attach|put|give|move|subscribe)\b.*\b(?:tags?|labels?|list|segment|group|audience)\b/.test(
      t,
    );
  const removeTag =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:remove|delete|drop|take off|clear)\b.*\b(?:tags?|labels?)\b/.test(
      t,
    );
  const statusVerb =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:mark|set|move|change|update|flag|put|switch|convert|qualify|disqualify|promote|make)\b/.test(
      t,
    );
  const valueSet =
    /\b(?:deal\s+)?value\b/.test(t) &&
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:set|update|change|make)\b/.test(t);
  if (!tagVerb && !addTag && !removeTag && !statusVerb) return undefined;
  const input: Record<string, unknown> = {};
  if (tagVerb || addTag || removeTag) {
    clause.take(
      /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:tag|label|add|apply|attach|put|give|remove|delete|drop|take off|clear)\b/,
    );
    clause.take(/\b(?:them|it|him|her|the lead|the contact|the customer|this lead)\b/);
    clause.take(/\b(?:a|an|the)\s+(?:tags?|labels?)\b(?=\s+(?:to|on|for|of|as|with)\b|\s*$)/);
    const tags = tagsOf(clause);
    clause.take(/\b(?:tags?|labels?)\b/);
    clause.take(/\b(?:to|from|on)\s+(?:them|it|the lead|their record|the contact)\b/);
    if (tags.length === 0) return { problem: `say which tag: "${clause.original.trim()}"` };
    input[removeTag ? 'removeTags' : 'addTags'] = tags;
  } else if (valueSet) {
    clause.take(/^[\s,]*(?:(?:then|also|and|please)\s+)*(?:set|update|change|make)\b/);
    clause.take(/\b(?:the|their|its)?\s*(?:deal\s+)?value\b/);
    const amount = clause.take(new RegExp(`\\b(?:to\\s+)?${AMOUNT.source}`));
    const value = amount ? amountOf(new RegExp(AMOUNT.source).exec(amount[0]) ?? ['']) : undefined;
    if (!value) return undefined;
    input.value = value.value;
  } else {
    const qualify = /^[\s,]*(?:(?:then|also|and|please)\s+)*(dis)?qualify\b/.exec(t);
    const status = qualify
      ? qualify[1]
        ? 'lost'
        : 'qualified'
      : LEAD_STATUS_WORDS[STATUS_RE.exec(t)?.[1] ?? ''];
    if (!status) return undefined;
    clause.take(
      /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:mark|set|move|change|update|flag|put|switch|convert|qualify|disqualify|promote|make)\b/,
    );
    clause.take(STATUS_RE);
    clause.take(
      /\b(?:them|it|him|her|the lead|the contact|the customer|the deal|their status|the status|the lead's status|status|stage)\b/,
    );
    clause.take(/\b(?:as|to|in(?:to)?|a|an)\b/);
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

// -------------------------------------------------------------------------------------------------- meetings

const MEETING =
  /\b(?:(?:\d+[- ]?min(?:ute)?s?|\d+[- ]?hours?|half[- ]hour|an?\s+hour(?:-long)?|quick|short|intro(?:ductory)?|discovery|sales|demo|kick-?off|onboarding|follow[- ]up|check-?in|strategy|consultation|zoom|video|phone|product|first)\s+)*(?:meeting|call|demo|appointment|consultation|session|kick-?off|check-?in|chat|catch[- ]up)\b(?![-'])/;

export const readSchedule = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  const verb =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:schedule|book|set up|arrange|plan|organi[sz]e|create|add|put|invite|hold|reserve|propose|offer|get|fix|line up)\b/.exec(
      t,
    );
  const meeting = MEETING.exec(t);
  if (!verb || !meeting) return undefined;
  clause.mark(verb.index, verb[0].length);
  clause.mark(meeting.index, meeting[0].length);
  const kind = /demo/.test(meeting[0])
    ? 'Demo'
    : /kick-?off/.test(meeting[0])
      ? 'Kickoff call'
      : /onboarding/.test(meeting[0])
        ? 'Onboarding call'
        : /call/.test(meeting[0])
          ? 'Call'
          : 'Meeting';
  const minutes = /(?<!\d)(\d+)[- ]?min/.exec(meeting[0]) ?? clause.take(/\bfor\s+(\d+)\s+minutes?\b/);
  const hour = /\b(?:an?\s+)?hour\b/.test(meeting[0]) || clause.take(/\bfor\s+an?\s+hour\b/);
  const durationMinutes = minutes?.[1]
    ? Number(minutes[1])
    : hour
      ? 60
      : /half[- ]hour/.test(meeting[0])
        ? 30
        : kind === 'Demo'
          ? 45
          : 30;
  const to = recipientOf(clause, ctx.subject);
  clause.take(/\b(?:them|with them|in|for them|a slot|a time|time)\b/);
  const within = clause.take(
    /\b(?:next week|this week|within (?:the )?(?:next\s+)?(\d+)\s+days?|in the next (\d+) days?|tomorrow)\b/,
  );
  const who =
    to?.kind === 'member'
      ? to.member
      : to?.kind === 'address'
        ? to.address
        : (ctx.subject?.name ?? ctx.subject?.email);
  const input: Record<string, unknown> = {
    title: who ? `${kind} with ${who}` : kind,
    durationMinutes: Math.min(480, Math.max(5, durationMinutes)),
  };
  if (to?.kind === 'address') input.attendeeEmail = to.address;
  else if (ctx.subject?.email && to?.kind !== 'member') input.attendeeEmail = ctx.subject.email;
  if (ctx.subject?.leadId && to?.kind !== 'address') input.leadId = ctx.subject.leadId;
  if (within) {
    const days = within[1] ?? within[2];
    input.within = days ? `P${days}D` : /tomorrow/.test(within[0]) ? 'P2D' : 'P7D';
  }
  return outcome([action(ctx, 'schedule-meeting', 'calendar.schedule', input)], Boolean(ctx.subject?.email));
};

export const readCancel = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const m =
    clause.find(
      /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:cancel|call off|delete)\s+(?:(?:the|their|this|that|his|her)\s+)?(?:\w+\s+)?(?:meeting|booking|call|appointment|demo|session)\b/,
    ) ??
    // "cancel it" when the workflow is about a booking
    (ctx.subject?.bookingId
      ? clause.find(/^[\s,]*(?:(?:then|also|and|please)\s+)*(?:cancel|call off)\s+(?:it|them)\b/)
      : undefined);
  if (!m) return undefined;
  clause.mark(m.index, m[0].length);
  if (!ctx.subject?.bookingId) return noSubject(clause.original.trim(), ctx);
  return outcome(
    [action(ctx, 'cancel-meeting', 'calendar.cancel', { bookingId: ctx.subject.bookingId })],
    true,
  );
};

// -------------------------------------------------------------------------------------------------- invoices

export const readInvoiceReminder = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  if (!ctx.subject?.invoiceId) return undefined;
  const t = clause.view;
  const m =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:send|email)\s+(?:them\s+|the customer\s+|the client\s+)?(?:an?\s+|the\s+|another\s+|one more\s+|a second\s+|a final\s+|a last\s+)?(?:\w+\s+){0,2}?(?:payment\s+)?reminders?\b/.exec(
      t,
    ) ??
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:remind|chase|nudge|dun)\b/.exec(t) ??
    /^[\s,]*(?:(?:then|also|and|please)\s+)*follow\s+up\s+on\s+(?:the\s+|their\s+)?(?:payment|invoice)\b/.exec(
      t,
    );
  if (!m) return undefined;
  clause.mark(m.index, m[0].length);
  clause.take(/\b(?:them|the customer|the client|customers?|clients?|the payer)\b/);
  clause.take(
    /\b(?:to pay|about (?:the |their )?(?:payment|invoice)|of (?:the |their )?(?:payment|invoice)|(?:for|on) (?:the |their )?(?:payment|invoice|bill)|the payment|the invoice|by email|again|payment)\b/,
  );
  const quoted = clause.take(/⟦\d+⟧/);
  const input: Record<string, unknown> = { invoiceId: ctx.subject.invoiceId };
  if (quoted) input.message = quoteIn(clause.prepared, quoted[0]);
  return outcome([action(ctx, 'payment-reminder', 'invoice.sendReminder', input)], true);
};

export const readMarkPaid = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const m =
    clause.find(
      /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:mark|record|set|flag)\s+(?:the\s+|their\s+|this\s+)?(?:invoice|bill|payment)\s+(?:as\s+)?(?:paid|settled|received)\b/,
    ) ??
    (ctx.subject?.invoiceId
      ? clause.find(
          /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:mark|record|set|flag)\s+(?:it|this)\s+(?:as\s+)?(?:paid|settled)\b/,
        )
      : undefined);
  if (!m) return undefined;
  clause.mark(m.index, m[0].length);
  if (!ctx.subject?.invoiceId) return noSubject(clause.original.trim(), ctx);
  return outcome([action(ctx, 'mark-paid', 'invoice.markPaid', { invoiceId: ctx.subject.invoiceId })], true);
};

export const readCreateInvoice = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  const m =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:create|send|issue|generate|raise|make|prepare|draft|cut)\s+(?:them\s+|the customer\s+|the client\s+)?(?:an?\s+|the\s+)?(?:new\s+)?invoice\b/.exec(
      t,
    ) ??
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:bill|charge|invoice)\s+(?:them|the customer|the client|the lead|the attendee)\b/.exec(
      t,
    ) ??
    // "invoice for 300 EUR", "charge $50"
    new RegExp(
      `^[\\s,]*(?:(?:then|also|and|please)\\s+)*(?:bill|charge|invoice)\\b(?=\\s+(?:for\\s+|of\\s+)?${AMOUNT.source})`,
    ).exec(t);
  if (!m) return undefined;
  clause.mark(m.index, m[0].length);
  const email = ctx.subject?.email;
  if (!email) return noSubject(clause.original.trim(), ctx);
  const amountMatch = clause.take(new RegExp(`(?:\\b(?:for|of|worth)\\s*)?${AMOUNT.source}`));
  const amount = amountMatch ? amountOf(new RegExp(AMOUNT.source).exec(amountMatch[0]) ?? ['']) : undefined;
  if (!amount)
    return {
      problem: `say the amount to invoice, with its currency ("an invoice for 150 EUR"): "${clause.original.trim()}"`,
    };
  const currency = amount.currency ?? (/\b(?:usd|dollars?)\b/.test(t) ? 'USD' : undefined);
  if (!currency)
    return { problem: `say the currency of the invoice ("150 EUR", "$150"): "${clause.original.trim()}"` };
  const about = clause.take(/\bfor\s+(?:the\s+|their\s+)?([a-z][\w -]{2,40})$/);
  const description = about?.[1]
    ? clause.cased(about[1]).trim()
    : ctx.event?.startsWith('booking.')
      ? '{{trigger.booking.title}}'
      : 'Services';
  const input: Record<string, unknown> = {
    customerEmail: email,
    currency,
    lines: [{ description, quantity: 1, unitPriceCents: Math.round(amount.value * 100) }],
  };
  if (ctx.subject?.name) input.customerName = ctx.subject.name;
  if (ctx.subject?.leadId) input.leadId = ctx.subject.leadId;
  const due = clause.take(/\b(?:due|payable)\s+in\s+(\d+)\s+days?\b/);
  if (due?.[1]) input.dueInDays = Number(due[1]);
  clause.take(/\b(?:to|for)?\s*(?:them|the customer|the client|it)\b/);
  const step = action(ctx, 'create-invoice', 'invoice.create', input);
  ctx.subject = {
    ...ctx.subject,
    noun: ctx.subject?.noun ?? 'customer',
    invoiceId: `{{steps.${step.id}.invoiceId}}`,
  };
  return outcome([step], true);
};
