import type { ActionOutput } from '../../../statemachines/catalogue';
import type { TaskMeta } from '../../../statemachines/contracts';
import { eventSource } from '../../../statemachines/events';
import {
  addDays,
  computeTotals,
  createInvoiceRepository,
  daysOverdue,
  type Invoice,
  listInvoicingTenants,
} from '../../data/invoices';
import { createLeadRepository, type Lead } from '../../data/leads';
import { NonRetriableError, NotFoundError } from '../../shared/errors';
import type { Clock, Database, EventPublisher, Mailer } from '../../shared/ports';
import { createTrackedSender } from '../email/send-tracked';
import { invoicesText } from '../found-text';
import { summariesWithin } from '../result-size';
import { type AgentParts, taskEntityId, taskEventId, taskIdempotencyKey } from '../runner';

const FIND_PAGE = 100;

type InvoiceSummary = ActionOutput<'invoice.find'>['invoices'][number];

const toInvoiceSummary = (invoice: Invoice): InvoiceSummary => ({
  id: invoice.id,
  number: invoice.number ?? null,
  status: invoice.status,
  customerEmail: invoice.customerEmail,
  customerName: invoice.customerName ?? null,
  leadId: invoice.leadId ?? null,
  currency: invoice.currency,
  totalCents: invoice.totalCents,
  paidCents: invoice.paidCents,
  dueDate: invoice.dueDate ?? null,
});

export interface BillingAgentDeps {
  readonly db: Database;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly mailer: Mailer;
  readonly fromAddress: string;
}

export const formatMoney = (cents: number, currency: string): string => {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
};

export const reminderEmail = (invoice: Invoice, now: Date, message?: string) => {
  const balance = invoice.totalCents - invoice.paidCents;
  const late = invoice.dueDate ? daysOverdue(invoice.dueDate, now) : 0;
  const when =
    late > 0
      ? `was due on ${invoice.dueDate} (${late} day${late === 1 ? '' : 's'} ago)`
      : `is due on ${invoice.dueDate}`;
  const greeting = invoice.customerName ? `Dear ${invoice.customerName},` : 'Hello,';
  return {
    subject: `Payment reminder: invoice ${invoice.number} ${late > 0 ? 'is overdue' : 'is due'}`,
    text: [
      greeting,
      '',
      `this is a reminder that invoice ${invoice.number} over ${formatMoney(balance, invoice.currency)} ${when}.`,
      ...(message ? ['', message] : []),
      '',
      'If you have already paid, please disregard this message.',
    ].join('\n'),
  };
};

const publishInvoiceEvent = (
  bus: EventPublisher,
  tenantId: string,
  name: 'invoice.created' | 'invoice.paid' | 'invoice.overdue',
  id: string,
  detail: Record<string, unknown>,
) => bus.publish([{ detailType: name, source: eventSource(name), id, detail: { tenantId, ...detail } }]);

