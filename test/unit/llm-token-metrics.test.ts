import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsPlatform } from '../../functions/adapters/aws-platform';
import { converse } from '../../functions/adapters/bedrock';
import { recordLlmTokens } from '../../functions/shared/metrics';
import { createMetricsRegistry } from '../../infra/local/metrics-registry';

/** Bedrock answers one text block having read 120 tokens and written 30. */
const answering = (client: BedrockRuntimeClient | typeof BedrockRuntimeClient) =>
  mockClient(client)
    .on(ConverseCommand)
    .resolves({
      output: { message: { role: 'assistant', content: [{ text: 'ok' }] } },
      stopReason: 'end_turn',
      usage: { inputTokens: 120, outputTokens: 30, totalTokens: 150 },
      metrics: { latencyMs: 1 },
    });

const sample = (text: string, prefix: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LLM token metrics', () => {
  it('GIVEN an LlmConfig that records tokens WHEN two requests are made THEN in and out are counted per request, by purpose', async () => {
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    answering(client);
    const registry = createMetricsRegistry();
    const llm = {
      client,
      modelId: 'm',
      onUsage: recordLlmTokens(registry, { purpose: 'supervisor', modelId: 'm' }),
    };
    await converse(llm, { prompt: 'one' });
    await converse(llm, { prompt: 'two' }, () => {});
    const text = registry.render();
    expect(sample(text, 'dynaris_llm_input_tokens_sum{purpose="supervisor"}')).toBe(240);
    expect(sample(text, 'dynaris_llm_input_tokens_count{purpose="supervisor"}')).toBe(2);
    expect(sample(text, 'dynaris_llm_output_tokens_sum{purpose="supervisor"}')).toBe(60);
  });

  it('GIVEN a deployed function with a model id WHEN its platform asks the LLM THEN EMF lines carry the tokens with the function as purpose', async () => {
    answering(BedrockRuntimeClient);
    const platform = createAwsPlatform({
      AWS_REGION: 'us-east-1',
      TABLE_NAME: 't',
      EVENT_BUS_NAME: 'b',
      BEDROCK_MODEL_ID: 'anthropic.claude-x',
      POWERTOOLS_SERVICE_NAME: 'agent-report',
    });
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    if (!platform.llm) throw new Error('the platform has no LLM');
    await converse(platform.llm, { prompt: 'summarize' });
    vi.restoreAllMocks();
    const docs = lines
      .flatMap((l) => l.split('\n'))
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(docs).toStrictEqual([
      expect.objectContaining({
        purpose: 'agent-report',
        LlmInputTokens: 120,
        modelId: 'anthropic.claude-x',
      }),
      expect.objectContaining({
        purpose: 'agent-report',
        LlmOutputTokens: 30,
        modelId: 'anthropic.claude-x',
      }),
    ]);
  });
});
