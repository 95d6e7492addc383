import type { Step } from '../../../statemachines/schema';
import type { Clause } from './clause';
import { type ActionResult, action, type Ctx, itText, noSubject, outcome, triggerText } from './context';
import { foundAlong } from './found-lists';
import { STEP_JOINERS } from './lexicon';
import { postedText, saidText, textOf } from './message-text';
import { ownerIsTheirs, THE_OWNER } from './owners';
import { PHYSICAL, physicalProblem } from './physical';
import { purposeLine } from './purpose-text';
import { emailTemplateOf, type Recipient, recipientOf, SUBJECT_RE, takeTopic } from './recipients';
import { SENT_THING } from './reminders';
import { defaultPeriod, PERIODS } from './report-periods';
import { forRole, onePerson } from './roles';
import { BY_EMAIL, deliveryOf, SLACK } from './sent-text';
import { EMAIL_ADDRESS, quoteIn, URL } from './text';

/** Messages: emails to the subject or an address, the team, Slack, drafts, and activity reports. */

const V = '^[\\s,]*(?:(?:then|also|and|please|just|immediately|automatically|finally|next|first)\\s+)*';

const SUBJECT_QUOTE = /\b(?:with\s+)?(?:the\s+)?subject(?:\s+line)?\s*(?:of\s+|:\s*)?(⟦\d+⟧)/;

/** A message to the team (a member, a role, everyone), by Slack or email as asked. */
const teamMessage = (clause: Clause, ctx: Ctx, to: Recipient, base: string): Step => {
  const input: Record<string, unknown> = {};
  const escalate = /\bescalat/.test(clause.text);
  const text = textOf(clause, itText(ctx));
  const role = to.kind === 'team' ? forRole(to.role) : '';
  input.text = `${escalate ? 'Escalation: ' : ''}${role}${text}`;
  if (to.kind === 'member') input.member = to.member;
  if (to.kind === 'address') input.member = to.address;
  if (clause.take(SLACK)) input.via = 'slack';
  else if (clause.take(BY_EMAIL) || /^\s*(?:e?mail|send (?:\w+ )?an? e?mail)/.test(clause.text))
    input.via = 'email';
  return action(ctx, base, 'notify.team', input);
};

// --------------------------------------------------------------------------------------------------- reports

