import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 39 (c5), issue 16: a tag test with an "otherwise" (development sets 26–28: "if they're tagged kids send the
 * kids info email, otherwise send the adult one", refused "a tag test cannot have an otherwise branch"). With an
 * otherwise every event starts the workflow and a step tests the tag (`contains` on the list); without one the tag
 * stays the trigger's filter. Rows are [request, trigger, steps].
 */

const OPENINGS = [
  ['new lead: ', 'lead.created'],
  ['When a lead is created, ', 'lead.created'],
  ['When a new lead comes in, ', 'lead.created'],
  ['When a lead is updated, ', 'lead.updated'],
] as const;
const TAGGED = [
  "if they're tagged payroll",
  'if they are tagged payroll',
  'if the lead is tagged payroll',
  'if they have the tag payroll',
  'if they have the payroll tag',
  'if it has the tag payroll',
] as const;
const BRANCHES = [
  [' book a 30 min onboarding call, if not just send the welcome email', 'calendar.schedule', 'email.send'],
  [' notify the team, otherwise send them the welcome email', 'notify.team', 'email.send'],
  [' post it in #payroll, else add a note "not payroll"', 'notify.slack', 'crm.addNote'],
  [' send the onboarding info email, otherwise send the standard one', 'email.send', 'email.send'],
] as const;

/** "if they're tagged X …, otherwise …": a step tests the tag, both branches kept. */
export const TAG_OTHERWISE_CLASS: readonly Case[] = OPENINGS.flatMap(([opening, trigger]) =>
  TAGGED.flatMap((tagged) =>
    BRANCHES.map(
      ([branches, then, otherwise]): Case => [
        `${opening}${tagged}${branches}`,
        trigger,
        `if(trigger.lead.tags contains "payroll")[${then}]else[${otherwise}]`,
      ],
    ),
  ),
);

/**
 * The tag said beside a comparison, or not carried ("not tagged"), or both sides said as two tests: every test in
 * the step, in the order said; two tests where one holds exactly when the other does not are one step and its else.
 */
export const TAG_WITH_OTHERS_CLASS: readonly Case[] = [
  [
    'When a new lead comes in worth over 500 and tagged locum, notify the team, otherwise log it',
    'lead.created',
    'if((trigger.lead.value gt 500 and trigger.lead.tags contains "locum"))[notify.team]else[log]',
  ],
  [
    'When a new lead comes in tagged vip, notify the team. Otherwise send them the welcome email',
    'lead.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
  [
    'When a booking is made, if the lead is tagged vip notify the team, otherwise send them the confirmation email',
    'booking.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
  [
    'When a new lead comes in, if they are not tagged vip notify the team, otherwise send the welcome email',
    'lead.created',
    'if(not trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
  [
    "When a new lead comes in and they aren't tagged vip, send the welcome email",
    'lead.created',
    'if(not trigger.lead.tags contains "vip")[email.send]',
  ],
  [
    'When a lead is created, if they are tagged vip notify sales. If they are not tagged vip send the welcome email',
    'lead.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
  [
    'When a lead is created, if they are not tagged vip send the welcome email. If they are tagged vip notify sales',
    'lead.created',
    'if(not trigger.lead.tags contains "vip")[email.send]else[notify.team]',
  ],
  [
    "When a lead is created, if the source is LinkedIn notify sales, if the source isn't LinkedIn send the welcome email",
    'lead.created',
    'if(trigger.lead.source eq "LinkedIn")[notify.team]else[email.send]',
  ],
  [
    'new lead: if the value is over 500 send the premium welcome email, otherwise send the standard one',
    'lead.created',
    'if(trigger.lead.value gt 500)[email.send]else[email.send]',
  ],
];

/** Twins: a tag test with no otherwise stays the trigger's filter, whatever the words. */
export const TAG_FILTER_KEPT: readonly Case[] = [
  ...OPENINGS.flatMap(([opening, trigger]) =>
    TAGGED.map(
      (tagged): Case => [
        `${opening}${tagged} book a 30 min onboarding call`,
        `${trigger} {"lead.tags":["payroll"]}`,
        'calendar.schedule',
      ],
    ),
  ),
  [
    'new lead: send the kids info email, then send the adult program one',
    'lead.created',
    'email.send; email.send',
  ],
];

/** Twins refused: tags as alternatives, and a trigger that already picks by a tag ("a new PI lead") tested again. */
export const TAG_OTHERWISE_REFUSED: readonly Refusal[] = [
  [
    'When a new lead comes in, if they are tagged vip or tagged gold notify the team, otherwise send the welcome email',
    'a tag cannot be one of several alternatives',
  ],
  [
    "New PI lead: if the lead has the tag 'truck accident' send it to Greg, else to Anne",
    'only leads with the tags pi start the workflow',
  ],
  [
    'When a new VIP lead comes in, if they are tagged gold notify the team, otherwise send the welcome email',
    'only leads with the tags vip start the workflow',
  ],
];
