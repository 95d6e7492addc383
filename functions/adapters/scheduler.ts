import type * as SchedulerSdk from '@aws-sdk/client-scheduler';
import type {
  CreateScheduleCommandInput,
  CreateScheduleCommandOutput,
  DeleteScheduleCommandInput,
  DeleteScheduleCommandOutput,
  GetScheduleCommandInput,
  GetScheduleCommandOutput,
  SchedulerClient,
  UpdateScheduleCommandInput,
  UpdateScheduleCommandOutput,
} from '@aws-sdk/client-scheduler';
import { requireCommonJs } from '../shared/commonjs';
import type { DeployedSchedule, SchedulePort, ScheduleSpec } from '../shared/deployment-ports';
import { traceClient } from '../shared/observability';
import { AWS_RETRY } from '../shared/retry';
import { type LeanEnvironment, leanAwsEnvironment } from './aws-lean/environment';
import { lazyClient, onFirstUse } from './lazy-sdk';

/** @aws-sdk/client-scheduler, loaded on first use (or preloaded at cold start where the lean client does not serve). */
export const loadSchedulerSdk = onFirstUse(
  async () => requireCommonJs('@aws-sdk/client-scheduler') as typeof SchedulerSdk,
);

/** The four schedule calls the provisioner makes, whichever client sends them. */
export interface ScheduleCalls {
  readonly getSchedule: (input: GetScheduleCommandInput) => Promise<GetScheduleCommandOutput>;
  readonly createSchedule: (input: CreateScheduleCommandInput) => Promise<CreateScheduleCommandOutput>;
  readonly updateSchedule: (input: UpdateScheduleCommandInput) => Promise<UpdateScheduleCommandOutput>;
  readonly deleteSchedule: (input: DeleteScheduleCommandInput) => Promise<DeleteScheduleCommandOutput>;
}

/**
 * The schedule calls through another client than @aws-sdk/client-scheduler, for a resolved environment: the lean
 * client (aws-lean/schedule-calls.ts leanSchedules, the same signed requests as the stock client's), which the
 * provisioner's entry passes, so that its cold start need not load the SDK package (~3 ms of CPU).
 */
export type SchedulesVia = (environment: LeanEnvironment) => ScheduleCalls;

/** The SDK's service id of EventBridge Scheduler, for its endpoint override variable (AWS_ENDPOINT_URL_SCHEDULER). */
const SCHEDULER_ENV_ID = 'SCHEDULER';

/** Whether `lean` serves in this environment (leanAwsEnvironment); if not, the schedule calls use the SDK. */
export const schedulesLean = (
  lean: SchedulesVia | undefined,
  env: NodeJS.ProcessEnv = process.env,
): boolean => lean !== undefined && leanAwsEnvironment(SCHEDULER_ENV_ID, env) !== undefined;

/** What the provisioner loads at cold start: nothing where `lean` serves, else @aws-sdk/client-scheduler. */
export const schedulesSdk = (lean: SchedulesVia | undefined) => async (): Promise<unknown> =>
  schedulesLean(lean) ? undefined : loadSchedulerSdk();

const scheduleCalls = (
  client: SchedulerClient | undefined,
  lean: SchedulesVia | undefined,
): ScheduleCalls => {
  const environment = client || !lean ? undefined : leanAwsEnvironment(SCHEDULER_ENV_ID);
  if (lean && environment) return lean(environment);
  const sdk = lazyClient(
    loadSchedulerSdk,
    (m) => traceClient(new m.SchedulerClient({ ...AWS_RETRY })),
    client,
  );
  return {
    getSchedule: (input) => sdk((m, c) => c.send(new m.GetScheduleCommand(input))),
    createSchedule: (input) => sdk((m, c) => c.send(new m.CreateScheduleCommand(input))),
    updateSchedule: (input) => sdk((m, c) => c.send(new m.UpdateScheduleCommand(input))),
    deleteSchedule: (input) => sdk((m, c) => c.send(new m.DeleteScheduleCommand(input))),
  };
};

/** EventBridge Scheduler: the provisioner's SchedulePort, on the lean client where it serves, else the SDK's. */

