// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import '../../statemachines/zod-kit';
import type { ResourceResolver } from '../../statemachines/contracts';
import { leanRuleCalls } from '../adapters/aws-lean/rule-calls';
import { leanSchedules } from '../adapters/aws-lean/schedule-calls';
import { leanStateMachines } from '../adapters/aws-lean/state-machine-calls';
import { startAwsFunctionWith } from '../adapters/aws-platform-core';
import { createRoutingRules } from '../adapters/eventbridge-bus';
import { createSchedulerAdapter, schedulesSdk } from '../adapters/scheduler';
import { createSfnEngine, stateMachinesSdk } from '../adapters/sfn-engine';
import { createSubscriptionStore } from '../data/subscriptions';
import { createSettingsReads } from '../data/tenants/settings-reads';
import { createWorkflowRepository } from '../data/workflows';
import { AgentFunctionArns, ENV, readConfig } from '../shared/config';
import type { RoutingRulesPort } from '../shared/deployment-ports';
import { Logger } from '../shared/logger';
import { observed } from '../shared/observability';
import { getPlatform } from '../shared/platform';
import type { Database } from '../shared/ports';
import { createProvisioner, type Provisioner } from './provisioner';
import { createProvisionStateStore } from './state-store';
import type { ProvisionerSettings } from './types';

// Deployed: the Platform from this function's environment at cold start, with no adapter: the provisioner builds its
// own Step Functions engine (its account's ARNs), and sends, publishes and decrypts nothing. Its state-machine calls
// and its schedule calls (every convergence reads the workflow's schedule) go through the lean Step Functions and
// EventBridge Scheduler clients where the environment allows (the SDK packages are then not loaded; else they are,
// here). EventBridge is not: only enabling a workflow triggered by an event or a webhook checks the bus's dispatch
// rules (once per event type and container), on the lean EventBridge client where the environment allows (else
// createRoutingRules loads the package then); saves of manual and scheduled workflows, disables and deletions never
// call it.
await startAwsFunctionWith({}, [stateMachinesSdk(leanStateMachines), schedulesSdk(leanSchedules)]);

const logger = new Logger({ serviceName: 'provisioner' });

/** The account id inside an IAM role ARN (`arn:aws:iam::123456789012:role/x`). */
export const accountOf = (arn: string): string => {
  const account = arn.split(':')[4];
  if (!account) throw new Error(`Cannot read the account id from ${arn}`);
  return account;
};

/** Compile-time resource ARNs and provisioning settings from the function's environment. */
export const settingsFromEnv = (env: NodeJS.ProcessEnv = process.env): ProvisionerSettings => {
  const c = readConfig(
    [
      'tableName',
      'eventBusName',
      'agentFunctionArns',
      'supervisorFunctionArn',
      'filesBucket',
      'stateMachineRoleArn',
      'stateMachinePrefix',
      'scheduleGroup',
      'schedulerRoleArn',
    ],
    env,
  );
  const agents = AgentFunctionArns.parse(JSON.parse(c.agentFunctionArns));
  const resolver: ResourceResolver = {
    agentFunction: (agent) => {
      const arn = agents[agent];
      if (!arn) throw new Error(`No Lambda ARN for agent "${agent}" in AGENT_FUNCTION_ARNS`);
      return arn;
    },
    supervisorFunction: () => c.supervisorFunctionArn,
    tableName: () => c.tableName,
    eventBusName: () => c.eventBusName,
    filesBucket: () => c.filesBucket,
  };
  const logGroupArn = env.STATE_MACHINE_LOG_GROUP_ARN;
  const schedulerDlqArn = env.SCHEDULER_DLQ_ARN;
  return {
    resolver,
    stateMachinePrefix: c.stateMachinePrefix,
    stateMachineRoleArn: c.stateMachineRoleArn,
    ...(logGroupArn ? { logGroupArn } : {}),
    tracingEnabled: true,
    scheduleGroup: c.scheduleGroup,
    schedulerRoleArn: c.schedulerRoleArn,
    ...(schedulerDlqArn ? { schedulerDlqArn } : {}),
  };
};

/** Workflow partition keys `T#<tenantId>#WF#<workflowId>` / `WORKFLOW` -> ids. */
export const workflowOfRecord = (
  record: DynamoDBRecord,
): { tenantId: string; workflowId: string } | undefined => {
  const image = record.dynamodb?.NewImage ?? record.dynamodb?.OldImage;
  const tenantId = image?.tenantId?.S;
  const workflowId = image?.workflowId?.S;
  if (tenantId && workflowId) return { tenantId, workflowId };
  const pk = record.dynamodb?.Keys?.pk?.S ?? '';
  const match = /^T#(.+)#WF#([^#]+)$/.exec(pk);
  return match ? { tenantId: match[1] as string, workflowId: match[2] as string } : undefined;
};

