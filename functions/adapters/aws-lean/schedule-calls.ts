import { traceClient } from '../../shared/observability';
import { AWS_RETRY } from '../../shared/retry';
import { onFirstUse } from '../lazy-sdk';
import type { SchedulesVia } from '../scheduler';
import {
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  SchedulerClient,
  UpdateScheduleCommand,
} from './scheduler';

/**
 * The SchedulePort's calls through the lean EventBridge Scheduler client (traced like every SDK client), for the
 * environment leanAwsEnvironment resolved. The provisioner's entry passes it, so only its bundle carries them.
 */
export const leanSchedules: SchedulesVia = (environment) => {
  const client = onFirstUse(async () => traceClient(new SchedulerClient({ ...environment, ...AWS_RETRY })));
  return {
    getSchedule: async (input) => (await client()).run(new GetScheduleCommand(input)),
    createSchedule: async (input) => (await client()).run(new CreateScheduleCommand(input)),
    updateSchedule: async (input) => (await client()).run(new UpdateScheduleCommand(input)),
    deleteSchedule: async (input) => (await client()).run(new DeleteScheduleCommand(input)),
  };
};
