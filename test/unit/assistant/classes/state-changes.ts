import type { Case } from '../table/case';

/**
 * A lead's state change said in the writer's words (session 32, h6): the transition "from X to Y", the writer's own
 * word for a status with its CRM status in brackets ("goes from trial to paid (we flip them to customer in the
 * CRM)"), a label naming a status ("Won deal ->", "Churned customer:"), a verb that leaves the lead in a status ("a
 * customer churns", "a trial user converts"), a lead noun with the business's word before it ("New trial signup
 * comes in ->"). Crossed: subject × verb × from-state (a status, or the writer's word: not tested, said back) ×
 * to-state (a status, or the writer's word mapped in brackets) × joint and position × framing × surface (typed, or
 * no punctuation and no capitals). The lead told h6 the miss classes of sealed sets 27/28 (class 2: "triggers as a
 * noun phrase before -> = :" and "state changes in trade words with the writer's own mapping in brackets"), with
 * two example phrases; every request here is written from those dimensions, not from the sets.
 */

const SUBJECTS = ['a lead', 'a deal', "a lead's status", 'a customer'];
const VERBS = ['goes', 'moves', 'changes', 'switches'];
/** The state left: a status (tested) or the writer's own word (not tested, said back). */
const FROM: readonly (readonly [string, string | undefined])[] = [
  ['qualified', 'qualified'],
  ['contacted', 'contacted'],
  ['trial', undefined],
  ['onboarding', undefined],
];
/** The state reached, as said, and the status it is. */
const TO: readonly (readonly [string, string])[] = [
  ['customer', 'customer'],
  ['won', 'customer'],
  ['lost', 'lost'],
  ['paid (we flip them to customer in the CRM)', 'customer'],
  ['signed (won in our CRM)', 'customer'],
  ['dead (we mark them lost)', 'lost'],
];

const ACTIONS: readonly (readonly [string, string])[] = [
  ['post in #wins', 'notify.slack'],
  ['email me', 'notify.team'],
];

/** Where the trigger stands and what joins it to the action. */
const POSITIONS: readonly ((trigger: string, action: string) => string)[] = [
  (t, a) => `When ${t}, ${a}`,
  (t, a) => `${cap(t)} -> ${a}`,
  (t, a) => `${cap(t)} = ${a}`,
  (t, a) => `${cap(t)}: ${a}`,
  (t, a) => `${cap(a)} whenever ${t}`,
];

