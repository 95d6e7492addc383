import type { Message } from '@aws-sdk/client-bedrock-runtime';
import type { DocumentType } from '@smithy/types';
import { ACTION_NAMES, type ActionName, CATALOGUE } from '../../statemachines/catalogue';
import { toMermaid } from '../../statemachines/diagram';
import { EVENT_DESCRIPTIONS, EVENT_NAMES } from '../../statemachines/events';
import { workflowJsonSchema } from '../../statemachines/json-schema';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { formatIssues, type ValidationReport, validateWorkflow } from '../../statemachines/validate';
import { converse, type LlmUsage } from '../adapters/bedrock';
import { UnprocessableError } from '../shared/errors';
import type { LlmConfig } from '../shared/ports';
import { explainWorkflow } from './explain';
import { parsePrompt } from './parser';

/**
 * The AI assistant: plain words in, a validated workflow definition out. With Bedrock (Converse + tool use) the
 * model proposes a definition, validation errors go back to it for repair (bounded rounds); without a model, or
 * when the model is unavailable, the deterministic parser answers. The result has one shape whichever path
 * produced it, and it always passes validation. Nothing is saved or enabled here.
 */

export interface AssistantResult {
  readonly definition: WorkflowDefinition;
  readonly explanation: string;
  readonly diagram: string;
  readonly validation: ValidationReport;
  readonly source: 'bedrock' | 'parser';
  /** Bedrock token use for this request (zero for the parser). */
  readonly usage: { readonly inputTokens: number; readonly outputTokens: number; readonly rounds: number };
  /** Why the model path was not used or was abandoned, when it was not. */
  readonly fallbackReason?: string;
}

/** The request could not be turned into a valid workflow: 422 with each problem. */
export class AssistantNotUnderstoodError extends UnprocessableError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      'The description could not be turned into a workflow',
      problems.map((message) => ({ path: 'prompt', message })),
    );
    this.problems = problems;
  }
}

export interface AssistantDeps {
  readonly llm: LlmConfig | undefined;
  /** Where token use is recorded per request (log, metrics). */
  readonly recordUsage?: (usage: LlmUsage & { readonly modelId: string }) => void | Promise<void>;
}

export const MAX_REPAIR_ROUNDS = 3;

const SUBMIT = 'submit_workflow';
const UNCLEAR = 'report_unclear';

const buildSystemPrompt = (): string => {
  const actions = ACTION_NAMES.map((name: ActionName) => {
    const spec = CATALOGUE[name];
    const fields = Object.keys((spec.input as unknown as { shape?: object }).shape ?? {}).join(', ');
    return `- ${name}: ${spec.description} Input fields: ${fields}.`;
  }).join('\n');
  const events = EVENT_NAMES.map((e) => `- ${e}: ${EVENT_DESCRIPTIONS[e]}`).join('\n');
  return [
    'You turn a business automation described in plain words into a Dynaris workflow definition (JSON).',
    `Call the tool ${SUBMIT} with the definition. If the request is too vague or asks for something no action can do,`,
    `call ${UNCLEAR} with the specific parts you did not understand. Never invent actions or events.`,
    'Rules: every step has a unique lowercase id; values may reference data with {{trigger.…}},',
    '{{steps.<id>.…}} (only steps that ran before on the same path) and {{context.…}}; durations are ISO-8601',
    '(P2D, PT30M); schedules use EventBridge Scheduler cron with 6 fields (min hour day-of-month month',
    'day-of-week year, one of the day fields is ?) or rate ("1 hour"), with an IANA timezone when one is named.',
    '"If a lead does not reply in N days" is an email.sent trigger filtered on',
    '{"$or": [{"kind": ["message"]}, {"kind": [{"exists": false}]}]} (invoice reminders are email.sent too) with a',
    'waitFor step on email.received matched on leadId, and the follow-up actions in onTimeout.',
    '',
    'Actions:',
    actions,
    '',
    'Events (trigger.event and waitFor.event):',
    events,
  ].join('\n');
};

const buildTools = () => [
  {
    name: SUBMIT,
    description: 'Submit the workflow definition that implements the request.',
    inputSchema: {
      type: 'object',
      properties: { definition: workflowJsonSchema() },
      required: ['definition'],
    },
  },
  {
    name: UNCLEAR,
    description: 'Report the parts of the request that cannot be turned into a workflow.',
    inputSchema: {
      type: 'object',
      properties: { problems: { type: 'array', items: { type: 'string' }, minItems: 1 } },
      required: ['problems'],
    },
  },
];

/** The prompt and tool schemas depend only on the catalogue: built once per process, on first use. */
let request: { system: string; tools: ReturnType<typeof buildTools> } | undefined;
const modelRequest = () => {
  request ??= { system: buildSystemPrompt(), tools: buildTools() };
  return request;
};

