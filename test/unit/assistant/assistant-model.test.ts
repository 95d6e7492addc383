import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  AssistantNotUnderstoodError,
  createWorkflowFromPrompt,
} from '../../../functions/assistant/assistant';
import { MAX_MODEL_ROUNDS, MAX_WARNING_ROUNDS } from '../../../functions/assistant/model';
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
      input: { to: '{{trigger.lead.email}}', subject: 'Welcome {{trigger.lead.name}}', body: 'Hello!' },
    },
  ],
};
const INVALID = {
  ...VALID,
  steps: [{ id: 'welcome', action: 'email.sendd', input: { to: '{{trigger.lead.email}}' } }],
};

describe('the AI assistant with and without a model', () => {
  beforeEach(() => bedrock.reset());

  it('GIVEN no model WHEN asked for the lead follow-up THEN the parser answers with a valid definition, one explanation line per step and a diagram', async () => {
    const result = await createWorkflowFromPrompt(
      { llm: undefined },
      'When a new lead is added, send a follow-up email and schedule a meeting',
    );
    expect(result.source).toBe('parser');
    expect(result.validation.valid).toBe(true);
    expect(result.explanation.split('\n').slice(0, 4)).toStrictEqual([
      'Runs when a lead was added (API, import, webhook or workflow) (lead.created).',
      'Then:',
      '1. Send email to {{trigger.lead.email}} ("Following up, {{trigger.lead.name}}") [email.send]',
      '2. Schedule meeting "Meeting with {{trigger.lead.name}}" [calendar.schedule]',
    ]);
    expect(result.diagram).toMatch(/^(flowchart|graph)/);
    expect(result.notUnderstood).toStrictEqual([]);
    expect(result.usage).toStrictEqual({ inputTokens: 0, outputTokens: 0, rounds: 0 });
  });

  it('GIVEN words no grammar reads WHEN answered THEN they are quoted in the answer and in its explanation', async () => {
    const result = await createWorkflowFromPrompt(
      { llm: undefined },
      'When a lead signs up, send a welcome email with our logo in purple',
    );
    expect(result.notUnderstood).toStrictEqual(['with our logo in purple']);
    expect(result.explanation).toContain('Not understood (left out): "with our logo in purple".');
  });

  it('GIVEN an invalid first answer WHEN the model repairs it THEN the valid one is returned, the parser draft went first and the errors were sent back', async () => {
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(toolAnswer('submit_workflow', { definition: INVALID }, 'first'))
      .resolvesOnce(
        toolAnswer('submit_workflow', { definition: VALID, notUnderstood: ['politely'] }, 'second'),
      );
    const usages: number[] = [];
    const result = await createWorkflowFromPrompt(
      { llm, recordUsage: (u) => void usages.push(u.totalTokens) },
      'When a lead is created, welcome them by email',
    );
    expect(result.source).toBe('bedrock');
    expect(result.definition.steps[0]).toMatchObject({ action: 'email.send' });
    expect(result.notUnderstood).toStrictEqual(['politely']);
    expect(result.usage).toStrictEqual({ inputTokens: 2000, outputTokens: 400, rounds: 2 });
    expect(usages).toStrictEqual([1200, 1200]);

    const calls = bedrock.commandCalls(ConverseCommand);
    expect(calls).toHaveLength(2);
    const first = calls[0]!.args[0].input;
    expect(first.modelId).toBe('anthropic.claude-test');
    expect(first.toolConfig?.toolChoice).toStrictEqual({ any: {} });
    expect(first.toolConfig?.tools?.map((t) => t.toolSpec?.name)).toStrictEqual([
      'submit_workflow',
      'report_unclear',
    ]);
    expect(first.system?.[0]?.text).toContain('email.send:');
    const draft = first.messages?.[0]?.content?.[0]?.text ?? '';
    expect(draft).toContain('The parser read it as this draft:');
    expect(draft).toContain('"action":"email.send"');
    const repair = calls[1]!.args[0].input.messages ?? [];
    expect(repair).toHaveLength(3);
    expect(repair[1]?.content?.[0]?.toolUse?.toolUseId).toBe('first');
    const toolResult = repair[2]?.content?.[0]?.toolResult;
    expect(toolResult?.status).toBe('error');
    expect(toolResult?.content?.[0]?.text).toContain('$.steps[0].action');
  });

  it('GIVEN a model answer comparing the lead value with text WHEN validated THEN the type error goes back and the repaired answer is returned', async () => {
    const textValue = {
      ...VALID,
      steps: [
        {
          id: 'big',
          if: { path: 'trigger.lead.value', gt: '10000 notify the team' },
          then: [{ id: 'tell', action: 'notify.team', input: { text: 'Big lead' } }],
        },
      ],
    };
    const numberValue = {
      ...VALID,
      steps: [{ ...textValue.steps[0], if: { path: 'trigger.lead.value', gt: 10000 } }],
    };
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(toolAnswer('submit_workflow', { definition: textValue }, 'first'))
      .resolvesOnce(toolAnswer('submit_workflow', { definition: numberValue }, 'second'));
    const result = await createWorkflowFromPrompt(
      { llm },
      'If a new lead is worth more than 10k, notify the team',
    );
    expect(result.source).toBe('bedrock');
    expect(result.definition.steps[0]).toMatchObject({ if: { path: 'trigger.lead.value', gt: 10000 } });
    const repair = bedrock.commandCalls(ConverseCommand)[1]!.args[0].input.messages ?? [];
    expect(repair[2]?.content?.[0]?.toolResult?.content?.[0]?.text).toContain('$.steps[0].if.gt');
  });

  it('GIVEN a model that never fixes its answer WHEN the rounds run out THEN the parser answers and says why', async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer('submit_workflow', { definition: INVALID }));
    const result = await createWorkflowFromPrompt(
      { llm },
      'When a new lead is added, send a follow-up email and schedule a meeting',
    );
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(MAX_MODEL_ROUNDS);
    expect(result.source).toBe('parser');
    expect(result.fallbackReason).toContain('still invalid');
  });

  describe('warnings: a value that may be missing', () => {
    // crm.addNote needs a leadId; on email.received trigger.leadId is null for mail from unknown senders
    const noteOn = (steps: unknown[]) => ({
      name: 'Note replies',
      trigger: { type: 'event', event: 'email.received' },
      steps,
    });
    const note = {
      id: 'note',
      action: 'crm.addNote',
      input: { leadId: '{{trigger.leadId}}', text: 'Replied' },
    };
    const WARNED = noteOn([note]);
    const GUARDED = noteOn([{ id: 'known', if: { path: 'trigger.leadId', exists: true }, then: [note] }]);
    const ask = () => createWorkflowFromPrompt({ llm }, 'When a lead replies, add a note to the lead');
    const repairText = (call: number) =>
      bedrock.commandCalls(ConverseCommand)[call]?.args[0].input.messages?.at(-1)?.content?.[0]?.toolResult;

    it('GIVEN a valid answer with a value that may be missing WHEN the model guards it THEN the guarded answer is returned with no warning, after the warning was sent back with its path and the guard', async () => {
      bedrock
        .on(ConverseCommand)
        .resolvesOnce(toolAnswer('submit_workflow', { definition: WARNED }, 'first'))
        .resolvesOnce(toolAnswer('submit_workflow', { definition: GUARDED }, 'second'));
      const result = await ask();
      expect(result.source).toBe('bedrock');
      expect(result.definition.steps[0]).toMatchObject({ if: { path: 'trigger.leadId', exists: true } });
      expect(result.validation.warnings).toStrictEqual([]);
      expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(2);
      const sent = repairText(1);
      expect(sent?.toolUseId).toBe('first');
      expect(sent?.status).toBe('success');
      expect(sent?.content?.[0]?.text).toContain('$.steps[0].input.leadId: {{trigger.leadId}} may be null');
      expect(sent?.content?.[0]?.text).toContain('{ "path": "trigger.leadId", "exists": true }');
    });

    it('GIVEN a model that keeps the warning WHEN asked to fix it THEN it is asked only once and its answer comes back with the warning', async () => {
      bedrock.on(ConverseCommand).resolves(toolAnswer('submit_workflow', { definition: WARNED }));
      const result = await ask();
      expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1 + MAX_WARNING_ROUNDS);
      expect(result.source).toBe('bedrock');
      expect(result.validation.valid).toBe(true);
      expect(result.validation.warnings.map((w) => [w.path, w.code])).toStrictEqual([
        ['$.steps[0].input.leadId', 'value-may-be-missing'],
      ]);
    });

    it('GIVEN a fix of the warning that breaks the definition WHEN validated THEN the valid warned answer is returned and no round is spent repairing the fix', async () => {
      bedrock
        .on(ConverseCommand)
        .resolvesOnce(toolAnswer('submit_workflow', { definition: WARNED }, 'first'))
        .resolvesOnce(toolAnswer('submit_workflow', { definition: INVALID }, 'second'));
      const result = await ask();
      expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(2);
      expect(result.source).toBe('bedrock');
      expect(result.definition).toStrictEqual(WARNED);
      expect(result.validation.warnings).toHaveLength(1);
    });

    it('GIVEN an invalid answer, then a warned one, then a guarded one WHEN repaired THEN errors and the warning each go back once and the guarded one is returned', async () => {
      bedrock
        .on(ConverseCommand)
        .resolvesOnce(toolAnswer('submit_workflow', { definition: INVALID }, 'first'))
        .resolvesOnce(toolAnswer('submit_workflow', { definition: WARNED }, 'second'))
        .resolvesOnce(toolAnswer('submit_workflow', { definition: GUARDED }, 'third'));
      const result = await ask();
      expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(3);
      expect(repairText(1)?.status).toBe('error');
      expect(repairText(2)?.status).toBe('success');
      expect(result.definition).toStrictEqual(GUARDED);
      expect(result.validation.warnings).toStrictEqual([]);
    });

    it('GIVEN a warning that is not about a missing value (a fixed-offset zone) WHEN answered THEN it is returned without another round', async () => {
      const est = {
        name: 'Daily',
        trigger: { type: 'schedule', cron: '0 9 * * ? *', timezone: 'EST' },
        steps: [{ id: 'sum', action: 'report.summarize', input: {} }],
      };
      bedrock.on(ConverseCommand).resolves(toolAnswer('submit_workflow', { definition: est }));
      const result = await createWorkflowFromPrompt({ llm }, 'Every day at 9 summarize the activity');
      expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1);
      expect(result.validation.warnings.map((w) => w.code)).toStrictEqual(['fixed-offset-zone']);
    });
  });

  it('GIVEN a Bedrock outage WHEN asked THEN the parser answers', async () => {
    bedrock
      .on(ConverseCommand)
      .rejects(Object.assign(new Error('down'), { name: 'ServiceUnavailableException' }));
    const result = await createWorkflowFromPrompt(
      { llm },
      "Every day at 5 PM, summarize today's activity and send it to Slack",
    );
    expect(result.source).toBe('parser');
    expect(result.fallbackReason).toContain('model unavailable');
  });

  it('GIVEN a request neither the model nor the parser understands WHEN asked THEN it fails with the problems', async () => {
    bedrock
      .on(ConverseCommand)
      .resolves(toolAnswer('report_unclear', { problems: ['"be nice" is not an action'] }));
    const error = await createWorkflowFromPrompt({ llm }, 'Be nice to everyone').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssistantNotUnderstoodError);
    expect((error as AssistantNotUnderstoodError).statusCode).toBe(422);
    expect((error as AssistantNotUnderstoodError).problems).toStrictEqual(['"be nice" is not an action']);
  });

  it('GIVEN no model and a request the parser cannot read WHEN asked THEN the 422 quotes the part it did not understand', async () => {
    const error = await createWorkflowFromPrompt(
      { llm: undefined },
      'Every day at 9, order pizza for the office',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssistantNotUnderstoodError);
    expect((error as AssistantNotUnderstoodError).problems).toStrictEqual([
      'I did not understand "order pizza for the office"',
    ]);
  });
});
