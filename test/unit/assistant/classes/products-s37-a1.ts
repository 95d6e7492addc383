import type { Case } from '../table/case';

/**
 * The generated classes of session 37's engineer a1, spread into PRODUCTS by index.ts.
 * One file per engineer so that parallel work never conflicts on the shared list.
 *
 * Parts set aside (grammar/set-aside.ts): a rule whose trigger clause carries a remark no reader reads — a reason
 * ("because the old way was slow"), a statement about the business ("as we are a small shop"), who did it ("by the
 * family") — is read as its rule, the remark quoted as not understood. Twins (ASIDE_TWINS, refused): the same
 * remark carrying a time, a number, a condition, a negation, a person, a recipient, a channel or an action.
 */

/** [trigger clause, action clause, trigger, steps]: rules from different trades and events. */
const RULES = [
  ['When an invoice is paid', 'send the customer a thank-you email', 'invoice.paid', 'email.send'],
  ['When a new lead comes in', 'email them a welcome message', 'lead.created', 'email.send'],
  ['When a form is submitted', 'notify the team', 'form.submitted', 'notify.team'],
] as const;

/** A booking keeps a cancellation's reason: a reason said of one could be tested, so only who did it is set aside. */
const BOOKING = ['When a booking is made', 'notify the team', 'booking.created', 'notify.team'] as const;

/** Remarks that cannot change the workflow, as they follow the trigger clause (with their own commas). */
const REMARKS = [
  ', because the old way was slow,',
  ', as we are a small shop,',
  ', since our old tool is retiring,',
  ', because it got messy,',
] as const;

/** Who did it, said after the event: no event records who paid, booked or submitted. */
const AGENTS = [' by the family', ' by the parents'] as const;

/** What the remarks become in the twins: each carries something a workflow could depend on. */
const TWIN_REMARKS = [
  ', because the old way was slow on Fridays,',
  ', as we are a small shop of 3,',
  ', since our old tool is retiring, but not for VIP clients,',
  ', because it got messy, unless it is a refund,',
  ', as Priya used to do it,',
  ', since the bookkeeper left,',
  ', because we text them too,',
  ', as it goes to our shared inbox,',
  ', because we also create a task,',
  ', since we only do this for new leads,',
  ', because it saves us an hour,',
  ', because we reconcile the ledgers,',
  ', since our intern reconciles the ledgers,',
] as const;
const TWIN_AGENTS = [
  ' by the family after 5pm',
  ' by Sarah',
  ' by the receptionist',
  ' by the parents on Mondays',
] as const;

export const SET_ASIDE_CLASS: readonly Case[] = [
  ...RULES.flatMap(([when, action, trigger, steps]) => [
    ...REMARKS.map((r): Case => [`${when}${r} ${action}.`, trigger, steps]),
    ...AGENTS.map((a): Case => [`${when}${a}, ${action}.`, trigger, steps]),
  ]),
  ...AGENTS.map((a): Case => [`${BOOKING[0]}${a}, ${BOOKING[1]}.`, BOOKING[2], BOOKING[3]]),
];

/** The twins: the same rules with remarks that could change the workflow; each must be refused. */
export const ASIDE_TWINS: readonly string[] = [...RULES, BOOKING].flatMap(([when, action]) => [
  ...TWIN_REMARKS.map((r) => `${when}${r} ${action}.`),
  ...TWIN_AGENTS.map((a) => `${when}${a}, ${action}.`),
]);

export const PRODUCTS_S37_A1: Readonly<Record<string, readonly Case[]>> = {
  'remarks set aside (s37)': SET_ASIDE_CLASS,
};
