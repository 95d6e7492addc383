import { ROLE as ROLES } from './approval-parts';
import { BUSINESS_ISO } from './business-days';
import type { Clause } from './clause';
import { type ActionResult, action, type Ctx, itText, outcome, triggerText, uniqueId } from './context';
import { DURATION, durationOf, EMAIL_ADDRESS, quoteIn, URL } from './text';

/** Waits, files, HTTP calls, the knowledge base, free-form AI tasks, log entries, approvals — and what no action does. */

const LEAD_IN = '^[\\s,]*(?:(?:then|also|and|please|just|finally|next|first)\\s+)*';

export const readWait = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const m =
    clause.find(
      new RegExp(
        `${LEAD_IN}(?:wait|pause|sleep|hold(?: off)?|delay(?: it)?)\\s+(?:for\\s+)?(?:another\\s+|a further\\s+)?(${DURATION.source})`,
      ),
    ) ??
    clause.find(
      new RegExp(`${LEAD_IN}(?:after|in)\\s+(?:another\\s+)?(${DURATION.source})(?:\\s+more)?(?:\\s*,)?`),
    ) ??
    clause.find(new RegExp(`${LEAD_IN}(${DURATION.source})\\s+(?:later|after that|afterwards)`)) ??
    clause.find(
      new RegExp(`${LEAD_IN}(the next day|the day after|the following day|next morning|the next morning)`),
    );
  if (!m?.[1]) {
    const booked = readBookingWait(clause, ctx);
    if (booked) return booked;
    const until = clause.find(new RegExp(`${LEAD_IN}(?:wait|pause)\\s+(?:until|till)\\s+(\\S.*)$`));
    if (until)
      return {
        problem: `I can wait for a duration ("wait 2 days"), not until "${clause.cased(until[1] ?? '').trim()}"`,
      };
    return undefined;
  }
  const iso = durationOf(
    /morning/.test(m[1]) ? 'the next day' : m[1].replace(/^the day after$/, 'the next day'),
  );
  if (!iso) return undefined;
  clause.mark(m.index, m[0].length);
  return outcome([{ id: uniqueId(ctx, 'wait'), wait: iso }], false);
};

/**
 * "wait until the booking starts / ends" (booking-times.ts): until the time the trigger's booking carries; "wait until
 * 24 hours before the booking starts", "… 2 days before the invoice is due": that long before it.
 */
const readBookingWait = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const m = clause.find(
    new RegExp(
      `${LEAD_IN}wait until (?:(?<span>${DURATION.source}|the day) before )?(?:the (?<what>booking (?:starts|ends)|invoice is due)|(?<it>it) starts|(?<over>it has passed))\\b`,
    ),
  );
  if (!m) return undefined;
  clause.mark(m.index, m[0].length);
  const { span, it, over } = m.groups ?? {};
  const what = over ? 'booking ends' : (m.groups?.what ?? 'booking starts');
  const invoice = what === 'invoice is due';
  const root = invoice ? ctx.subject?.invoiceRoot : ctx.subject?.bookingRoot;
  // "send the guide 3 days after it" (booking-times.ts): "it" is the run's booking, or nothing with an end
  if (over && !root?.startsWith('trigger.'))
    return {
      problem: `I did not understand "after it": this workflow does not start from a booking, so "it" has no end to count from; say how long after what starts it ("3 days later")`,
    };
  // "a reminder the day before" (booking-times.ts BARE_BEFORE): before the run's booking, or nothing to be before
  if (it && span && !root?.startsWith('trigger.'))
    return {
      problem: `I did not understand "${span} before": this workflow does not start from a booking, so there is no time to be before; say before what ("the day before the appointment")`,
    };
  if (!root?.startsWith('trigger.'))
    return {
      problem: `"${clause.cased(m[0]).trim()}": this workflow does not start from ${invoice ? 'an invoice, so it has no due date' : 'a booking, so it has no booking time'} to wait for`,
    };
  const until = `{{${root}.${invoice ? 'dueDate' : what.endsWith('ends') ? 'end' : 'start'}}}`;
  // "wait until 24 hours before the booking starts" (booking-times.ts SPAN_BEFORE): the wait moved before it
  const before = span ? durationOf(span.replace(/^the day$/, '1 day')) : undefined;
  if (span && !before) return { problem: `"${clause.cased(span)}" is not a duration I can wait` };
  return outcome([{ id: uniqueId(ctx, 'wait'), wait: before ? { until, before } : { until } }], false);
};

