import { tripleGroups, tripleProduct } from './triples';

/**
 * Lists of actions typed on a phone or in a hurry (held-out set 16's voice): the event with no "when" or with a dash
 * or an arrow, actions with no articles ("send welcome email", "post #wins", "mark contacted", "make invoice 1500
 * usd"), learners' nouns ("send acknowledge mail", "thank u mail"), a typo, and often no comma or "and" between
 * them at all. Each row's expected outline is the three actions in order; a list read as fewer actions, more, or in
 * another order is a silent misread.
 */

const TRIGGERS: readonly [string, string][] = [
  ['deal won', 'lead.updated {"changes.status.to":["customer"]}'],
  ['when invoice paid', 'invoice.paid'],
  ['lead answer our email →', 'email.received'],
];

const ACTIONS: readonly [step: string, wordings: readonly string[]][] = [
  [
    'email.send',
    [
      'send welcome email',
      'email them pricing',
      'send thank u mail',
      'send acknowledge mail',
      'mail them the brochure link',
      'send folow up email',
    ],
  ],
  ['notify.slack', ['post #wins', 'post in #sales', 'notify sales on slack', 'slack #ops']],
  ['notify.team', ['tell sales team', 'let maria know', 'inform HR', 'tell me', 'alert me']],
  ['crm.addNote', ['add note', 'save answer as note', 'put note on lead', 'write note on lead']],
  ['crm.updateLead', ['mark contacted', 'move to qualified', 'tag hot', 'mark him lost']],
  ['calendar.schedule', ['schedule call', 'book intro call w them', 'book 15 min call']],
  ['invoice.create', ['make invoice 1500 usd', 'create invoice 200 eur']],
  ['log', ['write log', 'log it']],
];

const JOINS: readonly ((a: readonly string[]) => string)[] = [
  (a) => a.join(' '),
  (a) => a.join(', '),
  (a) => `${a[0]}, ${a[1]} and ${a[2]}`,
  (a) => a.join(' then '),
  (a) => a.join(' & '),
  (a) => `${a[0]} ${a[1]} and ${a[2]}`,
];

const PUT: readonly ((trigger: string, body: string) => string)[] = [(t, b) => `${t} ${b}`];

const GRAMMAR = { triggers: TRIGGERS, actions: ACTIONS, joins: JOINS, put: PUT, books: -1, stride: 1 };

/** Every trigger × triple with a join (rotated), grouped by trigger. */
export const HURRIED_LIST_CLASS = tripleGroups(GRAMMAR);

/** The full cross product, for the bench. */
export const HURRIED_LIST_PRODUCT = tripleProduct(GRAMMAR);

/** Hurried lists with an action nobody can do: refused, quoting it, never read as the actions around it. */
export const HURRIED_LIST_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ['deal won send welcome email make phone call to the customer', 'make phone call'],
  ['when invoice overdue make phone call to the customer', 'make phone call'],
  ['new booking tell me make phone call', 'make phone call'],
  ['deal won post #wins order pizza for team', 'order pizza'],
  ['deal won send welcome email create task for anna', 'create task'],
  ['when invoice paid send welcome email print receipt', 'print'],
];

/** An approval said in a hurry or by a learner ("first need my approve"), before or between the other actions. */
const APPROVALS: readonly string[] = [
  'first need my approve',
  'need my approval',
  'need my approve first',
  'ask for my approval',
];

export const HURRIED_APPROVAL_CASES: readonly (readonly [prompt: string, trigger: string, steps: string])[] =
  APPROVALS.flatMap((a) => [
    [
      `new booking ${a} then send confirmation then add client to crm`,
      'booking.created',
      'approval; email.send; crm.createLead',
    ],
    [
      `deal won ${a}, make invoice 1500 usd, post #wins`,
      'lead.updated {"changes.status.to":["customer"]}',
      'approval; invoice.create; notify.slack',
    ],
    [
      `when invoice paid send thank u mail then ${a} then tag hot`,
      'invoice.paid',
      'email.send; approval; crm.updateLead',
    ],
  ]);

/** A draft passed to a colleague named in lower case: a notification to them, never the email sent to the customer. */
export const HURRIED_DRAFT_CASES: readonly (readonly [prompt: string, trigger: string, steps: string])[] = [
  [
    'when a customer emails us, draft a reply and send it to priya',
    'email.received',
    'email.draft; notify.team',
  ],
  [
    'new lead → draft welcome email, send the draft to tom for checking',
    'lead.created',
    'email.draft; notify.team',
  ],
  [
    'when a client emails us draft answer then forward it to marco',
    'email.received',
    'email.draft; notify.team',
  ],
  ['when client emails us -> draft answer, pass it to fridah', 'email.received', 'email.draft; notify.team'],
];