const REPORT_NOUN =
  /(?<![#\w-])(?:(?<=(?:investors?'?|board|stakeholders?'?|progress|weekly|monthly|daily|quarterly)\s)updates?\b|summary|summaries|report(?!\s+cards?\b)|recap|digest|overview|rundown|round-?up|briefing|wrap-?up|snapshot|stats|statistics|kpis?|metrics|list(?=\s+of\s(?!what|things|items|stuff)\b)|(?<=(?:(?:day|week|month|quarter|year|yesterday|today|weekend|season|term)'?s|weekly|daily|monthly|sales|the|our|\s)\s)(?:numbers|figures)|(?<=(?:yesterday's|today's|the day's|this week's|last week's|the week's|the month's|last month's)\s(?:new\s)?)(?:signups|sign-ups|leads|bookings|sales|payments|invoices|orders|deals|stats|activity|replies))\b/;
export const readReport = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  if (!REPORT_NOUN.test(t) && !/^\s*(?:\w+\s+)*?(?:summari[sz]e|recap)\b/.test(t)) return undefined;
  // "summarize the reply" is a job for the model, not an activity report
  if (/\b(?:with|using|via|by)\s+(?:ai|gpt|chatgpt|an llm|bedrock|the model|claude)\b/.test(t))
    return undefined;
  // "… and store the report as a file" after a summary: that summary, not a second one
  const back =
    ctx.previous?.action === 'report.summarize'
      ? /\b(?:the|that|this)\s+(?:summary|recap|result|report)\b/
      : /\b(?:the|that|this)\s+(?:summary|recap|result)\b/;
  if (ctx.previous && back.test(t) && !/\bsummari[sz]e\b/.test(t)) return undefined;
  if (
    /\bsummari[sz]e\s+(?:(?:the|their|this|that|each|every)\s+(?:email|reply|message|submission|form|conversation|thread|file|document|call|meeting|notes?|upload|attachment|contract|pdf)|it|them)\b/.test(
      t,
    )
  )
    return undefined;
  // "draft a summary email", "write a recap message": an email to write, not an activity report
  if (
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:draft|write|compose|craft)\s+(?:an?\s+|the\s+)?(?:short\s+|quick\s+|brief\s+)?(?:summary|recap)\s+(?:e?mail|message|note|reply)\b/.test(
      t,
    )
  )
    return undefined;
  const address = clause.find(EMAIL_ADDRESS);
  if (address) clause.mark(address.index, address[0].length);
  const early: Recipient | undefined = address
    ? { kind: 'address', address: clause.cased(address[0]) }
    : recipientOf(clause, undefined);
  const verb = clause.take(
    /^[\s,]*(?:(?:then|also|and|please|just)\s+)*(?:summari[sz]e|recap|compile|prepare|generate|create|make|write|produce|send|post|share|email|e-mail|mail|deliver|give|get|put together|build|drop|schedule|set up|arrange)\b(?:\s+(?:me|us|the team|everyone))?/,
  );
  const along = foundAlong(clause, ctx);
  let period: string | undefined;
  for (const [re, name] of PERIODS) {
    const m = clause.take(re);
    if (m) {
      period = name;
      break;
    }
  }
  clause.take(
    /\b(?:an?\s+|the\s+|my\s+|our\s+)?(?:quick\s+|short\s+|brief\s+|full\s+|activity\s+|sales\s+|pipeline\s+|(?:kpis?|metrics|stats|morning|evening|management|executive|status|performance)\s+(?=(?:summary|report|recap|digest|overview|rundown|round-?up|briefing|wrap-?up|snapshot)\b)|(?:(?:overdue|unpaid|open|paid|new|closed|won|lost)\s+)?(?:invoices?|leads?|bookings?|deals?|payments?)\s+|(?:summary|recap|digest|overview)\s+(?=(?:report|e-?mail|mail|message|update)\b))*(?:summary|summaries|report|recap|digest|overview|rundown|round-?up|briefing|wrap-?up|snapshot|stats|statistics|kpis?|metrics|list(?=\s+of\b)|numbers|figures|(?<=(?:summary|recap|digest|overview)\s)(?:e-?mail|mail|message|update)|(?:investors?'?|board|stakeholders?'?|progress|weekly|monthly|daily|quarterly)\s+updates?)\b/,
  );
  clause.take(
    /\b(?:of|on|for|about)?\s*(?:(?:all|the|our)\s+)?(?:activity|activities|what happened|everything that happened|events?|leads?,? (?:emails?,? )?(?:and )?(?:bookings|invoices|meetings)|the pipeline)\b|\b(?:of|on|for|about|with)\s+(?:(?:all|the|our|my|new|recent|incoming|closed|won|lost|open|overdue|unpaid|paid|qualified)\s+){0,3}(?:numbers|figures|stats|statistics|metrics|kpis?|leads?|contacts?|customers?|sales|deals?|bookings?|meetings?|invoices?|payments?|emails?|replies|sign-?ups?|submissions?|revenue|pipeline|members?|donations?|donors?|families|volunteers?|students?|parents?|subscribers?|registrations?|enrol(?:l)?ments?)(?:,?\s+(?:and\s+)?(?:new\s+)?(?:leads|bookings|invoices|meetings|emails|payments|deals|sales|replies)){0,3}\b/,
  );
  clause.take(/\bsummari[sz]e\b|\brecap\b/);
  const sentBy = clause.take(/\b(?:sent|delivered|posted|shared|(?:e-?)?mailed|slacked)\b/);
  clause.take(/\bto\s+(?:go|be sent|get sent)\s+out\b|\bto\s+be\s+sent\b/);
  const summaryId = action(ctx, 'summary', 'report.summarize', { period: period ?? defaultPeriod(ctx) });
  ctx.previous = { id: summaryId.id, action: 'report.summarize' };
  const text = `{{steps.${summaryId.id}.summary}}${along ? `\n\n${along.text}` : ''}`;
  const sent = deliveryOf(clause, ctx, t, { early, verb, sentBy }, text, {
    email: 'email-report',
    team: 'send-report',
    subject: 'Activity summary',
  });
  return outcome([summaryId, ...(along ? [along.find] : []), ...sent], false);
};

