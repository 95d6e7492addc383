import * as z from 'zod';
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
    input: () =>
      z.strictObject({
        to: Email,
        subject: z.string().min(1).max(998),
        body: z.string().min(1).max(200_000).optional(),
        html: z.string().min(1).max(500_000).optional(),
        leadId: z.string().min(1).optional(),
        cc: z.array(Email).max(50).optional(),
        replyTo: Email.optional(),
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
        instruction: z.string().min(1).max(4000),
        leadId: z.string().min(1).optional(),
        to: Email.optional(),
        tone: z.enum(['friendly', 'formal', 'brief']).optional(),
      }),
    output: () => z.object({ subject: z.string(), body: z.string() }),
  }),
} as const satisfies Record<string, ActionSpec>;
