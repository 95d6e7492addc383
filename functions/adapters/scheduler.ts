import {
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  GetScheduleCommand,
  SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { DeployedSchedule, SchedulePort, ScheduleSpec } from '../shared/deployment-ports';
import { traceClient } from '../shared/observability';
import { AWS_RETRY } from '../shared/retry';

/** EventBridge Scheduler through the SDK: the provisioner's SchedulePort. */

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
  client: SchedulerClient = traceClient(new SchedulerClient({ ...AWS_RETRY })),
): SchedulePort => {
  const update = async (spec: ScheduleSpec) => {
    const out = await client.send(new UpdateScheduleCommand(scheduleInput(spec)));
    return { arn: out.ScheduleArn ?? '' };
  };
  return {
    async get(groupName, name): Promise<DeployedSchedule | undefined> {
      try {
        const out = await client.send(new GetScheduleCommand({ GroupName: groupName, Name: name }));
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
        const out = await client.send(new CreateScheduleCommand(scheduleInput(spec)));
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
        await client.send(new DeleteScheduleCommand({ GroupName: groupName, Name: name }));
      } catch (error) {
        if (errorName(error) !== 'ResourceNotFoundException') throw error;
      }
    },
  };
};
