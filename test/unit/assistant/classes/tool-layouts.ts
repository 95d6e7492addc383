import type { Case } from '../table/case';

/**
 * Requests laid out the way people used to Zapier, Make or n8n write them, as slots: the event in an app's Title Case
 * name × two actions in an app's action names × the layout (labelled steps on one line or several, "Step 1
 * (trigger):", "When this happens: … Do this: …", a tool's prefix, arrows, "|", ";", "+"), with a delay, a filter
 * or paths. And run-on requests typed in a hurry: an event said with no "when" and no punctuation before the action,
 * articles and verb agreement dropped, shorthand, misspelt catalogue words.
 */

const APP_EVENTS: readonly [event: string, names: readonly string[]][] = [
  ['lead.created', ['New Lead', 'New Contact', 'Contact Created', 'Lead Created', 'Watch New Leads']],
  [
    'booking.cancelled',
    ['Booking Cancelled', 'Appointment Cancelled', 'Booking Canceled', 'Calendly: Invitee Canceled'],
  ],
  ['invoice.paid', ['Invoice Paid', 'Payment Received']],
  ['invoice.overdue', ['Invoice Overdue']],
  ['form.submitted', ['New Form Submission', 'Form Submitted', 'New Form Entry']],
  ['email.received', ['New Inbound Email', 'New Email']],
  ['booking.created', ['New Booking', 'Appointment Booked', 'Calendly - Invitee Created']],
  ['lead.updated {"changes.status.to":["qualified"]}', ['Lead Status Updated (new status = Qualified)']],
  ['webhook:stripe', ['Stripe Webhook']],
];

const APP_ACTIONS: readonly [wording: string, step: string][] = [
  ['Send Email', 'email.send'],
  ['Send Follow Up Email', 'email.send'],
  ['Slack message to #sales', 'notify.slack'],
  ['Send Slack Message to #ops', 'notify.slack'],
  ['Create Note', 'crm.addNote'],
  ['Notify Team', 'notify.team'],
  ['Update Lead: status = customer', 'crm.updateLead'],
  ['Add Tag: vip', 'crm.updateLead'],
];

/** Actions that need a lead to act on (the lead's record): only after events that carry one. */
const ON_LEAD = new Set(['crm.addNote', 'crm.updateLead']);
const HAS_LEAD = /^(?:lead\.|booking\.)/;

const LAYOUTS: readonly ((t: string, a: string, b: string) => string)[] = [
  (t, a, b) => `Trigger: ${t} / Action: ${a} / Action: ${b}`,
  (t, a, b) => `Trigger: ${t}\nAction 1: ${a}\nAction 2: ${b}`,
  (t, a, b) => `Step 1 (trigger): ${t}. Step 2: ${a}. Step 3: ${b}`,
  (t, a, b) => `When this happens: ${t}\nDo this: ${a}\nThen: ${b}`,
  (t, a, b) => `Zap: ${t} -> ${a} -> ${b}`,
  (t, a, b) => `Scenario: ${t} => ${a} => ${b}`,
  (t, a, b) => `${t} > ${a} > ${b}`,
  (t, a, b) => `${t} 👉 ${a} + ${b}`,
  (t, a, b) => `Trigger: ${t} | Action: ${a} | Action: ${b}`,
  (t, a, b) => `Trigger: ${t}; Actions: ${a}; ${b}`,
  (t, a, b) => `Workflow: ${t} → ${a}, then ${b}`,
  (t, a, b) => `${t}\nAction: ${a}\nAction: ${b}`,
  (t, a, b) => `Trigger - ${t}, Action - ${a}, Action - ${b}`,
  (t, a, b) => `Trigger = ${t}; Action = ${a}; Action = ${b}`,
  (t, a, b) => `WHEN: ${t}\nTHEN: ${a}\nTHEN: ${b}`,
  (t, a, b) => `1. Trigger: ${t}\n2. Action: ${a}\n3. Action: ${b}`,
];

const actionPairs = (event: string): [string, string][] =>
  APP_ACTIONS.filter(([, step]) => !ON_LEAD.has(step) || HAS_LEAD.test(event));

