/**
 * A negative wait said as time given or going by (session 30, class F of sets 23/24): "Give the candidate 48 hours
 * to rebook. If they don't, …", "10 days pass without payment". Trigger × duration in digits or words × how the
 * time is given × who is given it × the action: [request, trigger, steps] — a wait for the event with a timeout.
 */

const TRIGGERS: readonly (readonly [
  said: string,
  trigger: string,
  verb: string,
  noun: string,
  event: string,
])[] = [
  ['When an invoice is sent', 'invoice.created', 'pay', 'payment', 'invoice.paid'],
  ['When we email a lead', 'email.sent[message]', 'reply', 'a reply', 'email.received'],
  ['When an interview is cancelled', 'booking.cancelled', 'rebook', 'a new booking', 'booking.created'],
];

const DURATIONS: readonly (readonly [string, string])[] = [
  ['48 hours', 'P2D'],
  ['two weeks', 'P14D'],
  ['ten days', 'P10D'],
  ['a week', 'P7D'],
  ['a fortnight', 'P14D'],
  ['5 days', 'P5D'],
];

const ACTIONS: readonly (readonly [string, string])[] = [
  ['notify sales', 'notify.team'],
  ['add a note to the lead', 'crm.addNote'],
];

export const GIVEN_TIME_CLASS: readonly (readonly [string, string, string])[] = TRIGGERS.flatMap(
  ([said, trigger, verb, noun, event]) =>
    DURATIONS.flatMap(([span, iso]) =>
      ACTIONS.flatMap(([action, step]) => {
        const steps = `waitFor(${event},${iso},timeout:[${step}])`;
        return [
          [`${said}, give them ${span} to ${verb}. If they don't, ${action}.`, trigger, steps],
          [`${said}. Give them ${span} to ${verb}; if not, ${action}.`, trigger, steps],
          [`${said}, give the client ${span} to ${verb}. If they haven't, ${action}.`, trigger, steps],
          [`${said} and ${span} pass without ${noun}, ${action}.`, trigger, steps],
        ] as const;
      }),
    ),
);
