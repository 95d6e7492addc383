import { UnprocessableError } from '../../shared/errors';
import type { Item } from '../repository';
import type { Invoice } from './schema';

/**
 * 422: a payment over what is due. The invoice model has no credit (paidCents past totalCents would make its balance
 * negative and every total built on it wrong), so the payment is refused and the invoice left as it was.
 */
export const overPaymentError = (invoice: Invoice, amountCents: number): UnprocessableError => {
  const balance = invoice.totalCents - invoice.paidCents;
  return new UnprocessableError(
    `A payment of ${amountCents} is more than the ${balance} invoice ${invoice.id} has due; an invoice records no credit`,
    [
      {
        path: 'body.amountCents',
        message: `${amountCents} is more than the balance due, ${balance} (total ${invoice.totalCents}, paid ${invoice.paidCents}); an invoice records no credit`,
      },
    ],
  );
};

/** The `paymentKey`s of the payments an invoice item has counted (a stored list, like reminderKeys). */
const countedPayments = (raw: Item): readonly unknown[] =>
  Array.isArray(raw.paymentKeys) ? raw.paymentKeys : [];

/**
 * A payment counted once per `paymentKey` (the idempotency key of the paying step): what markPaid stores with it, and
 * how it recognises the same payment made again (a retried step, partial payments included).
 */
export const countedOnce = (paymentKey: string) => ({
  attributes: (next: Invoice, raw: Item): Item => ({
    paymentKeys: [...countedPayments(raw), paymentKey],
    ...(next.status === 'paid' ? { paidByKey: paymentKey } : {}),
  }),
  madeBy: (raw: Item): boolean => raw.paidByKey === paymentKey || countedPayments(raw).includes(paymentKey),
});
