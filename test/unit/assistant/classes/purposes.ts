import type { Case } from '../table/case';

/**
 * Records named by what they are for (session 29): "a donation invoice", "the subs invoice", "a membership renewal
 * invoice", "unpaid tuition invoices". The head noun decides the record; the word before it is the business's
 * purpose for every invoice, nothing to test (an invoice records no kind), so it is neither a filter nor a refusal.
 * A part of a payment said by place ("final", "interim") picks some invoices out and stays refused. Slots: the purpose × the
 * event or the records in bulk × the action × the introducing word.
 */

const PURPOSES: readonly string[] = [
  'donation',
  'subs',
  'membership',
  'membership renewal',
  'registration',
  'tuition',
  'camp',
  'sponsorship',
  'enrolment',
  'trip',
];

const EVENTS: readonly (readonly [say: (p: string) => string, event: string])[] = [
  [(p) => `a ${p} invoice is paid`, 'invoice.paid'],
  [(p) => `a ${p} invoice gets paid`, 'invoice.paid'],
  [(p) => `a new ${p} invoice is created`, 'invoice.created'],
  [(p) => `a ${p} invoice becomes overdue`, 'invoice.overdue'],
  [(p) => `a ${p} invoice goes past its due date`, 'invoice.overdue'],
];

const ACTIONS: readonly (readonly [said: string, steps: string])[] = [
  ['notify #treasurer', 'notify.slack'],
  ['ping me', 'notify.team'],
];

const INTROS: readonly ((event: string, act: string) => string)[] = [
  (e, a) => `When ${e}, ${a}`,
  (e, a) => `Whenever ${e} please ${a}`,
  (e, a) => `${a} as soon as ${e}`,
];

/** Many records named by what they are for, on a schedule. */
const BULK: readonly ((p: string) => string)[] = [
  (p) => `remind everyone with an unpaid ${p} invoice`,
  (p) => `chase all overdue ${p} invoices`,
  (p) => `send a reminder to every family with an outstanding ${p} invoice`,
];

const build = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  PURPOSES.forEach((purpose, p) => {
    const cases: Case[] = [];
    EVENTS.forEach(([say, event], e) => {
      ACTIONS.forEach(([act, steps], a) => {
        const intro = INTROS[(p + e + a) % INTROS.length];
        if (intro) {
          const said = intro(say(purpose), act);
          cases.push([said.charAt(0).toUpperCase() + said.slice(1), event, steps]);
        }
      });
    });
    for (const bulk of BULK)
      cases.push([
        `Every Monday, ${bulk(purpose)}`,
        'cron(0 9 ? * MON *)',
        'invoice.find; forEach[invoice.sendReminder]',
      ]);
    groups.set(purpose, cases);
  });
  return groups;
};

export const PURPOSE_CLASS: ReadonlyMap<string, readonly Case[]> = build();

/** Parts of a payment said by place pick some invoices out: refused, quoted ("deposit" names them all, session 30). */
export const PORTION_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ['When a partial invoice is paid, notify #ops', 'partial invoice'],
  ['When a final invoice is paid, notify #ops', 'final invoice'],
  ['When an interim invoice becomes overdue, ping me', 'interim invoice'],
];

/** The full cross product, for the bench. */
export const PURPOSE_PRODUCT: readonly Case[] = [...PURPOSE_CLASS.values()].flat();
