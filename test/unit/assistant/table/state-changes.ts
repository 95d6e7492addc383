import type { Case } from './case';

/**
 * A lead's state change in the writer's words (session 32, h6): hand-written in other trades' words than the
 * generated class (classes/state-changes.ts).
 */
const WON = 'lead.updated {"changes.status.to":["customer"]}';
const LOST = 'lead.updated {"changes.status.to":["lost"]}';

export const STATE_CHANGES: readonly Case[] = [
  [
    'Member goes from free to paying (we set them to customer in HubSpot) -> send the welcome pack email',
    WON,
    'email.send',
  ],
  ['When a client is marked as signed (closed won in our CRM), post in #wins', WON, 'notify.slack'],
  ['Client moves from quoted to booked (won in the CRM) = ping #jobs', WON, 'notify.slack'],
  [
    'when a prospect goes from qualified to customer post in #wins and email me',
    'lead.updated {"changes.status.to":["customer"],"changes.status.from":["qualified"]}',
    'notify.slack; notify.team',
  ],
  ['Hi! Any time a tenant churns, let me know on Slack. Cheers', LOST, 'notify.slack'],
  ['Lost deal — email me', LOST, 'notify.team'],
  ['churned member email me', LOST, 'notify.team'],
  ['New pilot signup: post in #onboarding', 'lead.created {"lead.tags":["pilot"]}', 'notify.slack'],
  ['Once a student converts, add a note to their record', WON, 'crm.addNote'],
];

/** Events in a trade's words around the head, and an event joined to a negative wait (session 32, h6). */
export const EVENT_PHRASES_S32: readonly Case[] = [
  [
    'When the quote request form on our website gets filled in, forward it to quotes@example.com',
    'form.submitted',
    'email.send',
  ],
  [
    'whenever a job sheet comes in via jotform save it as a file',
    'form.submitted {"source":["jotform"]}',
    'files.create',
  ],
  [
    "If a parent fills in the enrolment form and hasn't booked a trial class within 4 days, email them",
    'form.submitted',
    'waitFor(booking.created,P4D,timeout:[email.send])',
  ],
  ['On receipt of payment for an invoice, post in #accounts', 'invoice.paid', 'notify.slack'],
  ['New kitchen enquiry: email me', 'lead.created', 'notify.team'],
];
