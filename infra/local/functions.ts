import { fileURLToPath } from 'node:url';
import { AGENTS, type AgentName } from '../../statemachines/catalogue';
import { functionTimeoutSeconds } from '../../statemachines/compile/policy';
import type { ResourceResolver } from '../../statemachines/contracts';
import type { LambdaLike } from './invoker';

/**
 * The Lambda functions of the deployed system, loaded from the same handler modules the CDK stack bundles, keyed
 * by the ARNs the local resolver gives the compiler. A module that cannot be loaded is reported (not faked):
 * tasks that need it fail with Lambda.ResourceNotFoundException and the reason.
 */

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_PREFIX = 'dynaris-local';

/** The files bucket's name in the local runtime (the FileStore serves its S3 calls). */
export const LOCAL_FILES_BUCKET = `${LOCAL_PREFIX}-files`;

export const localResolver = (tableName: string, busName = `${LOCAL_PREFIX}-bus`): ResourceResolver => ({
  agentFunction: (agent) =>
    `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${LOCAL_PREFIX}-${agent}`,
  supervisorFunction: () =>
    `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${LOCAL_PREFIX}-supervisor`,
  tableName: () => tableName,
  eventBusName: () => busName,
  filesBucket: () => LOCAL_FILES_BUCKET,
});

/** Handler modules, relative to this file. Each exports `handler` (a middy Lambda handler). */
export const HANDLER_MODULES: Readonly<Record<AgentName | 'supervisor', string>> = {
  supervisor: '../../functions/supervisor/handler.ts',
  ...(Object.fromEntries(AGENTS.map((a) => [a, `../../functions/agents/${a}/handler.ts`])) as Record<
    AgentName,
    string
  >),
};

export interface LoadedFunctions {
  readonly functions: ReadonlyMap<string, LambdaLike>;
  /** Function ARN -> why it is missing. */
  readonly missing: ReadonlyMap<string, string>;
}

export const loadLocalFunctions = async (resolver: ResourceResolver): Promise<LoadedFunctions> => {
  const functions = new Map<string, LambdaLike>();
  const missing = new Map<string, string>();
  await Promise.all(
    Object.entries(HANDLER_MODULES).map(async ([name, relative]) => {
      const arn = name === 'supervisor' ? resolver.supervisorFunction() : resolver.agentFunction(name);
      const file = fileURLToPath(new URL(relative, import.meta.url));
      try {
        const mod = (await import(file)) as { handler?: unknown };
        if (typeof mod.handler !== 'function') {
          missing.set(arn, `${relative} has no exported handler`);
          return;
        }
        functions.set(arn, mod.handler as LambdaLike);
      } catch (error) {
        missing.set(
          arn,
          `${relative} could not be loaded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
      }
    }),
  );
  return { functions, missing };
};

/** Each function's timeout as the stack sets it (statemachines/compile/policy.ts), by the local function ARN. */
export const localFunctionTimeouts = (resolver: ResourceResolver): Record<string, number> =>
  Object.fromEntries([
    ...AGENTS.map((agent) => [resolver.agentFunction(agent), functionTimeoutSeconds(agent)] as const),
    [resolver.supervisorFunction(), functionTimeoutSeconds('supervisor')],
  ]);
