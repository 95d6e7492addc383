import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { createWorkflowFromPrompt } from '../../../functions/assistant/assistant';
import { workflowJsonSchema } from '../../../statemachines/json-schema';
import { toolAnswer } from '../../support/bedrock-answers';

const bedrock = mockClient(BedrockRuntimeClient);
const llm = { client: new BedrockRuntimeClient({ region: 'us-east-1' }), modelId: 'anthropic.claude-test' };

const VALID = {
  name: 'Lead follow-up',
  trigger: { type: 'event', event: 'lead.created' },
  steps: [
    {
      id: 'welcome',
      action: 'email.send',
      input: { to: '{{trigger.lead.email}}', subject: 'Hi', body: 'Hello' },
    },
  ],
};

describe("the assistant model's tool descriptions", () => {
  it('GIVEN a model WHEN the assistant asks it for a workflow THEN the submit tool describes the definition with the JSON Schema the workflow language renders', async () => {
    // The assistant ships the generated schema/workflow.schema.json instead of rendering it with zod at run time.
    bedrock.reset();
    bedrock.on(ConverseCommand).resolves(toolAnswer('submit_workflow', { definition: VALID }, 'only'));
    await createWorkflowFromPrompt({ llm }, 'When a lead is created, welcome them by email');
    const tools = bedrock.commandCalls(ConverseCommand)[0]?.args[0].input.toolConfig?.tools ?? [];
    const submit = tools.find((t) => t.toolSpec?.name === 'submit_workflow')?.toolSpec?.inputSchema?.json as
      | { properties?: { definition?: unknown } }
      | undefined;
    expect(submit?.properties?.definition).toStrictEqual(workflowJsonSchema());
  });
});
