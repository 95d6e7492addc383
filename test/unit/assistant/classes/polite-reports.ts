import type { Case } from '../table/case';

/**
 * Reports asked politely or as a question (session 29): "could you send me a weekly summary of new sign-ups?", "a
 * monthly donations report by email would be great", "can we get a Friday recap in #board, thanks", "make sure I get
 * a summary …", "we'd really appreciate a summary … if that's not too much trouble". Slots: the period and its
 * schedule × where it goes × the framing around it (a question, a wish, a polite tail, the writer as who gets it).
 */

const PERIODS: readonly (readonly [said: string, cron: string])[] = [
  ['weekly', 'cron(0 9 ? * MON *)'],
  ['monthly', 'cron(0 9 1 * ? *)'],
  ['daily', 'cron(0 9 * * ? *)'],
];

const WHERE: readonly (readonly [said: string, step: string])[] = [
  ['in #board', 'notify.slack'],
  ['by email', 'notify.team'],
  ['to me', 'notify.team'],
  ['to treasurer@club.org', 'email.send'],
];

const FRAMES: readonly ((period: string, where: string) => string)[] = [
  (p, w) => `Could you send a ${p} summary of new sign-ups ${w}?`,
  (p, w) => `A ${p} donations report ${w} would be great`,
  (p, w) => `Can we get a ${p} recap ${w}, thanks`,
  (p, w) => `Is it possible to get a ${p} digest of new members ${w}?`,
  (p, w) => `Please send a ${p} report ${w}, if that's not too much trouble`,
  (p, w) => `Any chance of a ${p} summary ${w}? Cheers`,
];

/** The writer as who gets it, no one else named. */
const ASKED: readonly ((period: string) => string)[] = [
  (p) => `Can you make sure I get a ${p} summary of new donations?`,
  (p) => `I'd like to receive a ${p} report of unpaid invoices, thanks!`,
  (p) => `We'd really appreciate a ${p} summary of the bookings`,
  (p) => `Could I have a ${p} summary of new families, if you don't mind?`,
  (p) => `I'd love a ${p} summary of donations, if that's not too much trouble`,
  (p) => `A ${p} recap of new volunteers, please`,
];

const build = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  for (const [period, cron] of PERIODS) {
    const cases: Case[] = [];
    for (const [where, step] of WHERE)
      for (const frame of FRAMES) cases.push([frame(period, where), cron, `report.summarize; ${step}`]);
    for (const asked of ASKED) cases.push([asked(period), cron, 'report.summarize; notify.team']);
    groups.set(period, cases);
  }
  return groups;
};

export const POLITE_REPORT_CLASS: ReadonlyMap<string, readonly Case[]> = build();

/** The full cross product, for the bench. */
export const POLITE_REPORT_PRODUCT: readonly Case[] = [...POLITE_REPORT_CLASS.values()].flat();
