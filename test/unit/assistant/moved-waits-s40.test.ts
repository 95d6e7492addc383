import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { validateWorkflow } from '../../../statemachines/validate';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 40 (issue #16, development sets 29–31): a time after a booking's end is one wait moved after it
 * (`{ until: "{{trigger.booking.end}}", after: "PT1H" }`, outline `wait(until+PT1H)`), however it is said; and a
 * number of minutes or hours after "wait" is a wait, never a form field's value. A time before or after a booking or a
 * due date with no trigger said starts the workflow on that record (booking.created, invoice.created); "the day
 * before", "2 hours before" with nothing after them are before the run's booking starts.
 */

/** [how the booking is made, its noun] in several trades. */
const BOOKED = [
  ['tour booked -> ', 'tour'],
  ['When someone books a tasting, ', 'tasting'],
  ['when a site visit is booked, ', 'site visit'],
  ['Once a client books an appointment, ', 'appointment'],
  ['after an interview is booked: ', 'interview'],
] as const;

/** [the time after its end ({n} = the noun), the outline of its wait]. */
const AFTER_END = [
  ['an hour after it ends ', 'wait(until+PT1H)'],
  ['one hour after the {n} finishes ', 'wait(until+PT1H)'],
  ['2 days after the {n} ', 'wait(until+P2D)'],
  ['the day after the {n} ', 'wait(until+P1D)'],
  ['after the {n} is over wait 3 days then ', 'wait(until+P3D)'],
  ['once the {n} ends, wait 30 minutes and ', 'wait(until+PT30M)'],
] as const;

const ACTIONS = [
  ['email them the feedback form', 'email.send'],
  ['add a note "visited"', 'crm.addNote'],
  ['notify me', 'notify.team'],
] as const;

const AFTER_END_CLASS: readonly Case[] = BOOKED.flatMap(([said, noun]) =>
  AFTER_END.flatMap(([time, wait]) =>
    ACTIONS.map(
      ([action, step]): Case => [
        `${said}${time.replaceAll('{n}', noun)}${action}`,
        'booking.created',
        `${wait}; ${step}`,
      ],
    ),
  ),
);

/** Said as what starts it: "one hour after a tasting finishes, …", "2 days after a show round finishes, …". */
const OPENING_CLASS: readonly Case[] = [
  [
    'one hour after a tasting finishes send the couple the feedback form',
    'booking.created',
    'wait(until+PT1H); email.send',
  ],
  [
    'An hour after a meeting room booking ends, email the guest our survey',
    'booking.created',
    'wait(until+PT1H); email.send',
  ],
  [
    '2 days after an appointment, email the customer asking how the car is running',
    'booking.created',
    'wait(until+P2D); email.send',
  ],
  [
    'When a tour ends, wait 2 days and send them a discount code.',
    'booking.created',
    'wait(until+P2D); email.send',
  ],
  [
    'after the appointment is over, wait 2 days and email them',
    'booking.created',
    'wait(until+P2D); email.send',
  ],
];

/** Twins that stay as they were: nothing after the end, a step between, business days, after it was made. */
const TWINS: readonly Case[] = [
  [
    'when a tour is booked, wait until the tour is over, then email them',
    'booking.created',
    'wait(until); email.send',
  ],
  [
    'when a tour is booked, wait until it starts, then notify me',
    'booking.created',
    'wait(until); notify.team',
  ],
  [
    'When a tour ends, email them a survey, then wait 2 days and email them a discount code',
    'booking.created',
    'wait(until); email.send; wait(P2D); email.send',
  ],
  [
    'after an interview finishes, wait 3 business days then email the candidate',
    'booking.created',
    'wait(until); wait(3BD); email.send',
  ],
  [
    'when a tour is booked, 2 days after the booking is made email them',
    'booking.created',
    'wait(P2D); email.send',
  ],
  ['when a tour is booked, wait 2 days, then email them', 'booking.created', 'wait(P2D); email.send'],
  [
    'when someone books a tour, remind them 24 hours before the tour, then an hour after it ends email the survey',
    'booking.created',
    'wait(until-P1D); email.send; wait(until+PT1H); email.send',
  ],
];

/** A form's trigger × "wait N min/mins/minutes/hrs" × joint: the wait, never a test of a field named "wait". */
const FORM_MINUTES: readonly Case[] = [
  'after a couple fills in the enquiry form',
  'when the contact form is submitted',
  'When someone submits our booking form',
].flatMap((trigger) =>
  [
    ['wait 10 min', 'PT10M'],
    ['wait 10 mins', 'PT10M'],
    ['wait 15 minutes', 'PT15M'],
    ['wait 2 hrs', 'PT2H'],
  ].flatMap(([wait, iso]) =>
    [' then ', ' and then '].map(
      (joint): Case => [
        `${trigger} ${wait}${joint}email them our availability`,
        'form.submitted',
        `wait(${iso}); email.send`,
      ],
    ),
  ),
);

/** A field's value said with a number stays a condition; said in minutes, it is no value of a field (refused). */
const FORM_FIELD_TWINS: readonly Case[] = [
  [
    'when a form is submitted, if the wait field is 10 email them',
    'form.submitted',
    'if(trigger.fields.wait eq 10)[email.send]',
  ],
  [
    'when a form is submitted and the guests field is over 10 email them',
    'form.submitted',
    'if(trigger.fields.guests gt 10)[email.send]',
  ],
  [
    'when an invoice is overdue by more than 10 days notify me',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 10)[notify.team]',
  ],
];

