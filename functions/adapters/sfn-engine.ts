import type * as SfnSdk from '@aws-sdk/client-sfn';
import type {
  CreateStateMachineCommandInput,
  CreateStateMachineCommandOutput,
  DeleteStateMachineCommandInput,
  DeleteStateMachineCommandOutput,
  DescribeStateMachineCommandInput,
  DescribeStateMachineCommandOutput,
  HistoryEvent,
  ListExecutionsCommandInput,
  ListExecutionsCommandOutput,
  ListTagsForResourceCommandInput,
  ListTagsForResourceCommandOutput,
  LoggingConfiguration,
  SFNClient,
  TagResourceCommandInput,
  TagResourceCommandOutput,
  UpdateStateMachineCommandInput,
  UpdateStateMachineCommandOutput,
} from '@aws-sdk/client-sfn';
import { requireCommonJs } from '../shared/commonjs';
import type {
  DeployedStateMachine,
  StateMachineLogging,
  StateMachinePort,
  StateMachineSpec,
} from '../shared/deployment-ports';
import { traceClient } from '../shared/observability';
import type {
  ExecutionDescription,
  ExecutionStatus,
  MapRunDescription,
  StartExecutionRequest,
  TimelineEntry,
  WorkflowEngine,
} from '../shared/ports';
import { mapRunLabel } from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';
import { type LeanEnvironment, leanAwsEnvironment } from './aws-lean/environment';
import { lazyClient, onFirstUse } from './lazy-sdk';
import { historyToTimeline, parseJson } from './sfn-history';
import { logGroupName, logMessagesToHistory, stateMachineOfExpress } from './sfn-logs';

/** @aws-sdk/client-sfn, loaded on first use (or preloaded at cold start). */
export const loadSfnSdk = onFirstUse(async () => requireCommonJs('@aws-sdk/client-sfn') as typeof SfnSdk);

/** The calls of the StateMachinePort (the provisioner's), through the SDK package or another client. */
export interface StateMachineCalls {
  readonly describeStateMachine: (
    input: DescribeStateMachineCommandInput,
  ) => Promise<DescribeStateMachineCommandOutput>;
  readonly listTagsForResource: (
    input: ListTagsForResourceCommandInput,
  ) => Promise<ListTagsForResourceCommandOutput>;
  readonly createStateMachine: (
    input: CreateStateMachineCommandInput,
  ) => Promise<CreateStateMachineCommandOutput>;
  readonly updateStateMachine: (
    input: UpdateStateMachineCommandInput,
  ) => Promise<UpdateStateMachineCommandOutput>;
  readonly tagResource: (input: TagResourceCommandInput) => Promise<TagResourceCommandOutput>;
  readonly listExecutions: (input: ListExecutionsCommandInput) => Promise<ListExecutionsCommandOutput>;
  readonly deleteStateMachine: (
    input: DeleteStateMachineCommandInput,
  ) => Promise<DeleteStateMachineCommandOutput>;
}

/**
 * The state-machine calls through another client than @aws-sdk/client-sfn, for a resolved environment: the lean
 * client (aws-lean/state-machine-calls.ts leanStateMachines, the same signed requests as the stock client's), which
 * the provisioner's entry passes, so that its cold start need not load the SDK package (~6 ms of CPU).
 */
export type StateMachinesVia = (environment: LeanEnvironment) => StateMachineCalls;

/** The SDK's service id of Step Functions, for its endpoint override variable (AWS_ENDPOINT_URL_SFN). */
const SFN_ENV_ID = 'SFN';

/** Whether `lean` serves in this environment (leanAwsEnvironment); if not, the state-machine calls use the SDK. */
export const machinesLean = (
  lean: StateMachinesVia | undefined,
  env: NodeJS.ProcessEnv = process.env,
): boolean => lean !== undefined && leanAwsEnvironment(SFN_ENV_ID, env) !== undefined;

/** What the provisioner loads at cold start: nothing where `lean` serves, else @aws-sdk/client-sfn. */
export const stateMachinesSdk = (lean: StateMachinesVia | undefined) => async (): Promise<unknown> =>
  machinesLean(lean) ? undefined : loadSfnSdk();

