/**
 * The safety net as a class: an action read in full, with an object or a person added that no reader places (a second
 * person, an attachment, a copy, a task). Each must be refused, quoting what was not placed, never read as the action
 * without it. Trigger × action × what is added × where it goes. Who a message is from ("a welcome email from Tom") is
 * placed since session 43 (words-around.ts: the message, its sender said back in the notes; words-around-s43.test.ts).
 */
export type Leftover = readonly [prompt: string, quoted: string];

const TRIGGERS = ['When a new lead comes in', 'When a lead replies', 'When an invoice is paid'];

/** Each action with what people add to it that no reader places. */
const ACTIONS: readonly [action: string, added: readonly (readonly [words: string, quoted: string])[]][] = [
  ['send them a welcome email', [['with our brochure attached', 'brochure']]],
  ['email the customer a thank you', [['with the price list attached', 'attached']]],
  ['notify Anna on Slack', [['and Tom', 'Tom']]],
  // a second recipient or a copy (session 25): the message would go to the first alone
  [
    'email them',
    [
      ['and their manager', 'them and their manager'],
      ['and a copy to finance', 'a copy to finance'],
      ['as well as their boss', 'their boss'],
    ],
  ],
  ['send the customer a receipt', [['and a copy to the owner', 'a copy to the owner']]],
  ['notify the team', [['and their manager', 'the team and their manager']]],
  ['create a task for Anna', [['', 'task']]],
  ['add a note', [['and a task for Anna', 'task']]],
];

export const LEFTOVER_CLASS: ReadonlyMap<string, readonly Leftover[]> = new Map(
  ACTIONS.map(([act, added]): [string, Leftover[]] => [
    act,
    TRIGGERS.flatMap((trigger) =>
      added.flatMap(([words, quoted]): Leftover[] => [
        [`${trigger}, ${act}${words ? ` ${words}` : ''}`, quoted],
        [`${trigger}: ${act}${words ? ` ${words}` : ''}, then wait a day and notify the team`, quoted],
      ]),
    ),
  ]),
);
