import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';
import { apiOf, enabledWorkflow } from '../support/local-api';

/**
 * What a run does when a value the validator warns about (value-may-be-missing) has none, on the local engine with
 * the real agents: a null in an input fails the step once with NonRetriableError naming the step and the input (never
 * retried); a reference that finds nothing fails the step with States.Runtime before the agent is called, as on AWS.
 */
let runtime: LocalRuntime;
const call = apiOf(() => runtime);

let workflowId = '';

beforeAll(async () => {
  runtime = await startLocalRuntime({ port: 0, clock: 'virtual', log: () => {}, env: {} });
  ({ workflowId } = await enabledWorkflow(runtime, {
    name: 'Note the lead',
    trigger: { type: 'manual', inputs: ['leadId', 'lead'] },
    settings: { type: 'STANDARD' },
    steps: [
      {
        id: 'note',
        action: 'crm.addNote',
        input: { leadId: '{{trigger.leadId}}', text: 'For {{trigger.lead.name}}' },
      },
    ],
  }));
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

const run = async (input: Record<string, unknown>) => {
  const started = await call('POST', `/workflows/${workflowId}/runs`, { input });
  expect(started.status).toBe(202);
  await runtime.runUntilSettled();
  const detail = await call('GET', `/runs/${started.body.runId}`);
  const step = (
    detail.body.timeline as {
      stepId?: string;
      status: string;
      error?: { error: string; cause: string };
      retries?: number;
    }[]
  ).filter((t) => t.stepId === 'note');
  return { run: detail.body.run, step };
};

describe('a run where a referenced value has none', () => {
  it('GIVEN leadId null WHEN the run reaches crm.addNote THEN the step fails once with NonRetriableError naming the step and the input, and the run fails', async () => {
    const { run: r, step } = await run({ leadId: null, lead: { name: 'Ada' } });
    expect(r.status).toBe('failed');
    expect(r.error.error).toBe('NonRetriableError');
    expect(r.error.cause).toContain('Invalid input for crm.addNote in step "note": leadId:');
    expect(r.error.cause).toContain('"leadId" was null');
    expect(step.map((s) => [s.status, s.error?.error])).toStrictEqual([['failed', 'NonRetriableError']]);
    expect(step[0]?.retries ?? 0).toBe(0);
  });

  it.each([
    ['leadId is absent', { lead: { name: 'Ada' } }, "'$.trigger.leadId'"],
    ['lead is null, so lead.name finds nothing', { leadId: 'lead_1', lead: null }, "'$.trigger.lead.name'"],
  ])(
    'GIVEN %s WHEN the run reaches the step THEN it fails there with States.Runtime naming the path, before the agent runs',
    async (_label, input, path) => {
      const { run: r, step } = await run(input);
      expect(r.status).toBe('failed');
      expect(r.error.error).toBe('States.Runtime');
      expect(step.map((s) => s.status)).toStrictEqual(['failed']);
      expect(step[0]?.error?.cause).toContain(path);
      expect(r.error.cause).not.toContain('Invalid input');
    },
  );
});