/** Every app event name × every layout, the actions rotated; grouped by event. */
export const TOOL_LAYOUT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  APP_EVENTS.map(([event, names]): [string, Case[]] => {
    const actions = actionPairs(event);
    return [
      event,
      names.flatMap((name, n) =>
        LAYOUTS.map((layout, l): Case => {
          const [a, sa] = actions[(n + l) % actions.length] ?? ['Send Email', 'email.send'];
          const [b, sb] = actions[(n + l + 3) % actions.length] ?? ['Notify Team', 'notify.team'];
          return [layout(name, a, b), event, `${sa}; ${sb}`];
        }),
      ),
    ];
  }),
);

/** A delay step or a filter step between the trigger and the actions. */
export const TOOL_STEPS_CLASS: ReadonlyMap<string, readonly Case[]> = new Map([
  [
    'a delay',
    ['Delay For: 3 days', 'Delay: 3 days', 'Wait: 3 days', 'Delay For 3 days'].flatMap((delay) => [
      [`Trigger: New Lead / ${delay} / Action: Send Email`, 'lead.created', 'wait(P3D); email.send'],
      [`Trigger: Invoice Overdue\n${delay}\nAction: Send Email`, 'invoice.overdue', 'wait(P3D); email.send'],
      [`New Booking -> ${delay} -> Send Follow Up Email`, 'booking.created', 'wait(P3D); email.send'],
    ]),
  ],
  [
    'a filter',
    [
      'Filter: source is LinkedIn',
      'Filter: only continue if source is LinkedIn',
      'Filter: if source is LinkedIn',
    ].flatMap((filter): Case[] => [
      [
        `Trigger: New Lead / ${filter} / Action: Slack message to #sales / Action: Send Email`,
        'lead.created',
        'if(trigger.lead.source eq "LinkedIn")[notify.slack; email.send]',
      ],
      [
        `Step 1 (trigger): New Lead\nStep 2: ${filter}\nStep 3: Send Email`,
        'lead.created',
        'if(trigger.lead.source eq "LinkedIn")[email.send]',
      ],
    ]),
  ],
  [
    'paths',
    (
      [
        ['value > 1000', 'if(trigger.lead.value gt 1000)'],
        ['if value is over 1000', 'if(trigger.lead.value gt 1000)'],
        ['source is LinkedIn', 'if(trigger.lead.source eq "LinkedIn")'],
      ] as const
    ).flatMap(([test, cond]) =>
      ['otherwise', 'everything else', 'else'].flatMap((other): Case[] => [
        [
          `Trigger: New Lead\nPath A (${test}): Slack message to #sales\nPath B (${other}): Send Email`,
          'lead.created',
          `${cond}[notify.slack]else[email.send]`,
        ],
        [
          `New Lead / Path A (${test}): Notify Team / Path B (${other}): Send Follow Up Email`,
          'lead.created',
          `${cond}[notify.team]else[email.send]`,
        ],
      ]),
    ),
  ],
]);

const HURRIED_EVENTS: readonly [event: string, phrases: readonly string[]][] = [
  ['lead.created', ['new lead comes in', 'new lead', 'new lead added', 'someone sign up', 'new signup']],
  [
    'booking.cancelled',
    ['client cancel booking', 'customer cancel appointment', 'booking cancelled', 'booking cancel'],
  ],
  ['invoice.paid', ['invoice get paid', 'invoice paid', 'client pay invoice', 'payment recieved']],
  ['form.submitted', ['form submitted on website', 'someone fill the form', 'new form submission']],
  ['booking.created', ['someone book a call', 'new booking', 'client book appointment']],
  ['invoice.overdue', ['invoice overdue', 'invoice go overdue']],
];

const HURRIED_ACTIONS: readonly [wording: string, step: string][] = [
  ['send them a welcome email', 'email.send'],
  ['let Kim know', 'notify.team'],
  ['notify the team', 'notify.team'],
  ['post in #sales', 'notify.slack'],
  ['pls email them', 'email.send'],
  ['sned them a thank you emial', 'email.send'],
  ['notfy the team', 'notify.team'],
];

