import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 36 (h4): trigger clauses in the shapes fresh writers use (issue 16, class 2 of sets 21/22, as classes
 * across trades): a tag put on someone ("someone got tagged "bite risk""), a new one with a tag ("if a new client
 * has the tag …"), a person's email with no article ("client email comes in →"), a new one "in the system", a file
 * named by what it is ("vaccination record uploaded"), a request sent from the website (a form submitted), a delay
 * before its event with no comma ("2 hrs after a new client is added send …"), "one of these automations breaks".
 * Rows are [request, trigger outline, steps outline]; twins [request, words the refusal quotes].
 */

const TEAM: readonly (readonly [said: string, step: string])[] = [
  ['notify the front desk', 'notify.team'],
  ['post in #ops', 'notify.slack'],
  ['let me know', 'notify.team'],
];
const PEOPLE = ['customer', 'client', 'patient', 'guest', 'member', 'student', 'tenant'] as const;
const TAGS = ['bite risk', 'comeback', 'late payer', 'vip', 'do-not-book'] as const;

export const GETS_TAGGED_CLASS: readonly Case[] = PEOPLE.flatMap((who, i) =>
  TAGS.map((tag, j): Case => {
    const [said, step] = TEAM[(i + j) % TEAM.length] ?? ['', ''];
    const opening = [`if a ${who} gets tagged`, `someone got tagged`, `When a ${who} gets tagged`][
      (i + j) % 3
    ];
    const joint = opening === 'someone got tagged' ? '?? ' : ', ';
    return [`${opening} "${tag}"${joint}${said}`, `lead.updated {"lead.tags":["${tag}"]}`, step];
  }),
);

export const NEW_HAS_TAG_CLASS: readonly Case[] = PEOPLE.flatMap((who, i) =>
  (['multi-dog', 'fleet', 'referral', 'vip'] as const).map((tag, j): Case => {
    const [said, step] = (
      [
        ['send them the welcome email', 'email.send'],
        ['notify the front desk', 'notify.team'],
      ] as const
    )[(i + j) % 2] ?? ['', ''];
    return [`if a new ${who} has the tag "${tag}" ${said}`, `lead.created {"lead.tags":["${tag}"]}`, step];
  }),
);

const STEPS: readonly (readonly [said: string, step: string])[] = [
  ['add a note', 'crm.addNote'],
  ['tell the manager', 'notify.team'],
  ['post in #inbox', 'notify.slack'],
];
const ARROWS = [' → ', ' -> ', ': '] as const;

export const BARE_SHAPES_CLASS: readonly Case[] = PEOPLE.flatMap((who, i) => {
  const [said, step] = STEPS[i % STEPS.length] ?? ['', ''];
  const arrow = ARROWS[i % ARROWS.length] ?? ' → ';
  return [
    [`${who} email comes in${arrow}${said}`, 'email.received', step],
    [`New ${who} in the system${arrow}send the welcome email`, 'lead.created', 'email.send'],
  ];
});

const KINDS = [
  'Vaccination record',
  'Signed waiver',
  'Insurance certificate',
  'Intake form',
  'Inspection report',
  'Rabies certificate',
] as const;
export const UPLOADED_KIND_CLASS: readonly Case[] = KINDS.flatMap((kind, i) => {
  const [said, step] = TEAM[i % TEAM.length] ?? ['', ''];
  return [
    [`${kind} uploaded? ${said}`, 'file.updated', step],
    [`When a ${kind.toLowerCase()} is uploaded, ${said}`, 'file.updated', step],
  ];
});

const REQUESTS = ['quote', 'estimate', 'callback', 'tow', 'service', 'info'] as const;
export const REQUEST_FROM_SITE_CLASS: readonly Case[] = REQUESTS.flatMap((request, i): Case[] => [
  [
    `new ${request} request from the website: add them to the crm and email them a confirmation`,
    'form.submitted',
    'crm.createLead; email.send',
  ],
  [
    `When a ${request} request comes in from the website form, ${TEAM[i % TEAM.length]?.[0]}`,
    'form.submitted',
    TEAM[i % TEAM.length]?.[1] ?? '',
  ],
]);

const DELAYS: readonly (readonly [said: string, iso: string])[] = [
  ['2 hrs', 'PT2H'],
  ['30 minutes', 'PT30M'],
  ['3 days', 'P3D'],
  ['1 week', 'P7D'],
];
const DELAYED_EVENTS: readonly (readonly [said: string, event: string])[] = [
  ['a new client is added', 'lead.created'],
  ['an appointment is booked', 'booking.created'],
  ['an invoice is paid', 'invoice.paid'],
];
export const DELAYED_RUN_ON_CLASS: readonly Case[] = DELAYS.flatMap(([delay, iso]) =>
  DELAYED_EVENTS.map(
    ([event, trigger]): Case => [
      `${delay} after ${event} send the follow up email`,
      trigger,
      `wait(${iso}); email.send`,
    ],
  ),
);

export const AUTOMATION_BREAKS_CLASS: readonly Case[] = (
  ['automations', 'workflows', 'zaps'] as const
).flatMap((noun): Case[] => [
  [`If one of these ${noun} breaks let me know on slack`, 'workflow.failed', 'notify.slack'],
  [`When one of our ${noun} fails, email me`, 'workflow.failed', 'notify.team'],
]);

/** "replies to the quote email": a reply to one of our emails, named by the trade (it added a step "email"). */
export const REPLY_TO_EMAIL_CLASS: readonly Case[] = PEOPLE.flatMap((who, i) =>
  (['the quote email', 'our welcome email', 'the invoice email', 'my follow-up message'] as const).map(
    (email, j): Case => {
      const [said, step] = STEPS[(i + j) % STEPS.length] ?? ['', ''];
      return [`When a ${who} replies to ${email}, ${said}`, 'email.received', step];
    },
  ),
);

/** Twins: one word away, and no longer the event the class reads: refused, never a guess. */
export const TRIGGER_SHAPES_REFUSED: readonly Refusal[] = [
  ['New client in the system for 30 days -> send the loyalty email', '30 days'],
  ['client email bounces → add a note', 'client email bounces'],
  ['a quote request from a VIP comes in: add them to the crm', 'VIP'],
  ['if a customer gets tagged by mistake alert the shop foreman', 'mistake'],
];
