import type { ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import type { DocumentType } from '@smithy/types';

/** A Converse answer that calls one tool (what aws-sdk-client-mock resolves with). */
export const toolAnswer = (name: string, input: unknown, id = 'tool-1'): ConverseCommandOutput => ({
  output: {
    message: {
      role: 'assistant',
      content: [{ toolUse: { toolUseId: id, name, input: input as DocumentType } }],
    },
  },
  stopReason: 'tool_use',
  usage: { inputTokens: 1000, outputTokens: 200, totalTokens: 1200 },
  metrics: { latencyMs: 10 },
  $metadata: {},
});
