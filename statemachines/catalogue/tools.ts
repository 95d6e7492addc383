import * as z from 'zod';
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
        method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(),
        headers: z.record(z.string(), z.string()).optional(),
        body: z.unknown().optional(),
        timeoutMs: z.number().int().min(100).max(30_000).optional(),
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
        instruction: z.string().min(1).max(8000),
        context: z.record(z.string(), z.unknown()).optional(),
      }),
    output: () => z.object({ result: z.string(), action: z.string().nullable(), output: z.unknown() }),
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
        name: z.string().min(1).max(255),
        content: z.string().max(5_000_000),
        contentType: z.string().max(100).optional(),
        folder: z.string().max(500).optional(),
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
        query: z.string().min(1).max(1000),
        limit: z.number().int().min(1).max(50).optional(),
      }),
    output: () =>
      z.object({
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
    input: () =>
      z.strictObject({
        message: z.string().min(1).max(10_000),
        level: z.enum(['debug', 'info', 'warn', 'error']).optional(),
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
    input: () => z.strictObject({ event: EventName, detail: z.record(z.string(), z.unknown()).optional() }),
    output: () => z.object({}),
  }),
} as const satisfies Record<string, ActionSpec>;
