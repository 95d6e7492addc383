import { z } from 'zod';
import { EventName } from './events';

/**
 * The action catalogue: one registry, read by the validator, the compiler, the assistant, the local runtime, the
 * agents and the docs. Action names are a public contract.
 *
 * Output schemas list every key an action returns; agents always return every key (null when absent) because the
 * compiler trims results with a ResultSelector built from these keys.
 */

export const AGENTS = [
  'email',
  'crm',
  'calendar',
  'billing',
  'notify',
  'report',
  'http',
  'files',
  'knowledge',
] as const;
export const AgentName = z.enum(AGENTS);
export type AgentName = z.infer<typeof AgentName>;

/** Who performs an action: an agent Lambda, or a direct Step Functions service integration (no Lambda hop). */
export type Performer =
  | { readonly kind: 'agent'; readonly agent: AgentName }
  | { readonly kind: 'integration'; readonly service: 'dynamodb' | 'eventbridge' }
  /** The supervisor routes free-form `ai.task` steps to the right agent and action (Bedrock tool use). */
  | { readonly kind: 'supervisor' };

export interface ActionRetry {
  /** Attempts after the first. */
  readonly maxAttempts: number;
  readonly intervalSeconds: number;
  readonly backoffRate: number;
  /** Cap on a single backoff interval. */
  readonly maxDelaySeconds: number;
}

export interface ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodObject = z.ZodObject> {
  readonly name: string;
  readonly description: string;
  readonly performer: Performer;
  readonly input: I;
  readonly output: O;
  /** Sends, creates or changes something outside the run: idempotent per (execution, step), skipped in dry runs. */
  readonly sideEffect: boolean;
  readonly retry: ActionRetry;
  /** Short verb phrase for default state names: "Send email". */
  readonly title: string;
  /** The bus event the action publishes when it changes something (its detail: EVENT_DETAILS in events.ts). */
  readonly emits?: EventName;
}

const DEFAULT_RETRY: ActionRetry = {
  maxAttempts: 3,
  intervalSeconds: 2,
  backoffRate: 2,
  maxDelaySeconds: 60,
};
const PATIENT_RETRY: ActionRetry = {
  maxAttempts: 5,
  intervalSeconds: 5,
  backoffRate: 2,
  maxDelaySeconds: 300,
};
const AI_RETRY: ActionRetry = { maxAttempts: 3, intervalSeconds: 5, backoffRate: 2, maxDelaySeconds: 60 };

const Email = z.email();
const IsoDateTime = z.iso.datetime({ offset: true });
const Money = z.number().int().min(0);
const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO-4217 code such as EUR');
const LeadStatus = z.enum(['new', 'contacted', 'qualified', 'customer', 'lost']);

export const LeadSummary = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  status: LeadStatus,
  value: z.number().nullable(),
  tags: z.array(z.string()),
});

const agent = (a: AgentName): Performer => ({ kind: 'agent', agent: a });

const spec = <I extends z.ZodType, O extends z.ZodObject>(s: ActionSpec<I, O>): ActionSpec<I, O> => s;