const JOINTS = [' ', ' -> ', ' → ', ', ', ' => ', ' > ', ' pls '];
const TAILS = ['', ' thx', ' asap'];

/** Negative waits typed in a hurry: no auxiliary, no "within", "if"/"when" or nothing before them. */
const HURRIED_WAITS: readonly Case[] = ['if ', 'when ', ''].flatMap((lead) =>
  (['7 days', '14 days'] as const).flatMap((time): Case[] => {
    const d = time === '7 days' ? 'P7D' : 'P14D';
    return [
      [
        `${lead}client not pay invoice ${time} send reminder`,
        'invoice.created',
        `waitFor(invoice.paid,${d},timeout:[invoice.sendReminder])`,
      ],
      [
        `${lead}customer no pay the invoice ${time}, email them`,
        'invoice.created',
        `waitFor(invoice.paid,${d},timeout:[email.send])`,
      ],
      [
        `${lead}lead not reply ${time} send follow up`,
        'email.sent[message]',
        `waitFor(email.received,${d},timeout:[email.send])`,
      ],
      [
        `${lead}lead dont reply in ${time} -> notify the team`,
        'email.sent[message]',
        `waitFor(email.received,${d},timeout:[notify.team])`,
      ],
    ];
  }),
);

/** Every hurried event phrase × joint, the actions and tails rotated; grouped by event; and hurried waits. */
export const RUN_ON_CLASS: ReadonlyMap<string, readonly Case[]> = new Map([
  ...HURRIED_EVENTS.map(([event, phrases]): [string, Case[]] => [
    event,
    phrases.flatMap((phrase, p) =>
      JOINTS.map((joint, j): Case => {
        const [action, step] = HURRIED_ACTIONS[(p + j) % HURRIED_ACTIONS.length] ?? [
          'notify the team',
          'notify.team',
        ];
        const tail = TAILS[(p + 2 * j) % TAILS.length] ?? '';
        return [`${phrase}${joint}${action}${tail}`, event, step];
      }),
    ),
  ]),
  ['hurried waits', HURRIED_WAITS] as [string, readonly Case[]],
]);

/** Run-on and labelled requests whose action nobody can do: refused, quoting what was written (no verb put in). */
export const LAYOUT_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ['new lead comes in frobnicate them', '"new lead comes in frobnicate them"'],
  ['new lead blorp the gizmo', '"new lead blorp the gizmo"'],
  ['Trigger: New Lead / Action: Find or Create Lead', 'Find or create lead'],
  ['Trigger: New Lead / Action: Create Task', 'create Task'],
  ['client cancel booking call them', 'call them'],
  ['New Lead → Send SMS', 'Send SMS'],
  // no test reads a phone number: the condition is not dropped
  ['new lead w a phone number → notify the team', '"new lead w a phone number"'],
];

/** The full products (for the bench): every app event name × layout × action pair, every hurried phrase × joint × action. */
export const TOOL_LAYOUT_PRODUCT: readonly Case[] = [
  ...APP_EVENTS.flatMap(([event, names]) => {
    const actions = actionPairs(event);
    return names.flatMap((name) =>
      LAYOUTS.flatMap((layout) =>
        actions.flatMap(([a, sa], i) =>
          actions
            .filter((_, k) => k !== i)
            .map((b): Case => [layout(name, a, b[0]), event, `${sa}; ${b[1]}`]),
        ),
      ),
    );
  }),
  ...[...TOOL_STEPS_CLASS.values()].flat(),
  ...HURRIED_WAITS,
  ...HURRIED_EVENTS.flatMap(([event, phrases]) =>
    phrases.flatMap((phrase) =>
      JOINTS.flatMap((joint) =>
        HURRIED_ACTIONS.flatMap(([action, step]) =>
          TAILS.map((tail): Case => [`${phrase}${joint}${action}${tail}`, event, step]),
        ),
      ),
    ),
  ),
];