// ------------------------------------------------------------------------------------------------- Slack

export const readSlack = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  if (!clause.find(SLACK) && !clause.find(/#[a-z0-9]/)) return undefined;
  if (
    /\b(?:e?mail|summary|report|recap|digest|briefing)\b/.test(clause.view) &&
    !/\b(?:post|share|slack)\b/.test(clause.view)
  )
    return undefined;
  // "post in slack: … due to Hannah": the post's words first, never whom it is for
  postedText(clause);
  const to = recipientOf(clause, undefined);
  // "slack her", "ping him": one person of ours (a lead is never written to on Slack)
  const pronoun =
    (!to || to.kind === 'subject') &&
    clause.find(/\b(?:slack|message|ping|dm|tell|let|notify|alert|remind)\s+(?:her|him)\b/);
  if (pronoun) clause.mark(pronoun.index + pronoun[0].length - 3, 3);
  clause.take(
    new RegExp(
      `${V}(?:post|send|sent|posted|shared|share|put|drop|forward|publish|write|push|message|ping|notify|alert|tell|let|announce|broadcast|shout|slack|update|give|leave|(?:escalate|flag|pass|hand)(?:\\s+(?:it|this|them))?(?:\\s+(?:on|over))?(?:\\s+to)?|loop\\s+in|inform|warn)\\b(?:\\s+(?:know|a heads[- ]up))?`,
    ),
  );
  if (to?.kind === 'member') {
    // "send Liam a DM on slack", "send Jo a (quick) message on slack": the member's message, never a second step
    clause.take(
      /\b(?:an?\s+)?(?:quick\s+|short\s+)?(?:(?:slack\s+)?(?:message|msg|dm|ping|notification|note)|direct\s+message|private\s+message)\b/,
    );
    const step = teamMessage(clause, ctx, to, 'notify-team');
    (step as { input: Record<string, unknown> }).input.via = 'slack';
    clause.take(SLACK);
    return outcome([step], false);
  }
  clause.take(SLACK);
  clause.take(/\b(?:get|receive)\s+(?:an?\s+)?(?:notifications?|alerts?|messages?|pings?|updates?)\b/);
  // (never the person a message's text speaks to: "reminding them the newsletter goes out thursday"; never "that the
  // office closes at 1pm": what the post says)
  clause.take(
    /(?<!\b(?:reminding|telling|letting|informing|asking|saying)\s)\b(?:it|this|that(?!\s+(?:the|our|we|we're|we'll|it's|there|everyone|you|your)\s)|a\s+message|a\s+note|an\s+alert|an\s+update|a\s+notification|the\s+details|the\s+lead(?:'s)?\s+details|a\s+heads[-\s]up|the\s+news|a\s+post|the\s+summary|the\s+result|the\s+error|the\s+failure|the\s+reply|the\s+submission|the\s+payment|them|everyone|the\s+team|sales\s+team|a\s+ping)\b/,
  );
  clause.take(/\b(?:know|about it)\b/);
  clause.take(
    /^\s*(?:(?:a|an|the)\s+)?(?:messages?|alerts?|notifications?|updates?|pings?|posts?|dms?|notes?|reminders?)\b/,
  );
  // "a celebration message", "a quick congrats post": what kind of message it is (words next to it, never across
  // words read as something else: "every Christmas Eve ⟨at 10am⟩ post", "2026 ⟨at 4pm⟩ post")
  clause.take(
    /\b(?:an?\s+|the\s+)?(?:[a-z][\w-]* ){1,2}(?:message|alert|notification|update|post|announcement|shout-?out)\b/,
  );
  // one person of ours on Slack ("her", "the service manager", "the on-call bookkeeper", a name above) is a team
  // message by Slack; a team, a desk or a channel is a post (session 42 decision, docs/assistant.md)
  if (pronoun || (to?.kind === 'team' && to.role && onePerson(to.role))) {
    const step = teamMessage(clause, ctx, to?.kind === 'team' ? to : { kind: 'team' }, 'notify-team');
    (step as { input: Record<string, unknown> }).input.via = 'slack';
    return outcome([step], false);
  }
  // "let dispatch know on slack": a post naming whom it is for, as a role's team message does
  const role = to?.kind === 'team' ? forRole(to.role) : '';
  const text = `${role}${textOf(clause, itText(ctx))}`;
  const input: Record<string, unknown> = { text };
  if (to?.kind === 'channel') input.channel = to.channel;
  return outcome([action(ctx, 'post-to-slack', 'notify.slack', input)], false);
};

// --------------------------------------------------------------------------------------------- the team

export const readTeam = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const getNotified = clause.find(
    new RegExp(
      `${V}(?:get|receive|be|send (?:me|us) an?)\\s+(?:an?\\s+)?(?:(?:e?mail|slack|instant|quick)\\s+)?(?:notified|notifications?|alerts?|alerted|pinged|pings?|heads[- ]up)\\b`,
    ),
  );
  if (getNotified) {
    clause.mark(getNotified.index, getNotified[0].length);
    const step = teamMessage(clause, ctx, { kind: 'team' }, 'notify-team');
    const input = (step as { input: Record<string, unknown> }).input;
    if (/\be?mail\b/.test(getNotified[0])) input.via = 'email';
    if (/\bslack\b/.test(getNotified[0])) input.via = 'slack';
    return outcome([step], false);
  }
  const verb = clause.find(
    new RegExp(
      `${V}(?:notify|alert|tell|inform|ping|let|warn|escalate|flag|loop in|cc|update|assign|hand|pass|give)\\b`,
    ),
  );
  if (!verb) return undefined;
  // "update our website", "give it a score": these verbs notify someone only when they name who
  const to = recipientOf(clause, ctx.subject);
  if (/\b(?:update|assign|hand|pass|give|cc)\s*$/.test(verb[0]) && !to) return undefined;
  if (to?.kind === 'subject') return undefined;
  clause.mark(verb.index, verb[0].length);
  clause.take(/\b(?:know|a heads[- ]up|(?:it|this|the lead|them)\s+(?:over\s+)?to|it|this|over)\b/);
  clause.take(/\b(?:to|with)\s*$/);
  return outcome([teamMessage(clause, ctx, to ?? { kind: 'team' }, 'notify-team')], false);
};

// ------------------------------------------------------------------------------------------------ emails

const EMAIL_VERB = new RegExp(
  `${V}(?:send|email|mail|reply|respond|answer|write|shoot|drop|follow up|reach out|check in|thank|welcome|congratulate|greet|remind|nudge|chase(?:\\s+(?:them|him|her)\\s+up)?|contact|message|forward|introduce|get back|re-?engage|offer)\\b`,
);
const EMAIL_WORDS =
  'emails?|mail|message|note|nudge|heads[\\s-]up|receipt|copy|reply|letter|newsletter|confirmation|reminder|follow up|check-?in|thank you|thanks|welcome|intro(?:duction)?|invite|invitation|pricing|price list|brochure|info(?:rmation)?|details|proposal|quote|discount|offer|coupon|survey|feedback|review request|update|greeting|congratulations|apology|link|case study|goodbye|farewell|guide|e-?book|checklist|white ?paper|deck|slides|welcome pack|kit|materials?|agenda|catalog(?:ue)?|portfolio|tips|resources|instructions|voucher|gift card|promo code|newsletter';
const EMAIL_NOUN = new RegExp(`\\b(?:${EMAIL_WORDS})\\b`);

const DRAFT_NOUN =
  /\b(?:emails?|reply|response|message|answer|letter|note|welcome|intro|apology|thank[\s-]you|newsletter|follow[\s-]?up)\b/;
/** "… a follow up written by AI", "an AI-written email", "write and send them …": the AI writes what is sent. */
const AI_WRITES =
  /\b(?:(?:written|drafted|composed|generated|personali[sz]ed)\s+(?:by|with|using)\s+(?:the\s+)?ai|ai-written|ai-generated)\b|^[\s,]*(?:write|draft|compose)\s+(?:and|&|\+)\s+send\b/;
export const readDraft = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  const draft =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:draft|write|compose|craft|generate|prepare|create)\b/.exec(
      t,
    ) ?? (AI_WRITES.test(t) ? /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:send|email)\b/.exec(t) : null);
  const ai =
    /\b(?:personali[sz]ed|custom(?:ised|ized)?|tailored|ai|ai-written|ai-generated|using ai|with ai)\b/.test(
      t,
    ) || AI_WRITES.test(t);
  if (!draft || !DRAFT_NOUN.test(t)) return undefined;
  // "write a summary email": words to be written, for someone to send; "write them an email saying …" is literal
  const composed =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:write|compose|craft)\s+(?:an?\s+|the\s+)?[\w-]+\s+(?:e?mail|message|reply|letter)\b/.test(
      t,
    ) && !/⟦|\b(?:saying|that says)\b/.test(t);
  // "write a draft response": a draft, said as a noun
  const aDraft =
    (/^[\s,]*(?:(?:then|also|and|please)\s+)*draft\b/.test(t) && !AI_WRITES.test(t)) ||
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:write|prepare|create)\s+(?:an?\s+|the\s+)draft\b/.test(t);
  if (!aDraft && !ai && !composed) return undefined;
  clause.take(
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:(?:draft|write|compose)\s+(?:and|&|\+)\s+send|draft|write|compose|craft|generate|prepare|create|send|email)\b/,
  );
  clause.take(
    /\b(?:an?\s+)?(?:(?:personali[sz]ed|custom(?:ised|ized)?|tailored|ai-written|ai-generated)\s+)?(?:\w+\s+)?(?:emails?|reply|response|message|answer|letter|note|welcome|intro|apology|thank[\s-]you|newsletter)\b/,
  );
  clause.take(/\b(?:using|with)\s+ai\b|\bai\b/);
  const instruction = clause.original.trim();
  clause.markAll();
  const input: Record<string, unknown> = { instruction };
  if (ctx.subject?.leadId) input.leadId = ctx.subject.leadId;
  const drafted = action(ctx, 'draft-email', 'email.draft', input);
  ctx.previous = { id: drafted.id, action: 'email.draft' };
  const steps: Step[] = [drafted];
  if (!aDraft && !composed) {
    const sent = sendDraft(ctx, drafted.id);
    if ('problem' in sent) return sent;
    steps.push(sent);
    // an AI-written email is sent to them at once: a "then send it" right after is that send, said again
    ctx.previous = { id: drafted.id, action: 'email.draft', sentAt: ctx.ids.size };
  }
  return outcome(steps, true);
};

