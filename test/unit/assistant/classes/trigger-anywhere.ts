import type { Case } from '../table/case';

/**
 * The trigger said where the actions are (session 30, h6): as the person or record an action is for ("Email the
 * joining details to anyone who signs up", "Thank whoever pays an invoice"), or as a clause of its own after the
 * action and a joint ("Post in #sales: a new lead signs up"). Generated over independent dimensions crossed: the
 * action × who it is for (quantifier, relative clause, trade noun) × the event verb × a second action and its joint ×
 * framing around the request. The lead told h6 the miss classes of sealed sets 23/24 ("the trigger after the action",
 * joints other than "When …,"), without their requests; the requests below are invented here.
 */

/** An action with the slot for whom it is for, and its step. */
const ACTIONS: readonly (readonly [(x: string) => string, string])[] = [
  [(x) => `email the joining details to ${x}`, 'email.send'],
  [(x) => `send a welcome pack to ${x}`, 'email.send'],
  [(x) => `send a short thank-you email to ${x}`, 'email.send'],
  [(x) => `thank ${x}`, 'email.send'],
  [(x) => `notify the team about ${x}`, 'notify.team'],
  [(x) => `post in #ops about ${x}`, 'notify.slack'],
  // between the verb and its object
  [(x) => `send ${x} the joining details`, 'email.send'],
  [(x) => `email ${x} a short welcome`, 'email.send'],
];

/** Who the action is for, said as anyone at all who does something: the determiner and the head word. */
const WHO = [
  'anyone who',
  'everyone who',
  'whoever',
  'any client who',
  'every customer who',
  'each person who',
];

/** What they do, in the present (an arrival), with the event it is. */
const DOES: readonly (readonly [string, string])[] = [
  ['signs up', 'lead.created'],
  ['books a call', 'booking.created'],
  ['pays an invoice', 'invoice.paid'],
  ['cancels their booking', 'booking.cancelled'],
  ['fills in the contact form', 'form.submitted'],
];

/** A second action, and how it is joined (after the trigger phrase). */
const THEN: readonly (readonly [string, string])[] = [
  ['', ''],
  [', and notify the team', 'notify.team'],
  [' and then email me', 'notify.team'],
];

/** Framing around the request, which passes. */
const FRAMES: readonly ((r: string) => string)[] = [
  (r) => cap(r),
  (r) => `Please ${r}.`,
  (r) => `Hi! Could you ${r}? Thanks`,
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The action, then who it is for: the trigger at the end of the action's clause. */
export const TRAILING_RECORD_PRODUCT: readonly Case[] = ACTIONS.flatMap(([action, step]) =>
  WHO.flatMap((who) =>
    DOES.flatMap(([does, event]) =>
      THEN.flatMap(([then, second]) =>
        FRAMES.map(
          (frame): Case => [
            frame(`${action(`${who} ${does}`)}${then}`),
            event,
            second ? `${step}; ${second}` : step,
          ],
        ),
      ),
    ),
  ),
);

/** The event as a clause of its own, after the action and a joint that is not "when". */
const CLAUSES: readonly (readonly [string, string])[] = [
  ['a new lead signs up', 'lead.created'],
  ['someone books a call', 'booking.created'],
  ['an invoice is paid', 'invoice.paid'],
  ['a client cancels their booking', 'booking.cancelled'],
  ['new lead from the website', 'lead.created'],
];
const JOINTS = [': ', ' — ', ' -> ', ' → '];
const FIRST: readonly (readonly [string, string])[] = [
  ['Post in #sales', 'notify.slack'],
  ['Email the team', 'notify.team'],
  ['Notify me on Slack', 'notify.slack'],
];

export const EVENT_AFTER_PRODUCT: readonly Case[] = FIRST.flatMap(([first, step]) =>
  JOINTS.flatMap((joint) =>
    CLAUSES.map(([clause, event]): Case => {
      const filtered = /website/.test(clause);
      return [
        `${first}${joint}${clause}`,
        event,
        filtered ? `if(trigger.lead.source eq "website")[${step}]` : step,
      ];
    }),
  ),
);

/**
 * What happened before or did not happen: records a list would find, or a wait. Never read as an arrival; each must
 * be refused (a wrong workflow is worse than a refusal).
 */
export const NOT_ARRIVALS: readonly string[] = ACTIONS.filter((_, i) => i < 4 || i === 6).flatMap(
  ([action]) =>
    [
      'everyone who booked a call last week',
      'anyone who signed up yesterday',
      'whoever has not paid',
      'every client who never replied',
      'anyone who cancelled their booking so far',
    ].map((who) => cap(action(who))),
);
