import type { Step } from '../../../statemachines/schema';
import { action, type Ctx } from './context';
import type { Recipient } from './recipients';

/**
 * A report said "on slack": posted to the channel, or, sent to a person ("a summary of last week sent to Jo on
 * slack"), the team message to that member by Slack (session 38: it went to the channel, not to Jo).
 */
export const slackReport = (
  ctx: Ctx,
  text: string,
  channel: string | undefined,
  to: Recipient | undefined,
): Step =>
  to?.kind === 'member'
    ? action(ctx, 'send-report', 'notify.team', { text, member: to.member, via: 'slack' })
    : action(ctx, 'post-to-slack', 'notify.slack', channel ? { text, channel: `#${channel}` } : { text });
