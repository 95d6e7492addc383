import { UnprocessableError } from '../../shared/errors';
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