export const CATALOGUE = {
  'email.send': spec({
    name: 'email.send',
    emits: 'email.sent',
    title: 'Send email',
    description: 'Send an email (SES) to a lead or address; replies are tracked back to the lead.',
    performer: agent('email'),
    sideEffect: true,
    retry: PATIENT_RETRY,
    input: z.strictObject({
      to: Email,
      subject: z.string().min(1).max(998),
      body: z.string().min(1).max(200_000).optional(),
      html: z.string().min(1).max(500_000).optional(),
      leadId: z.string().min(1).optional(),
      cc: z.array(Email).max(50).optional(),
      replyTo: Email.optional(),
    }),
    output: z.object({ messageId: z.string(), trackingId: z.string(), to: z.string() }),
  }),
  'email.draft': spec({
    name: 'email.draft',
    title: 'Draft email',
    description: 'Write a personalised email (Bedrock) from the lead, an instruction and the knowledge base.',
    performer: agent('email'),
    sideEffect: false,
    retry: AI_RETRY,
    input: z.strictObject({
      instruction: z.string().min(1).max(4000),
      leadId: z.string().min(1).optional(),
      to: Email.optional(),
      tone: z.enum(['friendly', 'formal', 'brief']).optional(),
    }),
    output: z.object({ subject: z.string(), body: z.string() }),
  }),
  'crm.createLead': spec({
    name: 'crm.createLead',
    emits: 'lead.created',
    title: 'Create lead',
    description: 'Create a lead, or return the existing one with the same email (de-duplicated).',
    performer: agent('crm'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: z.strictObject({
      email: Email,
      name: z.string().max(200).optional(),
      company: z.string().max(200).optional(),
      phone: z.string().max(50).optional(),
      source: z.string().max(100).optional(),
      status: LeadStatus.optional(),
      value: z.number().min(0).optional(),
      tags: z.array(z.string().max(50)).max(50).optional(),
      fields: z.record(z.string(), z.unknown()).optional(),
    }),
    output: z.object({ leadId: z.string(), created: z.boolean(), lead: LeadSummary }),
  }),
  'crm.updateLead': spec({
    name: 'crm.updateLead',
    emits: 'lead.updated',
    title: 'Update lead',
    description: 'Change a lead: status, value, tags, name or custom fields.',
    performer: agent('crm'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: z.strictObject({
      leadId: z.string().min(1),
      name: z.string().max(200).optional(),
      company: z.string().max(200).optional(),
      status: LeadStatus.optional(),
      value: z.number().min(0).optional(),
      addTags: z.array(z.string().max(50)).max(50).optional(),
      removeTags: z.array(z.string().max(50)).max(50).optional(),
      fields: z.record(z.string(), z.unknown()).optional(),
    }),
    output: z.object({ leadId: z.string(), lead: LeadSummary }),
  }),
  'crm.addNote': spec({
    name: 'crm.addNote',
    title: 'Add note',
    description: "Add a note to a lead's timeline.",
    performer: agent('crm'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: z.strictObject({ leadId: z.string().min(1), text: z.string().min(1).max(10_000) }),
    output: z.object({ noteId: z.string(), leadId: z.string() }),
  }),
  'crm.findLeads': spec({
    name: 'crm.findLeads',
    title: 'Find leads',
    description: 'Find leads by status, tag, source, value or creation date (for campaigns).',
    performer: agent('crm'),
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: z.strictObject({
      status: LeadStatus.optional(),
      tag: z.string().optional(),
      source: z.string().optional(),
      minValue: z.number().optional(),
      createdAfter: IsoDateTime.optional(),
      createdBefore: IsoDateTime.optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
    output: z.object({ leads: z.array(LeadSummary), count: z.number() }),
  }),
  'crm.getLead': spec({
    name: 'crm.getLead',
    title: 'Get lead',
    description: 'Read one lead by id or email.',
    performer: agent('crm'),
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: z.strictObject({ leadId: z.string().min(1).optional(), email: Email.optional() }),
    output: z.object({ leadId: z.string(), lead: LeadSummary }),
  }),
  'calendar.schedule': spec({
    name: 'calendar.schedule',
    emits: 'booking.created',
    title: 'Schedule meeting',
    description: "Book the next free slot inside the tenant's business hours (never double-books).",
    performer: agent('calendar'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: z.strictObject({
      title: z.string().min(1).max(200),
      durationMinutes: z.number().int().min(5).max(480).optional(),
      attendeeEmail: Email.optional(),
      leadId: z.string().min(1).optional(),
      earliest: IsoDateTime.optional(),
      /** ISO duration after `earliest` (or now) within which to book. @default P14D */
      within: z.string().optional(),
      location: z.string().max(500).optional(),
    }),
    output: z.object({ bookingId: z.string(), start: z.string(), end: z.string(), title: z.string() }),
  }),
  'calendar.cancel': spec({
    name: 'calendar.cancel',
    emits: 'booking.cancelled',
    title: 'Cancel meeting',
    description: 'Cancel a booking.',
    performer: agent('calendar'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: z.strictObject({ bookingId: z.string().min(1), reason: z.string().max(1000).optional() }),
    output: z.object({ bookingId: z.string(), status: z.string() }),
  }),
  'invoice.create': spec({
    name: 'invoice.create',
    emits: 'invoice.created',
    title: 'Create invoice',
    description: 'Issue an invoice: gapless per-tenant number, integer cents, tax and due date.',
    performer: agent('billing'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: z.strictObject({
      customerEmail: Email,
      customerName: z.string().max(200).optional(),
      leadId: z.string().min(1).optional(),
      currency: Currency,
      lines: z
        .array(
          z.strictObject({
            description: z.string().min(1).max(500),
            quantity: z.number().int().min(1),
            unitPriceCents: Money,
          }),
        )
        .min(1)
        .max(200),
      /** Tax rate in basis points (19% = 1900). @default 0 */
      taxRateBps: z.number().int().min(0).max(10_000).optional(),
      /** @default 14 */
      dueInDays: z.number().int().min(0).max(365).optional(),
    }),
    output: z.object({
      invoiceId: z.string(),
      number: z.string(),
      totalCents: z.number(),
      currency: z.string(),
      dueDate: z.string(),
    }),
  }),
  'invoice.sendReminder': spec({
    name: 'invoice.sendReminder',
    emits: 'email.sent',
    title: 'Send invoice reminder',
    description: 'Email a payment reminder for an unpaid invoice.',
    performer: agent('billing'),
    sideEffect: true,
    retry: PATIENT_RETRY,
    input: z.strictObject({ invoiceId: z.string().min(1), message: z.string().max(5000).optional() }),
    output: z.object({ invoiceId: z.string(), reminderCount: z.number(), messageId: z.string() }),
  }),
  'invoice.markPaid': spec({
    name: 'invoice.markPaid',
    emits: 'invoice.paid',
    title: 'Mark invoice paid',
    description: 'Record the payment of an invoice.',
    performer: agent('billing'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: z.strictObject({
      invoiceId: z.string().min(1),
      paidAt: IsoDateTime.optional(),
      amountCents: Money.optional(),
    }),
    output: z.object({ invoiceId: z.string(), status: z.string() }),
  }),
  'notify.slack': spec({
    name: 'notify.slack',
    title: 'Post to Slack',
    description: "Post a message to the tenant's Slack (incoming webhook from the tenant's integrations).",
    performer: agent('notify'),
    sideEffect: true,
    retry: PATIENT_RETRY,
    input: z.strictObject({ text: z.string().min(1).max(40_000), channel: z.string().max(100).optional() }),
    output: z.object({ delivered: z.boolean(), via: z.string() }),
  }),
  'notify.team': spec({
    name: 'notify.team',
    title: 'Notify team',
    description: 'Tell a team member (by name or email), by email or Slack.',
    performer: agent('notify'),
    sideEffect: true,
    retry: PATIENT_RETRY,
    input: z.strictObject({
      text: z.string().min(1).max(40_000),
      member: z.string().max(200).optional(),
      via: z.enum(['email', 'slack']).optional(),
    }),
    output: z.object({ delivered: z.boolean(), via: z.string() }),
  }),
  'report.summarize': spec({
    name: 'report.summarize',
    title: 'Summarize activity',
    description: 'Summarize the activity of a period (Bedrock; plain counts when no model is available).',
    performer: agent('report'),
    sideEffect: false,
    retry: AI_RETRY,
    input: z.strictObject({
      period: z.enum(['today', 'yesterday', 'last24h', 'last7days', 'thisWeek']).optional(),
      since: IsoDateTime.optional(),
      until: IsoDateTime.optional(),
      title: z.string().max(200).optional(),
    }),
    output: z.object({
      summary: z.string(),
      counts: z.record(z.string(), z.number()),
      from: z.string(),
      to: z.string(),
    }),
  }),
  'http.request': spec({
    name: 'http.request',
    title: 'Call HTTP endpoint',
    description: 'Make an HTTP request (timeouts, size limits, no private addresses unless allow-listed).',
    performer: agent('http'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: z.strictObject({
      url: z.url({ protocol: /^https?$/ }),
      method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
      timeoutMs: z.number().int().min(100).max(30_000).optional(),
    }),
    output: z.object({ status: z.number(), headers: z.record(z.string(), z.string()), body: z.unknown() }),
  }),
  'ai.task': spec({
    name: 'ai.task',
    title: 'AI task',
    description: 'A free-form instruction: the supervisor picks the right agent and action with Bedrock.',
    performer: { kind: 'supervisor' },
    sideEffect: true,
    retry: AI_RETRY,
    input: z.strictObject({
      instruction: z.string().min(1).max(8000),
      context: z.record(z.string(), z.unknown()).optional(),
    }),
    output: z.object({ result: z.string(), action: z.string().nullable(), output: z.unknown() }),
  }),
  'files.create': spec({
    name: 'files.create',
    emits: 'file.updated',
    title: 'Create file',
    description: 'Store a file (content in S3, metadata in DynamoDB).',
    performer: agent('files'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: z.strictObject({
      name: z.string().min(1).max(255),
      content: z.string().max(5_000_000),
      contentType: z.string().max(100).optional(),
      folder: z.string().max(500).optional(),
    }),
    output: z.object({ fileId: z.string(), name: z.string(), size: z.number() }),
  }),
  'knowledge.search': spec({
    name: 'knowledge.search',
    title: 'Search knowledge base',
    description: 'Ranked keyword search over the knowledge base.',
    performer: agent('knowledge'),
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: z.strictObject({
      query: z.string().min(1).max(1000),
      limit: z.number().int().min(1).max(50).optional(),
    }),
    output: z.object({
      results: z.array(
        z.object({ id: z.string(), title: z.string(), snippet: z.string(), score: z.number() }),
      ),
    }),
  }),
  log: spec({
    name: 'log',
    title: 'Write log entry',
    description: "Write an entry to the run's log (direct DynamoDB write, no Lambda).",
    performer: { kind: 'integration', service: 'dynamodb' },
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: z.strictObject({
      message: z.string().min(1).max(10_000),
      level: z.enum(['debug', 'info', 'warn', 'error']).optional(),
    }),
    output: z.object({}),
  }),
  'events.emit': spec({
    name: 'events.emit',
    title: 'Emit event',
    description: 'Publish an event on the bus (direct EventBridge integration, no Lambda).',
    performer: { kind: 'integration', service: 'eventbridge' },
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: z.strictObject({ event: EventName, detail: z.record(z.string(), z.unknown()).optional() }),
    output: z.object({}),
  }),
} as const satisfies Record<string, ActionSpec>;

export type ActionName = keyof typeof CATALOGUE;
export const ACTION_NAMES = Object.keys(CATALOGUE) as ActionName[];

export type ActionInput<A extends ActionName> = z.infer<(typeof CATALOGUE)[A]['input']>;
export type ActionOutput<A extends ActionName> = z.infer<(typeof CATALOGUE)[A]['output']>;

export const isActionName = (name: string): name is ActionName => Object.hasOwn(CATALOGUE, name);

export const getAction = (name: string): ActionSpec | undefined =>
  isActionName(name) ? (CATALOGUE[name] as unknown as ActionSpec) : undefined;

export const actionsOfAgent = (agentName: AgentName): ActionName[] =>
  ACTION_NAMES.filter((n) => {
    const p = CATALOGUE[n].performer;
    return p.kind === 'agent' && p.agent === agentName;
  });