export const createBillingAgent = (deps: BillingAgentDeps): AgentParts => {
  const invoices = createInvoiceRepository(deps);
  const leads = createLeadRepository(deps);
  const sendTracked = createTrackedSender(deps);
  const eventId = (meta: TaskMeta, name: string) => taskEventId(meta, name);

  /** The invoice's lead, else the lead with the customer's email (a lead deleted since: none). */
  const customerLead = async (tenantId: string, invoice: Invoice): Promise<Lead | undefined> => {
    if (invoice.leadId) {
      try {
        return await leads.get(tenantId, invoice.leadId);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    return leads.findByEmail(tenantId, invoice.customerEmail);
  };

  return {
    executors: {
      'invoice.create': async (input, meta) => {
        // A retry after a failure past the write (publishing, say) finds that invoice instead of issuing a second.
        const invoiceId = taskEntityId(meta, 'inv');
        const invoice =
          (await invoices.find(meta.tenantId, invoiceId)) ??
          (await invoices.create(meta.tenantId, input, { id: invoiceId }));
        await publishInvoiceEvent(
          deps.bus,
          meta.tenantId,
          'invoice.created',
          eventId(meta, 'invoice.created'),
          {
            invoice,
          },
        );
        return {
          invoiceId: invoice.id,
          number: invoice.number!,
          totalCents: invoice.totalCents,
          currency: invoice.currency,
          dueDate: invoice.dueDate!,
        };
      },

      'invoice.sendReminder': async (input, meta, task) => {
        const key = taskIdempotencyKey('invoice.sendReminder', meta);
        const current = await invoices.get(meta.tenantId, input.invoiceId);
        if (current.status !== 'open' && current.status !== 'overdue') {
          throw new NonRetriableError(
            `invoice ${current.number ?? current.id} is ${current.status}; no reminder sent`,
          );
        }
        const { invoice, reminderCount } = await invoices.recordReminder(meta.tenantId, input.invoiceId, key);
        const email = reminderEmail(invoice, deps.clock.now(), input.message);
        const lead = await customerLead(meta.tenantId, invoice);
        const { messageId } = await sendTracked(
          meta,
          {
            to: invoice.customerEmail,
            subject: email.subject,
            text: email.text,
            // A reply ("I paid yesterday") comes back as email.received naming the lead, like replies to email.send;
            // `kind` keeps "no reply to our email" workflows (filtered on it) from chasing a payment reminder.
            lead,
            kind: 'invoice-reminder',
            timelineText: `Invoice reminder sent: "${email.subject}"`,
            related: { invoiceId: invoice.id },
          },
          { lockSeconds: task?.lockSeconds },
        );
        return { invoiceId: invoice.id, reminderCount, messageId };
      },

      'invoice.find': async (input, meta) => {
        const wanted = input.limit ?? 100;
        // "unpaid" is open or overdue: the two statuses the unpaid index holds.
        const statuses = input.status === 'unpaid' ? (['overdue', 'open'] as const) : [input.status];
        const found: Invoice[] = [];
        for (const status of statuses) {
          let cursor: string | undefined;
          do {
            const page = await invoices.list(meta.tenantId, {
              ...(status ? { status } : {}),
              ...(input.customerEmail ? { customerEmail: input.customerEmail } : {}),
              ...(input.leadId ? { leadId: input.leadId } : {}),
              limit: Math.min(FIND_PAGE, wanted - found.length),
              ...(cursor ? { cursor } : {}),
            });
            found.push(...page.items);
            cursor = page.cursor;
          } while (cursor && found.length < wanted);
          if (found.length >= wanted) break;
        }
        const out = summariesWithin(found, toInvoiceSummary);
        return { invoices: out, count: out.length, text: invoicesText(out, input.status) };
      },

      'invoice.markPaid': async (input, meta) => {
        const { invoice, changed } = await invoices.markPaid(meta.tenantId, input.invoiceId, {
          ...(input.paidAt ? { paidAt: input.paidAt } : {}),
          ...(input.amountCents !== undefined ? { amountCents: input.amountCents } : {}),
          // A retry after invoice.paid failed to publish is told the payment was this step's, and publishes.
          paymentKey: taskIdempotencyKey('invoice.markPaid', meta),
        });
        if (changed && invoice.status === 'paid') {
          await publishInvoiceEvent(deps.bus, meta.tenantId, 'invoice.paid', eventId(meta, 'invoice.paid'), {
            invoice,
          });
        }
        return { invoiceId: invoice.id, status: invoice.status };
      },
    },
    previews: {
      'invoice.create': (input) => {
        const totals = computeTotals(input.lines, input.taxRateBps ?? 0);
        const today = deps.clock.now().toISOString().slice(0, 10);
        return {
          invoiceId: 'dry-run',
          number: 'dry-run',
          totalCents: totals.totalCents,
          currency: input.currency,
          dueDate: addDays(today, input.dueInDays ?? 14),
        };
      },
    },
  };
};

export interface OverdueReport {
  readonly tenants: number;
  readonly checked: number;
  readonly markedOverdue: number;
}

/**
 * Marks open invoices whose due date has passed as overdue (once) and emits invoice.overdue for each. Safe to run
 * repeatedly and concurrently: the open -> overdue transition is conditional, and the event id is derived from the
 * invoice so a duplicate publish is recognisable. Checks `onlyTenants` (or `deps.tenantIds`), else every tenant
 * that has issued invoices.
 */
export const detectOverdueInvoices = async (
  deps: Pick<BillingAgentDeps, 'db' | 'bus' | 'clock'> & { readonly tenantIds?: readonly string[] },
  now: Date,
  onlyTenants?: readonly string[],
): Promise<OverdueReport> => {
  const invoices = createInvoiceRepository(deps);
  const tenantIds = onlyTenants ?? deps.tenantIds ?? (await listInvoicingTenants(deps.db));
  let checked = 0;
  let markedOverdue = 0;
  for (const tenantId of tenantIds) {
    let cursor: string | undefined;
    do {
      const page = await invoices.listPastDue(tenantId, now, { limit: 100, ...(cursor ? { cursor } : {}) });
      for (const candidate of page.items) {
        checked++;
        const { invoice, changed } = await invoices.markOverdue(tenantId, candidate.id);
        if (!changed) continue;
        markedOverdue++;
        await publishInvoiceEvent(
          deps.bus,
          tenantId,
          'invoice.overdue',
          `invoice.overdue#${tenantId}#${invoice.id}`,
          {
            invoice,
            daysOverdue: daysOverdue(invoice.dueDate!, now),
          },
        );
      }
      cursor = page.cursor;
    } while (cursor);
  }
  return { tenants: tenantIds.length, checked, markedOverdue };
};
