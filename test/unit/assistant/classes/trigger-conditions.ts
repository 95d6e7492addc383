import type { Case } from '../table/case';

/**
 * Conditions read as part of the trigger (session 29): "when a lead from the website comes in and the budget is over
 * 5k, notify #sales, otherwise send them our brochure". The subject's qualifier and the test after "and" are one
 * condition, and "otherwise" is its other branch, wherever the qualifier stands (in the subject or after the verb)
 * and whether "and" follows a comma. Slots: the event with its qualifier × the joint × the second test × the action ×
 * the other branch.
 */

const EVENTS: readonly (readonly [said: string, event: string, first: string])[] = [
  ['a lead from the website comes in', 'lead.created', 'trigger.lead.source eq "website"'],
  ['a lead comes in from the website', 'lead.created', 'trigger.lead.source eq "website"'],
  ['a new lead from Facebook arrives', 'lead.created', 'trigger.lead.source eq "Facebook"'],
  ['someone signs up from LinkedIn', 'lead.created', 'trigger.lead.source eq "LinkedIn"'],
];

const JOINTS: readonly string[] = [' and ', ', and '];

const SECOND: readonly (readonly [said: string, test: string])[] = [
  ['the budget is over 5k', 'trigger.lead.value gt 5000'],
  ["it's worth more than 2000", 'trigger.lead.value gt 2000'],
  ['their value is above 10k', 'trigger.lead.value gt 10000'],
];

const THEN: readonly (readonly [said: string, step: string])[] = [
  ['notify #sales', 'notify.slack'],
  ['alert Anna', 'notify.team'],
];

const ELSE: readonly (readonly [said: string, step: string])[] = [
  [', otherwise send them our brochure', 'email.send'],
  ['; otherwise add a note', 'crm.addNote'],
  ['. Otherwise, tag them as cold.', 'crm.updateLead'],
  ['', ''],
];

const build = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  for (const [said, event, first] of EVENTS) {
    const cases: Case[] = [];
    for (const joint of JOINTS)
      SECOND.forEach(([test, second], s) => {
        THEN.forEach(([act, step], t) => {
          const [other, otherStep] = ELSE[(s + t) % ELSE.length] ?? ['', ''];
          const branch = otherStep ? `else[${otherStep}]` : '';
          cases.push([
            `When ${said}${joint}${test}, ${act}${other}`,
            event,
            `if((${first} and ${second}))[${step}]${branch}`,
          ]);
        });
      });
    groups.set(said, cases);
  }
  return groups;
};

export const TRIGGER_CONDITION_CLASS: ReadonlyMap<string, readonly Case[]> = build();

/** The full cross product, for the bench. */
export const TRIGGER_CONDITION_PRODUCT: readonly Case[] = [...TRIGGER_CONDITION_CLASS.values()].flat();
