import type { Case } from '../table/case';

/**
 * Events said as noun phrases with a trade's words around the head, and an event joined to a negative wait on its
 * subject by "and" (session 32, h6; h4's development set 17 classes C2 and wrong 4, read by their mechanism, not by
 * its rows): the form "on our site" between the head and its verb, anything that arrives "via Typeform" (the tool
 * decides the record), "a workflow run", the payment said as a noun ("on receipt of payment for an invoice"), the
 * trade's name for its quote ("a protection quote is emailed"); "If someone fills in the form and hasn't booked
 * within 3 days, …" (the form is the trigger; the wait reader used to take the clause and start on every new lead).
 * Crossed with the opener, the action and the surface (typed, greeting and thanks, dictated with no punctuation).
 */

const EVENTS: readonly (readonly [string, string])[] = [
  ['the catering enquiry form on our site gets filled in', 'form.submitted'],
  ['the booking form on the website is submitted', 'form.submitted'],
  ['a brief comes in via Typeform', 'form.submitted {"source":["typeform"]}'],
  ['a new order is submitted through Jotform', 'form.submitted {"source":["jotform"]}'],
  ['a workflow run fails', 'workflow.failed'],
  ['an automation run errors', 'workflow.failed'],
];
const OPENERS = ['When', 'Whenever', 'Each time'];
const ACTIONS: readonly (readonly [string, string])[] = [
  ['email me', 'notify.team'],
  ['post in #ops', 'notify.slack'],
];
const SURFACES: readonly ((r: string) => string)[] = [
  (r) => r,
  (r) => `Hi there, ${r}. Thanks!`,
  (r) => r.replace(/,/g, '').toLowerCase(),
];

export const EVENT_PHRASE_PRODUCT: readonly Case[] = EVENTS.flatMap(([event, trigger]) =>
  OPENERS.flatMap((opener) =>
    ACTIONS.flatMap(([action, step]) =>
      SURFACES.map((surface): Case => [surface(`${opener} ${event}, ${action}`), trigger, step]),
    ),
  ),
);

/** The payment said as a noun, with "of" or "for", after "on"/"upon", with "receipt of" or not. */
const NOMINAL = [
  'Upon receipt of payment for an invoice',
  'On receipt of payment for an invoice',
  'Upon payment for an invoice',
  'On payment of an invoice',
];
export const NOMINAL_PRODUCT: readonly Case[] = NOMINAL.flatMap((label) =>
  ACTIONS.flatMap(([action, step]) =>
    SURFACES.slice(0, 2).map((surface): Case => [surface(`${label}, ${action}`), 'invoice.paid', step]),
  ),
);

/** An event, then "and" + a negative wait on its subject, the awaited event, the action after the wait. */
const JOINED_EVENTS: readonly (readonly [string, string])[] = [
  ['someone fills in the private events form', 'form.submitted'],
  ['a lead fills in the contact form', 'form.submitted'],
  ['a client submits the intake questionnaire', 'form.submitted'],
  ['a new lead comes in', 'lead.created'],
];
const NEGATIONS: readonly (readonly [string, string, string])[] = [
  ["hasn't booked anything after 3 days", 'booking.created', 'P3D'],
  ["hasn't booked a call within 5 days", 'booking.created', 'P5D'],
  ["doesn't book within a week", 'booking.created', 'P7D'],
  ['still has not booked after 2 days', 'booking.created', 'P2D'],
];
const OPENED = ['If', 'When'];

export const EVENT_THEN_WAIT_PRODUCT: readonly Case[] = JOINED_EVENTS.flatMap(([event, trigger]) =>
  NEGATIONS.flatMap(([negation, awaited, duration]) =>
    OPENED.flatMap((opener) =>
      ACTIONS.flatMap(([action, step]) =>
        SURFACES.map(
          (surface): Case => [
            surface(`${opener} ${event} and ${negation}, ${action}`),
            trigger,
            `waitFor(${awaited},${duration},timeout:[${step}])`,
          ],
        ),
      ),
    ),
  ),
);

/** Must be refused: a brief that arrives by no form tool, a run that does what no event says. */
export const NOT_EVENT_PHRASES: readonly string[] = [
  'When a brief comes in via carrier pigeon, email me',
  'When a workflow run is slow, email me',
];
