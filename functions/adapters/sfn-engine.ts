import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  ListExecutionsCommand,
  ListTagsForResourceCommand,
  type LoggingConfiguration,
  RedriveExecutionCommand,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  TagResourceCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
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
  StartExecutionRequest,
  TimelineEntry,
  WorkflowEngine,
} from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';

/**
 * Step Functions through the SDK: the WorkflowEngine port (start, callbacks, stop, redrive, describe, timeline)
 * and the provisioner's StateMachinePort. The local runtime implements the same ports with its own engine.
 */

const errorName = (error: unknown): string => (error instanceof Error ? error.name : '');

/** `arn:aws:states:r:a:stateMachine:n` -> `arn:aws:states:r:a:execution:n:<name>` (`express:` for Express). */
export const executionArnFor = (stateMachineArn: string, name: string, express = false): string =>
  `${stateMachineArn.replace(':stateMachine:', express ? ':express:' : ':execution:')}:${name}`;

const parseJson = (text: string | undefined): unknown => {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

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

// ------------------------------------------------------------------------------------------------ timeline

const STATE_TYPES: Record<string, string> = {
  Task: 'Task',
  Choice: 'Choice',
  Pass: 'Pass',
  Wait: 'Wait',
  Map: 'Map',
  Parallel: 'Parallel',
  Succeed: 'Succeed',
  Fail: 'Fail',
};

const stateKind = (eventType: string, suffix: 'StateEntered' | 'StateExited'): string | undefined => {
  if (!eventType.endsWith(suffix)) return undefined;
  const kind = eventType.slice(0, -suffix.length);
  return STATE_TYPES[kind];
};

const FAILURE_DETAILS = [
  'taskFailedEventDetails',
  'taskTimedOutEventDetails',
  'taskStartFailedEventDetails',
  'taskSubmitFailedEventDetails',
  'lambdaFunctionFailedEventDetails',
  'lambdaFunctionTimedOutEventDetails',
  'lambdaFunctionScheduleFailedEventDetails',
  'lambdaFunctionStartFailedEventDetails',
  'activityFailedEventDetails',
  'activityTimedOutEventDetails',
  'activityScheduleFailedEventDetails',
] as const;

const failureOf = (event: HistoryEvent): { error: string; cause?: string } | undefined => {
  for (const key of FAILURE_DETAILS) {
    const details = event[key] as { error?: string; cause?: string } | undefined;
    if (details)
      return {
        error: details.error ?? event.type ?? 'Error',
        ...(details.cause ? { cause: details.cause } : {}),
      };
  }
  return undefined;
};

const stepIdFromParameters = (parameters: string | undefined): string | undefined => {
  const p = parseJson(parameters) as Record<string, unknown> | undefined;
  if (!p || typeof p !== 'object') return undefined;
  const payload = (p.Payload ?? p) as Record<string, unknown>;
  const meta = payload.meta as Record<string, unknown> | undefined;
  const id = meta?.stepId ?? payload.stepId;
  return typeof id === 'string' && id !== '_run' ? id : undefined;
};

interface OpenEntry {
  name: string;
  type: string;
  input: unknown;
  startedAt: string;
  stepId?: string;
  scheduled: number;
  waiting: boolean;
  error?: { error: string; cause?: string };
  output?: unknown;
  endedAt?: string;
  status?: TimelineEntry['status'];
}

/** Turns an execution history (oldest first) into one entry per state visited. */
export const historyToTimeline = (
  events: readonly HistoryEvent[],
  executionStatus?: ExecutionStatus,
): TimelineEntry[] => {
  const byId = new Map<number, HistoryEvent>();
  const entryByEnteredId = new Map<number, OpenEntry>();
  const entries: OpenEntry[] = [];
  const openByName = new Map<string, OpenEntry[]>();

  /** The state an event belongs to: follow previousEventId back to its StateEntered event. */
  const owner = (event: HistoryEvent): OpenEntry | undefined => {
    let current: HistoryEvent | undefined = event;
    for (let guard = 0; current && guard < 10_000; guard++) {
      const entry = current.id !== undefined ? entryByEnteredId.get(current.id) : undefined;
      if (entry) return entry;
      current = current.previousEventId !== undefined ? byId.get(current.previousEventId) : undefined;
    }
    return undefined;
  };

  for (const event of events) {
    if (event.id !== undefined) byId.set(event.id, event);
    const type = event.type ?? '';
    const at = event.timestamp ? new Date(event.timestamp).toISOString() : '';
    const entered = stateKind(type, 'StateEntered');
    if (entered && event.stateEnteredEventDetails) {
      const entry: OpenEntry = {
        name: event.stateEnteredEventDetails.name ?? '',
        type: entered,
        input: parseJson(event.stateEnteredEventDetails.input),
        startedAt: at,
        scheduled: 0,
        waiting: entered === 'Wait',
      };
      entries.push(entry);
      if (event.id !== undefined) entryByEnteredId.set(event.id, entry);
      openByName.set(entry.name, [...(openByName.get(entry.name) ?? []), entry]);
      continue;
    }
    const exited = stateKind(type, 'StateExited');
    if (exited && event.stateExitedEventDetails) {
      const name = event.stateExitedEventDetails.name ?? '';
      const open = openByName.get(name) ?? [];
      const entry = owner(event) ?? open[0];
      if (entry) {
        openByName.set(
          name,
          open.filter((e) => e !== entry),
        );
        entry.output = parseJson(event.stateExitedEventDetails.output);
        entry.endedAt = at;
        entry.status = entry.type === 'Fail' ? 'failed' : 'succeeded';
      }
      continue;
    }
    if (type === 'TaskScheduled') {
      const entry = owner(event);
      if (entry) {
        entry.scheduled++;
        const details = event.taskScheduledEventDetails;
        entry.waiting = (details?.resource ?? '').endsWith('.waitForTaskToken');
        const stepId = stepIdFromParameters(details?.parameters);
        if (stepId) entry.stepId = stepId;
      }
      continue;
    }
    if (type === 'TaskSucceeded' || type === 'LambdaFunctionSucceeded') {
      const entry = owner(event);
      if (entry) {
        entry.waiting = false;
        delete entry.error;
      }
      continue;
    }
    const failure = failureOf(event);
    if (failure) {
      const entry = owner(event);
      if (entry) {
        entry.error = failure;
        entry.waiting = false;
      }
    }
  }

  const ended = executionStatus !== undefined && executionStatus !== 'RUNNING';
  return entries.map((e): TimelineEntry => {
    // A caught error leaves its state without a StateExited event: still open, with the error.
    const status: TimelineEntry['status'] =
      e.status ?? (e.error || ended ? 'failed' : e.waiting ? 'waiting' : 'running');
    return {
      name: e.name,
      type: e.type,
      status,
      startedAt: e.startedAt,
      ...(e.stepId ? { stepId: e.stepId } : {}),
      ...(e.input !== undefined ? { input: e.input } : {}),
      ...(e.output !== undefined ? { output: e.output } : {}),
      ...(e.error && status === 'failed' ? { error: e.error } : {}),
      ...(e.endedAt ? { endedAt: e.endedAt } : {}),
      ...(e.scheduled > 1 ? { retries: e.scheduled - 1 } : {}),
    };
  });
};

// ------------------------------------------------------------------------------------------------ adapter

export interface SfnEngineOptions {
  readonly client?: SFNClient;
  /** Needed by StateMachinePort.arnFor only (the provisioner); the WorkflowEngine part works without. */
  readonly region?: string;
  readonly accountId?: string;
}

export const createSfnEngine = (options: SfnEngineOptions = {}): WorkflowEngine & StateMachinePort => {
  const client = options.client ?? traceClient(new SFNClient({ ...AWS_RETRY }));
  const arnFor = (name: string) => {
    if (!options.region || !options.accountId) {
      throw new Error('createSfnEngine needs region and accountId to name state machines');
    }
    return `arn:aws:states:${options.region}:${options.accountId}:stateMachine:${name}`;
  };

  const describeExecution = async (executionArn: string): Promise<ExecutionDescription | undefined> => {
    try {
      const out = await client.send(new DescribeExecutionCommand({ executionArn }));
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

  const updateStateMachine = async (arn: string, spec: StateMachineSpec) => {
    await client.send(
      new UpdateStateMachineCommand({
        stateMachineArn: arn,
        definition: spec.definition,
        roleArn: spec.roleArn,
        loggingConfiguration: toLoggingConfiguration(spec.logging),
        tracingConfiguration: { enabled: spec.tracingEnabled },
      }),
    );
  };

  return {
    async startExecution(req: StartExecutionRequest) {
      try {
        const out = await client.send(
          new StartExecutionCommand({
            stateMachineArn: req.stateMachineArn,
            name: req.name,
            input: JSON.stringify(req.input),
          }),
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
      await client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output ?? {}) }));
    },

    async sendTaskFailure(taskToken, error, cause) {
      await client.send(new SendTaskFailureCommand({ taskToken, error, cause }));
    },

    async stopExecution(executionArn, cause) {
      await client.send(new StopExecutionCommand({ executionArn, error: 'Cancelled', cause }));
    },

    async redriveExecution(executionArn) {
      await client.send(new RedriveExecutionCommand({ executionArn }));
    },

    describeExecution,

    async getTimeline(executionArn) {
      const events: HistoryEvent[] = [];
      let nextToken: string | undefined;
      do {
        const page = await client.send(
          new GetExecutionHistoryCommand({
            executionArn,
            maxResults: 1000,
            includeExecutionData: true,
            ...(nextToken ? { nextToken } : {}),
          }),
        );
        events.push(...(page.events ?? []));
        nextToken = page.nextToken;
      } while (nextToken);
      const description = await describeExecution(executionArn);
      return historyToTimeline(events, description?.status);
    },

    arnFor,

    async describe(arn): Promise<DeployedStateMachine | undefined> {
      try {
        const out = await client.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
        const tags = await client.send(new ListTagsForResourceCommand({ resourceArn: arn }));
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
    },

    async create(spec) {
      try {
        const out = await client.send(
          new CreateStateMachineCommand({
            name: spec.name,
            definition: spec.definition,
            roleArn: spec.roleArn,
            type: spec.type,
            loggingConfiguration: toLoggingConfiguration(spec.logging),
            tracingConfiguration: { enabled: spec.tracingEnabled },
            tags: toTags(spec.tags),
          }),
        );
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
      await client.send(new TagResourceCommand({ resourceArn: arn, tags: toTags(tags) }));
    },

    async hasRunningExecutions(arn, type) {
      // ListExecutions refuses EXPRESS machines; their executions run to the end after a deletion anyway.
      if (type === 'EXPRESS') return false;
      const out = await client.send(
        new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: 'RUNNING', maxResults: 1 }),
      );
      return (out.executions ?? []).length > 0;
    },

    async delete(arn) {
      try {
        await client.send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
      } catch (error) {
        if (errorName(error) !== 'StateMachineDoesNotExist') throw error;
      }
    },
  };
};
