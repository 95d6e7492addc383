import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBillingAgent } from '../../../functions/agents/billing/agent';
import { createCalendarAgent } from '../../../functions/agents/calendar/agent';
import { createCrmAgent } from '../../../functions/agents/crm/agent';
import { createEmailAgent } from '../../../functions/agents/email/email';
import { type AgentParts, runAgentTask } from '../../../functions/agents/runner';
import { createBookingRepository } from '../../../functions/data/bookings';
import { createInvoiceRepository } from '../../../functions/data/invoices';
import type { OutgoingEmail, PublishedEvent } from '../../../functions/shared/ports';
import type { AgentName } from '../../../statemachines/catalogue';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { memoryFileStore } from '../../support/memory-files';

/**
 * A step whose write committed but whose event could not be published fails as retriable; the Step Functions
 * retry must find what the first attempt created instead of creating it again, and still publish the event.
 */
describe('agent steps retried after a partial failure', () => {
  let db: TestDatabase;
  const now = new Date('2026-03-02T08:00:00Z'); // a Monday
  const clock = { now: () => now };
  const events: PublishedEvent[] = [];
  let failNextPublish = false;
  const bus = {
    publish: async (e: readonly PublishedEvent[]) => {
      if (failNextPublish) {
        failNextPublish = false;
        throw Object.assign(new Error('bus unavailable'), { name: 'ServiceUnavailable' });
      }
      events.push(...e);
    },
  };
  const deps = () => ({ db, bus, clock });
  const sent: OutgoingEmail[] = [];
  const mailer = {
    send: async (e: OutgoingEmail) => {
      sent.push(e);
      return { messageId: `m-${sent.length}` };
    },
  };

  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const meta = (tenantId: string, executionId: string) => ({
    tenantId,
    workflowId: 'wf',
    runId: 'run',
    executionId,
    stepId: 'step',
    itemIndex: -1,
  });
  const run = (area: AgentName, parts: AgentParts, action: string, input: unknown, m: unknown) =>
    runAgentTask({ area, ...parts, deps: { db, clock }, payload: { action, input, meta: m } });
  const emitted = (name: string) => events.filter((e) => e.detailType === name);

  it('GIVEN calendar.schedule booked a slot but could not publish WHEN the step is retried THEN the same booking is returned, no second slot is taken and booking.created is published', async () => {
    const calendar = createCalendarAgent(deps());
    const m = meta('cal', 'exec-cal');
    failNextPublish = true;
    await expect(run('calendar', calendar, 'calendar.schedule', { title: 'Intro' }, m)).rejects.toMatchObject(
      {
        name: 'RetriableError',
      },
    );
    const retried = await run(
      'calendar',
      calendar,
      'calendar.schedule',
      { title: 'Intro' },
      { ...m, attempt: 1 },
    );
    const booked = await createBookingRepository(deps()).list('cal', {});
    expect(booked.items).toHaveLength(1);
    expect(retried.bookingId).toBe(booked.items[0]?.id);
    expect(emitted('booking.created').map((e) => e.detail.booking)).toMatchObject([
      { id: retried.bookingId },
    ]);
  });

  it('GIVEN invoice.create issued an invoice but could not publish WHEN the step is retried THEN the same invoice and number are returned, no second number is used and invoice.created is published', async () => {
    const billing = createBillingAgent({
      ...deps(),
      mailer,
      fromAddress: 'billing@example.com',
    });
    const m = meta('inv', 'exec-inv');
    const input = {
      customerEmail: 'c@example.com',
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: 1, unitPriceCents: 1000 }],
    };
    failNextPublish = true;
    await expect(run('billing', billing, 'invoice.create', input, m)).rejects.toMatchObject({
      name: 'RetriableError',
    });
    const retried = await run('billing', billing, 'invoice.create', input, { ...m, attempt: 1 });
    const issued = await createInvoiceRepository(deps()).list('inv', {});
    expect(issued.items).toHaveLength(1);
    expect(retried).toMatchObject({ invoiceId: issued.items[0]?.id, number: issued.items[0]?.number });
    expect(emitted('invoice.created').map((e) => e.detail.invoice)).toMatchObject([
      { id: retried.invoiceId },
    ]);
  });

  it('GIVEN crm.createLead stored a lead but could not publish WHEN the step is retried THEN it reports the lead as created and lead.created is published', async () => {
    const crm = createCrmAgent({ ...deps(), files: memoryFileStore() });
    const m = meta('crm', 'exec-crm');
    failNextPublish = true;
    await expect(run('crm', crm, 'crm.createLead', { email: 'new@example.com' }, m)).rejects.toMatchObject({
      name: 'RetriableError',
    });
    const retried = await run(
      'crm',
      crm,
      'crm.createLead',
      { email: 'new@example.com' },
      { ...m, attempt: 1 },
    );
    expect(retried.created).toBe(true);
    expect(emitted('lead.created').map((e) => e.detail.lead)).toMatchObject([{ id: retried.leadId }]);
    const other = await run(
      'crm',
      crm,
      'crm.createLead',
      { email: 'new@example.com' },
      meta('crm', 'exec-other'),
    );
    expect(other).toMatchObject({ created: false, leadId: retried.leadId });
    expect(emitted('lead.created')).toHaveLength(1);
  });

  it('GIVEN email.send sent the message but could not publish email.sent WHEN the step is retried THEN the message is not sent again and email.sent is published with its message id', async () => {
    const email = createEmailAgent({ ...deps(), mailer, llm: undefined, fromAddress: 'hello@example.com' });
    const m = meta('mail', 'exec-mail');
    const input = { to: 'ann@example.com', subject: 'Hello', body: 'Hi Ann' };
    const before = sent.length;
    failNextPublish = true;
    await expect(run('email', email, 'email.send', input, m)).rejects.toMatchObject({
      name: 'RetriableError',
    });
    const retried = await run('email', email, 'email.send', input, { ...m, attempt: 1 });
    expect(sent.length - before).toBe(1);
    expect(retried.messageId).toBe(`m-${sent.length}`);
    expect(emitted('email.sent').filter((e) => e.detail.tenantId === 'mail')).toMatchObject([
      { detail: { messageId: retried.messageId } },
    ]);
  });

  it('GIVEN invoice.sendReminder sent the reminder but could not publish WHEN the step is retried THEN the customer gets one reminder', async () => {
    const billing = createBillingAgent({ ...deps(), mailer, fromAddress: 'billing@example.com' });
    const invoice = await createInvoiceRepository(deps()).create('rem', {
      customerEmail: 'c@example.com',
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: 1, unitPriceCents: 1000 }],
    });
    const m = meta('rem', 'exec-rem');
    const before = sent.length;
    failNextPublish = true;
    await expect(
      run('billing', billing, 'invoice.sendReminder', { invoiceId: invoice.id }, m),
    ).rejects.toMatchObject({ name: 'RetriableError' });
    const retried = await run(
      'billing',
      billing,
      'invoice.sendReminder',
      { invoiceId: invoice.id },
      { ...m, attempt: 1 },
    );
    expect(sent.length - before).toBe(1);
    expect(retried).toMatchObject({ reminderCount: 1, messageId: `m-${sent.length}` });
  });

  it('GIVEN invoice.markPaid paid the invoice but could not publish WHEN the step is retried THEN invoice.paid is published once; paying an invoice someone else paid publishes nothing', async () => {
    const billing = createBillingAgent({ ...deps(), mailer, fromAddress: 'billing@example.com' });
    const repo = createInvoiceRepository(deps());
    const lines = [{ description: 'Work', quantity: 1, unitPriceCents: 1000 }];
    const invoice = await repo.create('paid', { customerEmail: 'c@example.com', currency: 'EUR', lines });
    const m = meta('paid', 'exec-paid');
    failNextPublish = true;
    await expect(
      run('billing', billing, 'invoice.markPaid', { invoiceId: invoice.id }, m),
    ).rejects.toMatchObject({
      name: 'RetriableError',
    });
    const retried = await run(
      'billing',
      billing,
      'invoice.markPaid',
      { invoiceId: invoice.id },
      { ...m, attempt: 1 },
    );
    expect(retried).toEqual({ invoiceId: invoice.id, status: 'paid' });
    const paidEvents = () => emitted('invoice.paid').filter((e) => e.detail.tenantId === 'paid');
    expect(paidEvents().map((e) => e.detail.invoice)).toMatchObject([{ id: invoice.id }]);

    const other = await repo.create('paid', { customerEmail: 'd@example.com', currency: 'EUR', lines });
    await repo.markPaid('paid', other.id);
    await run('billing', billing, 'invoice.markPaid', { invoiceId: other.id }, meta('paid', 'exec-paid-2'));
    expect(paidEvents()).toHaveLength(1);
  });

  it('GIVEN calendar.cancel cancelled the booking but could not publish WHEN the step is retried THEN booking.cancelled is published once; cancelling a booking someone else cancelled publishes nothing', async () => {
    const calendar = createCalendarAgent(deps());
    const bookings = createBookingRepository(deps());
    const slot = { title: 'Call', start: '2026-03-03T10:00:00.000Z', end: '2026-03-03T10:30:00.000Z' };
    const booking = await bookings.create('cxl', slot);
    const m = meta('cxl', 'exec-cxl');
    failNextPublish = true;
    await expect(
      run('calendar', calendar, 'calendar.cancel', { bookingId: booking.id }, m),
    ).rejects.toMatchObject({
      name: 'RetriableError',
    });
    const retried = await run(
      'calendar',
      calendar,
      'calendar.cancel',
      { bookingId: booking.id },
      { ...m, attempt: 1 },
    );
    expect(retried).toEqual({ bookingId: booking.id, status: 'cancelled' });
    const cancelled = () => emitted('booking.cancelled').filter((e) => e.detail.tenantId === 'cxl');
    expect(cancelled().map((e) => e.detail.booking)).toMatchObject([{ id: booking.id }]);

    const other = await bookings.create('cxl', {
      ...slot,
      start: '2026-03-03T11:00:00.000Z',
      end: '2026-03-03T11:30:00.000Z',
    });
    await bookings.cancel('cxl', other.id);
    await run('calendar', calendar, 'calendar.cancel', { bookingId: other.id }, meta('cxl', 'exec-cxl-2'));
    expect(cancelled()).toHaveLength(1);
    expect(Object.keys(await bookings.get('cxl', booking.id))).not.toContain('cancelledByKey');
  });

  it('GIVEN crm.updateLead changed the lead but could not publish WHEN the step is retried THEN lead.updated is published once with the changes', async () => {
    const crm = createCrmAgent({ ...deps(), files: memoryFileStore() });
    const { leadId } = await run(
      'crm',
      crm,
      'crm.createLead',
      { email: 'upd@example.com' },
      meta('upd', 'exec-upd-0'),
    );
    const m = meta('upd', 'exec-upd');
    failNextPublish = true;
    await expect(run('crm', crm, 'crm.updateLead', { leadId, status: 'qualified' }, m)).rejects.toMatchObject(
      {
        name: 'RetriableError',
      },
    );
    await run('crm', crm, 'crm.updateLead', { leadId, status: 'qualified' }, { ...m, attempt: 1 });
    const updated = () => emitted('lead.updated').filter((e) => e.detail.tenantId === 'upd');
    expect(updated().map((e) => e.detail.changes)).toEqual([{ status: { from: 'new', to: 'qualified' } }]);
    await run('crm', crm, 'crm.updateLead', { leadId, status: 'qualified' }, meta('upd', 'exec-upd-2'));
    expect(updated()).toHaveLength(1);
  });
});
