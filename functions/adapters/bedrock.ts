import type * as BedrockSdk from '@aws-sdk/client-bedrock-runtime';
import type {
  ContentBlock,
  ConverseCommandInput,
  ConverseCommandOutput,
  Message,
  Tool,
  ToolChoice,
} from '@aws-sdk/client-bedrock-runtime';
import type { DocumentType } from '@smithy/types';
import { requireCommonJs } from '../shared/commonjs';
import { NonRetriableError, RetriableError } from '../shared/errors';
import type { LlmConfig } from '../shared/ports';
import { onFirstUse } from './lazy-sdk';

/** @aws-sdk/client-bedrock-runtime, loaded on the first model call (never at cold start). */
export const loadBedrockSdk = onFirstUse(
  async () => requireCommonJs('@aws-sdk/client-bedrock-runtime') as typeof BedrockSdk,
);

/** A tool the model may call: name (Bedrock: [a-zA-Z0-9_-]{1,64}), description, JSON schema of its input. */
export interface LlmTool {
  readonly name: string;
  readonly description: string;
  readonly inputSchema: Record<string, unknown>;
}

export interface LlmUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly totalTokens: number;
}

export interface ConverseRequest {
  readonly system?: string;
  /** A single user prompt, or a prepared conversation. */
  readonly prompt?: string;
  readonly messages?: readonly Message[];
  readonly tools?: readonly LlmTool[];
  /** `any`: the model must call one of the tools. @default auto when tools are given */
  readonly toolChoice?: 'auto' | 'any' | { readonly tool: string };
  readonly maxTokens?: number;
  readonly temperature?: number;
}

export interface ConverseResult {
  readonly text: string;
  readonly toolUse:
    | { readonly toolUseId: string; readonly name: string; readonly input: unknown }
    | undefined;
  readonly stopReason: string;
  readonly usage: LlmUsage;
  readonly modelId: string;
}

export type UsageRecorder = (usage: LlmUsage & { readonly modelId: string }) => void | Promise<void>;

const RETRIABLE = new Set([
  'ThrottlingException',
  'ServiceUnavailableException',
  'ModelTimeoutException',
  'ModelNotReadyException',
  'InternalServerException',
  'TimeoutError',
]);

const toolChoiceOf = (choice: ConverseRequest['toolChoice']): ToolChoice => {
  if (choice === 'any') return { any: {} };
  if (choice === undefined || choice === 'auto') return { auto: {} };
  return { tool: { name: choice.tool } };
};

/** Builds the ConverseCommand input (exported: tests assert the exact request). */
export const converseInput = (modelId: string, req: ConverseRequest): ConverseCommandInput => {
  const messages: Message[] = req.messages
    ? [...req.messages]
    : [{ role: 'user', content: [{ text: req.prompt ?? '' }] }];
  const tools: Tool[] | undefined = req.tools?.map((t) => ({
    toolSpec: {
      name: t.name,
      description: t.description,
      inputSchema: { json: t.inputSchema as DocumentType },
    },
  }));
  return {
    modelId,
    messages,
    ...(req.system ? { system: [{ text: req.system }] } : {}),
    inferenceConfig: { maxTokens: req.maxTokens ?? 1024, temperature: req.temperature ?? 0.2 },
    ...(tools && tools.length > 0 ? { toolConfig: { tools, toolChoice: toolChoiceOf(req.toolChoice) } } : {}),
  };
};

/** The call was abandoned because its deadline came (the request is aborted too). */
export class DeadlineExceededError extends RetriableError {
  constructor(ms: number) {
    super(`Bedrock Converse did not answer within ${ms} ms`);
    this.name = 'DeadlineExceededError';
  }
}

export interface ConverseOptions {
  readonly recordUsage?: UsageRecorder;
  /**
   * Milliseconds the call may take: the HTTP request is aborted and DeadlineExceededError thrown when they pass,
   * so a caller with its own deadline (the API's 30 s) is never kept waiting. @default no limit
   */
  readonly timeoutMs?: number;
}

/** Runs `call` with an abort signal that fires after `ms`, and gives up at that moment even if `call` ignores it. */
const withDeadline = async <T>(
  ms: number | undefined,
  call: (signal?: AbortSignal) => Promise<T>,
): Promise<T> => {
  if (ms === undefined) return call();
  if (ms <= 0) throw new DeadlineExceededError(0);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeadlineExceededError(ms));
    }, ms);
  });
  try {
    return await Promise.race([call(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
};

/** One Converse call with error classification (throttling/timeouts retriable, validation/access not) and usage recording. */
export const converse = async (
  llm: LlmConfig,
  req: ConverseRequest,
  options: ConverseOptions | UsageRecorder = {},
): Promise<ConverseResult> => {
  const { recordUsage, timeoutMs } =
    typeof options === 'function' ? { recordUsage: options, timeoutMs: undefined } : options;
  let out: ConverseCommandOutput;
  try {
    const { ConverseCommand } = await loadBedrockSdk();
    const client = typeof llm.client === 'function' ? await llm.client() : llm.client;
    out = await withDeadline(timeoutMs, (abortSignal) =>
      client.send(new ConverseCommand(converseInput(llm.modelId, req)), abortSignal ? { abortSignal } : {}),
    );
  } catch (error) {
    if (error instanceof DeadlineExceededError) throw error;
    const name = (error as { name?: string }).name ?? 'Error';
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const message = `Bedrock Converse failed: ${name}: ${(error as Error).message}`;
    if (RETRIABLE.has(name) || (status !== undefined && status >= 500)) {
      throw new RetriableError(message, { cause: error });
    }
    throw new NonRetriableError(message, { cause: error });
  }
  const content: ContentBlock[] =
    out.output && 'message' in out.output ? (out.output.message?.content ?? []) : [];
  const text = content
    .map((c) => ('text' in c && typeof c.text === 'string' ? c.text : ''))
    .join('')
    .trim();
  const toolBlock = content.find((c) => 'toolUse' in c && c.toolUse !== undefined);
  const toolUse =
    toolBlock && 'toolUse' in toolBlock && toolBlock.toolUse
      ? {
          toolUseId: toolBlock.toolUse.toolUseId ?? '',
          name: toolBlock.toolUse.name ?? '',
          input: toolBlock.toolUse.input as unknown,
        }
      : undefined;
  const usage: LlmUsage = {
    inputTokens: out.usage?.inputTokens ?? 0,
    outputTokens: out.usage?.outputTokens ?? 0,
    totalTokens: out.usage?.totalTokens ?? (out.usage?.inputTokens ?? 0) + (out.usage?.outputTokens ?? 0),
  };
  llm.onUsage?.(usage);
  if (recordUsage) await recordUsage({ ...usage, modelId: llm.modelId });
  return { text, toolUse, stopReason: out.stopReason ?? 'end_turn', usage, modelId: llm.modelId };
};

/** Bedrock tool names allow [a-zA-Z0-9_-]; catalogue names have dots (`email.send` -> `email_send`). */
export const toolNameOf = (action: string): string => action.replace(/[^a-zA-Z0-9_-]/g, '_');
