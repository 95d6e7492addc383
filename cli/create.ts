import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { AssistantNotUnderstoodError, createWorkflowFromPrompt } from '../functions/assistant/assistant';
import { ENV } from '../functions/shared/config';
import { AWS_RETRY } from '../functions/shared/retry';
import { type CommandDef, runCommand, usageError } from './command';
import { printError } from './errors';

/**
 * `dynaris create "TEXT"`: the definition JSON alone on stdout (so `> wf.json` works); explanation, diagram and
 * validation report on stderr. Uses Bedrock when BEDROCK_MODEL_ID is set, the deterministic parser otherwise.
 */
const create = async (words: readonly string[]): Promise<number> => {
  const prompt = words.join(' ').trim();
  if (!prompt) {
    return usageError(command, 'TEXT is empty: describe the workflow in plain words', 'TEXT', 'empty');
  }
  const modelId = process.env[ENV.bedrockModelId];
  const llm = modelId ? { client: new BedrockRuntimeClient({ ...AWS_RETRY }), modelId } : undefined;
  try {
    const result = await createWorkflowFromPrompt({ llm }, prompt);
    process.stdout.write(`${JSON.stringify(result.definition, null, 2)}\n`);
    const notes = [
      `What it will do (from ${result.source === 'bedrock' ? `Bedrock, ${result.usage.inputTokens + result.usage.outputTokens} tokens` : 'the built-in parser'}${result.fallbackReason ? `; ${result.fallbackReason}` : ''}):`,
      result.explanation,
      '',
      'Diagram (Mermaid):',
      result.diagram,
      '',
      `Validation: ${result.validation.valid ? 'valid' : 'invalid'}`,
      ...result.validation.warnings.map((w) => `warning ${w.path}: ${w.message}`),
    ];
    process.stderr.write(`${notes.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AssistantNotUnderstoodError) {
      printError({
        code: 'Unprocessable',
        message: 'could not turn this into a workflow',
        details: error.problems.map((p) => ({ path: 'TEXT', message: p })),
      });
      return 1;
    }
    throw error;
  }
};

export const command: CommandDef = {
  name: 'create',
  synopsis: '"TEXT"',
  summary: 'turn a plain-words description into a workflow definition',
  help: `  TEXT  the process in plain words, e.g. "When a new lead is added, send a follow-up email"
Prints the workflow definition (JSON) alone on stdout, so \`dynaris create "…" > wf.json\` works; what it will do,
its diagram and its validation go to stderr. Uses Bedrock when BEDROCK_MODEL_ID is set, the built-in parser
otherwise. Exit code: 0 created, 1 not understood (the problems are listed), 2 no text.`,
  options: {},
  positionals: { min: 1, max: Number.POSITIVE_INFINITY, names: ['TEXT'] },
  run: ({ positionals }) => create(positionals),
};

export const runCreate = (args: readonly string[]): Promise<number> => runCommand(command, args);
