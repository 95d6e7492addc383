import type { Case } from '../table/case';

/**
 * Events said with a person as their subject (session 29), as a grammar of independent slots: who (any noun a
 * business calls its people by, with any determiner, "someone", "one of our …") × the verb, in several forms, whose
 * meaning names the catalogue event (joining → lead.created; giving or paying → invoice.paid; booking →
 * booking.created; cancelling → booking.cancelled; filling in a form → form.submitted; writing to us →
 * email.received) × the word that introduces it (when, once, as soon as, whenever, every time, an arrow after it) ×
 * the action. Also the thing given or the joining said as a noun ("new donation →", "registration received →").
 */

const WHO: readonly string[] = [
  'a parent',
  'a donor',
  'a new member',
  'a volunteer',
  'someone',
  'a family',
  'one of our supporters',
  'a guardian',
  'the student',
  'any new sponsor',
];

const VERBS: readonly (readonly [event: string, forms: readonly string[]])[] = [
  [
    'lead.created',
    ['signs up', 'has signed up', 'registers', 'joins', 'enrols', 'subscribes', 'becomes a member'],
  ],
  [
    'invoice.paid',
    [
      'gives',
      'donates',
      'has donated',
      'pays',
      'makes a donation',
      'makes a payment',
      'pays their subs',
      'settles their fees',
    ],
  ],
  ['booking.created', ['books a shift', 'books a call', 'reserves a place', 'booked a tour']],
  ['booking.cancelled', ['cancels', 'cancels their booking', 'cancelled their session']],
  [
    'form.submitted',
    ['fills in the form', 'fills out the volunteer form', 'submits the application', 'completes the survey'],
  ],
  ['email.received', ['replies', 'emails us', 'writes back', 'gets back to us']],
];

const ACTIONS: readonly (readonly [said: string, steps: string])[] = [
  ['notify #team', 'notify.slack'],
  ['ping me', 'notify.team'],
  ['email them a thank-you', 'email.send'],
];

const PLACES: readonly ((who: string, verb: string, act: string) => string)[] = [
  (w, v, a) => `When ${w} ${v}, ${a}`,
  (w, v, a) => `Once ${w} ${v}, ${a}`,
  (w, v, a) => `As soon as ${w} ${v}, ${a}`,
  (w, v, a) => `Whenever ${w} ${v} please ${a}`,
  (w, v, a) => `${a} every time ${w} ${v}`,
  (w, v, a) => `${w} ${v} -> ${a}`,
];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const build = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  for (const [event, forms] of VERBS)
    WHO.forEach((who, w) => {
      const cases: Case[] = [];
      forms.forEach((verb, v) => {
        ACTIONS.forEach(([act, steps], a) => {
          const place = PLACES[(w + v + a) % PLACES.length];
          if (place) cases.push([capital(place(who, verb, act)), event, steps]);
        });
      });
      groups.set(`${who} × ${event}`, cases);
    });
  return groups;
};

export const PERSON_EVENT_CLASS: ReadonlyMap<string, readonly Case[]> = build();

/** The thing given or the joining, said as a noun, before an arrow or as the subject. */
export const NOUN_EVENT_CASES: readonly Case[] = [
  ['new donation -> thank-you email', 'invoice.paid', 'email.send'],
  ['donation received -> thank the donor by email', 'invoice.paid', 'email.send'],
  ['When a donation comes in, notify #fundraising', 'invoice.paid', 'notify.slack'],
  ['New online gift → ping me', 'invoice.paid', 'notify.team'],
  ['Whenever a contribution is received, add a note', 'invoice.paid', 'crm.addNote'],
  ['new registration -> welcome email', 'lead.created', 'email.send'],
  ['When a registration comes in, notify #office', 'lead.created', 'notify.slack'],
  ['new enrolment → send them the handbook', 'lead.created', 'email.send'],
  ['consult booked → send the intake form', 'booking.created', 'email.send'],
  [
    'When a donation over $250 comes in, notify #fundraising',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 25000)[notify.slack]',
  ],
  ['When someone signs up to the newsletter, send a welcome email', 'lead.created', 'email.send'],
];

/** Verbs of these people that are not the events: left unread, so the request is refused, quoting them. */
export const PERSON_EVENT_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ['When a parent gives feedback, notify #team', 'gives feedback'],
  ['When a donor cancels their membership, notify #team', 'cancels their membership'],
  ['When a parent pays for the trip, notify #team', 'pays for the trip'],
  ['When a family registers for the summer camp, email them the packing list', 'for the summer camp'],
  ['Once a child enrols in the chess club, ping me', 'in the chess club'],
];

/** The full cross product, for the bench. */
export const PERSON_EVENT_PRODUCT: readonly Case[] = [
  ...[...PERSON_EVENT_CLASS.values()].flat(),
  ...NOUN_EVENT_CASES,
];
