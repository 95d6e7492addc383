import { AgentName } from '../statemachines/catalogue';
import type { ResourceResolver } from '../statemachines/contracts';
import type { Functions } from './constructs/functions';

/** Resolves the compiler's resources to CDK tokens: the synthesized definition references the deployed ARNs. */
export const cdkResolver = (
  functions: Functions,
  table: { readonly tableName: string },
  bus: { readonly eventBusName: string },
  filesBucket: { readonly bucketName: string },
): ResourceResolver => ({
  agentFunction: (agent) => {
    const parsed = AgentName.safeParse(agent);
    if (!parsed.success) throw new Error(`No agent function named "${agent}"`);
    return functions.agents[parsed.data].functionArn;
  },
  supervisorFunction: () => functions.supervisor.functionArn,
  tableName: () => table.tableName,
  eventBusName: () => bus.eventBusName,
  filesBucket: () => filesBucket.bucketName,
});