export const readFile = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  const m = new RegExp(
    `${LEAD_IN}(?:save|store|create|write|export|archive|put|keep|upload|generate|make|add|back\\s+up|backup)\\b`,
  ).exec(t);
  if (!m || !/\b(?:file|document|pdf|txt|csv|files|drive|folder|text file)\b/.test(t)) return undefined;
  clause.mark(m.index, m[0].length);
  // the folder first, by the words as written ("the shared folder": a report reader may have taken "shared"); "the
  // Reports folder" is a folder's name, never the report saved
  const FOLDER = /\b(?:in|into|to|onto|under)\s+(?:the\s+|our\s+|my\s+)?(⟦\d+⟧|[\w-]+)\s+folder\b/;
  const folder = FOLDER.exec(clause.text);
  if (folder) clause.take(/\b(?:in|into|to|onto|under)\s+(?:the\s+|our\s+|my\s+)?(?:[\w⟦⟧-]+\s+)?folder\b/);
  clause.take(
    /\b(?:it|this|that|them|the (?:submission|reply|email|summary|report|details|lead|data|answers|result|receipt|invoice)s?|their details|a copy|an? (?:receipt|invoice))\b/,
  );
  clause.take(
    /\b(?:as|to|in|into)?\s*(?:an?\s+|the\s+|our\s+)?(?:new\s+)?(?:text\s+)?(?:file|document|pdf|txt|csv|files|drive)\b/,
  );
  const named = clause.take(/\b(?:called|named|as)\s+(⟦\d+⟧|[\w.-]+\.\w{2,4})/);
  clause.take(
    /\bwith\s+(?:their|the|its|a)\s+(?:details|data|info(?:rmation)?|contents?|answers|receipt|invoice|summary|reply|payload|submission|message|email|text)\b/,
  );
  const name = named?.[1]
    ? (quoteIn(clause.prepared, named[1]) ?? clause.cased(named[1]))
    : `${ctx.event ?? 'run'}-{{context.runId}}.txt`;
  const content = ctx.previous ? itText(ctx) : detailsOf(ctx);
  const input: Record<string, unknown> = { name, content, contentType: 'text/plain' };
  if (folder?.[1]) input.folder = quoteIn(clause.prepared, folder[1]) ?? clause.cased(folder[1]);
  return outcome([action(ctx, 'save-file', 'files.create', input)], false);
};

const detailsOf = (ctx: Ctx): string => {
  const s = ctx.subject;
  if (!s) return triggerText(ctx);
  return [s.name ? `Name: ${s.name}` : undefined, s.email ? `Email: ${s.email}` : undefined, triggerText(ctx)]
    .filter(Boolean)
    .join('\n');
};

/** "email the guest our survey (https://…)", "send them the link https://…": the link a message carries. */
const MESSAGE_LINK =
  /^[\s,]*(?:(?:then|also|and|please|just)\s+)*(?:e-?mail|mail|text|message|send\s+(?:them|him|her|the\s+(?:guest|client|customer|couple|parents?|lead|member|person)s?)\b)(?![\s\S]*\b(?:to|at|on)\s*$)/;

