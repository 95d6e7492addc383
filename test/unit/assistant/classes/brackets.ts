import type { Case } from '../table/case';

/**
 * The writer's own words in brackets (session 32, grammar/glosses.ts): a phrase in the trade's words followed by the
 * same thing in the catalogue's ("When a prospect signs (lead status -> customer)"), an action said loosely and then
 * plainly ("get the account manager to chase (just notify them)"), examples of a record ("(contracts, briefs etc)")
 * and the name of whoever a role is now ("(currently Jo)"). Slots, crossed: the trigger said with its gloss × the
 * joint (with punctuation or none) × the action (itself glossed or not) × a second action × framing around the
 * request × the surface (as typed, all lower case).
 */

const CUSTOMER = 'lead.updated {"changes.status.to":["customer"]}';
const QUALIFIED = 'lead.updated {"changes.status.to":["qualified"]}';

/** A trigger in trade words, its gloss in brackets, and the event the gloss names. */
const TRIGGERS: readonly (readonly [said: string, trigger: string])[] = [
  ['When a prospect signs (lead status -> customer)', CUSTOMER],
  ['On completion (lead moved to customer)', CUSTOMER],
  ['Once a client comes on board (lead becomes a customer)', CUSTOMER],
  ['When a job is confirmed (a booking is made)', 'booking.created'],
  ['When the deposit lands (invoice paid)', 'invoice.paid'],
  ['Upon sign-off (when the lead is marked qualified)', QUALIFIED],
];

/** How the trigger is joined to what follows. */
const JOINTS: readonly string[] = [', ', ' -> ', ' - ', ' '];

/** The first action: plain, or loosely said and glossed in brackets (its pronoun taking the phrase's person). */
const ACTIONS: readonly (readonly [said: string, step: string])[] = [
  ['send them the welcome pack', 'email.send'],
  ['get the account manager to chase (just notify them)', 'notify.team'],
  ['loop in the office manager (notify her)', 'notify.team'],
  ['tell the office manager (currently Jo)', 'notify.team'],
  ['ping our on-call engineer (Priyesh this week)', 'notify.team'],
  ['add a note to the lead', 'crm.addNote'],
];

const SECOND: readonly (readonly [said: string, step: string])[] = [
  ['', ''],
  [' and post in #wins', 'notify.slack'],
];

const FRAMING: readonly (readonly [before: string, after: string])[] = [
  ['', ''],
  ['Hi! ', ' Thanks'],
  ['quick one - ', ' ty'],
];

/** As typed, or all in lower case as on a phone. */
const SURFACES: readonly ((s: string) => string)[] = [(s) => s, (s) => s.toLowerCase()];

export const BRACKET_PRODUCT: readonly Case[] = TRIGGERS.flatMap(([trigger, event]) =>
  JOINTS.flatMap((joint) =>
    ACTIONS.flatMap(([action, step]) =>
      SECOND.flatMap(([second, step2]) =>
        FRAMING.flatMap(([before, after]) =>
          SURFACES.map(
            (surface): Case => [
              surface(`${before}${trigger}${joint}${action}${second}${after}`),
              event,
              step2 ? `${step}; ${step2}` : step,
            ],
          ),
        ),
      ),
    ),
  ),
);

/** Examples of what a record covers, in brackets after its noun: framing, whatever the record and the action. */
const EXAMPLED: readonly (readonly [said: string, trigger: string])[] = [
  ['Whenever someone updates a file (runbooks, SOPs etc)', 'file.updated'],
  ['Whenever a file gets uploaded (proofs, final exports etc.)', 'file.updated'],
  ['When a document is added (such as contracts or briefs)', 'file.updated'],
  ['When a form comes in (enquiries, feedback and so on)', 'form.submitted'],
];

export const EXAMPLES_PRODUCT: readonly Case[] = EXAMPLED.flatMap(([trigger, event]) =>
  [
    ['let the team lead know', 'notify.team'],
    ['post it in #docs', 'notify.slack'],
    ['tell the office manager (currently Jo)', 'notify.team'],
  ].map(([action, step]): Case => [`${trigger} ${action}`, event, step ?? '']),
);

/**
 * Must stay refused: the phrase a gloss would replace carries a restriction (a kind, a source, an amount, a name, a
 * place), or the bracket reads as nothing. The gloss never makes the restriction disappear.
 */
export const BRACKET_REFUSALS: readonly string[] = [
  'When a VIP prospect signs (lead status -> customer), send them the welcome pack',
  'When a prospect from Google signs (lead status -> customer), send them the welcome pack',
  'When a prospect worth over 5k signs (lead status -> customer), send them the welcome pack',
  'When a prospect in Leeds signs (lead status -> customer), send them the welcome pack',
  'When the final deposit lands (invoice paid), post in #wins',
  'When the 2nd deposit lands (invoice paid), post in #wins',
  'When an urgent job is confirmed (a booking is made), add a note to the lead',
  'When a prospect signs (you know the drill), send them the welcome pack',
  "When a new lead comes in (location 'Reading'), notify the team",
  "When a booking is made (room 'Garden'), notify the team",
  'When a new lead comes in, get the account manager for VIPs to chase (just notify them)',
  'When a new lead comes in, get only the senior account manager to chase (just notify them)',
  'When a new lead comes in, get the account manager to chase (as usual)',
];
