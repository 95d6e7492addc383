import type { ValidationContext } from './context';
import type { Path } from './issues';

/**
 * `invoice.overdue` is published once, by the first daily overdue sweep after the due date (dueInDays is never
 * negative, so an invoice is never issued already past due): its `daysOverdue` is then 1, and more only when the
 * sweep could not run for days.
 */
const DAYS_OVERDUE_WHEN_PUBLISHED = 1;

const holdsAt = (op: string, value: number, actual: number): boolean | undefined => {
  switch (op) {
    case 'eq':
      return actual === value;
    case 'ne':
      return actual !== value;
    case 'gt':
      return actual > value;
    case 'gte':
      return actual >= value;
    case 'lt':
      return actual < value;
    case 'lte':
      return actual <= value;
    default:
      return undefined;
  }
};

/**
 * Warns about a comparison on `trigger.daysOverdue` of an `invoice.overdue` workflow that does not hold when the event
 * is published: it saves and runs, but its branch (almost) never does, which a reader of "more than 30 days overdue"
 * would not guess.
 */
export const checkDaysOverdueAtPublication = (
  ctx: ValidationContext,
  comparison: { readonly path: string; readonly op: string; readonly value: unknown },
  path: Path,
): void => {
  const { op, value } = comparison;
  if (ctx.triggerEvent !== 'invoice.overdue' || comparison.path !== 'trigger.daysOverdue') return;
  if (typeof value !== 'number' || holdsAt(op, value, DAYS_OVERDUE_WHEN_PUBLISHED) !== false) return;
  ctx.warn(
    [...path, op],
    'condition-rarely-holds',
    `invoice.overdue is published once, by the daily overdue sweep on the first day after the due date, so trigger.daysOverdue is ${DAYS_OVERDUE_WHEN_PUBLISHED} then (more only when the sweep could not run for days): "${op}": ${value} almost never holds. To act ${value} days after the due date, wait for invoice.paid on this invoice with a timeout of P${Math.max(1, Math.ceil(value) - DAYS_OVERDUE_WHEN_PUBLISHED)}D (a waitFor: its steps run when it is still unpaid), or run on a schedule and find the overdue invoices (invoice.find)`,
  );
};
