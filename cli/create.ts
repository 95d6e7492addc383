import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { AssistantNotUnderstoodError, createWorkflowFromPrompt } from '../functions/assistant/assistant';
import { ENV } from '../functions/shared/config';

/**
 * `dynaris create "TEXT"`: the definition JSON alone on stdout (so `> wf.json` works); explanation, diagram and
 * validation report on stderr. Uses Bedrock when BEDROCK_MODEL_ID is set, the deterministic parser otherwise.
 */
export const runCreate = async (args: readonly string[]): Promise<number> => {
  const prompt = args.join(' ').trim();
  if (!prompt) {
    process.stderr.write('Usage: dynaris create "When a new lead is added, send a follow-up email"\n');
    return 2;
  }
  const modelId = process.env[ENV.bedrockModelId];
  const llm = modelId ? { client: new BedrockRuntimeClient({}), modelId } : undefined;
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
    ];
    process.stderr.write(`${notes.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AssistantNotUnderstoodError) {
      process.stderr.write(
        `Could not turn this into a workflow:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`,
      );
      return 1;
    }
    throw error;
  }
};
