import type { Case } from '../table/case';

/**
 * Template descriptions (session 33, grammar/described.ts and grammar/titled.ts): the workflow said in the third
 * person ("this workflow sends …", "It then posts …", "- Notifies your team"), under a title that names it. Slots,
 * crossed: the trigger × the voice (the workflow, the automation, "it", bare sentences, bullets, the imperative, "the
 * system should", "I want it to") ×
 * the first action × a second action × a title over the paragraph or none × the surface (as typed, lower case).
 */

const CUSTOMER = 'lead.updated {"changes.status.to":["customer"]}';

/** The trigger as a description says it, the event, and a title a template library would put over it. */
const TRIGGERS: readonly (readonly [said: string, trigger: string, title: string])[] = [
  ['when a new lead is created', 'lead.created', 'New lead automation'],
  ['every time a meeting is booked', 'booking.created', 'Booked meeting automation'],
  ["whenever a lead's status changes to customer", CUSTOMER, 'Customer status automation'],
  ['when a lead replies to your email', 'email.received', 'Handle lead replies'],
];

/** An action in the third person, and its step. */
const ACTIONS: readonly (readonly [said: string, step: string])[] = [
  ['sends them a welcome email', 'email.send'],
  ['notifies your sales team', 'notify.team'],
  ['emails you', 'notify.team'],
  ['posts a message in #sales', 'notify.slack'],
  ['adds a note to the lead', 'crm.addNote'],
  ['tags them as engaged', 'crm.updateLead'],
];

const SECOND: readonly (readonly [said: string, step: string])[] = [
  ['', ''],
  ['posts it in #sales', 'notify.slack'],
  ['adds a note to their record', 'crm.addNote'],
];

/** The same actions in the imperative, as the control voice says them. */
const IMPERATIVE: Readonly<Record<string, string>> = {
  sends: 'send',
  notifies: 'notify',
  emails: 'email',
  posts: 'post',
  adds: 'add',
  tags: 'tag',
  texts: 'text',
  creates: 'create',
  prints: 'print',
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const bare = (s: string): string =>
  s.replace(/^\w+/, (v) => IMPERATIVE[v] ?? v).replace(/^email you\b/, 'email me');

/** How the workflow is said to do its actions. */
const VOICES: readonly ((trigger: string, first: string, second: string) => string)[] = [
  (t, a, b) => `${cap(t)}, this workflow ${a}${b ? ` and ${b}` : ''}.`,
  (t, a, b) => `${cap(t)}, the automation automatically ${a}${b ? `, then ${b}` : ''}.`,
  (t, a, b) => `Triggers ${t}. It ${a}${b ? ` and ${b}` : ''}.`,
  (t, a, b) => `Triggers ${t}. ${cap(a)}.${b ? ` ${cap(b)}.` : ''}`,
  (t, a, b) => `How it works:\n- Triggers ${t}\n- ${cap(a)}${b ? `\n- ${cap(b)}` : ''}`,
  (t, a, b) => `${cap(t)}, ${bare(a)}${b ? ` and ${bare(b)}` : ''}.`,
  (t, a, b) => `${cap(t)}, the system should ${bare(a)}${b ? ` and ${bare(b)}` : ''}.`,
  (t, a, b) => `${cap(t)}, I want it to ${bare(a)}${b ? `, then ${bare(b)}` : ''}.`,
];

const SURFACES: readonly ((s: string) => string)[] = [(s) => s, (s) => s.toLowerCase()];

export const DESCRIBED_PRODUCT: readonly Case[] = TRIGGERS.flatMap(([trigger, event, title]) =>
  VOICES.flatMap((voice) =>
    ACTIONS.flatMap(([action, step]) =>
      SECOND.filter(([, step2]) => step2 !== step).flatMap(([second, step2]) =>
        ['', `${title}\n\n`].flatMap((head) =>
          SURFACES.map(
            (surface): Case => [
              surface(`${head}${voice(trigger, action, second)}`),
              event,
              step2 ? `${step}; ${step2}` : step,
            ],
          ),
        ),
      ),
    ),
  ),
);

/**
 * Must-refuse twins: the same descriptions with one part the catalogue cannot do (the request stays refused), and
 * titles that restrict what the paragraph does not (never read as the paragraph alone, which would drop it).
 */
const CANNOT: readonly string[] = [
  'texts them a discount code',
  'sends them an SMS',
  'posts it to Instagram',
  'creates a card in Trello',
  'adds them to Mailchimp',
  'prints a shipping label',
];

export const DESCRIBED_REFUSALS: readonly string[] = TRIGGERS.flatMap(([trigger]) =>
  VOICES.flatMap((voice) => CANNOT.map((action) => voice(trigger, action, ''))),
);

/** A title that says more than its paragraph: a source, a tag, an amount, a day, another action. */
const RESTRICTING_TITLES: readonly (readonly [title: string, said: RegExp])[] = [
  ['Welcome new leads from LinkedIn', /LinkedIn/i],
  ['VIP lead alerts', /vip/i],
  ['Alerts for deals over $5,000', /5000/],
  ['Weekend lead alerts', /SAT|SUN/],
  ['Tag and welcome new leads', /crm\.updateLead/],
];

export const TITLE_TWINS: readonly (readonly [prompt: string, said: RegExp])[] = RESTRICTING_TITLES.flatMap(
  ([title, said]) =>
    VOICES.map(
      (voice) =>
        [
          `${title}\n\n${voice('when a new lead is created', 'sends them a welcome email', 'notifies your sales team')}`,
          said,
        ] as const,
    ),
);
