import * as z from 'zod';
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
      z.strictObject({ text: z.string().min(1).max(40_000), channel: z.string().max(100).optional() }),
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
        text: z.string().min(1).max(40_000),
        member: z.string().max(200).optional(),
        via: z.enum(['email', 'slack']).optional(),
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
    input: () =>
      z.strictObject({
        period: z
          .enum([
            'today',
            'yesterday',
            'last24h',
            'last7days',
            'thisWeek',
            'last30days',
            'lastMonth',
            'thisMonth',
          ])
          .optional(),
        since: IsoDateTime.optional(),
        until: IsoDateTime.optional(),
        title: z.string().max(200).optional(),
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
