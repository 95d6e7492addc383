import type * as LambdaSdk from '@aws-sdk/client-lambda';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { ActionName, AgentName } from '../../statemachines/catalogue';
import { ERRORS } from '../../statemachines/contracts';
import { requireCommonJs } from '../shared/commonjs';
import { AgentFunctionArns, ENV } from '../shared/config';
import { ConflictError, NonRetriableError, RetriableError } from '../shared/errors';
import { traceClient } from '../shared/observability';
import type { AgentTasks } from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';
import { lazyClient, onFirstUse } from './lazy-sdk';

/** @aws-sdk/client-lambda, loaded on first use. */
export const loadLambdaSdk = onFirstUse(
  async () => requireCommonJs('@aws-sdk/client-lambda') as typeof LambdaSdk,
);

export interface LambdaAgentTasksOptions {
  /** Agent name -> its function's ARN (or name), as the stack sets AGENT_FUNCTION_ARNS. */
  readonly functions: Readonly<Partial<Record<AgentName, string>>>;
  readonly client?: LambdaClient;
}

/** What a Node.js function's unhandled error comes back as (Invoke's Payload when FunctionError is set). */
interface FunctionErrorPayload {
  readonly errorType?: unknown;
  readonly errorMessage?: unknown;
}

const decode = (payload: Uint8Array | undefined): unknown => {
  const text = payload ? new TextDecoder().decode(payload) : '';
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/**
 * The error an agent function failed with, as the class of the same name: the runner's RetriableError,
 * NonRetriableError and ConflictError keep their names (what the ai.task step's Retry/Catch match); anything else
 * (a sandbox timeout, a runtime crash) is retried, as the runner treats an unknown failure.
 */
export const agentFunctionError = (agent: string, kind: string, payload: unknown): Error => {
  const body = (typeof payload === 'object' && payload !== null ? payload : {}) as FunctionErrorPayload;
  const type = typeof body.errorType === 'string' ? body.errorType : kind;
  const message =
    typeof body.errorMessage === 'string' ? body.errorMessage : `the ${agent} agent failed (${kind})`;
  if (type === ERRORS.nonRetriable) return new NonRetriableError(message);
  if (type === ERRORS.retriable) return new RetriableError(message);
  if (type === ERRORS.conflict) {
    const conflict = new ConflictError(message);
    conflict.name = ERRORS.conflict;
    return conflict;
  }
  return new RetriableError(`${type}: ${message}`);
};

/**
 * AgentTasks on AWS: each task is a synchronous Invoke of the agent's function with the same payload a Task state
 * sends it, so it runs with that function's code, role and timeout, and its idempotency key (execution, step,
 * item, action) is the one the step's own retries use.
 */
export const createLambdaAgentTasks = (options: LambdaAgentTasksOptions): AgentTasks => {
  const lambda = lazyClient(
    loadLambdaSdk,
    (m) => traceClient(new m.LambdaClient({ ...AWS_RETRY })),
    options.client,
  );
  return {
    performs: (agent: AgentName, _action: ActionName) => Boolean(options.functions[agent]),
    async run(agent, payload) {
      const functionName = options.functions[agent];
      if (!functionName)
        throw new NonRetriableError(`No function for the ${agent} agent (AGENT_FUNCTION_ARNS)`);
      const response = await lambda((m, client) =>
        client.send(
          new m.InvokeCommand({
            FunctionName: functionName,
            InvocationType: 'RequestResponse',
            Payload: new TextEncoder().encode(JSON.stringify(payload)),
          }),
        ),
      );
      const body = decode(response.Payload);
      if (response.FunctionError) throw agentFunctionError(agent, response.FunctionError, body);
      return (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    },
  };
};

/** The agent functions from AGENT_FUNCTION_ARNS (the stack sets it on the supervisor); unset, ai.task refuses. */
export const lambdaAgentTasksFromEnv = (env: NodeJS.ProcessEnv = process.env): AgentTasks => {
  const json = env[ENV.agentFunctionArns];
  if (!json) {
    const unset = (): never => {
      throw new NonRetriableError(`${ENV.agentFunctionArns} is not set for this function`);
    };
    return { performs: unset, run: unset };
  }
  return createLambdaAgentTasks({ functions: AgentFunctionArns.parse(JSON.parse(json)) });
};