export const readHttp = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const url = clause.find(URL);
  if (!url) return undefined;
  // (a message's link is its text: the email reader keeps it, or leaves it unread and the request is refused)
  if (MESSAGE_LINK.test(clause.text.slice(0, url.index).trimEnd())) return undefined;
  clause.mark(url.index, url[0].length);
  const verb = clause.take(
    new RegExp(
      `${LEAD_IN}(?:call|post|send|forward|push|notify|ping|hit|trigger|get|fetch|check|sync|submit|put|request)\\b`,
    ),
  );
  clause.take(
    /\b(?:it|this|the (?:data|details|lead|event|submission|payload)|a (?:webhook|request|post request|get request)|an? http request|the api)\b/,
  );
  // "POST to https://…": the word before the address (never the "to" of "so the site doesn't go to sleep")
  const before = /\b(?:to|at|on|with)\s*$/.exec(clause.view.slice(0, url.index));
  if (before) clause.mark(before.index, before[0].length);
  else clause.take(/\b(?:to|at|on|with)\b/);
  const get = /^\s*(?:(?:then|also|and|please)\s+)*(?:get|fetch|check)\b/.test(verb?.[0] ?? '');
  const input: Record<string, unknown> = { url: clause.cased(url[0]), method: get ? 'GET' : 'POST' };
  if (!get)
    input.body = {
      workflow: '{{context.workflowName}}',
      runId: '{{context.runId}}',
      event: triggerText(ctx),
    };
  return outcome([action(ctx, 'call-http', 'http.request', input)], false);
};

/** Where the business's answers are kept: its knowledge base, FAQ, docs, wiki or help centre. */
const KB = '(?:knowledge base|kb|knowledge|docs|documentation|wiki|help cent(?:er|re)|faq)s?';
/** "look up our fee scale in the knowledge base", "find the parking info in our FAQ": what is looked up, said first. */
const LOOK_VERB = /^(?:search\sfor|look\sup|find|check|get|grab|pull|fetch)\s/;
const KB_PLACE = new RegExp(`\\s(?:up\\s)?(?:in|from|on)\\s(?:(?:our|the|my)\\s)?(?:[\\w-]+\\s)?${KB}$`);
const lookedUp = (words: string): string | undefined => {
  const verb = LOOK_VERB.exec(words);
  const place = verb ? KB_PLACE.exec(words) : null;
  return verb && place && place.index > verb[0].length ? words.slice(verb[0].length, place.index) : undefined;
};
/** "… for the topic and emails the results": a step of its own after what is searched for, never searched for. */
const NEXT_STEP =
  /\s(?:and|then)\s(?:also\s)?(?:e-?mails?|sends?|posts?|forwards?|texts?|notif(?:y|ies)|saves?)\b/;
/** What the trigger brings, said as what is searched for ("their question", "whatever the subject is", "it"). */
const TRIGGER_SAID =
  /^(?:it|this|that|them|(?:whatever\s+)?(?:the|their|his|her)\s+(?:question|subject|enquiry|inquiry|message|e-?mail|request|topic|query|answer|reply)s?(?:\s+(?:is|was|are|says))?|what(?:ever)?\s+(?:they|he|she)\s+(?:asked?|asks|wrote|want|wants|need|needs)(?:\s+about)?)$/;

