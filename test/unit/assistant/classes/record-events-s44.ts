import type { Case } from '../table/case';

/**
 * Session 44 (a44), issue 16: a record's event read from its noun and its verb. The meaning, "what a trade calls the
 * money an invoice asks for + a payment's verb", is read from its parts: the noun (rent, the deposit, school fees, the
 * bond, an instalment: every invoice of that business), the verb's meaning (paid, settled, comes in, clears: the
 * invoice paid; goes overdue, is late, is missed: overdue), and the shape around them ("when …,", "… ->", "once …:",
 * a question as a header). Rows are [request, trigger, steps].
 */

/** What trades call the money, with whether the verb after it is singular. */
const MONEY = [
  ['rent', true],
  ['the deposit', true],
  ['the balance', true],
  ['school fees', false],
  ['an instalment', true],
  ['the bond', true],
  ['membership subs', false],
  ['the service charge', true],
  ['tuition', true],
  ["a tenant's rent", true],
  ["the guest's deposit", true],
  ['the retainer', true],
] as const;

const OVERDUE = [
  (one: boolean) => (one ? 'goes overdue' : 'go overdue'),
  (one: boolean) => (one ? 'is late' : 'are late'),
  (one: boolean) => (one ? 'falls past due' : 'fall past due'),
  (one: boolean) => (one ? 'gets missed' : 'get missed'),
] as const;
const PAID = [
  (one: boolean) => (one ? 'gets paid' : 'get paid'),
  (one: boolean) => (one ? 'is settled' : 'are settled'),
  (one: boolean) => (one ? 'comes in' : 'come in'),
  (one: boolean) => (one ? 'clears' : 'clear'),
  (one: boolean) => (one ? 'is received' : 'are received'),
] as const;

/** Where the event stands in the request. */
const SHAPES = [
  (e: string, a: string) => `when ${e}, ${a}`,
  (e: string, a: string) => `${e} -> ${a}`,
  (e: string, a: string) => `whenever ${e} ${a}`,
  (e: string, a: string) => `once ${e}: ${a}`,
  (e: string, a: string) => `${e}? ${a}`,
  (e: string, a: string) => `${a} when ${e}`,
] as const;

const ACTIONS = [
  ['tell Sandra', 'notify.team'],
  ['post it in #accounts', 'notify.slack'],
] as const;

const rows = (verbs: readonly ((one: boolean) => string)[], trigger: string): Case[] =>
  MONEY.flatMap(([noun, one], i) =>
    verbs.map((verb, j) => {
      const shape = SHAPES[(i + j) % SHAPES.length] ?? SHAPES[0];
      const [action, step] = ACTIONS[(i + 2 * j) % ACTIONS.length] ?? ACTIONS[0];
      return [shape(`${noun} ${verb(one)}`, action), trigger, step] as const;
    }),
  );

export const MONEY_OVERDUE_CLASS: readonly Case[] = rows(OVERDUE, 'invoice.overdue');
export const MONEY_PAID_CLASS: readonly Case[] = rows(PAID, 'invoice.paid');

/** The same with what the trade does next, as writers of sets 41–43 said it. */
export const MONEY_SAID_CLASS: readonly Case[] = [
  ['deposit goes overdue = send the guest the payment reminder', 'invoice.overdue', 'invoice.sendReminder'],
  ['tuition goes overdue → send the parent a reminder', 'invoice.overdue', 'invoice.sendReminder'],
  ['membership fee goes overdue -> email the member a reminder', 'invoice.overdue', 'invoice.sendReminder'],
  ['when school fees are paid, email the parent a receipt', 'invoice.paid', 'email.send'],
  ['balance settled → email the customer a thank you', 'invoice.paid', 'email.send'],
  ['the deposit lands in our account → email the guest', 'invoice.paid', 'email.send'],
  ["once the deposit's paid, tell the team on slack", 'invoice.paid', 'notify.slack'],
  ['premium overdue → remind the policyholder', 'invoice.overdue', 'invoice.sendReminder'],
];

/**
 * Near misses, refused (quoting what must be said): a money noun with no event verb, a verb that is no payment's
 * ("goes up", "is raised": more rent), "goes overdue" of a thing that is not money (a van's service, a library book,
 * a task, a vaccination), a word that picks some of them out, two records in one trigger.
 */
export const MONEY_TWINS_REFUSED: readonly (readonly [string, string])[] = [
  ['rent is important, tell Sandra', 'rent is important'],
  ['when rent goes up, tell Sandra', 'when rent goes up'],
  ['when rent is raised tell Sandra', 'what starts the workflow'],
  ['when the van goes overdue for a service, tell Dave', 'the van goes overdue'],
  ['when a library book goes overdue tell Sam', 'what starts the workflow'],
  ['when a task goes overdue tell Sam', 'what starts the workflow'],
  ['when a vaccination goes overdue tell Sam', 'what starts the workflow'],
  ['when the final balance is paid tell Sam', 'final balance'],
  ['when the deposit goes overdue and the booking is cancelled, tell Sandra', 'the booking is cancelled'],
  ['rent is due on the 1st - tell Sandra', 'rent is due'],
  ['when a stripe payment comes thru: tell Sam', 'what starts the workflow'],
];
