import type { Case } from '../table/case';
import { SPEC_JARGON_CLASS, SPEC_SCOPE_CLASS } from './spec-jargon';

/**
 * Requests written as spec or ticket lines by sales-ops people (grammar/notation.ts), as slots:
 * - every catalogue event written literally × how it is marked as the trigger (bare, backticks, "On", "trigger:",
 *   "Event =", "on the … event", after the action) × an action;
 * - `field op value` comparisons over the catalogue's fields (dotted paths, bare fields, camelCase, symbols
 *   ==, !=, ≠, <, >, <=, >=, ≥, ≤, amounts with k/M and currency, quoted strings, statuses written as slugs)
 *   × where the test stands (after "if", "where", "with", "only if" after the action) × an action;
 * - assignments in a step's place ("status = contacted", "lead.status: qualified", "tags: [a, b]") × trigger.
 * Every wording of a group must come back as its outline.
 */

const EVENTS: readonly [event: string, trigger: string][] = [
  ['lead.created', 'lead.created'],
  ['lead.updated', 'lead.updated'],
  ['email.received', 'email.received'],
  ['email.sent', 'email.sent'],
  ['file.updated', 'file.updated'],
  ['form.submitted', 'form.submitted'],
  ['booking.created', 'booking.created'],
  ['booking.cancelled', 'booking.cancelled'],
  ['invoice.created', 'invoice.created'],
  ['invoice.paid', 'invoice.paid'],
  ['invoice.overdue', 'invoice.overdue'],
  ['workflow.started', 'workflow.started'],
  ['workflow.completed', 'workflow.completed'],
  ['workflow.failed', 'workflow.failed'],
  ['approval.requested', 'approval.requested'],
];

/** How the event is marked as what starts the workflow, with the action after it (or before it). */
const MARKINGS: readonly ((event: string, action: string) => string)[] = [
  (e, a) => `${e} -> ${a}`,
  (e, a) => `${e} → ${a}`,
  (e, a) => `${e}: ${a}`,
  (e, a) => `\`${e}\` -> ${a}`,
  (e, a) => `On ${e}, ${a}`,
  (e, a) => `On \`${e}\`: ${a}`,
  (e, a) => `Trigger: ${e}. Action: ${a}`,
  (e, a) => `trigger: ${e} -> ${a}`,
  (e, a) => `Event = ${e} => ${a}`,
  (e, a) => `When ${e} fires, ${a}`,
  (e, a) => `on every ${e} event, ${a}`,
  (e, a) => `${a.charAt(0).toUpperCase()}${a.slice(1)} on ${e}`,
  (e, a) => `- ${e} -> ${a}`,
];

const EVENT_ACTIONS: readonly [said: string, steps: string][] = [
  ['post in #revops', 'notify.slack'],
  ['notify the AM', 'notify.team'],
  ['log it', 'log'],
];

export const SPEC_EVENT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  EVENTS.map(([event, trigger]): [string, Case[]] => [
    `event ${event}`,
    MARKINGS.flatMap((mark) =>
      EVENT_ACTIONS.map(([action, steps]): Case => [mark(event, action), trigger, steps]),
    ),
  ]),
);

/** A comparison as spec lines write it, on the event it is about, and the condition it must be. */
const COMPARISONS: readonly [event: string, test: string, condition: string][] = [
  ['lead.created', 'value < 2k', 'trigger.lead.value lt 2000'],
  ['lead.created', 'lead.value >= 10k', 'trigger.lead.value gte 10000'],
  ['lead.created', 'lead.value ≥ 1.5M', 'trigger.lead.value gte 1500000'],
  ['lead.created', 'value <= 500', 'trigger.lead.value lte 500'],
  ['lead.created', 'source == "webinar"', 'trigger.lead.source eq "webinar"'],
  ['lead.created', 'lead.source = webinar', 'trigger.lead.source eq "webinar"'],
  ['lead.created', 'status != lost', 'trigger.lead.status ne "lost"'],
  ['lead.created', 'lead.status ≠ closed-lost', 'trigger.lead.status ne "lost"'],
  ['lead.updated', 'status = closed-won', 'trigger.lead.status eq "customer"'],
  ['lead.updated', 'lead.status == Closed_Won', 'trigger.lead.status eq "customer"'],
  ['lead.updated', '`lead.status` = qualified', 'trigger.lead.status eq "qualified"'],
  ['invoice.created', 'total > $15k', 'trigger.invoice.totalCents gt 1500000'],
  ['invoice.created', 'invoice.total ≥ €250', 'trigger.invoice.totalCents gte 25000'],
  ['invoice.created', 'invoice.total > 15000', 'trigger.invoice.totalCents gt 1500000'],
  ['invoice.overdue', 'daysOverdue > 45', 'trigger.daysOverdue gt 45'],
  ['invoice.overdue', 'invoice.daysOverdue >= 30', 'trigger.daysOverdue gte 30'],
  ['invoice.overdue', 'days_overdue ≥ 60', 'trigger.daysOverdue gte 60'],
  [
    'lead.created',
    'source in [webinar, event]',
    '(trigger.lead.source eq "webinar" or trigger.lead.source eq "event")',
  ],
  [
    'lead.created',
    'lead.source in ["webinar", "conference"]',
    '(trigger.lead.source eq "webinar" or trigger.lead.source eq "conference")',
  ],
];