export const readKnowledge = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const m = clause.find(
    new RegExp(
      `${LEAD_IN}(?:search|look up|look|find|check|query|consult|get|grab|pull|fetch)\\b.*?\\b${KB}\\b`,
    ),
  );
  if (!m) return undefined;
  // "look up 'holiday timetable' in the knowledge base": the quote inside what was said, taken before it is marked
  const inside = /⟦\d+⟧/.exec(m[0]);
  const words = m[0].replace(new RegExp(LEAD_IN), '').trim();
  const looked = inside ? undefined : lookedUp(words);
  clause.mark(m.index, m[0].length);
  const quoted = inside ?? clause.take(/⟦\d+⟧/);
  const found = quoted ? undefined : clause.find(/\b(?:for|about|on)\s+(\S.{2,})$/);
  const next = found ? NEXT_STEP.exec(found[0]) : null;
  if (found) clause.mark(found.index, next ? next.index : found[0].length);
  const start = found ? found[0].length - (found[1] ?? '').length : 0;
  const about = found?.[1] && next ? found[0].slice(start, next.index) : found?.[1];
  const said = (looked ?? about)?.trim();
  const topic = said && !TRIGGER_SAID.test(said) ? said : undefined;
  // a run given a topic (manual-starts.ts): "search the knowledge base for it", "for the topic", or nothing said
  const given = ctx.given?.find((input) => input === 'topic' || input === 'question');
  const query = quoted
    ? (quoteIn(clause.prepared, quoted[0]) ?? '')
    : given && !topic
      ? `{{trigger.${given}}}`
      : topic
        ? clause.cased(topic).trim()
        : ctx.event === 'email.received'
          ? '{{trigger.subject}} {{trigger.text}}'
          : ctx.event === 'form.submitted'
            ? '{{trigger.form}}'
            : ctx.event
              ? triggerText(ctx)
              : '';
  if (!query) return { problem: `say what to search the knowledge base for: "${clause.original.trim()}"` };
  const step = action(ctx, 'search-knowledge', 'knowledge.search', { query });
  // "… and email me the results", "post it in slack": what was found is the message (itText)
  ctx.previous = { id: step.id, action: 'knowledge.search' };
  return outcome([step], false);
};

const AI_VERB =
  /\b(?:classify|categori[sz]e|analy[sz]e|score|extract|translate|detect|determine|enrich|research|triage|prioriti[sz]e|sort|rate|assess|evaluate|summari[sz]e|answer|reply to|check the sentiment of|work out|figure out|decide)\b/;

export const readAi = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  const ask = new RegExp(
    `${LEAD_IN}(?:use|ask|have|let|get|tell)\\s+(?:the\\s+)?(?:ai|an ai|gpt|chatgpt|claude|the assistant|an assistant|bedrock|a model|an llm|llm|the model)\\s+(?:to\\s+)?`,
  ).exec(t);
  const aiMention = /\b(?:with|using|via|by)\s+(?:ai|gpt|an llm|bedrock|the model)\b/.test(t);
  const verb = new RegExp(`${LEAD_IN}${AI_VERB.source}`).exec(t);
  if (!ask && !(verb && (aiMention || ctx.event !== undefined))) return undefined;
  const instruction = ask ? clause.cased(t.slice(ask[0].length)).trim() : clause.original.trim();
  if (instruction.length < 3) return undefined;
  clause.markAll();
  const step = action(ctx, 'ai-task', 'ai.task', {
    instruction: instruction.replace(
      /⟦(\d+)⟧/g,
      (_m, n: string) => `"${clause.prepared.quotes[Number(n)] ?? ''}"`,
    ),
    context: { about: triggerText(ctx) },
  });
  ctx.previous = { id: step.id, action: 'ai.task' };
  return outcome([step], false);
};

export const readLog = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const m = clause.find(
    new RegExp(
      `${LEAD_IN}(?:log|record|write down|track|keep a record of|write)\\s+(?:it|this|that|them|each one|the event|everything|the (?:reply|payment|booking|submission|details|result|error|failure|run|lead|update|change|payload|data|request|body|webhook|event data|message|email|invoice))(?:\\s+(?:in|to)\\s+(?:the\\s+)?(?:log|run log|audit log|logs))?\\b|${LEAD_IN}(?:add|write|create|make|put|leave)\\s+(?:an?\\s+)?(?:(?:log|audit)\\s+(?:entry|line|record|message)|(?:entry|line|error|message|note|record)\\s+(?:to|in|into)\\s+the\\s+(?:run\\s+|audit\\s+)?log)\\b|${LEAD_IN}(?:add|write|put|record|log)\\s+(?:it|this|that|them|the \\w+|an? \\w+)\\s+(?:to|in|into)\\s+the\\s+(?:run\\s+|audit\\s+)?log\\b|${LEAD_IN}log(?:\\s+(?:every|each|all))?\\s*$|${LEAD_IN}(?:write|add|make|create)\\s+(?:an?\\s+)?log\\s*$`,
    ),
  );
  // "record them as a customer": a record of the CRM in the trade's noun, never a line of the run's log
  if (!m || /^\s+as\s+(?:an?\s+)?(?:new\s+)?[a-z]/.test(clause.view.slice(m.index + m[0].length)))
    return undefined;
  clause.mark(m.index, m[0].length);
  const quoted = clause.take(/⟦\d+⟧/);
  const message = quoted ? (quoteIn(clause.prepared, quoted[0]) ?? triggerText(ctx)) : triggerText(ctx);
  return outcome([action(ctx, 'log', 'log', { message })], false);
};

