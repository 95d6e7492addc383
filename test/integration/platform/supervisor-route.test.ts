import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { inProcessAgentTasks } from '../../../functions/agents/in-process';
import { createNotifyAgent } from '../../../functions/agents/notify/notify';
import { NonRetriableError } from '../../../functions/shared/errors';
import type { HttpFetch } from '../../../functions/shared/ports';
import type { TaskMeta } from '../../../statemachines/contracts';
import {
  clock,
  db,
  runs,
  secrets,
  supervisorWith,
  tenants,
  useSupervisorDatabase,
} from './supervisor-fixture';

useSupervisorDatabase();

/** The notify agent alone, in this process, posting through `fetch`. */
const notifyInProcess = (fetch: HttpFetch) =>
  inProcessAgentTasks(
    () => ({
      notify: createNotifyAgent({
        db,
        clock,
        secrets,
        fetch,
        mailer: { send: async () => ({ messageId: 'x' }) },
        fromAddress: 'a@b.co',
      }),
    }),
    { db, clock },
  );

describe('ai.task routing', () => {
  const meta = (runId: string, tenantId = 'sv-ai'): TaskMeta => ({
    tenantId,
    workflowId: 'wf-ai',
    runId,
    executionId: `arn:aws:states:eu-west-1:1:execution:sm:${runId}`,
    stepId: 'think',
    itemIndex: -1,
  });

  it('GIVEN no model WHEN an ai.task is routed THEN it fails for good with "ai.task needs a model"', async () => {
    await expect(
      supervisorWith().route({
        op: 'route',
        input: { instruction: 'Tell the team' },
        meta: meta('r-nomodel'),
      }),
    ).rejects.toThrow(new NonRetriableError('ai.task needs a model (set BEDROCK_MODEL_ID)'));
  });

  it('GIVEN Bedrock picks notify.slack WHEN routed (and retried) THEN the request lists catalogue tools, the action runs through the agent once', async () => {
    await tenants().updateSettings('sv-ai', {
      httpAllowList: ['127.0.0.1'],
      integrations: { slackWebhookUrl: 'http://127.0.0.1:9/hook' },
    });
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const bedrock = mockClient(client);
    bedrock.on(ConverseCommand).resolves({
      output: {
        message: {
          role: 'assistant',
          content: [
            { text: 'Posting to the team channel.' },
            { toolUse: { toolUseId: 'tu-1', name: 'notify_slack', input: { text: 'Big deal closed' } } },
          ],
        },
      },
      stopReason: 'tool_use',
      usage: { inputTokens: 900, outputTokens: 40, totalTokens: 940 },
      metrics: { latencyMs: 1 },
    });
    const posts: { url: string; body: string }[] = [];
    const fetch = async (url: string, init?: RequestInit) => {
      posts.push({ url, body: String(init?.body) });
      return new Response('ok', { status: 200 });
    };
    const sup = supervisorWith({
      llm: { client, modelId: 'anthropic.test-model' },
      agentTasks: notifyInProcess(fetch),
    });
    await runs().create('sv-ai', {
      runId: 'r-ai',
      workflowId: 'wf-ai',
      workflowName: 'AI',
      version: 1,
      executionId: 'x',
      triggerType: 'manual',
      dryRun: false,
      autoMode: true,
      startedAt: clock.now().toISOString(),
    });
    const payload = {
      op: 'route' as const,
      input: { instruction: 'Tell the team that the deal closed', context: { deal: 'ACME' } },
      meta: meta('r-ai'),
    };
    const out = await sup.route(payload);
    expect(out).toEqual({
      result: 'Posting to the team channel. Post to Slack done.',
      action: 'notify.slack',
      output: { delivered: true, via: 'slack' },
    });
    const again = await sup.route(payload);
    expect(again).toEqual(out);
    expect(posts).toEqual([
      { url: 'http://127.0.0.1:9/hook', body: JSON.stringify({ text: 'Big deal closed' }) },
    ]);

    const calls = bedrock.commandCalls(ConverseCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input?.modelId).toBe('anthropic.test-model');
    expect(input?.messages?.[0]?.content?.[0]?.text).toBe(
      'Instruction:\nTell the team that the deal closed\n\nContext (JSON):\n{"deal":"ACME"}',
    );
    expect(input?.toolConfig?.toolChoice).toEqual({ auto: {} });
    const tools = input?.toolConfig?.tools ?? [];
    expect(tools.map((t) => t.toolSpec?.name)).toEqual(['notify_slack', 'notify_team']);
    expect(tools[0]?.toolSpec).toMatchObject({
      description: expect.stringContaining('Post to Slack'),
      inputSchema: {
        json: {
          type: 'object',
          properties: {
            text: { type: 'string', minLength: 1, maxLength: 40000 },
            channel: { type: 'string', maxLength: 100 },
          },
          required: ['text'],
          additionalProperties: false,
        },
      },
    });
    expect((await runs().mustGet('sv-ai', 'r-ai')).llmUsage).toEqual({ inputTokens: 900, outputTokens: 40 });
  });

  it('GIVEN Bedrock first calls a tool with invalid input WHEN routed THEN it is told why and its corrected call runs', async () => {
    await tenants().updateSettings('sv-ai2', {
      httpAllowList: ['127.0.0.1'],
      integrations: { slackWebhookUrl: 'http://127.0.0.1:9/hook' },
    });
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const bedrock = mockClient(client);
    const reply = (input: unknown) => ({
      output: {
        message: {
          role: 'assistant' as const,
          content: [{ toolUse: { toolUseId: 'tu', name: 'notify_slack', input: input as never } }],
        },
      },
      stopReason: 'tool_use' as const,
      usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
      metrics: { latencyMs: 1 },
    });
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(reply({ message: 'hi' }))
      .resolvesOnce(reply({ text: 'hi' }));
    const posts: string[] = [];
    const sup = supervisorWith({
      llm: { client, modelId: 'm' },
      agentTasks: notifyInProcess(async (_u, init) => {
        posts.push(String(init?.body));
        return new Response('ok');
      }),
    });
    const out = await sup.route({
      op: 'route',
      input: { instruction: 'say hi' },
      meta: meta('r-ai2', 'sv-ai2'),
    });
    expect(out.action).toBe('notify.slack');
    expect(posts).toEqual([JSON.stringify({ text: 'hi' })]);
    const second = bedrock.commandCalls(ConverseCommand)[1]?.args[0].input;
    expect(second?.toolConfig?.toolChoice).toEqual({ any: {} });
    const correction = second?.messages?.[2]?.content?.[0]?.toolResult;
    expect(correction?.status).toBe('error');
    expect(correction?.content?.[0]?.text).toContain('text');
  });
});