const PLACES: readonly ((event: string, test: string, action: string) => string)[] = [
  (e, t, a) => `${e} -> if ${t}, ${a}`,
  (e, t, a) => `${e}: if ${t} -> ${a}`,
  (e, t, a) => `${e} where ${t} -> ${a}`,
  (e, t, a) => `On ${e}, if ${t}: ${a}`,
  (e, t, a) => `${e} -> ${a} (only if ${t})`,
  (e, t, a) => `Trigger: ${e}. Filter: ${t}. Action: ${a}`,
];

const CONDITION_ACTIONS: readonly [said: string, steps: string][] = [
  ['Slack #deals', 'notify.slack'],
  ['notify the AE', 'notify.team'],
];

export const SPEC_CONDITION_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  COMPARISONS.map(([event, test, condition]): [string, Case[]] => [
    `${event} if ${test}`,
    PLACES.flatMap((place) =>
      CONDITION_ACTIONS.map(
        ([action, steps]): Case => [place(event, test, action), event, `if(${condition})[${steps}]`],
      ),
    ),
  ]),
);

/** A field set as a step, in notation. */
const ASSIGNMENTS: readonly string[] = [
  'status = contacted',
  'lead.status = contacted',
  'lead.status: qualified',
  'set lead.status = qualified',
  'stage: closed-won',
  'value = 5000',
  'lead.value = 5k',
  'tags: [inbound]',
  'tags: [inbound, webinar-2026]',
];

const ASSIGNMENT_PLACES: readonly ((event: string, step: string) => string)[] = [
  (e, s) => `${e} -> ${s}`,
  (e, s) => `${e}: ${s}`,
  (e, s) => `On ${e}: ${s}; notify the AM`,
];

export const SPEC_ASSIGNMENT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  ASSIGNMENTS.map((step): [string, Case[]] => [
    `assignment ${step}`,
    ['lead.created', 'email.received', 'booking.created'].flatMap((event) =>
      ASSIGNMENT_PLACES.map(
        (place, i): Case => [
          place(event, step),
          event,
          i === 2 ? 'crm.updateLead; notify.team' : 'crm.updateLead',
        ],
      ),
    ),
  ]),
);

/**
 * Dotted names that are no event of the catalogue, and comparisons whose value the field cannot hold: refused,
 * quoting the words, never a workflow on another event or a test that can never be true.
 */
export const SPEC_NOTATION_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ['contact.deleted -> notify the team', 'contact is deleted'],
  ['subscription.renewed -> notify #revops', 'subscription is renewed'],
  ['lead.created -> if lead.status = demo_booked, notify the AE', 'demo_booked'],
  ['invoice.created -> if status = pending, notify finance', 'pending'],
  ['When lead.status = demo_booked -> notify #sales', 'demo_booked'],
  ["When a lead's status changes to negotiation, notify the AE", 'negotiation'],
  ['When deal stage becomes proposal, notify the AE', 'proposal'],
];

export const SPEC_NOTATION_PRODUCT: readonly Case[] = [
  ...SPEC_EVENT_CLASS.values(),
  ...SPEC_CONDITION_CLASS.values(),
  ...SPEC_ASSIGNMENT_CLASS.values(),
  ...SPEC_JARGON_CLASS.values(),
  ...SPEC_SCOPE_CLASS.values(),
].flat();