/** Deployed static rules send every Dynaris event to the dispatcher (infra/constructs/bus.ts). */
export const STATIC_ROUTES: RoutingRulesPort = {
  listDispatchRules: async () => [
    { name: 'static', pattern: JSON.stringify({ source: [{ prefix: 'dynaris.' }] }) },
  ],
  createDispatchRule: async () => {
    throw new Error('No dispatcher ARN configured (DISPATCHER_FUNCTION_ARN): cannot add a dispatch rule');
  },
};

/**
 * The bus rules port: checks and adds rules when the dispatcher's ARN is configured; without it, relies on the
 * static rules infra deploys for every event type (and says so once).
 */
export const routingRulesFromEnv = (env: NodeJS.ProcessEnv = process.env): RoutingRulesPort => {
  const eventBusName = env[ENV.eventBusName];
  const dispatcherArn = env[ENV.dispatcherFunctionArn];
  if (!eventBusName || !dispatcherArn) {
    logger.warn('DISPATCHER_FUNCTION_ARN or EVENT_BUS_NAME not set: relying on the static dispatch rules');
    return STATIC_ROUTES;
  }
  const dispatchDlqArn = env[ENV.dispatchDlqArn];
  return createRoutingRules({
    eventBusName,
    dispatcherArn,
    lean: leanRuleCalls,
    ...(dispatchDlqArn ? { dispatchDlqArn } : {}),
  });
};

let provisioner: Provisioner | undefined;
const getProvisioner = (db?: Database): Provisioner => {
  if (!provisioner) {
    const platform = getPlatform();
    const database = db ?? platform.db;
    const settings = settingsFromEnv();
    const region = process.env.AWS_REGION ?? 'us-east-1';
    const engine = createSfnEngine({
      region,
      accountId: accountOf(settings.stateMachineRoleArn),
      lean: leanStateMachines,
    });
    const workflows = createWorkflowRepository({ db: database, clock: platform.clock });
    // Only the time zone of the tenant's settings: their reads, without the settings' validation and secrets.
    const tenants = createSettingsReads({ db: database });
    provisioner = createProvisioner({
      workflows,
      subscriptions: createSubscriptionStore({ db: database, clock: platform.clock }),
      stateMachines: engine,
      schedules: createSchedulerAdapter({ lean: leanSchedules }),
      rules: routingRulesFromEnv(),
      state: createProvisionStateStore({ db: database }),
      settings,
      tenantTimezone: async (tenantId) => (await tenants.getTenantSettings(tenantId)).timezone,
      clock: platform.clock,
      log: (message, details) => logger.info(message, details),
    });
  }
  return provisioner;
};

export const DirectInvocation = /* @__PURE__ */ (() =>
  z.object({
    tenantId: z.string().check(z.minLength(1)),
    workflowId: z.string().check(z.minLength(1)),
  }))();

/** Runs the provisioner over a stream batch: one convergence per workflow, failures reported per record. */
export const handleStream = async (
  p: Provisioner,
  event: DynamoDBStreamEvent,
): Promise<DynamoDBBatchResponse> => {
  const failures: { itemIdentifier: string }[] = [];
  const done = new Map<string, boolean>();
  for (const record of event.Records) {
    const ids = workflowOfRecord(record);
    if (!ids) continue;
    const key = `${ids.tenantId}/${ids.workflowId}`;
    let ok = done.get(key);
    if (ok === undefined) {
      try {
        await p.provision(ids.tenantId, ids.workflowId);
        ok = true;
      } catch (error) {
        logger.error('provisioning failed', { error: error as Error, ...ids });
        ok = false;
      }
      done.set(key, ok);
    }
    if (!ok && record.dynamodb?.SequenceNumber)
      failures.push({ itemIdentifier: record.dynamodb.SequenceNumber });
  }
  return { batchItemFailures: failures };
};

const lambdaHandler = async (event: DynamoDBStreamEvent | z.infer<typeof DirectInvocation>) => {
  if ('Records' in event) return handleStream(getProvisioner(), event);
  const { tenantId, workflowId } = DirectInvocation.parse(event);
  return getProvisioner().provision(tenantId, workflowId);
};

/** Table stream (workflow items) and direct invocation `{ tenantId, workflowId }`. */
export const handler = observed(lambdaHandler, logger);