describe('a wait moved after a booking’s end, and waits in minutes after a form (session 40)', () => {
  it('GIVEN a booking in five trades × a time after its end (an hour after it ends, the day after, 2 days after, after it is over wait 3 days) × an action WHEN parsed THEN one wait moved after the end, then the action', () => {
    expect(AFTER_END_CLASS.length).toBe(90);
    expect(misread(AFTER_END_CLASS)).toStrictEqual([]);
    expect(misread(OPENING_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "one hour after a tasting finishes …" WHEN parsed THEN the wait is until the booking’s end, one hour after, and the workflow validates', () => {
    const result = parsePrompt('one hour after a tasting finishes send the couple the feedback form');
    expect(result.ok && result.definition.steps[0]).toMatchObject({
      wait: { until: '{{trigger.booking.end}}', after: 'PT1H' },
    });
    for (const [prompt] of [...AFTER_END_CLASS.slice(0, 18), ...OPENING_CLASS]) {
      const r = parsePrompt(prompt);
      expect(r.ok && validateWorkflow(r.definition).issues).toStrictEqual([]);
    }
  });

  it('GIVEN the twins (no time after the end, a step between the waits, business days, after it was made, before it starts) WHEN parsed THEN they stay as they were', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });

  it('GIVEN a form’s trigger × "wait 10 min / mins / 15 minutes / 2 hrs" × "then" or "and then" WHEN parsed THEN the wait, then the action', () => {
    expect(FORM_MINUTES.length).toBe(24);
    expect(misread(FORM_MINUTES)).toStrictEqual([]);
  });

  it('GIVEN a form field or an invoice’s days overdue compared with a number WHEN parsed THEN the condition stays; a field compared in minutes is refused', () => {
    expect(misread(FORM_FIELD_TWINS)).toStrictEqual([]);
    expect(
      parsePrompt('when a form is submitted and the duration field is over 30 minutes email them').ok,
    ).toBe(false);
  });
});

/** No trigger said: the record whose time it is starts the workflow. */
const RECORD_IMPLIED: readonly Case[] = [
  [
    'send parents a reminder email the day before their tour',
    'booking.created',
    'wait(until-P1D); email.send',
  ],
  ['remind them 24 hours before their appointment', 'booking.created', 'wait(until-PT24H); email.send'],
  [
    'send the guest the door code 2 hours before their booking starts',
    'booking.created',
    'wait(until-PT2H); email.send',
  ],
  [
    '72 hrs before each event send the client a final details email',
    'booking.created',
    'wait(until-PT72H); email.send',
  ],
  [
    'a week before each wedding email the couple the final checklist',
    'booking.created',
    'wait(until-P7D); email.send',
  ],
  ['the day after their visit, email them a thank you', 'booking.created', 'wait(until+P1D); email.send'],
  [
    '2 days after a show round finishes, email the parents asking how they found it',
    'booking.created',
    'wait(until+P2D); email.send',
  ],
  [
    'Send the fee reminder automatically 3 days before the invoice due date',
    'invoice.created',
    'wait(until-P3D); invoice.sendReminder',
  ],
  [
    '2 weeks before the balance due date email the couple a heads up',
    'invoice.created',
    'wait(until-P14D); email.send',
  ],
  ['email the client 2 days before the deposit due date', 'invoice.created', 'wait(until-P2D); email.send'],
  ['email the customer 3 days before their invoice is due', 'invoice.created', 'wait(until-P3D); email.send'],
];

/** "the day before", "2 hours before" ending the clause, in a booking's run; the trigger said with or without a comma. */
const BARE_BEFORE: readonly Case[] = [
  [
    'when a site visit is booked, email the couple a reminder the day before',
    'booking.created',
    'wait(until-P1D); email.send',
  ],
  [
    'When someone books a site visit send a confirmation straight away, then a reminder 2 hours before',
    'booking.created',
    'email.send; wait(until-PT2H); email.send',
  ],
  [
    'When a viewing is booked, send a confirmation now and a reminder the day before',
    'booking.created',
    'email.send; wait(until-P1D); email.send',
  ],
  [
    'when a client books a session send them a reminder the day before',
    'booking.created',
    'wait(until-P1D); email.send',
  ],
  [
    'when someone books a tour send them a reminder email 24h before it starts',
    'booking.created',
    'wait(until-PT24H); email.send',
  ],
  [
    'when a class is booked remind them 1 hour before it starts',
    'booking.created',
    'wait(until-PT1H); email.send',
  ],
  ['When a booking is made, remind them the day before', 'booking.created', 'wait(until-P1D); email.send'],
];

/** Twins that stay: a second object after "and", "the day before" as a report's period, heads up to our own. */
const BEFORE_TWINS: readonly Case[] = [
  [
    'when a class is booked, email them the joining info and the map 2 days before the class',
    'booking.created',
    'wait(until-P2D); email.send',
  ],
  [
    'When a viewing is booked, send a confirmation now and remind them the day before the viewing',
    'booking.created',
    'email.send; wait(until-P1D); email.send',
  ],
  [
    'every morning at 8 send me a summary of the day before',
    'cron(0 8 * * ? *)',
    'report.summarize; notify.team',
  ],
  ['when a tour is booked, give the team a heads up', 'booking.created', 'notify.team'],
  ['when a tour is booked, email the department heads', 'booking.created', 'notify.team'],
  ['someone books a tasting → give chef Marco a heads up', 'booking.created', 'notify.team'],
  ['when a tour is booked, email the parents a heads-up', 'booking.created', 'email.send'],
  ['when a tour is booked, send the couple a reminder', 'booking.created', 'email.send'],
];

/** Nothing to be before: no booking in the run, or no record at all; a channel there is no action for. */
const BEFORE_REFUSED: readonly (readonly [string, string])[] = [
  ['email them the day before', 'the day before'],
  ['When a new lead comes in, email them 2 hours before.', '2 hours before'],
  ['When a form is submitted, email them the day before.', 'the day before'],
  ['When an invoice is paid, send a thank you the day before', 'the day before'],
  ['When a policy is due for renewal, email the client 30 days before', '30 days before'],
  ['When a new lead comes in, email them 24 hours before the appointment.', 'no booking time'],
  ['whatsapp the buyer the lockbox code an hour before each showing', 'whatsapp'],
  ['When a new lead comes in, send them a reminder the night before their tour', 'the night before'],
];

describe('a time before or after a booking or a due date, the record implied and "the day before" said bare (session 40)', () => {
  it('GIVEN no trigger said × a time before or after a booking (in a trade’s noun, "each event") or an invoice’s due date (the balance, the deposit) WHEN parsed THEN that record’s arrival starts it, then the moved wait and the action', () => {
    expect(misread(RECORD_IMPLIED)).toStrictEqual([]);
  });

  it('GIVEN a booking’s run × "the day before", "2 hours before", "24h before it starts" ending the clause (the trigger with or without a comma, the verb said once for two messages) WHEN parsed THEN the wait before the booking starts', () => {
    expect(misread(BARE_BEFORE)).toStrictEqual([]);
    const result = parsePrompt('when a site visit is booked, email the couple a reminder the day before');
    expect(result.ok && result.definition.steps[0]).toMatchObject({
      wait: { until: '{{trigger.booking.start}}', before: 'P1D' },
    });
  });

  it('GIVEN the twins (two things in one email, a report of the day before, a heads up to our own) WHEN parsed THEN they stay as they were', () => {
    expect(misread(BEFORE_TWINS)).toStrictEqual([]);
  });

  it('GIVEN "the day before" with no booking in the run or no record at all, a part of the day, an SMS-like channel WHEN parsed THEN refused, quoting it', () => {
    expect(notRefused(BEFORE_REFUSED)).toStrictEqual([]);
  });
});

/** "wait up to N for it, and if it never comes X" with no comma; "give it N business days": the wait for it. */
const NEVER_COMES: readonly Case[] = [
  'when we issue an invoice wait up to 14 days for payment, and if ',
  'When an invoice is sent, wait up to 2 weeks for the payment and if ',
].flatMap((waited) =>
  [
    ['it never comes let Mags know', 'notify.team'],
    ["it doesn't come email the client", 'email.send'],
    ['it never arrives send a reminder', 'invoice.sendReminder'],
    ['nothing comes in notify me', 'notify.team'],
  ].map(
    ([outcome, step]): Case => [
      `${waited}${outcome}`,
      'invoice.created',
      `waitFor(invoice.paid,P14D,timeout:[${step}])`,
    ],
  ),
);

const GIVEN_BUSINESS_DAYS: readonly Case[] = [
  [
    "when an invoice is created give it 5 business days and if it's still not paid send a reminder",
    'invoice.created',
    'waitFor(invoice.paid,5BD,timeout:[invoice.sendReminder])',
  ],
  [
    "when an invoice is created give them 3 working days and if they still haven't paid notify me",
    'invoice.created',
    'waitFor(invoice.paid,3BD,timeout:[notify.team])',
  ],
];

/** Twins: the payment that comes is the other branch; a comma and calendar days stay as they were. */
const NEVER_COMES_TWINS: readonly Case[] = [
  [
    'when we issue an invoice wait up to 14 days for payment, and if it comes in let Mags know',
    'invoice.created',
    'waitFor(invoice.paid,P14D,event:[notify.team])',
  ],
  [
    'when we issue an invoice wait up to 14 days for payment, and if it never comes, let Mags know',
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[notify.team])',
  ],
  [
    "when an invoice is created give it 5 days and if it's still not paid send a reminder",
    'invoice.created',
    'waitFor(invoice.paid,P5D,timeout:[invoice.sendReminder])',
  ],
];

describe('the time given for a payment: "if it never comes" with no comma, "give it 5 business days" (session 40)', () => {
  it('GIVEN a wait up to 14 days for payment × "if it never comes / doesn’t come / never arrives / nothing comes in" × an action with no comma WHEN parsed THEN the action is what happens when the time is up', () => {
    expect(misread(NEVER_COMES)).toStrictEqual([]);
  });

  it('GIVEN "give it 5 business days", "give them 3 working days" × "if it’s still not paid" WHEN parsed THEN the wait for the payment counts business days', () => {
    expect(misread(GIVEN_BUSINESS_DAYS)).toStrictEqual([]);
  });

  it('GIVEN the twins (the payment comes, said with a comma, calendar days) WHEN parsed THEN they stay as they were', () => {
    expect(misread(NEVER_COMES_TWINS)).toStrictEqual([]);
  });
});
