import * as z from 'zod/mini';
import '../../statemachines/zod-kit';

/**
 * Environment variables of the deployed functions. Infra sets them (infra/), adapters read them once at cold
 * start with readConfig(); a missing or malformed one fails the cold start with the variable's name.
 */
export const ENV = {
  tableName: 'TABLE_NAME',
  eventBusName: 'EVENT_BUS_NAME',
  filesBucket: 'FILES_BUCKET',
  secretsKeyId: 'SECRETS_KEY_ID',
  bedrockModelId: 'BEDROCK_MODEL_ID',
  fromAddress: 'FROM_ADDRESS',
  /** JSON object: agent name -> Lambda ARN (for compiling runtime-provisioned workflows). */
  agentFunctionArns: 'AGENT_FUNCTION_ARNS',
  supervisorFunctionArn: 'SUPERVISOR_FUNCTION_ARN',
  stateMachineRoleArn: 'STATE_MACHINE_ROLE_ARN',
  stateMachinePrefix: 'STATE_MACHINE_PREFIX',
  stateMachineLogGroupArn: 'STATE_MACHINE_LOG_GROUP_ARN',
  scheduleGroup: 'SCHEDULE_GROUP',
  schedulerRoleArn: 'SCHEDULER_ROLE_ARN',
  schedulerDlqArn: 'SCHEDULER_DLQ_ARN',
  dispatchDlqUrl: 'DISPATCH_DLQ_URL',
  /** The dispatcher Lambda and its DLQ: targets of the dispatch rules the provisioner adds where missing. */
  dispatcherFunctionArn: 'DISPATCHER_FUNCTION_ARN',
  dispatchDlqArn: 'DISPATCH_DLQ_ARN',
  /** The provisioner Lambda (ProvisionerPort on AWS may invoke it directly; the table stream also runs it). */
  provisionerFunctionName: 'PROVISIONER_FUNCTION_NAME',
  /** The api-dry-run function, which api-workflows invokes to run POST /workflows/{id}/test's dry run. */
  dryRunFunction: 'DRY_RUN_FUNCTION',
  stage: 'STAGE',
  /** The API's per-key limit, requests per second (or `off`), and its burst; the stage throttling's figures. */
  apiRateLimit: 'API_RATE_LIMIT',
  apiBurstLimit: 'API_BURST_LIMIT',
} as const;

export type ConfigKey = keyof typeof ENV;

/** Reads and checks the named variables; throws one error naming every missing one. */
export const readConfig = <K extends ConfigKey>(
  keys: readonly K[],
  env: NodeJS.ProcessEnv = process.env,
): Record<K, string> => {
  const missing = keys.filter((k) => !env[ENV[k]]);
  if (missing.length > 0) {
    throw new Error(`Missing environment variables: ${missing.map((k) => ENV[k]).join(', ')}`);
  }
  return Object.fromEntries(keys.map((k) => [k, env[ENV[k]] as string])) as Record<K, string>;
};

export const AgentFunctionArns = /* @__PURE__ */ (() =>
  z.record(z.string(), z.string().check(z.minLength(1))))();
