import { InvokeCommand, type InvokeCommandOutput, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../../functions/api/app';
import { dryRunRequest, serveDryRuns } from '../../../functions/api/dry-run-function';
import { createLambdaDryRunner, lambdaDryRunnerFromEnv } from '../../../functions/api/remote-dry-runner';
import { TEMPLATE_IDS, templateExample, templateJson } from '../../../statemachines/templates';
import { type ApiHarness, startApiHarness, TENANT_A } from '../../support/api-harness';
import { httpEvent, jsonOf } from '../../support/http-events';

/**
 * POST /workflows/{id}/test on AWS: api-workflows finds and validates the workflow, then invokes the api-dry-run
 * function (a synchronous Invoke, functions/api/remote-dry-runner.ts) with the valid definition, which runs it
 * (dry-run-function.ts). Here Lambda's Invoke is mocked to run that function's code on the payload as sent, so the
 * whole path is the deployed one, and its answers are compared with the local runtime's, which dry-runs in process.
 */
const DRY_RUN_FUNCTION = 'arn:aws:lambda:eu-central-1:123456789012:function:dynaris-dev-api-dry-run';
const lambda = mockClient(LambdaClient);
const encode = (value: unknown) =>
  new TextEncoder().encode(JSON.stringify(value)) as NonNullable<InvokeCommandOutput['Payload']>;

let api: ApiHarness;
let local: ReturnType<typeof createApiHandler>;
beforeAll(async () => {
  api = await startApiHarness({
    overrides: {
      dryRunner: createLambdaDryRunner({ functionName: DRY_RUN_FUNCTION, client: new LambdaClient({}) }),
    },
  });
  local = createApiHandler(api.platform, { log: () => undefined });
});
afterAll(async () => api.close());

beforeEach(() => {
  lambda.reset();
  const run = serveDryRuns(api.platform);
  lambda.on(InvokeCommand).callsFake(async (input: { Payload: Uint8Array }) => ({
    StatusCode: 200,
    Payload: encode(await run(JSON.parse(new TextDecoder().decode(input.Payload)))),
  }));
});

const dryRunLocally = async (workflowId: string, body: unknown) => {
  const raw = await local(
    httpEvent('POST', `/workflows/${workflowId}/test`, { body, headers: { 'x-api-key': api.keys.a } }),
  );
  return { status: raw.statusCode, body: jsonOf(raw) };
};

describe('dry runs run by the api-dry-run function, invoked by api-workflows', () => {
  it.each(TEMPLATE_IDS.map((id) => [id]))(
    'GIVEN the %s template saved WHEN dry-run through the API as deployed THEN api-workflows invokes the dry-run function once with the principal’s tenant and the stored definition, and the answer is the local runtime’s in-process dry run',
    async (id) => {
      const created = await api.call('POST', '/workflows', { body: templateJson(id) });
      expect(created.status).toBe(201);
      const workflowId = created.body.workflow.workflowId as string;
      const event = templateExample(id).event as { detail?: Record<string, unknown> } | undefined;
      const body = { trigger: event?.detail ?? {} };
      const deployed = await api.call('POST', `/workflows/${workflowId}/test`, { body });
      expect(deployed.status, JSON.stringify(deployed.body).slice(0, 300)).toBe(200);
      const calls = lambda.commandCalls(InvokeCommand);
      expect(calls).toHaveLength(1);
      const input = calls[0]?.args[0].input;
      expect(input?.FunctionName).toBe(DRY_RUN_FUNCTION);
      expect(input?.InvocationType).toBe('RequestResponse');
      const sent = JSON.parse(new TextDecoder().decode(input?.Payload as Uint8Array));
      expect(sent).toMatchObject({ tenantId: TENANT_A, workflowId, timezone: 'UTC', trigger: body.trigger });
      expect(sent.definition).toStrictEqual(created.body.workflow.definition);
      expect(deployed.body).toStrictEqual((await dryRunLocally(workflowId, body)).body);
    },
  );

  it('GIVEN a business-day wait and a tenant with a Sun-Thu week and a holiday WHEN dry-run through the API as deployed THEN api-workflows sends the tenant’s calendar and the wait counts in it', async () => {
    const saved = await api.call('PUT', '/settings', {
      body: {
        businessHours: Object.fromEntries(
          (['sun', 'mon', 'tue', 'wed', 'thu'] as const).map((d) => [d, [{ start: '08:00', end: '16:00' }]]),
        ),
        holidays: ['2031-01-05'],
      },
    });
    expect(saved.status).toBe(200);
    const created = await api.call('POST', '/workflows', {
      body: {
        name: 'Business-day wait',
        trigger: { type: 'manual' },
        steps: [
          { id: 'pause', wait: { businessDays: 1 } },
          { id: 'note', action: 'log', input: { message: 'after a working day' } },
        ],
      },
    });
    expect(created.status).toBe(201);
    const workflowId = created.body.workflow.workflowId as string;
    const deployed = await api.call('POST', `/workflows/${workflowId}/test`, { body: {} });
    expect(deployed.status).toBe(200);
    const sent = JSON.parse(
      new TextDecoder().decode(lambda.commandCalls(InvokeCommand)[0]?.args[0].input.Payload as Uint8Array),
    );
    expect(sent.calendar).toStrictEqual({
      businessHours: expect.objectContaining({ sun: [{ start: '08:00', end: '16:00' }] }),
      holidays: ['2031-01-05'],
    });
    expect(deployed.body).toStrictEqual((await dryRunLocally(workflowId, {})).body);
  });

  it('GIVEN another tenant’s workflow WHEN tenant A dry-runs it THEN 404 and the dry-run function is not invoked', async () => {
    const created = await api.call('POST', '/workflows', { body: templateJson('lead-follow-up'), as: 'b' });
    const res = await api.call('POST', `/workflows/${created.body.workflow.workflowId}/test`, { body: {} });
    expect(res.status).toBe(404);
    expect(lambda.commandCalls(InvokeCommand)).toHaveLength(0);
  });

  it('GIVEN the dry-run function reaches its timeout WHEN a dry run is requested THEN the API answers 504 with a JSON error naming the limit, after one Invoke', async () => {
    lambda.on(InvokeCommand).resolves({
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: encode({ errorType: 'Sandbox.Timedout', errorMessage: 'Task timed out after 20.00 seconds' }),
    });
    const created = await api.call('POST', '/workflows', { body: templateJson('lead-follow-up') });
    const res = await api.call('POST', `/workflows/${created.body.workflow.workflowId}/test`, { body: {} });
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('GatewayTimeout');
    expect(res.body.error.message).toContain('did not finish within 20 s');
    expect(lambda.commandCalls(InvokeCommand)).toHaveLength(1);
  });

  it('GIVEN the dry-run function crashes WHEN a dry run is requested THEN the API answers 500, as when the run failed in the route’s own function', async () => {
    lambda.on(InvokeCommand).resolves({
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: encode({ errorType: 'Runtime.ExitError', errorMessage: 'exited with signal: killed' }),
    });
    const created = await api.call('POST', '/workflows', { body: templateJson('lead-follow-up') });
    const res = await api.call('POST', `/workflows/${created.body.workflow.workflowId}/test`, { body: {} });
    expect(res.status).toBe(500);
    expect(lambda.commandCalls(InvokeCommand)).toHaveLength(1);
  });

  it('GIVEN api-workflows’ environment WHEN its dry runner is made THEN it invokes the function DRY_RUN_FUNCTION names, and none without it (the route answers 501)', async () => {
    expect(lambdaDryRunnerFromEnv({})).toBeUndefined();
    const runner = lambdaDryRunnerFromEnv({ DRY_RUN_FUNCTION: 'dynaris-dev-api-dry-run' });
    lambda
      .on(InvokeCommand)
      .resolves({ StatusCode: 200, Payload: encode({ outcome: 'succeeded', steps: [] }) });
    const answer = await runner?.dryRun({
      tenantId: TENANT_A,
      workflowId: 'wf',
      timezone: 'UTC',
      definition: JSON.parse(JSON.stringify(templateJson('lead-follow-up'))),
      trigger: {},
    });
    expect(answer).toStrictEqual({ outcome: 'succeeded', steps: [] });
    expect(lambda.commandCalls(InvokeCommand)[0]?.args[0].input.FunctionName).toBe('dynaris-dev-api-dry-run');
  });

  it.each([
    ['not an object', [], 'JSON object'],
    ['no tenant', { workflowId: 'w', timezone: 'UTC', definition: { trigger: {} }, trigger: {} }, 'tenantId'],
    [
      'an empty time zone',
      { tenantId: 't', workflowId: 'w', timezone: '', definition: { trigger: {} }, trigger: {} },
      'timezone',
    ],
    [
      'a definition without a trigger',
      { tenantId: 't', workflowId: 'w', timezone: 'UTC', definition: {}, trigger: {} },
      'definition',
    ],
    [
      'a trigger that is a list',
      { tenantId: 't', workflowId: 'w', timezone: 'UTC', definition: { trigger: {} }, trigger: [] },
      'trigger',
    ],
    [
      'a calendar without business hours',
      {
        tenantId: 't',
        workflowId: 'w',
        timezone: 'UTC',
        definition: { trigger: {} },
        trigger: {},
        calendar: {},
      },
      'calendar',
    ],
  ])(
    'GIVEN a payload with %s WHEN the dry-run function is invoked THEN it refuses naming the field',
    (_, payload, field) => {
      expect(() => dryRunRequest(payload)).toThrow(field);
    },
  );
});
