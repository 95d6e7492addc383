import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 39 (a10), issue 16: a filter said in a workflow no event starts ("every friday at 4pm post in #team if they
 * are tagged vip", "when I press run, email Rob only when they are tagged vip"): no lead comes with a schedule or a
 * button, and the filter was dropped without a word (34 of these 48 were workflows that ran for everyone).
 */
const STARTS = ['every friday at 4pm ', 'Every Monday at 9am London time ', 'when I press run, '] as const;
const STEPS = ['post in #team', 'email Rob', 'send Kai a message'] as const;
const TESTS = [
  ' if they are tagged vip',
  ' only when they are tagged vip',
  ', but only if they are tagged vip',
] as const;

/** Must refuse, naming the test that would have been dropped. */
export const UNSTARTED_FILTERS_REFUSED: readonly Refusal[] = [
  ...STARTS.flatMap((start) =>
    STEPS.flatMap((step) => TESTS.map((test): Refusal => [`${start}${step}${test}`, 'tagged vip'])),
  ),
  ['give me a button that posts in #team if the lead is tagged vip', 'tagged vip'],
  ['when I press run, email Rob if the lead is tagged vip', 'tagged vip'],
];

/** An event's filter and the leads a schedule finds are read as before. */
export const EVENT_FILTERS_KEPT: readonly Case[] = [
  [
    'When a lead is created post in #team if they are tagged vip',
    'lead.created {"lead.tags":["vip"]}',
    'notify.slack',
  ],
  [
    'When a lead is created email Rob, but only if they are tagged vip',
    'lead.created {"lead.tags":["vip"]}',
    'notify.team',
  ],
  [
    'every friday at 4pm email every lead tagged vip',
    'cron(0 16 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every friday at 4pm find the leads tagged vip and email each of them',
    'cron(0 16 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
];
