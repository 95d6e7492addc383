import type { Case } from '../table/case';

/**
 * The trigger in the forms writers use besides "When …" (session 31, h6; grammar/trigger-forms.ts): a heading or
 * label naming the record and its state ("Enquiry form -", "Rent overdue →"), a record introduced by a statement and
 * then referred to ("We get enquiries through the website form. Whenever a new one comes in, …"), and the record as
 * the subject of what should be done ("Every paid invoice should trigger …"). Generated over independent dimensions
 * crossed: trigger form × record and state × joint × action × second action × framing. The lead told h6 the miss
 * classes of sealed sets 25/26 (class 1: "the trigger written as a label or a habit"), without their requests; the
 * requests below are invented here, in other trades' words than the examples given.
 */

/** A label, the event it names. */
const LABELS: readonly (readonly [string, string])[] = [
  ['Enquiry form', 'form.submitted'],
  ['New contact form submission', 'form.submitted'],
  ['Membership application', 'form.submitted'],
  ['Intake questionnaire', 'form.submitted'],
  ['New consultation booking', 'booking.created'],
  ['Cancelled appointment', 'booking.cancelled'],
  ['Tasting cancelled', 'booking.cancelled'],
  ['Invoice paid', 'invoice.paid'],
  ['Paid invoices', 'invoice.paid'],
  ['Rent overdue', 'invoice.overdue'],
  ['Overdue fees', 'invoice.overdue'],
  ['Late invoices', 'invoice.overdue'],
  ['New enquiry', 'lead.created'],
  // the event said as a noun, the record after "of", after "on"/"upon" or alone
  ['Upon payment of an invoice', 'invoice.paid'],
  ['Submission of the intake form', 'form.submitted'],
];

/** What joins the label to the actions. */
const JOINTS = [': ', ' - ', ' – ', ' — ', ' → ', ' -> ', '? '];

/** The first action and its step; the second action (after "and") and its step. */
const ACTIONS: readonly (readonly [string, string])[] = [
  ['email me', 'notify.team'],
  ['post in #office', 'notify.slack'],
  ['let me know on Slack', 'notify.slack'],
];
const SECOND: readonly (readonly [string, string])[] = [
  ['', ''],
  [' and email the office manager at office@example.com', 'email.send'],
];

/** Framing around the request, which passes. */
const FRAMES: readonly ((r: string) => string)[] = [(r) => r, (r) => `Hi team! ${r}. Thanks!`];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const steps = (first: string, second: string): string => (second ? `${first}; ${second}` : first);

/** The label first, a joint, the actions. */
export const LABEL_PRODUCT: readonly Case[] = LABELS.flatMap(([label, event]) =>
  JOINTS.flatMap((joint) =>
    ACTIONS.flatMap(([action, step]) =>
      SECOND.flatMap(([then, second]) =>
        FRAMES.map((frame): Case => [frame(`${label}${joint}${action}${then}`), event, steps(step, second)]),
      ),
    ),
  ),
);

/** The actions first, then the label after a dash or an arrow. */
export const LABEL_AFTER_PRODUCT: readonly Case[] = LABELS.flatMap(([label, event]) =>
  [' - ', ' — ', ' → '].flatMap((joint) =>
    ACTIONS.map(([action, step]): Case => [`${cap(action)}${joint}${label.toLowerCase()}`, event, step]),
  ),
);

/** A statement that introduces a record, the event an anaphor for it says, the event. */
const INTRODUCED: readonly (readonly [string, string, string])[] = [
  ['We get enquiries through the website form.', 'a new one comes in', 'lead.created'],
  ['We use a booking form on our site.', 'a new one comes in', 'form.submitted'],
  ['Our members send us applications through the portal.', 'a new one arrives', 'form.submitted'],
  ['Clients book consultations online.', 'one is cancelled', 'booking.cancelled'],
  ['We raise invoices by hand.', 'one is paid', 'invoice.paid'],
  ['We raise invoices by hand.', "one's paid", 'invoice.paid'],
  ['We raise invoices by hand.', 'one goes overdue', 'invoice.overdue'],
];
const ANAPHOR_OPENERS = ['When', 'Whenever', 'Each time', 'As soon as', 'Once'];

export const ANAPHOR_PRODUCT: readonly Case[] = INTRODUCED.flatMap(([statement, does, event]) =>
  ANAPHOR_OPENERS.flatMap((opener) =>
    ACTIONS.flatMap(([action, step]) =>
      SECOND.map(
        ([then, second]): Case => [
          `${statement} ${opener} ${does}, ${action}${then}.`,
          event,
          steps(step, second),
        ],
      ),
    ),
  ),
);

/** The record as the subject of what should be done: its noun phrase, the event, a determiner. */
const SUBJECTS: readonly (readonly [string, string])[] = [
  ['submission of the enquiry form', 'form.submitted'],
  ['new membership application', 'form.submitted'],
  ['new consultation booking', 'booking.created'],
  ['cancelled appointment', 'booking.cancelled'],
  ['paid invoice', 'invoice.paid'],
  ['overdue invoice', 'invoice.overdue'],
];
const QUANTIFIERS = ['Every', 'Each'];
/** What should be done, said around the record, and its step. */
const DONE: readonly (readonly [string, string])[] = [
  ['should trigger a Slack alert in #office', 'notify.slack'],
  ['should kick off a Slack post in #office', 'notify.slack'],
  ['should be posted in #office', 'notify.slack'],
  ['needs to be posted in #office', 'notify.slack'],
  ['must notify the team', 'notify.team'],
];

export const SUBJECT_PRODUCT: readonly Case[] = SUBJECTS.flatMap(([np, event]) =>
  QUANTIFIERS.flatMap((q) =>
    DONE.flatMap(([done, step]) => FRAMES.map((frame): Case => [frame(`${q} ${np} ${done}`), event, step])),
  ),
);

/**
 * Must be refused: a label naming no event of the catalogue (a person, all of a record, a record the catalogue does
 * not keep), a statement introducing nothing the catalogue records, an event that does not exist, and a subject
 * with no event ("every client", "every invoice should be paid within 30 days").
 */
export const NOT_TRIGGERS: readonly string[] = [
  ...['Clients', 'Tenants', 'Invoices', 'Rent review', 'Key handover', 'Lease renewals'].flatMap((label) =>
    JOINTS.slice(0, 5).map((joint) => `${label}${joint}email me`),
  ),
  'We hand keys over at check-in. When one is returned, email me',
  'We mark a tenancy as let once the lease is signed. When that happens, email the landlord',
  'Our lockers get assigned by hand. Whenever one is assigned, post in #office',
  'Every client should get a welcome email',
  'Every invoice should be paid within 30 days',
  'Each tenant needs a key',
  // an anaphor with nothing before it to say what it is (on main: every new lead, with a test of its status)
  "We're a lettings agency. When a new one comes in, email me",
  'When a new one comes in, email me.',
  'Thanks for this! Whenever a new one arrives, post in #office',
  // a statement that picks some records out is not only an introduction: it stays, for the grammars to refuse
  'Our VIP clients book consultations online. When one is cancelled, email me.',
  'We get big orders from Acme through the portal. When a new one comes in, email me.',
];
