import type { Step } from '../../../statemachines/schema';
import type { Clause } from './clause';
import { action, type Ctx } from './context';
import { type Recipient, recipientOf } from './recipients';
import { askedBy } from './reminders';
import { slackReport } from './slack-report';

/** Slack said as where a message goes. */
export const SLACK =
  /\b(?:on|to|in|into|via|through|over|using)\s+(?:the\s+|our\s+)?slack(?:\s+channel)?\b|\bslack\b/;
/** Email said as how a message goes. */
export const BY_EMAIL =
  /\b(?:by|via|over|through|per|in an?|with an?)\s+e?mail\b|\b(?:to|in)\s+(?:my|their|the|our|your)\s+(?:inbox|e?mail(?:\s+address)?)\b/;

/**
 * Where a text made by an earlier step (a report's summary, a found list) goes: Slack (a channel), an address, a team
 * member or the team, by email when said. `said`: the clause as it was before its reader took words; `early`: a
 * recipient read before those words were taken; `verb` and `sentBy`: the sending words taken.
 */
export const deliveryOf = (
  clause: Clause,
  ctx: Ctx,
  said: string,
  how: {
    readonly early: Recipient | undefined;
    readonly verb: RegExpExecArray | undefined;
    readonly sentBy: RegExpExecArray | undefined;
  },
  text: string,
  ids: { readonly email: string; readonly team: string; readonly subject: string },
): Step[] => {
  if (clause.find(SLACK) || clause.find(/#[a-z0-9]/)) {
    const channel = clause.take(/#([a-z0-9][a-z0-9_-]{0,79})\b/);
    clause.take(SLACK);
    clause.take(/\b(?:to|in|on)\s+(?:the\s+)?(?:team|sales|channel)\b/);
    return [slackReport(ctx, text, channel?.[1], how.early)];
  }
  const byEmail =
    Boolean(clause.take(BY_EMAIL)) ||
    /mail/.test(how.sentBy?.[0] ?? '') ||
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:e?mail|send\s+(?:me\s+|us\s+)?an?\s+e?mail)/.test(said) ||
    // "Monthly summary email on the first weekday", "a weekly report email": the delivery said as the report's noun
    /\b(?:summary|report|recap|digest|overview|round-?up|briefing)\s+e-?mails?\b/.test(said);
  const to: Recipient | undefined =
    how.early ??
    recipientOf(clause, undefined) ??
    (how.verb && /\s(?:me|us|the team|everyone)$/.test(how.verb[0])
      ? { kind: 'team' }
      : askedBy(clause, said));
  if (to?.kind === 'address')
    return [action(ctx, ids.email, 'email.send', { to: to.address, subject: ids.subject, body: text })];
  if (to?.kind === 'channel')
    return [action(ctx, 'post-to-slack', 'notify.slack', { text, channel: to.channel })];
  if (!to && !byEmail) return [];
  const input: Record<string, unknown> = { text };
  if (to?.kind === 'member') input.member = to.member;
  if (byEmail) input.via = 'email';
  return [action(ctx, ids.team, 'notify.team', input)];
};
