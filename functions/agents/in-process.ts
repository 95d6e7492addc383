import type { AgentName } from '../../statemachines/catalogue';
import { NonRetriableError } from '../shared/errors';
import type { AgentTasks } from '../shared/ports';
import { type AgentParts, type RunnerDeps, runAgentTask } from './runner';

/** Executors by agent area, built in one process (functions/agents/registry.ts builds every area's). */
export type AgentRegistry = Partial<Record<AgentName, AgentParts>>;

/**
 * AgentTasks in this process (the local runtime, tests): the task goes through the same runner the agent Lambdas
 * use (validation, dry run, idempotency). `registry` is called on first use: it instantiates every agent.
 */
export const inProcessAgentTasks = (registry: () => AgentRegistry, deps: RunnerDeps): AgentTasks => {
  let built: AgentRegistry | undefined;
  const areas = () => {
    built ??= registry();
    return built;
  };
  return {
    performs: (agent, action) => Boolean(areas()[agent]?.executors[action]),
    run: (agent, payload) => {
      const parts = areas()[agent];
      if (!parts) throw new NonRetriableError(`The ${agent} agent is not available here`);
      return runAgentTask({
        area: agent,
        executors: parts.executors,
        ...(parts.previews ? { previews: parts.previews } : {}),
        ...(parts.selfDeduplicating ? { selfDeduplicating: parts.selfDeduplicating } : {}),
        deps,
        payload,
      });
    },
  };
};
