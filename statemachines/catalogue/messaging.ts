import * as z from 'zod/mini';
import '../zod-kit';
import { type ActionSpec, AI_RETRY, agent, Email, PATIENT_RETRY, spec } from './spec';

/** Email: sending and drafting (agent email). */
export const EMAIL_ACTIONS = {
  'email.send': spec({
    name: 'email.send',
    emits: 'email.sent',
    title: 'Send email',
    description: 'Send an email (SES) to a lead or address; replies are tracked back to the lead.',
    performer: agent('email'),
    sideEffect: true,
    retry: PATIENT_RETRY,
    inputRules: [{ anyOf: ['body', 'html'] }],
    input: () =>
      z.strictObject({
        to: Email(),
        subject: z.string().check(z.minLength(1)).check(z.maxLength(998)),
        body: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(200_000))),
        html: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(500_000))),
        leadId: z.optional(z.string().check(z.minLength(1))),
        cc: z.optional(z.array(Email()).check(z.maxLength(50))),
        replyTo: z.optional(Email()),
      }),
    output: () => z.object({ messageId: z.string(), trackingId: z.string(), to: z.string() }),
  }),
  'email.draft': spec({
    name: 'email.draft',
    title: 'Draft email',
    description: 'Write a personalised email (Bedrock) from the lead, an instruction and the knowledge base.',
    performer: agent('email'),
    sideEffect: false,
    retry: AI_RETRY,
    input: () =>
      z.strictObject({
        instruction: z.string().check(z.minLength(1)).check(z.maxLength(4000)),
        leadId: z.optional(z.string().check(z.minLength(1))),
        to: z.optional(Email()),
        tone: z.optional(z.enum(['friendly', 'formal', 'brief'])),
      }),
    output: () => z.object({ subject: z.string(), body: z.string() }),
  }),
} as const satisfies Record<string, ActionSpec>;
