import { describe, expect, it } from 'vitest';
import { FORM_SOURCES, mapWebhook } from '../../../functions/webhooks/mapping';
import { ACTION_NAMES, CATALOGUE } from '../../../statemachines/catalogue';
import { EVENT_DETAILS } from '../../../statemachines/event-details';
import type { EventName } from '../../../statemachines/events';
import { validateWorkflow } from '../../../statemachines/validate';

type Json = Record<string, unknown>;

describe('actions that publish', () => {
  it('GIVEN the catalogue WHEN read THEN exactly the publishing actions declare the event they emit', () => {
    const emits = Object.fromEntries(
      ACTION_NAMES.flatMap((a) => {
        const e = (CATALOGUE[a] as { emits?: EventName }).emits;
        return e ? [[a, e]] : [];
      }),
    );
    expect(emits).toStrictEqual({
      'email.send': 'email.sent',
      'crm.createLead': 'lead.created',
      'crm.updateLead': 'lead.updated',
      'calendar.schedule': 'booking.created',
      'calendar.cancel': 'booking.cancelled',
      'invoice.create': 'invoice.created',
      'invoice.sendReminder': 'email.sent',
      'invoice.markPaid': 'invoice.paid',
      'files.create': 'file.updated',
    });
  });

  it('GIVEN a lead.updated workflow WHEN it updates the lead without a filter THEN the validator reports the loop from the catalogue', () => {
    const report = validateWorkflow({
      name: 'loop',
      trigger: { type: 'event', event: 'lead.updated' },
      steps: [
        { id: 'u', action: 'crm.updateLead', input: { leadId: '{{trigger.lead.id}}', status: 'contacted' } },
      ],
    });
    expect(report.issues.map((i) => i.code)).toContain('self-trigger-loop');
  });
});

describe('webhook mapping publishes contract details', () => {
  const tracking = {
    resolve: async () => ({ trackingId: 'trk-123456', leadId: 'lead-1' }),
    leadIdForTracking: async () => 'lead-1',
  } as unknown as Parameters<typeof mapWebhook>[4];

  it.each([
    ['with tracking', tracking],
    ['without tracking', undefined],
  ])('GIVEN an inbound email %s WHEN mapped THEN the email.received detail parses', async (_, resolver) => {
    const mapped = await mapWebhook(
      't1',
      'email',
      'd-1',
      {
        from: 'Ada <ADA@example.com>',
        to: 'reply+trk-123456@in.example.com',
        subject: 'Re: hi',
        text: 'yes',
      },
      resolver,
    );
    expect(mapped.detailType).toBe('email.received');
    expect(EVENT_DETAILS['email.received'].parse(mapped.detail)).toMatchObject({ from: 'ada@example.com' });
  });

  it('GIVEN an inbound email that resolves to a lead WHEN mapped THEN the detail carries the lead summary; unresolved, lead is null', async () => {
    const lead = {
      id: 'lead-1',
      email: 'ada@example.com',
      name: 'Ada',
      company: null,
      status: 'contacted' as const,
      value: null,
      tags: [],
    };
    const payload = { from: 'ada@example.com', to: 'reply+trk-123456@in.example.com', text: 'yes' };
    const withLead = await mapWebhook('t1', 'email', 'd-5', payload, {
      resolve: async () => ({ trackingId: 'trk-123456', leadId: 'lead-1', lead }),
    });
    expect(EVENT_DETAILS['email.received'].parse(withLead.detail)).toMatchObject({ leadId: 'lead-1', lead });
    const without = await mapWebhook('t1', 'email', 'd-6', payload, undefined);
    expect(EVENT_DETAILS['email.received'].parse(without.detail)).toMatchObject({ leadId: null, lead: null });
    const { lead: _lead, ...withoutLead } = without.detail;
    expect(EVENT_DETAILS['email.received'].safeParse(withoutLead).success).toBe(false);
  });

  const forms: Record<(typeof FORM_SOURCES)[number], Json> = {
    form: { form: 'Contact', email: 'ada@example.com', name: 'Ada' },
    typeform: {
      form_response: {
        form_id: 'f',
        definition: { title: 'Signup' },
        answers: [{ type: 'email', email: 'ada@example.com', field: { id: 'x', ref: 'email' } }],
      },
    },
    tally: { data: { formName: 'Tally', fields: [{ label: 'Email', value: 'ada@example.com' }] } },
    webflow: { payload: { name: 'Webflow', data: { Email: 'ada@example.com' } } },
    jotform: { formTitle: 'Jot', rawRequest: '{"email":"ada@example.com"}' },
  };
  it.each(FORM_SOURCES)(
    'GIVEN a %s submission WHEN mapped THEN the form.submitted detail parses',
    async (source) => {
      const mapped = await mapWebhook('t1', source, 'd-2', forms[source], undefined);
      expect(mapped.detailType).toBe('form.submitted');
      const detail = EVENT_DETAILS['form.submitted'].parse(mapped.detail);
      expect(detail.lead?.email).toBe('ada@example.com');
    },
  );

  it('GIVEN a form submission without an email WHEN mapped THEN the detail still parses with lead null', async () => {
    const mapped = await mapWebhook('t1', 'form', 'd-3', { message: 'hello' }, undefined);
    expect(EVENT_DETAILS['form.submitted'].parse(mapped.detail).lead).toBeNull();
  });

  it.each([[{ any: 'json' }], [[1, 2]], ['text']] as [unknown][])(
    'GIVEN a generic webhook payload %j WHEN mapped THEN the webhook.received detail parses',
    async (payload) => {
      const mapped = await mapWebhook('t1', 'stripe', 'd-4', payload, undefined);
      expect(mapped.detailType).toBe('webhook.received');
      expect(EVENT_DETAILS['webhook.received'].parse(mapped.detail)).toMatchObject({
        webhook: { source: 'stripe', deliveryId: 'd-4' },
      });
    },
  );
});
