import { describe, expect, it } from 'vitest';
import { FN, START, setup, task } from '../../support/engine-harness';

describe('LocalEngine', () => {
  describe('Map and Parallel', () => {
    it('GIVEN a Map over three items with concurrency 2 WHEN it runs THEN every item is processed with its index and results keep their order', async () => {
      const { engine, register } = setup({
        [FN]: (p) => ({ greeting: `hi ${String(p.name)} #${String(p.index)}` }),
      });
      const arn = register({
        StartAt: 'For each lead',
        States: {
          'For each lead': {
            Type: 'Map',
            ItemsPath: '$.leads',
            MaxConcurrency: 2,
            ItemSelector: { 'item.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index' },
            ItemProcessor: {
              StartAt: 'Greet',
              States: {
                Greet: task(undefined, {
                  Parameters: { 'name.$': '$.item.name', 'index.$': '$.index', meta: { stepId: 'greet' } },
                  ResultSelector: { 'greeting.$': '$.greeting' },
                }),
              },
            },
            ResultPath: '$.results',
            End: true,
          },
        },
      });
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'm1',
        input: { leads: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] },
      });
      const done = await engine.waitForExecution(executionArn);
      expect(done.status).toBe('SUCCEEDED');
      expect((done.output as { results: unknown }).results).toEqual([
        { greeting: 'hi a #0' },
        { greeting: 'hi b #1' },
        { greeting: 'hi c #2' },
      ]);
      const greets = (await engine.getTimeline(executionArn)).filter((t) => t.name === 'Greet');
      expect(greets.map((t) => [t.itemIndex, t.status, t.stepId]).sort()).toEqual([
        [0, 'succeeded', 'greet'],
        [1, 'succeeded', 'greet'],
        [2, 'succeeded', 'greet'],
      ]);
    });

    it('GIVEN a Parallel whose branches wait different virtual times WHEN it runs THEN both results arrive and time advances to the longer wait', async () => {
      const { engine, clock, register } = setup({ [FN]: (p) => ({ from: p.branch }) });
      const arn = register({
        StartAt: 'Both',
        States: {
          Both: {
            Type: 'Parallel',
            Branches: [
              {
                StartAt: 'Short',
                States: {
                  Short: { Type: 'Wait', Seconds: 60, Next: 'Left' },
                  Left: task(undefined, { Parameters: { branch: 'left' } }),
                },
              },
              {
                StartAt: 'Long',
                States: {
                  Long: { Type: 'Wait', Seconds: 3600, Next: 'Right' },
                  Right: task(undefined, { Parameters: { branch: 'right' } }),
                },
              },
            ],
            ResultPath: '$.both',
            End: true,
          },
        },
      });
      const { executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'p1', input: {} });
      await engine.runUntilSettled();
      const done = await engine.waitForExecution(executionArn);
      expect(done.output).toEqual({ both: [{ from: 'left' }, { from: 'right' }] });
      expect(clock.now().getTime() - START.getTime()).toBe(3_600_000);
      const timeline = await engine.getTimeline(executionArn);
      const left = timeline.find((t) => t.name === 'Left');
      expect(left?.startedAt).toBe(new Date(START.getTime() + 60_000).toISOString());
    });
  });

  describe('service integrations', () => {
    it('GIVEN lambda:invoke and dynamodb:putItem resources WHEN they run THEN the invoker gets the function and the service call, and lambda:invoke results are wrapped in Payload', async () => {
      const { engine, calls, register } = setup({
        [FN]: () => ({ value: 1 }),
        'arn:aws:states:::dynamodb:putItem': () => ({}),
      });
      const arn = register({
        StartAt: 'Invoke',
        States: {
          Invoke: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: FN, Payload: { 'x.$': '$.x' } },
            ResultSelector: { 'value.$': '$.Payload.value', 'status.$': '$.StatusCode' },
            ResultPath: '$.invoked',
            Next: 'Log',
          },
          Log: {
            Type: 'Task',
            Resource: 'arn:aws:states:::dynamodb:putItem',
            Parameters: { TableName: 't', Item: { pk: { 'S.$': "States.Format('T#{}', $.x)" } } },
            ResultPath: null,
            End: true,
          },
        },
      });
      const { executionArn } = await engine.startExecution({
        stateMachineArn: arn,
        name: 'svc',
        input: { x: 'a' },
      });
      const done = await engine.waitForExecution(executionArn);
      expect(done.output).toEqual({ x: 'a', invoked: { value: 1, status: 200 } });
      expect(calls.map((c) => [c.kind, c.resource, c.payload])).toEqual([
        ['function', FN, { x: 'a' }],
        ['service', 'arn:aws:states:::dynamodb:putItem', { TableName: 't', Item: { pk: { S: 'T#a' } } }],
      ]);
      expect((await engine.getSteps(executionArn)).map((s) => s.action)).toEqual([undefined, 'log']);
    });
  });
});
