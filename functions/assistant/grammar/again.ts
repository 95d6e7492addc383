import type { Step } from '../../../statemachines/schema';
import { readEmail } from './actions-message';
import { Clause } from './clause';
import { type ActionReader, outcome, uniqueId } from './context';

/**
 * The same message again (class 7, session 34): "send it again", "resend it", "send another one", "post it again",
 * "remind them one more time", "repeat", "send the 2nd one". Said after a wait, it is the message sent before it, to the same person with
 * the same words: that step again, never a new message of another kind. Only a clause that says nothing but the
 * repetition; "send another reminder", "send them a second email with the price list" are read by the message readers.
 */
const AGAIN =
  /^[\s,]*(?:(?:then|and|just|please|simply|so)\s+)*(?:(re-?send|repeat|redo)(?:\s+(?:it|that|this|them|the\s+same(?:\s+(?:one|e-?mail|message|reminder|post|thing))?))?|(send|write|e-?mail|post|do|forward|ping|remind|nudge|chase|message|slack)(?:\s+(?:them|him|her|it|that|this|the\s+same(?:\s+(?:one|e-?mail|message|reminder|post|note|thing))?))?(?:\s+(?:another(?:\s+(?:one|1))?|a\s+(?:second|2nd|third|3rd|final|last|new)(?:\s+(?:one|1))?|the\s+(?:second|2nd|third|3rd)\s+(?:one|1)|(?:one|1)\s+more))?(?:\s+to\s+(?:them|him|her))?)(?:\s+(?:again|once\s+more|(?:one|1)\s+(?:more|last|final)\s+time|a\s+(?:second|2nd|third|3rd|final|last)\s+time))?[\s.!]*$/;
const REPEATED =
  /\b(?:re-?send|repeat|redo|again|another|second|2nd|third|3rd|(?:one|1|once)\s+more|same|last\s+time|final\s+time)\b/;

const ANOTHER_ONE =
  /\b(?:another|a\s+(?:second|third|new|final|last)|the\s+(?:second|2nd|third|3rd))\s+(?:one|1)\b/;

/** What each verb can repeat: "post it again" repeats a post, "remind them again" a reminder or an email. */
const REPEATS: Readonly<Record<string, readonly string[]>> = {
  send: ['email.send', 'notify.team', 'notify.slack', 'invoice.sendReminder'],
  resend: ['email.send', 'notify.team', 'notify.slack', 'invoice.sendReminder'],
  repeat: ['email.send', 'notify.team', 'notify.slack', 'invoice.sendReminder'],
  redo: ['email.send', 'notify.team', 'notify.slack', 'invoice.sendReminder'],
  do: ['email.send', 'notify.team', 'notify.slack', 'invoice.sendReminder'],
  write: ['email.send', 'notify.team'],
  forward: ['email.send', 'notify.team', 'invoice.sendReminder'],
  email: ['email.send', 'notify.team', 'invoice.sendReminder'],
  remind: ['email.send', 'invoice.sendReminder'],
  nudge: ['email.send', 'invoice.sendReminder'],
  chase: ['email.send', 'invoice.sendReminder'],
  post: ['notify.slack'],
  slack: ['notify.slack'],
  ping: ['notify.slack', 'notify.team'],
  message: ['notify.slack', 'notify.team', 'email.send'],
};

/** The steps read so far (what `readClause` pushed). */
type Read = { readonly kind: string; readonly steps?: readonly Step[]; readonly usesSubject?: boolean };

/**
 * The reader of a clause that only says "again", after `items`: the step it repeats, with a new id. "send another
 * one" with no message of ours before it ("we email them; if no reply in 3 days, send another one") is a follow-up.
 */
export const againAfter =
  (items: readonly Read[]): ActionReader =>
  (clause, ctx) => {
    const m = AGAIN.exec(clause.view);
    if (!m || !REPEATED.test(m[0])) return undefined;
    const verb = (m[1] ?? m[2] ?? '').replace(/-/g, '');
    const item = [...items].reverse().find((i) => i.kind === 'steps');
    const last = item?.steps?.at(-1);
    if (!item || !last || !('action' in last) || !(REPEATS[verb] ?? []).includes(last.action)) {
      if (!/^(?:send|write)$/.test(verb) || !ANOTHER_ONE.test(m[0])) return undefined;
      clause.markAll();
      return readEmail(new Clause(clause.prepared, 'send them a follow-up email'), ctx);
    }
    clause.markAll();
    const step = {
      ...last,
      id: uniqueId(ctx, last.id.replace(/-\d+$/, '')),
      ...('input' in last && last.input ? { input: structuredClone(last.input) } : {}),
    } as Step;
    return outcome([step], item.usesSubject ?? false);
  };
