import type { ResourceResolver } from '../contracts';

/**
 * Placeholder resources for compiling without a deployment (CLI, validator, tests, diagrams): well-formed ARNs in a
 * dummy account, so the output passes ARN checks and reads like the real thing.
 */
export const placeholderResolver: ResourceResolver = {
  agentFunction: (agent) => `arn:aws:lambda:us-east-1:000000000000:function:dynaris-${agent}`,
  supervisorFunction: () => 'arn:aws:lambda:us-east-1:000000000000:function:dynaris-supervisor',
  tableName: () => 'dynaris',
  eventBusName: () => 'dynaris',
  filesBucket: () => 'dynaris-files',
};
