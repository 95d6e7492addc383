import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkflowFromPrompt, DEFAULT_BUDGET_MS } from '../../../functions/assistant/assistant';
import { toolAnswer } from '../../support/bedrock-answers';

/** The HTTP API ends a request at 30 s: the assistant answers before, whatever the model does (virtual time). */

const bedrock = mockClient(BedrockRuntimeClient);
const llm = { client: new BedrockRuntimeClient({ region: 'us-east-1' }), modelId: 'anthropic.claude-test' };
const PROMPT = 'When a new lead is added, send a follow-up email and schedule a meeting';
const INVALID = {
  name: 'x',
  trigger: { type: 'event', event: 'lead.created' },
  steps: [{ id: 'a', action: 'email.sendd', input: {} }],
};

/** A model that takes `ms` of (virtual) time to answer. */
const slowly = (ms: number, answer: unknown) => () =>
  new Promise((resolve) => {
    setTimeout(() => resolve(answer), ms);
  });

describe('the assistant within the API deadline', () => {
  beforeEach(() => {
    bedrock.reset();
    vi.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z') });
  });
  afterEach(() => vi.useRealTimers());

  it('GIVEN a model that would answer after 40 s WHEN asked THEN the parser answers when the budget ends, and the call is aborted', async () => {
    bedrock
      .on(ConverseCommand)
      .callsFake(slowly(40_000, toolAnswer('submit_workflow', { definition: INVALID })));
    const started = Date.now();
    let settled = false;
    const answer = createWorkflowFromPrompt({ llm }, PROMPT).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(DEFAULT_BUDGET_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await answer;
    expect(Date.now() - started).toBe(DEFAULT_BUDGET_MS);
    expect(DEFAULT_BUDGET_MS).toBeLessThan(30_000);
    expect(result.source).toBe('parser');
    expect(result.fallbackReason).toContain('did not answer in time');
    const call = bedrock.commandCalls(ConverseCommand)[0];
    // send(command, options): the mock records the options the SDK call was given
    const options = (call?.args as unknown[] | undefined)?.[1] as { abortSignal?: AbortSignal } | undefined;
    expect(options?.abortSignal?.aborted).toBe(true);
  });

  it('GIVEN repair rounds that take 10 s each WHEN the answer never validates THEN no round starts that could end past the deadline', async () => {
    bedrock
      .on(ConverseCommand)
      .callsFake(slowly(10_000, toolAnswer('submit_workflow', { definition: INVALID })));
    const started = Date.now();
    const answer = createWorkflowFromPrompt({ llm, budgetMs: 25_000 }, PROMPT);
    await vi.advanceTimersByTimeAsync(25_000);
    const result = await answer;
    expect(Date.now() - started).toBeLessThanOrEqual(25_000);
    // rounds at 0 s and 10 s finish; the one started at 20 s is cut at 25 s
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(3);
    expect(result.usage.rounds).toBe(2);
    expect(result.source).toBe('parser');
    expect(result.fallbackReason).toContain('did not answer in time');
  });

  it('GIVEN less time left than a round needs WHEN the next repair round is due THEN it is not started and the parser answers at once', async () => {
    bedrock
      .on(ConverseCommand)
      .callsFake(slowly(24_000, toolAnswer('submit_workflow', { definition: INVALID })));
    const answer = createWorkflowFromPrompt({ llm, budgetMs: 25_000 }, PROMPT);
    await vi.advanceTimersByTimeAsync(24_000);
    const result = await answer;
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1);
    expect(result.source).toBe('parser');
    expect(result.fallbackReason).toContain('the deadline came after 1 model rounds');
  });
});
