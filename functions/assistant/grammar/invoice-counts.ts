import type { EventName } from '../../../statemachines/events';
import type { Comparison } from '../../../statemachines/schema';
import { orMoreOrLess } from './comparison-parts';
import { type Atom, cmp, readOp } from './condition-words';

/** Counts an invoice keeps, read by condition-atom.ts: the days it is overdue, the reminders sent for it. */

const OP_WORDS = '((?:[^\\d\\s]+\\s+){0,4}(?:[^\\d\\s]+)?)';
const OVERDUE = new RegExp(
  `^(?:overdue|late|past due)\\s+(?:by\\s+)?${OP_WORDS}(\\d+)\\s+days?\\b|^${OP_WORDS}(\\d+)\\s+days?\\s+(?:overdue|late|past due)\\b`,
);
const BY = new RegExp(`^(?:by|for)\\s+${OP_WORDS}(\\d+)\\s+days?\\b`);
/**
 * "reminded 3 times"; "they've already had 2 or more reminders", "we've sent 3 reminders", "been sent more than 2
 * payment reminders": the reminders sent for the invoice, whoever is said to have sent or had them.
 */
const REMINDED = new RegExp(
  `^(?:been\\s+)?reminded\\s+${OP_WORDS}(\\d+)\\s+times?\\b|^(?:(?:we|i)\\b)?(?:'ve|\\s*have|\\s*has)?\\s*(?:already\\s+)?(?:had|received|got|gotten|been\\s+sent|sent(?:\\s+them)?)\\s+(?:already\\s+)?${OP_WORDS}(\\d+)(\\s+or\\s+(?:more|less|fewer))?\\s+(?:[a-z]+\\s+)?reminders?(?:\\s+already)?\\b`,
);
/** "more than 2 reminders have gone out", "3 or more reminders were sent": the count said first, then the reminders. */
const COUNT_SENT = new RegExp(
  `^${OP_WORDS}(\\d+)(\\s+or\\s+(?:more|less|fewer))?\\s+(?:[a-z]+\\s+)?reminders?\\s+(?:were|was|have\\s+been|had\\s+been|'ve\\s+been|went|have\\s+gone|had\\s+gone|'ve\\s+gone)\\s+(?:sent|out)\\b`,
);

/**
 * "we'd sent any reminders for it", "any reminders were sent", "it had reminders", "no reminders went out", "we never
 * sent a reminder": reminders sent for the invoice or none, with no number (more than 0, or 0). "We chased it" may
 * have been a call: not a reminder sent.
 */
const ANY_REMINDER =
  /^(?:(?:(?:we|i)(?:'d|'ve|\s+had|\s+have|\s+has)?\s+|(?:has|have|had|'s|'d)\s+)?(?:(?:already|ever)\s+)?(?:(?<never>never|didn't|did\s+not|haven't|have\s+not|hadn't|had\s+not)\s+(?:send|sent|had|have|get|got|been\s+sent)|sent|had|got|received|been\s+sent)\s+(?<none>no\s+)?(?:(?:any|some|a|an|one\s+or\s+more)\s+)?(?:payment\s+|overdue\s+)?reminders?|(?<nothing>no\s+)?(?:(?:any|some)\s+)?(?:payment\s+)?reminders?\s+(?:were|was|have\s+been|had\s+been|went|have\s+gone|had\s+gone)\s+(?:sent|out))(?:\s+(?:for|about|on)\s+(?:it|this|that|them|the\s+invoice))?(?![\w'-])/;

export const invoiceCountAt = (
  rest: string,
  pos: number,
  event: EventName | undefined,
  reminders: string | undefined,
  wrap: (c: Comparison) => Comparison,
): Atom | undefined => {
  const by = BY.exec(rest);
  const overdue = OVERDUE.exec(rest);
  if (by && event === 'invoice.overdue' && pos <= 1) {
    const tail = orMoreOrLess(rest.slice(by[0].length));
    const op = tail?.op ?? readOp((by[1] ?? '').trim())?.op ?? 'gte';
    return {
      comparison: wrap(cmp('trigger.daysOverdue', op, Number(by[2]))),
      length: pos + by[0].length + (tail?.length ?? 0),
      kind: 'invoice',
    };
  }
  if (overdue && event === 'invoice.overdue') {
    const tail = overdue[2] ? orMoreOrLess(rest.slice(overdue[0].length)) : undefined;
    const op = tail?.op ?? readOp((overdue[1] ?? overdue[3] ?? '').trim())?.op ?? 'gte';
    return {
      comparison: wrap(cmp('trigger.daysOverdue', op, Number(overdue[2] ?? overdue[4]))),
      length: pos + overdue[0].length + (tail?.length ?? 0),
      kind: 'invoice',
    };
  }
  const any = reminders ? ANY_REMINDER.exec(rest) : null;
  if (any && reminders) {
    const none = Boolean(any.groups?.never || any.groups?.none || any.groups?.nothing);
    return {
      comparison: wrap(none ? cmp(reminders, 'eq', 0) : cmp(reminders, 'gt', 0)),
      length: pos + any[0].length,
      kind: 'invoice',
    };
  }
  const reminded = REMINDED.exec(rest);
  const counted = reminded ? null : COUNT_SENT.exec(rest);
  if (counted && reminders) {
    const op =
      (counted[3] ? orMoreOrLess(counted[3])?.op : undefined) ??
      readOp((counted[1] ?? '').trim())?.op ??
      'gte';
    return {
      comparison: wrap(cmp(reminders, op, Number(counted[2]))),
      length: pos + counted[0].length,
      kind: 'invoice',
    };
  }
  if (!reminded || !reminders) return undefined;
  const tail = reminded[5] ? orMoreOrLess(reminded[5]) : undefined;
  const op = tail?.op ?? readOp((reminded[1] ?? reminded[3] ?? '').trim())?.op ?? 'gte';
  return {
    comparison: wrap(cmp(reminders, op, Number(reminded[2] ?? reminded[4]))),
    length: pos + reminded[0].length,
    kind: 'invoice',
  };
};
