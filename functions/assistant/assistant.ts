import { toMermaid } from '../../statemachines/diagram';
import type { WorkflowDefinition } from '../../statemachines/schema';
import type { ValidationReport } from '../../statemachines/validate';
import { DeadlineExceededError, type LlmUsage } from '../adapters/bedrock';
import { UnprocessableError } from '../shared/errors';
import type { LlmConfig } from '../shared/ports';
import { explainWorkflow } from './explain';
import { askModel, type Usage } from './model';
import { type ParseResult, parsePrompt } from './parser';

/**
 * The AI assistant: plain words in, a validated workflow definition out. The deterministic parser always reads
 * the request first. Without a model, its reading is the answer. With Bedrock, its reading goes to the model as a
 * draft to improve and the model's answer is repaired until it validates — all within a deadline under the HTTP
 * API's 30 s limit; when the model is unavailable, unsure or out of time, the parser's reading is the answer. The
 * result has one shape whichever path produced it, it always passes validation, and nothing is saved or enabled.
 */

export interface AssistantResult {
  readonly definition: WorkflowDefinition;
  /** One line for the trigger, one per step, then notes: never empty. */
  readonly explanation: string;
  readonly diagram: string;
  readonly validation: ValidationReport;
  readonly source: 'bedrock' | 'parser';
  /** Words of the request the workflow does not express, quoted as the user wrote them. */
  readonly notUnderstood: readonly string[];
  /** Bedrock token use for this request (zero for the parser). */
  readonly usage: { readonly inputTokens: number; readonly outputTokens: number; readonly rounds: number };
  /** Why the model path was not used or was abandoned, when it was not. */
  readonly fallbackReason?: string;
}

/** The request could not be turned into a valid workflow: 422 with each problem and the parts not understood. */
export class AssistantNotUnderstoodError extends UnprocessableError {
  readonly problems: readonly string[];
  readonly notUnderstood: readonly string[];
  constructor(problems: readonly string[], notUnderstood: readonly string[] = []) {
    super(
      'The description could not be turned into a workflow',
      problems.map((message) => ({ path: 'prompt', message })),
    );
    this.problems = problems;
    this.notUnderstood = notUnderstood;
  }
}

export interface AssistantDeps {
  readonly llm: LlmConfig | undefined;
  /** Where token use is recorded per request (log, metrics). */
  readonly recordUsage?: (usage: LlmUsage & { readonly modelId: string }) => void | Promise<void>;
  /**
   * Milliseconds the whole answer may take, model rounds included. API Gateway's HTTP API ends a request at 30 s;
   * the default leaves room for a cold start, validation and the response. @default 25000
   */
  readonly budgetMs?: number;
  /** The clock the deadline is measured on (tests). @default Date.now */
  readonly now?: () => number;
}

export const DEFAULT_BUDGET_MS = 25_000;

const finish = (
  definition: WorkflowDefinition,
  report: ValidationReport,
  source: AssistantResult['source'],
  usage: AssistantResult['usage'],
  extra: { notUnderstood: readonly string[]; notes: readonly string[]; fallbackReason?: string | undefined },
): AssistantResult => {
  const lines = [explainWorkflow(definition)];
  for (const note of extra.notes) lines.push(`Note: ${note}.`);
  if (extra.notUnderstood.length > 0)
    lines.push(`Not understood (left out): ${extra.notUnderstood.map((w) => `"${w}"`).join(', ')}.`);
  return {
    definition,
    explanation: lines.join('\n'),
    diagram: toMermaid(definition),
    validation: report,
    source,
    notUnderstood: extra.notUnderstood,
    usage,
    ...(extra.fallbackReason ? { fallbackReason: extra.fallbackReason } : {}),
  };
};

const fromParser = (parsed: ParseResult, usage: Usage, fallbackReason?: string): AssistantResult => {
  if (!parsed.ok) throw new AssistantNotUnderstoodError(parsed.problems, parsed.notUnderstood);
  // The parser returns only definitions that validate (it checks them itself).
  return finish(
    parsed.definition,
    { valid: true, issues: [], warnings: parsed.warnings, definition: parsed.definition },
    'parser',
    usage,
    {
      notUnderstood: parsed.notUnderstood,
      notes: parsed.notes,
      fallbackReason,
    },
  );
};

export const createWorkflowFromPrompt = async (
  deps: AssistantDeps,
  prompt: string,
): Promise<AssistantResult> => {
  const now = deps.now ?? Date.now;
  const deadline = now() + (deps.budgetMs ?? DEFAULT_BUDGET_MS);
  const usage: Usage = { inputTokens: 0, outputTokens: 0, rounds: 0 };
  const draft = parsePrompt(prompt);
  if (!deps.llm) return fromParser(draft, usage);
  let outcome: Awaited<ReturnType<typeof askModel>>;
  try {
    outcome = await askModel(
      {
        llm: deps.llm,
        ...(deps.recordUsage ? { recordUsage: deps.recordUsage } : {}),
        remainingMs: () => deadline - now(),
      },
      prompt,
      draft,
      usage,
    );
  } catch (error) {
    const reason =
      error instanceof DeadlineExceededError
        ? `the model did not answer in time (${error.message})`
        : `model unavailable: ${(error as Error).message}`;
    return fromParser(draft, usage, reason);
  }
  if (outcome.kind === 'valid')
    return finish(outcome.definition, outcome.report, 'bedrock', usage, {
      notUnderstood: outcome.notUnderstood,
      notes: [],
    });
  if (outcome.kind === 'unclear') {
    if (draft.ok) return fromParser(draft, usage, 'the model found the request unclear');
    throw new AssistantNotUnderstoodError(outcome.problems, draft.notUnderstood);
  }
  if (draft.ok) return fromParser(draft, usage, outcome.reason);
  throw new AssistantNotUnderstoodError(
    [
      ...draft.problems,
      outcome.reason,
      ...(outcome.report?.issues.map((i) => `${i.path}: ${i.message}`) ?? []),
    ],
    draft.notUnderstood,
  );
};