/** Around the request: nothing, a greeting and thanks; typed, or dictated with no punctuation and no capitals. */
const SURFACES: readonly ((r: string) => string)[] = [
  (r) => r,
  (r) => `Hi team! ${r}. Thanks!`,
  (r) => spoken(r),
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** As a voice note transcribes it: no commas, no full stops, no capitals (brackets and arrows said as pauses). */
const spoken = (r: string): string =>
  r
    .replace(/ (?:->|=|:) /g, ' ')
    .replace(/^(.*?): /, '$1 ')
    .replace(/,/g, '')
    .toLowerCase();

const filterOf = (to: string, from: string | undefined): string =>
  from && from !== to
    ? `lead.updated {"changes.status.to":["${to}"],"changes.status.from":["${from}"]}`
    : `lead.updated {"changes.status.to":["${to}"]}`;

export const TRANSITION_PRODUCT: readonly Case[] = SUBJECTS.flatMap((subject, si) =>
  FROM.flatMap(([fromWord, from], fi) =>
    TO.flatMap(([toWord, to], ti) =>
      POSITIONS.flatMap((position, pi) =>
        SURFACES.map((surface, ui): Case => {
          // the verb and the action turn with the other dimensions, so each meets each without a full product
          const verb = VERBS[(si + fi + ti + pi) % VERBS.length] as string;
          const [action, step] = ACTIONS[(fi + ti + pi + ui) % ACTIONS.length] as readonly [string, string];
          const request = position(`${subject} ${verb} from ${fromWord} to ${toWord}`, action);
          return [surface(request), filterOf(to, from), step];
        }),
      ),
    ),
  ),
);

/** The state left and no state reached ("changes from new"): the status it leaves, never a source named "new". */
export const LEAVES_PRODUCT: readonly Case[] = SUBJECTS.flatMap((subject) =>
  VERBS.flatMap((verb) =>
    ['new', 'qualified', 'contacted'].flatMap((from) =>
      POSITIONS.slice(0, 2).flatMap((position) =>
        SURFACES.map(
          (surface): Case => [
            surface(position(`${subject} ${verb} from ${from}`, 'email me')),
            `lead.updated {"changes.status.from":["${from}"]}`,
            'notify.team',
          ],
        ),
      ),
    ),
  ),
);

/** A label or a short sentence naming a status the lead reaches. */
const STATUS_LABELS: readonly (readonly [string, string])[] = [
  ['Won deal', 'customer'],
  ['Deal won', 'customer'],
  ['Lost lead', 'lost'],
  ['Churned customer', 'lost'],
  ['Customer churned', 'lost'],
  ['Customer churns', 'lost'],
  ['Qualified lead', 'qualified'],
  ['Converted lead', 'customer'],
  ['A customer converts', 'customer'],
  ['Lead marked as lost', 'lost'],
];
const JOINTS = [' -> ', ' = ', ': ', ' — ', ' → '];

export const STATUS_LABEL_PRODUCT: readonly Case[] = STATUS_LABELS.flatMap(([label, to]) =>
  JOINTS.flatMap((joint) =>
    ACTIONS.flatMap(([action, step]) =>
      SURFACES.map((surface): Case => [surface(`${label}${joint}${action}`), filterOf(to, undefined), step]),
    ),
  ),
);

/** A lead's noun with the business's word before it: a tag the lead carries ("trial", "enterprise"). */
const MODIFIED_LEADS: readonly (readonly [string, string])[] = [
  ['New trial signup comes in', 'trial'],
  ['New trial signup', 'trial'],
  ['A new enterprise account is created', 'enterprise'],
  ['New partner signup', 'partner'],
  ['A trial user converts', 'trial'],
];

export const MODIFIED_LEAD_PRODUCT: readonly Case[] = MODIFIED_LEADS.flatMap(([label, tag]) =>
  JOINTS.flatMap((joint) =>
    ACTIONS.flatMap(([action, step]) =>
      SURFACES.map(
        (surface): Case => [
          surface(`${label}${joint}${action}`),
          label.endsWith('converts')
            ? `lead.updated {"changes.status.to":["customer"],"lead.tags":["${tag}"]}`
            : `lead.created {"lead.tags":["${tag}"]}`,
          step,
        ],
      ),
    ),
  ),
);

/** An enquiry named by what it is about or where it comes from: every enquiry of the business, as invoices are. */
const ENQUIRIES = [
  'New catering enquiry comes in',
  'A mortgage enquiry comes in',
  'New wedding enquiry',
  'New website enquiry',
  'A new kitchen inquiry arrives',
];

export const ENQUIRY_PRODUCT: readonly Case[] = ENQUIRIES.flatMap((label) =>
  JOINTS.flatMap((joint) =>
    ACTIONS.flatMap(([action, step]) =>
      SURFACES.map((surface): Case => [surface(`${label}${joint}${action}`), 'lead.created', step]),
    ),
  ),
);

/**
 * Must be refused: a state the CRM has no status for and no brackets to say which ("from trial to paid"), brackets
 * naming two statuses, brackets that also choose records or add a step, a modifier that says where a lead came from
 * (no tag records it), an enquiry picked out by size (nothing on it says so).
 */
export const NOT_STATE_CHANGES: readonly string[] = [
  'When a lead goes from trial to paid, post in #wins',
  'Lead goes from trial to paid -> post in #wins',
  'when a lead moves from demo to paying post in #wins',
  'When a lead goes from trial to paid (a new customer), post in #wins',
  'When a lead goes from trial to paid (customer in our CRM, only for enterprise), post in #wins',
  'When a lead goes from trial to paid (we flip them to customer and email sales), post in #wins',
  'When a deal moves from proposal to signed (over $5k is won), post in #wins',
  'New facebook signup -> post in #sales',
  'New website account -> post in #sales',
  'A big enquiry comes in: post in #sales',
];