/** A noun phrase alone to the clause's end, with no word that tests or names who ("a 10% discount", "a refund"). */
const APPROVED_THING =
  /^\s*((?:an?|the|their|this)\s(?:(?!(?:for|from|over|under|above|below|if|when|with|to|unless|except|only|and|then|but|or|each|every|all)\b)[\w$€£%.,'-]{1,30}\s){0,3}(?!(?:for|from|over|under|above|below|if|when|with|to|unless|except|only|and|then|but|or)\b)[\w%'-]{1,30})\s*$/;

export const readApproval = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const m =
    clause.find(
      new RegExp(
        `${LEAD_IN}(?:ask|get|request|wait for|require|seek|need|obtain)\\s+(?:for\\s+)?(?:my\\s+|an?\\s+|the\\s+|a manager's\\s+|the manager's\\s+|someone's\\s+|human\\s+)?(?:approval|sign-?off|ok|okay|go-ahead|permission)\\b(?:\\s+(?:from|of|by)\\s+(?:me|someone|(?:(?:an?|the|my|our)\\s+)?[\\w'-]+))?`,
      ),
    ) ??
    clause.find(
      new RegExp(
        `${LEAD_IN}(?:ask|request|get)\\s+(?:(?:an?|the|my|our)\\s+(?:[a-z]+\\s+)?)?(?:${EMAIL_ADDRESS.source}|[\\w'-]+)(?:\\s+on\\s+(?:duty|call|shift))?\\s+(?:for|to give(?: us| me)?)\\s+(?:an?\\s+|their\\s+|his\\s+|her\\s+)?(?:approval|sign-?off|ok|okay|go-ahead|permission)\\b`,
      ),
    ) ??
    clause.find(
      new RegExp(
        `${LEAD_IN}(?:have|let|make)\\s+(?:me|a manager|the manager|my manager|the boss|someone|a human|a person)\\s+(?:approve|review|confirm|sign off)(?:\\s+it|\\s+first)?\\b`,
      ),
    ) ??
    clause.find(new RegExp(`${LEAD_IN}(?:get|have)\\s+it\\s+approved\\b`)) ??
    // "ask Dana to approve it", "have the manager sign off on it"
    clause.find(
      new RegExp(
        `${LEAD_IN}(?:ask|get|have|let)\\s+(?:(?:the|my|our)\\s+(?:[a-z]+\\s+)?(?:${ROLES}|ceo|founder|finance team)|(?!(?:them|him|her|they|the|it|us|everyone)\\b)[a-z][\\w'-]*)\\s+(?:to\\s+)?(?:approve|sign off on|sign off|okay|ok)(?:\\s+(?:it|this|that|them|the\\s+\\w+))?\\b`,
      ),
    );
  if (!m) return undefined;
  clause.mark(m.index, m[0].length);
  // "ask the owner to approve a 10% discount": what is approved, the rest of the clause (never a test: "for", "over" …)
  const what = /\bapprove$/.test(m[0]) ? clause.take(APPROVED_THING) : undefined;
  clause.take(/\b(?:first|beforehand|it)\b/);
  // "ask ops@venue.ie for approval": the approver named by an address
  const approver = EMAIL_ADDRESS.exec(m[0]) ?? clause.take(EMAIL_ADDRESS);
  const within = clause.take(new RegExp(`\\b(?:within|in)\\s+(${DURATION.source})`));
  const asked = what?.[1] ? clause.cased(what[1]).trim() : 'the next steps';
  const approval: Record<string, unknown> = { message: `Approve ${asked}? ${triggerText(ctx)}` };
  if (approver) approval.approvers = [clause.cased(approver[0])];
  const timeout = within?.[1] ? durationOf(within[1]) : undefined;
  // an approval's timeout is a duration: business days are counted only by waits
  if (timeout && BUSINESS_ISO.test(timeout))
    return {
      problem: `"${clause.cased(within?.[0] ?? '')}": an approval waits a number of days, not business days`,
    };
  if (timeout) approval.timeout = timeout;
  return outcome([{ id: uniqueId(ctx, 'approval'), approval: approval as never }], false);
};