type SfnCall = <T>(use: (sdk: typeof SfnSdk, client: SFNClient) => Promise<T>) => Promise<T>;

const stateMachineCalls = (
  sfn: SfnCall,
  client: SFNClient | undefined,
  lean: StateMachinesVia | undefined,
): StateMachineCalls => {
  const environment = client || !lean ? undefined : leanAwsEnvironment(SFN_ENV_ID);
  if (lean && environment) return lean(environment);
  return {
    describeStateMachine: (input) => sfn((m, c) => c.send(new m.DescribeStateMachineCommand(input))),
    listTagsForResource: (input) => sfn((m, c) => c.send(new m.ListTagsForResourceCommand(input))),
    createStateMachine: (input) => sfn((m, c) => c.send(new m.CreateStateMachineCommand(input))),
    updateStateMachine: (input) => sfn((m, c) => c.send(new m.UpdateStateMachineCommand(input))),
    tagResource: (input) => sfn((m, c) => c.send(new m.TagResourceCommand(input))),
    listExecutions: (input) => sfn((m, c) => c.send(new m.ListExecutionsCommand(input))),
    deleteStateMachine: (input) => sfn((m, c) => c.send(new m.DeleteStateMachineCommand(input))),
  };
};

/**
 * Step Functions through the SDK: the WorkflowEngine port (start, callbacks, stop, redrive, describe, timeline)
 * and the provisioner's StateMachinePort. The local runtime implements the same ports with its own engine.
 */

const errorName = (error: unknown): string => (error instanceof Error ? error.name : '');

/** `arn:aws:states:r:a:stateMachine:n` -> `arn:aws:states:r:a:execution:n:<name>` (`express:` for Express). */
export const executionArnFor = (stateMachineArn: string, name: string, express = false): string =>
  `${stateMachineArn.replace(':stateMachine:', express ? ':express:' : ':execution:')}:${name}`;

const toLoggingConfiguration = (logging: StateMachineLogging): LoggingConfiguration => ({
  level: logging.level,
  includeExecutionData: logging.includeExecutionData,
  ...(logging.logGroupArn
    ? { destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: logging.logGroupArn } }] }
    : {}),
});

const fromLoggingConfiguration = (config: LoggingConfiguration | undefined): StateMachineLogging => {
  const logGroupArn = config?.destinations?.[0]?.cloudWatchLogsLogGroup?.logGroupArn;
  return {
    level: config?.level ?? 'OFF',
    includeExecutionData: config?.includeExecutionData ?? false,
    ...(logGroupArn ? { logGroupArn } : {}),
  };
};

const toTags = (tags: Readonly<Record<string, string>>) =>
  Object.entries(tags).map(([key, value]) => ({ key, value }));

// ------------------------------------------------------------------------------------------------ adapter

/** Reads the CloudWatch Logs messages of one execution (FilterLogEvents), for Express timelines. */
export interface ExecutionLogReader {
  messagesOf(logGroupName: string, executionArn: string): Promise<string[]>;
}

const CLOSING: Record<string, ExecutionStatus> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

export interface SfnEngineOptions {
  readonly client?: SFNClient;
  /** Where Express timelines are read (their executions have no GetExecutionHistory). @default none: empty */
  readonly logs?: ExecutionLogReader;
  /** Needed by StateMachinePort.arnFor only (the provisioner); the WorkflowEngine part works without. */
  readonly region?: string;
  readonly accountId?: string;
  /** The StateMachinePort's calls through another client where the environment allows; a given `client` wins. */
  readonly lean?: StateMachinesVia;
}

export { historyToTimeline } from './sfn-history';