const errorName = (error: unknown): string => (error instanceof Error ? error.name : '');

/** The exact CreateSchedule / UpdateSchedule input for a spec (both take the whole schedule). */
export const scheduleInput = (spec: ScheduleSpec): CreateScheduleCommandInput => ({
  Name: spec.name,
  GroupName: spec.groupName,
  ScheduleExpression: spec.expression,
  ScheduleExpressionTimezone: spec.timezone,
  Description: spec.description,
  State: spec.state,
  FlexibleTimeWindow: {
    Mode: spec.flexibleWindow.mode,
    ...(spec.flexibleWindow.mode === 'FLEXIBLE' && spec.flexibleWindow.maximumWindowInMinutes
      ? { MaximumWindowInMinutes: spec.flexibleWindow.maximumWindowInMinutes }
      : {}),
  },
  // Keep one-time schedules after they fire, so the next convergence sees them and does not recreate them.
  ActionAfterCompletion: 'NONE',
  Target: {
    Arn: spec.target.arn,
    RoleArn: spec.target.roleArn,
    Input: spec.target.input,
    RetryPolicy: {
      MaximumEventAgeInSeconds: spec.target.retryPolicy.maximumEventAgeInSeconds,
      MaximumRetryAttempts: spec.target.retryPolicy.maximumRetryAttempts,
    },
    ...(spec.target.deadLetterArn ? { DeadLetterConfig: { Arn: spec.target.deadLetterArn } } : {}),
  },
});

export const createSchedulerAdapter = (
  options: { readonly client?: SchedulerClient; readonly lean?: SchedulesVia } = {},
): SchedulePort => {
  const calls = scheduleCalls(options.client, options.lean);
  const update = async (spec: ScheduleSpec) => {
    const out = await calls.updateSchedule(scheduleInput(spec));
    return { arn: out.ScheduleArn ?? '' };
  };
  return {
    async get(groupName, name): Promise<DeployedSchedule | undefined> {
      try {
        const out = await calls.getSchedule({ GroupName: groupName, Name: name });
        const target = out.Target;
        return {
          arn: out.Arn ?? '',
          name: out.Name ?? name,
          groupName: out.GroupName ?? groupName,
          expression: out.ScheduleExpression ?? '',
          timezone: out.ScheduleExpressionTimezone ?? 'UTC',
          description: out.Description ?? '',
          state: out.State === 'DISABLED' ? 'DISABLED' : 'ENABLED',
          flexibleWindow: {
            mode: out.FlexibleTimeWindow?.Mode === 'FLEXIBLE' ? 'FLEXIBLE' : 'OFF',
            ...(out.FlexibleTimeWindow?.MaximumWindowInMinutes
              ? { maximumWindowInMinutes: out.FlexibleTimeWindow.MaximumWindowInMinutes }
              : {}),
          },
          target: {
            arn: target?.Arn ?? '',
            roleArn: target?.RoleArn ?? '',
            input: target?.Input ?? '',
            retryPolicy: {
              maximumEventAgeInSeconds: target?.RetryPolicy?.MaximumEventAgeInSeconds ?? 86_400,
              maximumRetryAttempts: target?.RetryPolicy?.MaximumRetryAttempts ?? 185,
            },
            ...(target?.DeadLetterConfig?.Arn ? { deadLetterArn: target.DeadLetterConfig.Arn } : {}),
          },
        };
      } catch (error) {
        if (errorName(error) === 'ResourceNotFoundException') return undefined;
        throw error;
      }
    },

    async create(spec) {
      try {
        const out = await calls.createSchedule(scheduleInput(spec));
        return { arn: out.ScheduleArn ?? '' };
      } catch (error) {
        // Created meanwhile (a concurrent run): converge it instead.
        if (errorName(error) === 'ConflictException') return update(spec);
        throw error;
      }
    },

    update,

    async delete(groupName, name) {
      try {
        await calls.deleteSchedule({ GroupName: groupName, Name: name });
      } catch (error) {
        if (errorName(error) !== 'ResourceNotFoundException') throw error;
      }
    },
  };
};
