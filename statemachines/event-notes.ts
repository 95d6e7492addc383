import type { EventName } from './events';

/**
 * Notes on event detail fields (statemachines/event-details.ts) for the events reference (events-docs.ts,
 * docs/workflow-language.md): the docs are their only reader, so no function's bundle carries them.
 */
export const EVENT_FIELD_NOTES: { readonly [E in EventName]?: Readonly<Record<string, string>> } = {
  'lead.updated': {
    changes: 'changed fields, each { from, to }: { "status": { "from": "new", "to": "contacted" } }',
  },
  'email.received': {
    from: 'sender address, lower case',
    to: 'every To and Cc address, lower case; a filter `{"to": ["orders@x.com"]}` matches mail naming it among others',
    trackingId: 'the email.sent it answers, when recognised',
    leadId: 'the lead of that email.sent (inbound mail: else the lead with the sender address)',
    lead: 'the lead of that email.sent, when known',
    sender: 'inbound mail (SES, POST /inbound/email): the From mailbox',
    attachments: 'inbound mail: attachments saved as files',
    correlatedBy: 'inbound mail: how leadId was found',
    flags: 'inbound mail: SES verdicts that did not pass (`spam:FAIL`)',
  },
  'email.sent': {
    kind: '"message": email.send; "invoice-reminder": invoice.sendReminder',
    invoiceId: 'invoice-reminder only',
    lead: 'present when the recipient is a lead',
  },
  'file.updated': {
    created: 'false when an existing file was replaced',
  },
  'form.submitted': {
    source: 'the webhook source: form, typeform, tally, webflow, jotform',
    lead: 'the submitter, when a field holds an email address',
  },
  'booking.created': {
    leadId: 'same as booking.leadId',
    lead: 'present when the booking names a lead',
  },
  'booking.cancelled': {
    reason: '"deleted" when the booking was deleted through the API',
  },
  'workflow.started': {
    eventId: 'the event that started the run',
  },
  'webhook.received': {
    payload: 'the JSON body as sent',
  },
};
