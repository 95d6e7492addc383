import * as z from 'zod/mini';
import '../zod-kit';
import { EventName } from '../events';
import { type ActionSpec, AI_RETRY, agent, DEFAULT_RETRY, spec } from './spec';

/** HTTP, the model, files, the knowledge base and events (agents http, ai, files, knowledge; events.emit is a direct integration). */
export const TOOL_ACTIONS = {
  'http.request': spec({
    name: 'http.request',
    title: 'Call HTTP endpoint',
    description: 'Make an HTTP request (timeouts, size limits, no private addresses unless allow-listed).',
    performer: agent('http'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        url: z.url({ protocol: /^https?$/ }),
        method: z.optional(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])),
        headers: z.optional(z.record(z.string(), z.string())),
        body: z.optional(z.unknown()),
        timeoutMs: z.optional(z.number().check(z.int()).check(z.gte(100)).check(z.lte(30_000))),
      }),
    output: () =>
      z.object({ status: z.number(), headers: z.record(z.string(), z.string()), body: z.unknown() }),
  }),
  'ai.task': spec({
    name: 'ai.task',
    title: 'AI task',
    description: 'A free-form instruction: the supervisor picks the right agent and action with Bedrock.',
    performer: { kind: 'supervisor' },
    sideEffect: true,
    retry: AI_RETRY,
    input: () =>
      z.strictObject({
        instruction: z.string().check(z.minLength(1)).check(z.maxLength(8000)),
        context: z.optional(z.record(z.string(), z.unknown())),
      }),
    output: () => z.object({ result: z.string(), action: z.nullable(z.string()), output: z.unknown() }),
  }),
  'files.create': spec({
    name: 'files.create',
    emits: 'file.updated',
    title: 'Create file',
    description: 'Store a file (content in S3, metadata in DynamoDB).',
    performer: agent('files'),
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        name: z.string().check(z.minLength(1)).check(z.maxLength(255)),
        content: z.string().check(z.maxLength(5_000_000)),
        contentType: z.optional(z.string().check(z.maxLength(100))),
        folder: z.optional(z.string().check(z.maxLength(500))),
      }),
    output: () => z.object({ fileId: z.string(), name: z.string(), size: z.number() }),
  }),
  'knowledge.search': spec({
    name: 'knowledge.search',
    title: 'Search knowledge base',
    description: 'Ranked keyword search over the knowledge base.',
    performer: agent('knowledge'),
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        query: z.string().check(z.minLength(1)).check(z.maxLength(1000)),
        limit: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(50))),
      }),
    output: () =>
      z.object({
        results: z.array(
          z.object({ id: z.string(), title: z.string(), snippet: z.string(), score: z.number() }),
        ),
        /** The entries as text for a message ({{steps.<id>.text}}): one line each ("Prices · Our prices start at …"), or "No matching entries in the knowledge base." */
        text: z.string(),
      }),
  }),
  log: spec({
    name: 'log',
    title: 'Write log entry',
    description: "Write an entry to the run's log (direct DynamoDB write, no Lambda).",
    performer: { kind: 'integration', service: 'dynamodb' },
    sideEffect: false,
    retry: DEFAULT_RETRY,
    input: () =>
      z.strictObject({
        message: z.string().check(z.minLength(1)).check(z.maxLength(10_000)),
        level: z.optional(z.enum(['debug', 'info', 'warn', 'error'])),
      }),
    output: () => z.object({}),
  }),
  'events.emit': spec({
    name: 'events.emit',
    title: 'Emit event',
    description: 'Publish an event on the bus (direct EventBridge integration, no Lambda).',
    performer: { kind: 'integration', service: 'eventbridge' },
    sideEffect: true,
    retry: DEFAULT_RETRY,
    input: () => z.strictObject({ event: EventName, detail: z.optional(z.record(z.string(), z.unknown())) }),
    output: () => z.object({}),
  }),
} as const satisfies Record<string, ActionSpec>;