type ModelOutcome =
  | { kind: 'valid'; definition: WorkflowDefinition; report: ValidationReport }
  | { kind: 'unclear'; problems: string[] }
  | { kind: 'invalid'; report: ValidationReport | undefined };

const askModel = async (
  deps: AssistantDeps & { llm: LlmConfig },
  prompt: string,
  usage: { inputTokens: number; outputTokens: number; rounds: number },
): Promise<ModelOutcome> => {
  const messages: Message[] = [{ role: 'user', content: [{ text: prompt }] }];
  let last: ValidationReport | undefined;
  for (let round = 0; round <= MAX_REPAIR_ROUNDS; round++) {
    const result = await converse(
      deps.llm,
      {
        system: modelRequest().system,
        messages,
        tools: modelRequest().tools,
        toolChoice: 'any',
        maxTokens: 4096,
        temperature: 0,
      },
      deps.recordUsage,
    );
    usage.inputTokens += result.usage.inputTokens;
    usage.outputTokens += result.usage.outputTokens;
    usage.rounds += 1;
    const call = result.toolUse;
    if (!call) {
      messages.push({ role: 'assistant', content: [{ text: result.text || '(no answer)' }] });
      messages.push({ role: 'user', content: [{ text: `Answer by calling ${SUBMIT} or ${UNCLEAR}.` }] });
      continue;
    }
    const input = (call.input ?? {}) as { definition?: unknown; problems?: unknown };
    if (call.name === UNCLEAR) {
      const problems = Array.isArray(input.problems)
        ? input.problems.map(String)
        : ['The request is unclear'];
      return { kind: 'unclear', problems };
    }
    const report = validateWorkflow(input.definition);
    last = report;
    if (report.valid && report.definition) return { kind: 'valid', definition: report.definition, report };
    messages.push({
      role: 'assistant',
      content: [
        { toolUse: { toolUseId: call.toolUseId, name: call.name, input: call.input as DocumentType } },
      ],
    });
    messages.push({
      role: 'user',
      content: [
        {
          toolResult: {
            toolUseId: call.toolUseId,
            status: 'error',
            content: [
              {
                text: `The definition is invalid. Fix every problem and submit again:\n${formatIssues(report.issues)}`,
              },
            ],
          },
        },
      ],
    });
  }
  return { kind: 'invalid', report: last };
};

const finish = (
  definition: WorkflowDefinition,
  report: ValidationReport,
  source: AssistantResult['source'],
  usage: AssistantResult['usage'],
  fallbackReason?: string,
): AssistantResult => ({
  definition,
  explanation: explainWorkflow(definition),
  diagram: toMermaid(definition),
  validation: report,
  source,
  usage,
  ...(fallbackReason ? { fallbackReason } : {}),
});

const fromParser = (
  prompt: string,
  usage: AssistantResult['usage'],
  fallbackReason?: string,
): AssistantResult => {
  const parsed = parsePrompt(prompt);
  if (!parsed.ok) throw new AssistantNotUnderstoodError(parsed.problems);
  const report = validateWorkflow(parsed.definition);
  if (!report.valid || !report.definition) {
    // The parser only builds what the language accepts; reaching this is a parser bug, reported plainly.
    throw new AssistantNotUnderstoodError(report.issues.map((i) => `${i.path}: ${i.message}`));
  }
  return finish(report.definition, report, 'parser', usage, fallbackReason);
};

export const createWorkflowFromPrompt = async (
  deps: AssistantDeps,
  prompt: string,
): Promise<AssistantResult> => {
  const usage = { inputTokens: 0, outputTokens: 0, rounds: 0 };
  if (!deps.llm) return fromParser(prompt, usage);
  let outcome: ModelOutcome;
  try {
    outcome = await askModel({ ...deps, llm: deps.llm }, prompt, usage);
  } catch (error) {
    return fromParser(prompt, usage, `model unavailable: ${(error as Error).message}`);
  }
  if (outcome.kind === 'valid') return finish(outcome.definition, outcome.report, 'bedrock', usage);
  if (outcome.kind === 'unclear') {
    const parsed = parsePrompt(prompt);
    if (parsed.ok) return fromParser(prompt, usage, 'the model found the request unclear');
    throw new AssistantNotUnderstoodError(outcome.problems);
  }
  const reason = `the model's definition was still invalid after ${MAX_REPAIR_ROUNDS} repair rounds`;
  try {
    return fromParser(prompt, usage, reason);
  } catch (error) {
    if (error instanceof AssistantNotUnderstoodError && outcome.report) {
      throw new AssistantNotUnderstoodError([
        reason,
        ...outcome.report.issues.map((i) => `${i.path}: ${i.message}`),
      ]);
    }
    throw error;
  }
};
