import type { Case } from './case';

/**
 * The trigger as a label, a record introduced then referred to, or the record as the subject (session 31, h6):
 * hand-written, in other trades' words than the generated class (classes/trigger-forms.ts).
 */
export const TRIGGER_FORMS: readonly Case[] = [
  ['Volunteer application → add them to the CRM', 'form.submitted', 'crm.createLead'],
  ['Subs overdue: email the member a reminder', 'invoice.overdue', 'invoice.sendReminder'],
  ['Session cancelled - post in #coaches', 'booking.cancelled', 'notify.slack'],
  ['Post in #accounts — invoice settled', 'invoice.paid', 'notify.slack'],
  [
    'Late fees → wait 3 days, then email the client a reminder',
    'invoice.overdue',
    'wait(P3D); invoice.sendReminder',
  ],
  [
    'Parents fill in consent forms on our site. Once a new one comes in, email the class teacher at teacher@example.com',
    'form.submitted',
    'email.send',
  ],
  [
    'We send invoices out by email. As soon as one is paid, post in #accounts',
    'invoice.paid',
    'notify.slack',
  ],
  [
    'Patients book appointments online. Whenever one is cancelled, let the front desk know on Slack',
    'booking.cancelled',
    'notify.slack',
  ],
  ['Every completed timesheet should be posted in #payroll', 'form.submitted', 'notify.slack'],
  ['Each returned waiver needs to be posted in #office', 'form.submitted', 'notify.slack'],
  ['Every new patient intake form should be added to the CRM', 'form.submitted', 'crm.createLead'],
];
