import type * as z from 'zod/mini';
import {
  ACTION_NAMES,
  type ActionName,
  type AgentName,
  CATALOGUE,
  getAction,
} from '../../statemachines/catalogue';
import { type SupervisorRoute, taskUnit } from '../../statemachines/contracts';
import { converse, type LlmTool, toolNameOf } from '../adapters/bedrock';
import { withIdempotency } from '../data/idempotency';
import { NonRetriableError } from '../shared/errors';
import type { AgentTasks, LlmConfig } from '../shared/ports';
import type { SupervisorKit } from './kit';
import { truncate } from './text';
import TOOL_SCHEMAS from './tool-schemas.generated.json' with { type: 'json' };

/**
 * ai.task: the model picks one catalogue action (Bedrock tool use) and the supervisor has the agent that performs it
 * run it (AgentTasks: the agent's function on AWS, in process locally).
 */

type RoutePayload = z.infer<typeof SupervisorRoute>;

/**
 * Each agent-performed action's input as a JSON Schema, rendered from the catalogue at build time
 * (tool-schemas.ts, `npm run generate`; the generated-files test fails when it is stale).
 */
const INPUT_SCHEMAS: Readonly<Record<string, Record<string, unknown> | undefined>> = TOOL_SCHEMAS;

/** No agent reachable: the model gets no tools and can only answer in words. */
const NO_AGENTS: AgentTasks = {
  performs: () => false,
  run: async (agent) => {
    throw new NonRetriableError(`The ${agent} agent is not available here`);
  },
};

export const createRouter = (kit: SupervisorKit) => {
  const { deps, clock, runs } = kit;
  const db = deps.db;

  const toolsFor = (agents: AgentTasks): { tools: LlmTool[]; byTool: Map<string, ActionName> } => {
    const byTool = new Map<string, ActionName>();
    const tools: LlmTool[] = [];
    for (const name of ACTION_NAMES) {
      const spec = getAction(name);
      if (spec?.performer.kind !== 'agent') continue;
      if (!agents.performs(spec.performer.agent, name)) continue;
      const schema = INPUT_SCHEMAS[name];
      if (!schema) throw new Error(`No tool input schema for ${name}: run npm run generate`);
      const tool = toolNameOf(name);
      byTool.set(tool, name);
      tools.push({ name: tool, description: `${spec.title}: ${spec.description}`, inputSchema: schema });
    }
    return { tools, byTool };
  };

  const routeOnce = async (
    llm: LlmConfig,
    instruction: string,
    context: Record<string, unknown> | undefined,
    meta: RoutePayload['meta'],
  ): Promise<{ result: string; action: string | null; output: unknown }> => {
    const agents = deps.agentTasks ?? NO_AGENTS;
    const { tools, byTool } = toolsFor(agents);
    const recordUsage = (u: { inputTokens: number; outputTokens: number }) =>
      runs.addLlmUsage(meta.tenantId, meta.runId, {
        inputTokens: u.inputTokens,
        outputTokens: u.outputTokens,
      });
    const system =
      'You are the supervisor of a business automation workflow. Carry out the instruction by calling exactly one ' +
      'of the tools with complete, valid input. Use only facts from the instruction and the context; never invent ' +
      'email addresses or ids. If no tool fits, answer in one short sentence without calling a tool.';
    const prompt = `Instruction:\n${instruction}${context ? `\n\nContext (JSON):\n${truncate(JSON.stringify(context), 20_000)}` : ''}`;
    const first = await converse(
      llm,
      { system, prompt, tools, toolChoice: 'auto', maxTokens: 1500 },
      recordUsage,
    );
    let choice = first.toolUse;
    if (!choice) return { result: first.text || 'No action was needed.', action: null, output: null };

    let action = byTool.get(choice.name);
    let problem = action ? checkInput(action, choice.input) : `unknown tool ${choice.name}`;
    if (problem) {
      // One correction round: the model sees why its call was refused.
      const retry = await converse(
        llm,
        {
          system,
          messages: [
            { role: 'user', content: [{ text: prompt }] },
            {
              role: 'assistant',
              content: [
                { toolUse: { toolUseId: choice.toolUseId, name: choice.name, input: choice.input as never } },
              ],
            },
            {
              role: 'user',
              content: [
                {
                  toolResult: {
                    toolUseId: choice.toolUseId,
                    status: 'error',
                    content: [{ text: `Refused: ${problem}. Call the tool again with valid input.` }],
                  },
                },
              ],
            },
          ],
          tools,
          toolChoice: 'any',
          maxTokens: 1500,
        },
        recordUsage,
      );
      choice = retry.toolUse;
      action = choice ? byTool.get(choice.name) : undefined;
      problem = choice && action ? checkInput(action, choice.input) : 'no tool was chosen';
      if (problem || !choice || !action)
        throw new NonRetriableError(`ai.task: the model did not produce a valid action (${problem})`);
    }
    if (!action) throw new NonRetriableError('ai.task: no action');
    const spec = CATALOGUE[action];
    const area = (spec.performer as { agent: AgentName }).agent;
    const output = await agents.run(area, {
      action,
      input: choice.input as Record<string, unknown>,
      meta,
    });
    const said = first.text ? `${first.text} ` : '';
    return { result: truncate(`${said}${spec.title} done.`, 4000), action, output };
  };

  const checkInput = (action: ActionName, value: unknown): string | undefined => {
    const parsed = CATALOGUE[action].input.safeParse(value);
    return parsed.success
      ? undefined
      : parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
  };

  return {
    async route(p: RoutePayload): Promise<{ result: string; action: string | null; output: unknown }> {
      const llm = deps.llm;
      if (!llm) throw new NonRetriableError('ai.task needs a model (set BEDROCK_MODEL_ID)');
      const input = CATALOGUE['ai.task'].input.safeParse(p.input);
      if (!input.success) throw new NonRetriableError(`Invalid input for ai.task: ${input.error.message}`);
      const meta = p.meta;
      return withIdempotency(
        db,
        {
          tenantId: meta.tenantId,
          key: `${taskUnit(meta)}#ai.task`,
          clock,
        },
        () => routeOnce(llm, input.data.instruction, input.data.context, meta),
      );
    },
  };
};
