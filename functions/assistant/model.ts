import type { Message } from '@aws-sdk/client-bedrock-runtime';
import type { DocumentType } from '@smithy/types';
import WORKFLOW_SCHEMA from '../../schema/workflow.schema.json' with { type: 'json' };
import { ACTION_NAMES, type ActionName, CATALOGUE } from '../../statemachines/catalogue';
import { EVENT_DESCRIPTIONS, EVENT_NAMES } from '../../statemachines/events';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { formatIssues, type ValidationReport, validateWorkflow } from '../../statemachines/validate';
import { converse, type UsageRecorder } from '../adapters/bedrock';
import type { LlmConfig } from '../shared/ports';
import type { ParseResult } from './parser';

/**
 * The model's side of the assistant (Bedrock Converse with tool use). The parser's reading of the request goes to
 * the model as a draft to improve; every answer is validated (the same validator as `POST /workflows`), and the
 * problems go back for repair, round after round, until the answer validates — or the deadline comes, or the
 * round cap is reached (each round costs tokens). A valid answer's warnings about values that may be missing go back
 * once (MAX_WARNING_ROUNDS). Each call gets only the time left before the deadline.
 */

const SUBMIT = 'submit_workflow';
const UNCLEAR = 'report_unclear';

/** Rounds are also capped: a model that never converges must not spend tokens until the deadline. */
export const MAX_MODEL_ROUNDS = 6;

/**
 * Warnings a model can fix (guard the value with an if, or read a field that is always there) go back once: a valid
 * answer already runs whenever the value is there, a round costs tokens and seconds of the 25 s budget, and a model
 * that keeps a warning after being told how to fix it keeps it when told again (or the request wants it that way).
 * The answer with the fewest warnings is returned, with those that remain.
 */
export const MAX_WARNING_ROUNDS = 1;
const FIXABLE_WARNINGS: ReadonlySet<string> = new Set(['value-may-be-missing']);
const fixable = (report: ValidationReport) => report.warnings.filter((w) => FIXABLE_WARNINGS.has(w.code));

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
    `call ${UNCLEAR} with the specific parts you did not understand, quoted. Never invent actions or events.`,
    'A deterministic parser has already read the request; its draft comes with it. Keep what it got right, fix',
    'what it got wrong or missed. List in notUnderstood the words of the request your workflow does not express.',
    'Rules: every step has a unique lowercase id; values may reference data with {{trigger.…}},',
    '{{steps.<id>.…}} (only steps that ran before on the same path) and {{context.…}}; durations are ISO-8601',
    '(P2D, PT30M); schedules use EventBridge Scheduler cron with 6 fields (min hour day-of-month month',
    'day-of-week year, one of the day fields is ?) or rate ("1 hour"), with an IANA timezone when one is named.',
    'Comparisons compare numbers with numbers (invoice amounts are in cents) and text with text.',
    '"If X does not happen within N days" is a waitFor on the event that would mean it happened, with the',
    'follow-up actions in onTimeout. A schedule over many records finds them (crm.findLeads, invoice.find,',
    'calendar.find for the bookings of a day) and loops with forEach; one list in one message: {{steps.<find>.text}}.',
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
      properties: {
        // statemachines/json-schema.ts' output as `npm run generate` writes it (test/unit/generated-files.test.ts
        // keeps it current): zod's JSON Schema generator (~20 KB) stays out of this function.
        definition: WORKFLOW_SCHEMA,
        notUnderstood: { type: 'array', items: { type: 'string' } },
      },
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

export type ModelOutcome =
  | { kind: 'valid'; definition: WorkflowDefinition; report: ValidationReport; notUnderstood: string[] }
  | { kind: 'unclear'; problems: string[] }
  | { kind: 'invalid'; report: ValidationReport | undefined; reason: string };

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  rounds: number;
}

export interface ModelDeps {
  readonly llm: LlmConfig;
  readonly recordUsage?: UsageRecorder;
  /** Milliseconds left before the answer must be given; read before every round. */
  readonly remainingMs: () => number;
}

/** A round needs at least this long to be worth starting (a Converse call with tool use rarely answers faster). */
export const MIN_ROUND_MS = 1500;

const firstMessage = (prompt: string, draft: ParseResult): string => {
  const lines = [`Request: ${prompt}`, ''];
  if (draft.ok) {
    lines.push('The parser read it as this draft:', JSON.stringify(draft.definition));
    if (draft.notUnderstood.length > 0)
      lines.push(`Words the parser skipped: ${draft.notUnderstood.map((w) => `"${w}"`).join(', ')}`);
  } else {
    lines.push(`The parser could not read it: ${draft.problems.join('; ')}`);
  }
  return lines.join('\n');
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export const askModel = async (
  deps: ModelDeps,
  prompt: string,
  draft: ParseResult,
  usage: Usage,
): Promise<ModelOutcome> => {
  const messages: Message[] = [{ role: 'user', content: [{ text: firstMessage(prompt, draft) }] }];
  let last: ValidationReport | undefined;
  // the valid answer with the fewest fixable warnings so far, kept while the model is asked to fix them
  let best: Extract<ModelOutcome, { kind: 'valid' }> | undefined;
  let warningRounds = 0;
  for (let round = 0; round < MAX_MODEL_ROUNDS; round++) {
    const remaining = deps.remainingMs();
    if (remaining < MIN_ROUND_MS)
      return (
        best ?? {
          kind: 'invalid',
          report: last,
          reason: `the deadline came after ${usage.rounds} model rounds`,
        }
      );
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
      { ...(deps.recordUsage ? { recordUsage: deps.recordUsage } : {}), timeoutMs: remaining },
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
    const input = (call.input ?? {}) as { definition?: unknown; problems?: unknown; notUnderstood?: unknown };
    if (call.name === UNCLEAR) {
      const problems = strings(input.problems);
      return { kind: 'unclear', problems: problems.length > 0 ? problems : ['The request is unclear'] };
    }
    const report = validateWorkflow(input.definition);
    last = report;
    if (report.valid && report.definition) {
      const answer = {
        kind: 'valid' as const,
        definition: report.definition,
        report,
        notUnderstood: strings(input.notUnderstood),
      };
      const warnings = fixable(report);
      if (best && warnings.length >= fixable(best.report).length) return best;
      best = answer;
      if (warnings.length === 0 || warningRounds >= MAX_WARNING_ROUNDS) return answer;
      warningRounds += 1;
    } else if (best) {
      return best; // the fix of a warning broke the answer: the warned one still runs
    }
    const text = report.valid
      ? `The definition is valid, but a value it uses may be missing when it runs, and the step then fails. Fix each warning: put the step in an if that tests the value exists, or use a field that is always there; keep everything else as it is, and submit again:\n${formatIssues(fixable(report))}`
      : `The definition is invalid. Fix every problem and submit again:\n${formatIssues(report.issues)}`;
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
            status: report.valid ? 'success' : 'error',
            content: [{ text }],
          },
        },
      ],
    });
  }
  return (
    best ?? {
      kind: 'invalid',
      report: last,
      reason: `the model's definition was still invalid after ${usage.rounds} rounds`,
    }
  );
};