const sendDraft = (ctx: Ctx, draftId: string, address?: string): Step | { problem: string } => {
  const to = address ?? ctx.subject?.email;
  if (!to) return noSubject('send the draft', ctx);
  const input: Record<string, unknown> = {
    to,
    subject: `{{steps.${draftId}.subject}}`,
    body: `{{steps.${draftId}.body}}`,
  };
  if (!address && ctx.subject?.leadId) input.leadId = ctx.subject.leadId;
  return action(ctx, 'send-draft', 'email.send', input);
};

export const readEmail = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  const verb = EMAIL_VERB.exec(t);
  if (!verb) return undefined;
  if (clause.find(SLACK)) return undefined;
  const previous = ctx.previous;
  if (
    previous?.action === 'email.draft' &&
    /\b(?:it|the draft|the email|this)\b/.test(t) &&
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:send|forward|pass)\b/.test(t)
  ) {
    clause.take(/^[\s,]*(?:(?:then|also|and|please)\s+)*(?:send|forward|pass)(?:\s+on)?\b/);
    clause.take(/\b(?:it|the draft|the email|this)\b/);
    const to = recipientOf(clause, ctx.subject);
    // "send the draft to Meera for checking (before it goes)": a colleague reviews it; the customer gets nothing yet
    if (to?.kind === 'member' || to?.kind === 'team' || to?.kind === 'channel') {
      clause.take(
        /\b(?:for|to)\s+(?:checking|check|review|reviewing|approval|approve|sign-?off|a check|a look|proofreading)\b(?:\s+(?:it\s+)?before\s+(?:it|this|the\s+(?:draft|reply|email))\s+(?:goes(?:\s+out)?|is\s+sent|gets\s+sent))?/,
      );
      const role = to.kind === 'team' ? forRole(to.role) : '';
      const text = `${role}Draft for review: {{steps.${previous.id}.subject}}\n\n{{steps.${previous.id}.body}}`;
      if (to.kind === 'channel')
        return outcome(
          [action(ctx, 'draft-for-review', 'notify.slack', { text, channel: to.channel })],
          false,
        );
      const input = { text, via: 'email', ...(to.kind === 'member' ? { member: to.member } : {}) };
      return outcome([action(ctx, 'draft-for-review', 'notify.team', input)], false);
    }
    if (previous.sentAt === ctx.ids.size && (to === undefined || to.kind === 'subject')) {
      clause.take(
        /\b(?:to\s+(?:them|him|her|the\s+(?:lead|client|customer|contact))|out|off|over|straight\s+away|right\s+away)\b/,
      );
      return outcome([], true);
    }
    const sent = sendDraft(ctx, previous.id, to?.kind === 'address' ? to.address : undefined);
    return 'problem' in sent ? sent : outcome([sent], true);
  }
  const verbWord = verb[0].trim().split(/\s+/).at(-1) ?? '';
  const isEmailVerb =
    /^(?:email|mail|reply|respond|answer|follow|reach|check|thank|welcome|congratulate|greet|remind|nudge|chase|up$|forward|get|introduce|re-?engage)/.test(
      verbWord,
    );
  const toSubject = new RegExp(
    `^[\\s,]*(?:${STEP_JOINERS}\\s+)*(?:send|give|share|forward)\\s+${SUBJECT_RE.source}`,
  ).test(t);
  // "send the intake form": a thing sent, to no one else, to whom the workflow is about is an email to them
  const thing = Boolean(ctx.subject?.email) && SENT_THING.test(t);
  // "send Anil the results", "send me the best match": what the step before found or wrote is what is sent
  const found =
    previous?.action === 'knowledge.search' && /\bthe\s+(?:results?|match(?:es)?|answers?)\b/.test(t);
  if (!isEmailVerb && !EMAIL_NOUN.test(t) && !toSubject && !thing && !found) return undefined;
  const physical = PHYSICAL.exec(t);
  if (physical) return { problem: physicalProblem(clause.cased(physical[0])) };
  const forward = /^[\s,]*(?:(?:then|also|and|please)\s+)*forward\b/.test(t);
  // "… saying the office is closed": the words of the message never name whom it goes to
  const saidFirst = saidText(clause);
  const owner = clause.find(THE_OWNER);
  const said = recipientOf(clause, ctx.subject);
  const to =
    owner && said?.kind === 'team' && ownerIsTheirs(ctx.subject, ctx.previous?.action, t)
      ? { kind: 'subject' as const }
      : said;
  clause.mark(verb.index, verb[0].length);
  if (to && (to.kind === 'team' || to.kind === 'member' || to.kind === 'channel')) {
    clause.take(EMAIL_NOUN);
    if (to.kind === 'channel')
      return outcome(
        [
          action(ctx, 'post-to-slack', 'notify.slack', {
            text: textOf(clause, itText(ctx)),
            channel: to.channel,
          }),
        ],
        false,
      );
    const step = teamMessage(clause, ctx, to, 'notify-team');
    (step as { input: Record<string, unknown> }).input.via = 'email';
    return outcome([step], false);
  }
  const address = to?.kind === 'address' ? to.address : ctx.subject?.email;
  if (!address) return noSubject(clause.original.trim(), ctx);
  const template = emailTemplateOf(t);
  clause.take(
    new RegExp(
      `\\b(?:an?\\s+|the\\s+|our\\s+|another\\s+|one more\\s+|a second\\s+|a final\\s+|a last\\s+)?(?:(?!saying\\b)[\\w-]+\\s+){0,2}(?:${EMAIL_WORDS})\\b(?:\\s+(?:[\\w-]+\\s+)?(?:e?mail|note|message|letter|card))?`,
    ),
  );
  const asks = clause.take(
    /\b(?:asking|inviting|telling|reminding|encouraging|offering)\s+(?:them\s+)?(?:to|about|for)\s+\S.*$/,
  );
  clause.take(/\b(?:to|up|out|back|again|by email|via email|an email|a message)\b/);
  const subjectQuote = clause.take(SUBJECT_QUOTE);
  const topicTaken = takeTopic(clause);
  const topic = template.id === 'email' ? topicTaken : undefined;

  const name = to?.kind === 'address' ? undefined : ctx.subject?.name;
  const bodyText = saidFirst ?? textOf(clause, '');
  const subject = subjectQuote
    ? (quoteIn(clause.prepared, subjectQuote[1] ?? '') ?? template.subject(name))
    : forward && ctx.event === 'email.received'
      ? 'Fwd: {{trigger.subject}}'
      : ctx.event === 'email.sent' && to?.kind !== 'address'
        ? 'Re: {{trigger.subject}}'
        : topic?.[1]
          ? clause.cased(topic[1]).replace(/^./, (c) => c.toUpperCase())
          : template.subject(name);
  const body = bodyText
    ? bodyText
    : forward && ctx.event === 'email.received'
      ? '{{trigger.text}}'
      : previous?.action === 'report.summarize' && /\b(?:it|summary|report)\b/.test(t)
        ? `{{steps.${previous.id}.summary}}`
        : previous?.action === 'knowledge.search' &&
            /\b(?:it|them|results?|answers?|findings|matches)\b/.test(t)
          ? `{{steps.${previous.id}.text}}`
          : `${name ? `Hi ${name},` : 'Hi,'}\n\n${(asks && purposeLine(clause.cased(asks[0]).trim(), 'subject')) || template.body}`;
  // "our feedback survey (https://…)": the link the message carries goes in it (readHttp leaves it)
  const link = clause.take(URL);
  const linked = link && !body.includes(clause.cased(link[0])) ? `${body}\n\n${clause.cased(link[0])}` : body;
  const input: Record<string, unknown> = { to: address, subject, body: linked };
  if (to?.kind !== 'address' && ctx.subject?.leadId) input.leadId = ctx.subject.leadId;
  const base = forward ? 'forward-email' : template.id === 'email' ? 'send-email' : `${template.id}-email`;
  return outcome([action(ctx, base, 'email.send', input)], to?.kind !== 'address');
};

export { teamMessage, triggerText };
