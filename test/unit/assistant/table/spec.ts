import type { Case } from './case';

/**
 * Spec and ticket lines as sales-ops people write them: catalogue event names written literally, `field op value`
 * comparisons and assignments, statuses as slugs, tag lists in brackets (grammar/notation.ts).
 */
export const SPEC: readonly Case[] = [
  ['lead.created -> send welcome email', 'lead.created', 'email.send'],
  ['invoice.paid: send a thank-you email to the customer', 'invoice.paid', 'email.send'],
  ['On `booking.cancelled`, notify the team on Slack', 'booking.cancelled', 'notify.slack'],
  ['trigger: invoice.overdue. Action: send invoice reminder', 'invoice.overdue', 'invoice.sendReminder'],
  [
    'invoice.overdue -> if daysOverdue > 45, notify finance',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 45)[notify.team]',
  ],
  [
    'lead.created: if source == "webinar", send a follow-up email',
    'lead.created',
    'if(trigger.lead.source eq "webinar")[email.send]',
  ],
  [
    'Invoice.created -> if total > $15k, notify the CFO',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 1500000)[notify.team]',
  ],
  [
    'lead.updated with status = closed-won -> notify the AM',
    'lead.updated',
    'if(trigger.lead.status eq "customer")[notify.team]',
  ],
  [
    'form.submitted -> create lead with tags: [event-2026]',
    'form.submitted',
    'crm.createLead; crm.updateLead',
  ],
  [
    'lead.created: if value > 10k, status = qualified; else status = contacted',
    'lead.created',
    'if(trigger.lead.value gt 10000)[crm.updateLead]else[crm.updateLead]',
  ],
  ['Send a welcome email on every lead.created event', 'lead.created', 'email.send'],
  ['deal.won -> notify #sales', 'lead.updated {"changes.status.to":["customer"]}', 'notify.slack'],
  [
    'email.received -> if email.subject contains "pricing", notify #sales',
    'email.received',
    'if(trigger.subject contains "pricing")[notify.slack]',
  ],
  ['On form fill -> create lead', 'form.submitted', 'crm.createLead'],
  ['On inbound reply -> Slack DM to Anna', 'email.received', 'notify.team'],
  ['invoice.overdue -> start dunning', 'invoice.overdue', 'invoice.sendReminder'],
  ['On closed-lost, notify the AM', 'lead.updated {"changes.status.to":["lost"]}', 'notify.team'],
  [
    'EOM (last calendar day): send the AR report to the team email',
    'cron(0 9 L * ? *)',
    'report.summarize; notify.team',
  ],
  ['lead.created -> notify the assigned AE -> my email', 'lead.created', 'notify.team; notify.team'],
  [
    'lead.created -> Day 0: welcome email. Day 3: follow-up email. Day 7: notify the AM.',
    'lead.created',
    'email.send; wait(P3D); email.send; wait(P4D); notify.team',
  ],
  [
    'booking.created -> must confirm within 24h, else notify the AM',
    'booking.created',
    'waitFor(email.received,P1D,timeout:[notify.team])',
  ],
  [
    'invoice.created -> wait 14d. Paid: thank them. Not paid: send reminder.',
    'invoice.created',
    'waitFor(invoice.paid,P14D,event:[email.send],timeout:[invoice.sendReminder])',
  ],
  [
    'Every weekday except Friday at 9am, post a summary to #sales',
    'cron(0 9 ? * MON,TUE,WED,THU *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every Monday, email all leads with no reply for 7d a follow up',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "Every day at 9am, email today's attendees a reminder",
    'cron(0 9 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'IF invoice.overdue AND daysOverdue >= 14 THEN send reminder',
    'invoice.overdue',
    'if(trigger.daysOverdue gte 14)[invoice.sendReminder]',
  ],
  [
    'lead.created (source: webinar) -> welcome email',
    'lead.created',
    'if(trigger.lead.source eq "webinar")[email.send]',
  ],
  [
    'lead.created -> T+1d: intro email; T+4d: follow-up; T+10d: breakup email. Stop if they reply.',
    'lead.created',
    'wait(P1D); email.send; waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P6D,timeout:[email.send])])',
  ],
  [
    'When lead.status = customer -> notify #sales',
    'lead.updated {"changes.status.to":["customer"]}',
    'notify.slack',
  ],
  [
    'invoice.created: total ≥ €250 → notify finance; else nothing',
    'invoice.created',
    'if(trigger.invoice.totalCents gte 25000)[notify.team]',
  ],
];
