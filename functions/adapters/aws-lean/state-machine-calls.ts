import { traceClient } from '../../shared/observability';
import { AWS_RETRY } from '../../shared/retry';
import { onFirstUse } from '../lazy-sdk';
import type { StateMachinesVia } from '../sfn-engine';
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeStateMachineCommand,
  ListExecutionsCommand,
  ListTagsForResourceCommand,
  SFNClient,
  TagResourceCommand,
  UpdateStateMachineCommand,
} from './sfn';

/**
 * The StateMachinePort's calls through the lean Step Functions client (traced like every SDK client), for the
 * environment leanAwsEnvironment resolved. The provisioner's entry passes it, so only its bundle carries them.
 */
export const leanStateMachines: StateMachinesVia = (environment) => {
  const client = onFirstUse(async () => traceClient(new SFNClient({ ...environment, ...AWS_RETRY })));
  return {
    describeStateMachine: async (input) => (await client()).run(new DescribeStateMachineCommand(input)),
    listTagsForResource: async (input) => (await client()).run(new ListTagsForResourceCommand(input)),
    createStateMachine: async (input) => (await client()).run(new CreateStateMachineCommand(input)),
    updateStateMachine: async (input) => (await client()).run(new UpdateStateMachineCommand(input)),
    tagResource: async (input) => (await client()).run(new TagResourceCommand(input)),
    listExecutions: async (input) => (await client()).run(new ListExecutionsCommand(input)),
    deleteStateMachine: async (input) => (await client()).run(new DeleteStateMachineCommand(input)),
  };
};