export const createSfnEngine = (options: SfnEngineOptions = {}): WorkflowEngine & StateMachinePort => {
  const sfn: SfnCall = lazyClient(
    loadSfnSdk,
    (m) => traceClient(new m.SFNClient({ ...AWS_RETRY })),
    options.client,
  );
  const machines = stateMachineCalls(sfn, options.client, options.lean);
  const arnFor = (name: string) => {
    if (!options.region || !options.accountId) {
      throw new Error('createSfnEngine needs region and accountId to name state machines');
    }
    return `arn:aws:states:${options.region}:${options.accountId}:stateMachine:${name}`;
  };

  const describeExecution = async (executionArn: string): Promise<ExecutionDescription | undefined> => {
    try {
      const out = await sfn((m, c) => c.send(new m.DescribeExecutionCommand({ executionArn })));
      return {
        executionArn: out.executionArn ?? executionArn,
        stateMachineArn: out.stateMachineArn ?? '',
        name: out.name ?? '',
        status: (out.status ?? 'RUNNING') as ExecutionStatus,
        startDate: (out.startDate ?? new Date(0)).toISOString(),
        ...(out.stopDate ? { stopDate: out.stopDate.toISOString() } : {}),
        ...(out.input !== undefined ? { input: parseJson(out.input) } : {}),
        ...(out.output !== undefined ? { output: parseJson(out.output) } : {}),
        ...(out.error ? { error: { error: out.error, ...(out.cause ? { cause: out.cause } : {}) } } : {}),
      };
    } catch (error) {
      if (errorName(error) === 'ExecutionDoesNotExist') return undefined;
      throw error;
    }
  };

  /** DescribeMapRun: the Map Run's status and item counts; its label (the forEach step id) is in its ARN. */
  const describeMapRun = async (mapRunArn: string): Promise<MapRunDescription> => {
    const out = await sfn((m, c) => c.send(new m.DescribeMapRunCommand({ mapRunArn })));
    const c = out.itemCounts;
    return {
      mapRunArn,
      stateName: mapRunLabel(mapRunArn),
      status: (out.status ?? 'RUNNING') as MapRunDescription['status'],
      startDate: (out.startDate ?? new Date(0)).toISOString(),
      ...(out.stopDate ? { stopDate: out.stopDate.toISOString() } : {}),
      itemCounts: {
        pending: c?.pending ?? 0,
        running: c?.running ?? 0,
        succeeded: c?.succeeded ?? 0,
        failed: c?.failed ?? 0,
        timedOut: c?.timedOut ?? 0,
        aborted: c?.aborted ?? 0,
        total: c?.total ?? 0,
      },
    };
  };

  const describeMachine = async (arn: string): Promise<DeployedStateMachine | undefined> => {
    try {
      const out = await machines.describeStateMachine({ stateMachineArn: arn });
      const tags = await machines.listTagsForResource({ resourceArn: arn });
      return {
        arn: out.stateMachineArn ?? arn,
        name: out.name ?? '',
        definition: out.definition ?? '',
        roleArn: out.roleArn ?? '',
        type: out.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
        logging: fromLoggingConfiguration(out.loggingConfiguration),
        tracingEnabled: out.tracingConfiguration?.enabled ?? false,
        tags: Object.fromEntries((tags.tags ?? []).map((t) => [t.key ?? '', t.value ?? ''])),
        status: out.status === 'DELETING' ? 'DELETING' : 'ACTIVE',
      };
    } catch (error) {
      if (errorName(error) === 'StateMachineDoesNotExist') return undefined;
      throw error;
    }
  };

  /** An Express execution's timeline from its state machine's CloudWatch Logs (log level ALL). */
  const expressTimeline = async (executionArn: string): Promise<TimelineEntry[]> => {
    if (!options.logs) return [];
    const machine = await describeMachine(stateMachineOfExpress(executionArn));
    const group = machine?.logging.logGroupArn;
    if (machine?.logging.level !== 'ALL' || !group) return [];
    const history = logMessagesToHistory(await options.logs.messagesOf(logGroupName(group), executionArn));
    const last = history.at(-1)?.type;
    return historyToTimeline(history, (last && CLOSING[last]) ?? 'RUNNING');
  };

  const updateStateMachine = async (arn: string, spec: StateMachineSpec) => {
    await machines.updateStateMachine({
      stateMachineArn: arn,
      definition: spec.definition,
      roleArn: spec.roleArn,
      loggingConfiguration: toLoggingConfiguration(spec.logging),
      tracingConfiguration: { enabled: spec.tracingEnabled },
    });
  };

  return {
    async startExecution(req: StartExecutionRequest) {
      try {
        const out = await sfn((m, c) =>
          c.send(
            new m.StartExecutionCommand({
              stateMachineArn: req.stateMachineArn,
              name: req.name,
              input: JSON.stringify(req.input),
            }),
          ),
        );
        return {
          executionArn: out.executionArn ?? executionArnFor(req.stateMachineArn, req.name),
          alreadyStarted: false,
        };
      } catch (error) {
        // Same name already used on this Standard state machine: the earlier start stands.
        if (errorName(error) === 'ExecutionAlreadyExists') {
          return { executionArn: executionArnFor(req.stateMachineArn, req.name), alreadyStarted: true };
        }
        throw error;
      }
    },

    async sendTaskSuccess(taskToken, output) {
      await sfn((m, c) =>
        c.send(new m.SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output ?? {}) })),
      );
    },

    async sendTaskFailure(taskToken, error, cause) {
      await sfn((m, c) => c.send(new m.SendTaskFailureCommand({ taskToken, error, cause })));
    },

    async stopExecution(executionArn, cause) {
      await sfn((m, c) => c.send(new m.StopExecutionCommand({ executionArn, error: 'Cancelled', cause })));
    },

    async redriveExecution(executionArn) {
      await sfn((m, c) => c.send(new m.RedriveExecutionCommand({ executionArn })));
    },

    describeExecution,

    async listMapRuns(executionArn) {
      const arns: string[] = [];
      let nextToken: string | undefined;
      do {
        const page = await sfn((m, c) =>
          c.send(
            new m.ListMapRunsCommand({ executionArn, maxResults: 1000, ...(nextToken ? { nextToken } : {}) }),
          ),
        );
        arns.push(...(page.mapRuns ?? []).flatMap((run) => (run.mapRunArn ? [run.mapRunArn] : [])));
        nextToken = page.nextToken;
      } while (nextToken);
      return Promise.all(arns.map(describeMapRun));
    },

    async getTimeline(executionArn) {
      if (executionArn.split(':')[5] === 'express') return expressTimeline(executionArn);
      const events: HistoryEvent[] = [];
      let nextToken: string | undefined;
      do {
        const page = await sfn((m, c) =>
          c.send(
            new m.GetExecutionHistoryCommand({
              executionArn,
              maxResults: 1000,
              includeExecutionData: true,
              ...(nextToken ? { nextToken } : {}),
            }),
          ),
        );
        events.push(...(page.events ?? []));
        nextToken = page.nextToken;
      } while (nextToken);
      const description = await describeExecution(executionArn);
      return historyToTimeline(events, description?.status);
    },

    arnFor,

    describe: describeMachine,

    async create(spec) {
      try {
        const out = await machines.createStateMachine({
          name: spec.name,
          definition: spec.definition,
          roleArn: spec.roleArn,
          type: spec.type,
          loggingConfiguration: toLoggingConfiguration(spec.logging),
          tracingConfiguration: { enabled: spec.tracingEnabled },
          tags: toTags(spec.tags),
        });
        return { arn: out.stateMachineArn ?? arnFor(spec.name) };
      } catch (error) {
        // Created meanwhile with another configuration (a concurrent run): converge it instead.
        if (errorName(error) === 'StateMachineAlreadyExists') {
          await updateStateMachine(arnFor(spec.name), spec);
          return { arn: arnFor(spec.name) };
        }
        throw error;
      }
    },

    update: updateStateMachine,

    async tag(arn, tags) {
      await machines.tagResource({ resourceArn: arn, tags: toTags(tags) });
    },

    async hasRunningExecutions(arn, type) {
      // ListExecutions refuses EXPRESS machines; their executions run to the end after a deletion anyway.
      if (type === 'EXPRESS') return false;
      const out = await machines.listExecutions({
        stateMachineArn: arn,
        statusFilter: 'RUNNING',
        maxResults: 1,
      });
      return (out.executions ?? []).length > 0;
    },

    async delete(arn) {
      try {
        await machines.deleteStateMachine({ stateMachineArn: arn });
      } catch (error) {
        if (errorName(error) !== 'StateMachineDoesNotExist') throw error;
      }
    },
  };
};
