import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { converse, converseInput, toolNameOf } from '../../functions/adapters/bedrock';
import { NonRetriableError, RetriableError } from '../../functions/shared/errors';
import { describeSteps, renderWithTrigger, stepsAfter } from '../../functions/supervisor/describe';
import { readableCause, secondsText } from '../../functions/supervisor/supervisor';
import type { Step } from '../../statemachines/schema';

const steps = [
  {
    id: 'welcome',
    action: 'email.send',
    input: { to: '{{trigger.lead.email}}', subject: 'Hi {{trigger.lead.name}}', body: 'Hello' },
  },
  {
    id: 'await',
    waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
    onTimeout: [
      {
        id: 'nudge',
        action: 'notify.team',
        input: { text: 'No reply from {{trigger.lead.name}}', member: 'Ann' },
      },
    ],
  },
  { id: 'check', approval: { message: 'Invoice {{trigger.lead.company}}?' } },
  {
    id: 'bill',
    action: 'invoice.create',
    input: {
      customerEmail: '{{trigger.lead.email}}',
      currency: 'EUR',
      lines: [{ description: 'Setup', quantity: 2, unitPriceCents: 15000 }],
    },
  },
] as unknown as Step[];

const trigger = { lead: { id: 'L1', email: 'ada@example.com', name: 'Ada', company: 'ACME' } };

describe('what a run will do, in words', () => {
  it('GIVEN a workflow and its trigger WHEN described THEN each step is a line with trigger values filled in and branches indented', () => {
    expect(describeSteps(steps, trigger)).toEqual([
      'Send email (to: ada@example.com, subject: Hi Ada)',
      'Wait up to P2D for email.received',
      '  onTimeout:',
      '    Notify team (member: Ann, text: No reply from Ada)',
      'Ask for approval: Invoice ACME?',
      'Create invoice (customerEmail: ada@example.com, net 300.00 EUR)',
    ]);
  });

  it('GIVEN an approval step WHEN asking what follows it THEN the remaining steps of its list and the enclosing lists come back', () => {
    expect(stepsAfter(steps, 'check')?.map((s) => s.id)).toEqual(['bill']);
    expect(stepsAfter(steps, 'nudge')?.map((s) => s.id)).toEqual(['check', 'bill']);
    expect(stepsAfter(steps, 'missing')).toBeUndefined();
  });

  it('GIVEN references to later results WHEN rendered THEN they stay readable as written', () => {
    expect(renderWithTrigger('Sent {{steps.welcome.messageId}} to {{trigger.lead.email}}', trigger)).toBe(
      'Sent {{steps.welcome.messageId}} to ada@example.com',
    );
  });

  it('GIVEN a Lambda error cause WHEN made readable THEN the errorMessage is used, plain text kept', () => {
    expect(readableCause('{"errorType":"X","errorMessage":"boom","trace":[]}')).toBe('boom');
    expect(readableCause('plain')).toBe('plain');
    expect(readableCause(undefined)).toBeNull();
  });

  it('GIVEN durations WHEN written for people THEN the two largest units are used', () => {
    expect([secondsText(42), secondsText(185), secondsText(5 * 3600), secondsText(172_800)]).toEqual([
      '42s',
      '3m 5s',
      '5h 0m',
      '2d 0h',
    ]);
  });
});

describe('Bedrock Converse wrapper', () => {
  const client = new BedrockRuntimeClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });

  it('GIVEN throttling, then a validation error WHEN calling THEN the first is retriable and the second is not', async () => {
    const bedrock = mockClient(client);
    bedrock
      .on(ConverseCommand)
      .rejectsOnce(
        Object.assign(new Error('slow down'), {
          name: 'ThrottlingException',
          $metadata: { httpStatusCode: 429 },
        }),
      )
      .rejectsOnce(
        Object.assign(new Error('bad model'), {
          name: 'ValidationException',
          $metadata: { httpStatusCode: 400 },
        }),
      );
    const llm = { client, modelId: 'm' };
    await expect(converse(llm, { prompt: 'x' })).rejects.toBeInstanceOf(RetriableError);
    await expect(converse(llm, { prompt: 'x' })).rejects.toBeInstanceOf(NonRetriableError);
  });

  it('GIVEN tools WHEN the request is built THEN catalogue names become Bedrock-safe and the schema is passed as json', () => {
    expect(toolNameOf('crm.createLead')).toBe('crm_createLead');
    const input = converseInput('m', {
      system: 'sys',
      prompt: 'p',
      tools: [{ name: 'crm_createLead', description: 'd', inputSchema: { type: 'object' } }],
      toolChoice: { tool: 'crm_createLead' },
      maxTokens: 10,
    });
    expect(input).toEqual({
      modelId: 'm',
      messages: [{ role: 'user', content: [{ text: 'p' }] }],
      system: [{ text: 'sys' }],
      inferenceConfig: { maxTokens: 10, temperature: 0.2 },
      toolConfig: {
        tools: [
          {
            toolSpec: { name: 'crm_createLead', description: 'd', inputSchema: { json: { type: 'object' } } },
          },
        ],
        toolChoice: { tool: { name: 'crm_createLead' } },
      },
    });
  });
});
