import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { InvokeCommand, type InvokeCommandOutput, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLambdaAgentTasks, lambdaAgentTasksFromEnv } from '../../../functions/adapters/lambda-agents';
import { NonRetriableError } from '../../../functions/shared/errors';
import type { TaskMeta } from '../../../statemachines/contracts';
import { runs, supervisorWith, useSupervisorDatabase } from './supervisor-fixture';

/**
 * ai.task on AWS: the supervisor has the chosen agent's function perform the action (a synchronous Invoke with the
 * payload a Task state would send it), and the function's error comes back under the name Retry/Catch match.
 */

useSupervisorDatabase();

const NOTIFY_ARN = 'arn:aws:lambda:eu-central-1:123456789012:function:dynaris-dev-agent-notify';
const lambda = mockClient(LambdaClient);
const bedrockClient = new BedrockRuntimeClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
});
const bedrock = mockClient(bedrockClient);

beforeEach(() => {
  lambda.reset();
  bedrock.reset();
  bedrock.on(ConverseCommand).resolves({
    output: {
      message: {
        role: 'assistant',
        content: [{ toolUse: { toolUseId: 'tu', name: 'notify_slack', input: { text: 'Deal closed' } } }],
      },
    },
    stopReason: 'tool_use',
    usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
    metrics: { latencyMs: 1 },
  });
});

let seq = 0;
const routeOnce = async () => {
  seq += 1;
  const meta: TaskMeta = {
    tenantId: `sv-inv-${seq}`,
    workflowId: 'wf',
    runId: `r-${seq}`,
    executionId: `arn:aws:states:eu-central-1:1:execution:sm:r-${seq}`,
    stepId: 'think',
    itemIndex: -1,
  };
  await runs().create(meta.tenantId, {
    runId: meta.runId,
    workflowId: 'wf',
    workflowName: 'AI',
    version: 1,
    executionId: meta.executionId,
    triggerType: 'manual',
    dryRun: false,
    autoMode: true,
    startedAt: new Date().toISOString(),
  });
  const supervisor = supervisorWith({
    llm: { client: bedrockClient, modelId: 'm' },
    agentTasks: createLambdaAgentTasks({ functions: { notify: NOTIFY_ARN }, client: new LambdaClient({}) }),
  });
  const payload = { op: 'route' as const, input: { instruction: 'Tell the team' }, meta };
  return { meta, route: () => supervisor.route(payload) };
};

/** A response body as Invoke returns it (the SDK's blob adapter is a Uint8Array with helpers the code never uses). */
const body = (value: unknown) =>
  new TextEncoder().encode(JSON.stringify(value)) as NonNullable<InvokeCommandOutput['Payload']>;

const functionError = (errorType: string, errorMessage: string) => ({
  StatusCode: 200,
  FunctionError: 'Unhandled',
  Payload: body({ errorType, errorMessage, trace: [] }),
});

describe('ai.task through the agent functions', () => {
  it("GIVEN the notify function WHEN Bedrock picks notify.slack and the step is retried THEN the function is invoked once with the task's payload and its output is the step's", async () => {
    lambda.on(InvokeCommand).resolves({
      StatusCode: 200,
      Payload: body({ delivered: true, via: 'slack' }),
    });
    const { meta, route } = await routeOnce();
    const out = await route();
    expect(out).toStrictEqual({
      result: 'Post to Slack done.',
      action: 'notify.slack',
      output: { delivered: true, via: 'slack' },
    });
    expect(await route()).toStrictEqual(out);
    const calls = lambda.commandCalls(InvokeCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input?.FunctionName).toBe(NOTIFY_ARN);
    expect(input?.InvocationType).toBe('RequestResponse');
    expect(JSON.parse(new TextDecoder().decode(input?.Payload as Uint8Array))).toStrictEqual({
      action: 'notify.slack',
      input: { text: 'Deal closed' },
      meta,
    });
    const tools = bedrock.commandCalls(ConverseCommand)[0]?.args[0].input.toolConfig?.tools ?? [];
    expect(tools.map((t) => t.toolSpec?.name)).toStrictEqual(['notify_slack', 'notify_team']);
  });

  it.each([
    ['NonRetriableError', 'NonRetriableError'],
    ['RetriableError', 'RetriableError'],
    ['ConflictError', 'ConflictError'],
    ['Sandbox.Timedout', 'RetriableError'],
    ['Runtime.ExitError', 'RetriableError'],
  ])(
    'GIVEN the agent function fails with %s WHEN routed THEN the step fails with %s',
    async (errorType, name) => {
      lambda.on(InvokeCommand).resolves(functionError(errorType, 'the webhook said no'));
      const { route } = await routeOnce();
      const error = (await route().catch((e: unknown) => e)) as Error;
      expect(error.name).toBe(name);
      expect(error.message).toContain('the webhook said no');
    },
  );

  it('GIVEN no AGENT_FUNCTION_ARNS WHEN an ai.task is routed THEN it fails for good naming the variable', async () => {
    const supervisor = supervisorWith({
      llm: { client: bedrockClient, modelId: 'm' },
      agentTasks: lambdaAgentTasksFromEnv({}),
    });
    const { meta } = await routeOnce();
    await expect(
      supervisor.route({ op: 'route', input: { instruction: 'Tell the team' }, meta }),
    ).rejects.toThrow(new NonRetriableError('AGENT_FUNCTION_ARNS is not set for this function'));
    expect(lambda.commandCalls(InvokeCommand)).toHaveLength(0);
  });

  it('GIVEN AGENT_FUNCTION_ARNS as the stack sets it WHEN read THEN only the agents it names are reachable', () => {
    const agents = lambdaAgentTasksFromEnv({ AGENT_FUNCTION_ARNS: JSON.stringify({ notify: NOTIFY_ARN }) });
    expect(agents.performs('notify', 'notify.slack')).toBe(true);
    expect(agents.performs('email', 'email.send')).toBe(false);
  });
});