/** Things people ask for that no action does: refused with what to say instead. */
export const UNSUPPORTED_APPS =
  /\b(?:microsoft teams|ms teams|teams|google sheets?|spreadsheet|excel|airtable|notion|trello|asana|jira|monday\.com|clickup|salesforce|hubspot|pipedrive|zoho|mailchimp|klaviyo|discord|telegram|whatsapp|twilio|intercom|zendesk|quickbooks|xero|google drive|dropbox|google calendar|outlook calendar|zoom)\b/;

export const readUnsupported = (clause: Clause): ActionResult | undefined => {
  const t = clause.view;
  const app = UNSUPPORTED_APPS.exec(t);
  if (app)
    return {
      problem: `there is no ${clause.cased(app[0])} action ("${clause.original.trim()}"); actions cover email, Slack, team notifications, the CRM, the calendar, invoices, files and HTTP calls (http.request can call its API)`,
    };
  if (
    new RegExp(
      `${LEAD_IN}(?:call|phone|ring|dial)\\s+(?:them|him|her|the (?:lead|customer|client|prospect|attendee))\\b`,
    ).test(t)
  )
    return {
      problem: `there is no phone-call action ("${clause.original.trim()}"); "schedule a call" books one, "notify the team" asks someone to call`,
    };
  if (
    /\b(?:sms|text message|whatsapp|imessage|telegram)\b|^[\s,]*(?:(?:then|also|and|please)\s+)*text\s+(?:them|him|her|me|the)\b|\b(?:send|shoot|drop)\s+(?:me|us|them|him|her)\s+an?\s+(?:quick\s+)?text\b/.test(
      t,
    )
  )
    return {
      problem: `there is no SMS or chat-app action ("${clause.original.trim()}"); email, Slack and team notifications are available`,
    };
  const physical = new RegExp(`${LEAD_IN}(print|fax|photocopy|post a letter to|mail a letter to)\\b`).exec(t);
  if (physical)
    return {
      problem: `nothing can ${physical[1]} ("${clause.original.trim()}"); a workflow can email it, post it to Slack or save it as a file`,
    };
  // a post on a network ("post it on Instagram", "tweet it", "an Instagram story"); never a network's name in what
  // is sent or tagged ("send them the Facebook offer email", "tag them as instagram")
  if (
    /\b(?:tweet|twitter)\b|\b(?:post|share|publish|put)\b.*\b(?:facebook|instagram|tiktok|linkedin)\b|\b(?:on|to|via|onto)\s+(?:our\s+|the\s+|their\s+)?(?:facebook|instagram|tiktok)\b|\b(?:facebook|instagram|tiktok|linkedin)\s+(?:posts?|story|stories|reels?|updates?)\b/.test(
      t,
    )
  )
    return { problem: `there is no social-media action ("${clause.original.trim()}")` };
  return undefined;
};
