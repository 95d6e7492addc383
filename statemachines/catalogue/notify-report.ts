import * as z from 'zod/mini';
import '../zod-kit';
import { type ActionSpec, AI_RETRY, agent, IsoDateTime, PATIENT_RETRY, spec } from './spec';

/** Telling people: Slack, the team, reports (agents notify and report). */
export const NOTIFY_AND_REPORT_ACTIONS = {
  'notify.slack': spec({
    name: 'notify.slack',
    title: 'Post to Slack',
    description: "Post a message to the tenant's Slack (incoming webhook from the tenant's integrations).",
    performer: agent('notify'),
    sideEffect: true,
    retry: PATIENT_RETRY,
    input: () =>
      z.strictObject({
        text: z.string().check(z.minLength(1)).check(z.maxLength(40_000)),
        channel: z.optional(z.string().check(z.maxLength(100))),
      }),
    output: () => z.object({ delivered: z.boolean(), via: z.string() }),
  }),
  'notify.team': spec({
    name: 'notify.team',
    title: 'Notify team',
    description: 'Tell a team member (by name or email), by email or Slack.',
    performer: agent('notify'),
    sideEffect: true,
    retry: PATIENT_RETRY,
    input: () =>
      z.strictObject({
        text: z.string().check(z.minLength(1)).check(z.maxLength(40_000)),
        member: z.optional(z.string().check(z.maxLength(200))),
        via: z.optional(z.enum(['email', 'slack'])),
      }),
    output: () => z.object({ delivered: z.boolean(), via: z.string() }),
  }),
  'report.summarize': spec({
    name: 'report.summarize',
    title: 'Summarize activity',
    description: 'Summarize the activity of a period (Bedrock; plain counts when no model is available).',
    performer: agent('report'),
    sideEffect: false,
    retry: AI_RETRY,
    inputRules: [{ before: ['since', 'until'] }],
    input: () =>
      z.strictObject({
        period: z.optional(
          z.enum([
            'today',
            'yesterday',
            'last24h',
            'last7days',
            'thisWeek',
            'last30days',
            'lastMonth',
            'thisMonth',
          ]),
        ),
        since: z.optional(IsoDateTime()),
        until: z.optional(IsoDateTime()),
        title: z.optional(z.string().check(z.maxLength(200))),
      }),
    output: () =>
      z.object({
        summary: z.string(),
        counts: z.record(z.string(), z.number()),
        from: z.string(),
        to: z.string(),
      }),
  }),
} as const satisfies Record<string, ActionSpec>;
