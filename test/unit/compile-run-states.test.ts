import { describe, expect, it } from 'vitest';
import { aslProblems } from '../../functions/engine/asl-check';
import { type AslDefinition, allStates, compileWorkflow } from '../../statemachines/compile';
import { WorkflowDefinition } from '../../statemachines/schema';
import { aslProblemsBatch } from '../support/asl-batch';
import {
  CALLBACK_RETRY,
  compile,
  compiledHere,
  EXPRESS_TO_RECORD_FAILURE,
  LAMBDA_ERRORS,
  SUPERVISOR,
  TO_RECORD_FAILURE,
} from '../support/compile-steps';

describe('the supervisor around every workflow', () => {
  const one = [{ id: 'x', action: 'log', input: { message: 'x' } }];

  it('GIVEN any workflow WHEN compiled THEN it starts with "Start run", which turns the input into { trigger, context, steps }', () => {
    const { definition } = compile(one);
    expect(definition.StartAt).toBe('Start run');
    expect(definition.States['Start run']).toStrictEqual({
      Type: 'Task',
      Resource: SUPERVISOR,
      Parameters: {
        op: 'start',
        'executionId.$': '$$.Execution.Id',
        'executionName.$': '$$.Execution.Name',
        'startedAt.$': '$$.Execution.StartTime',
        'input.$': '$',
      },
      TimeoutSeconds: 30,
      Retry: [{ ...CALLBACK_RETRY, ErrorEquals: [...LAMBDA_ERRORS, 'Sandbox.Timedout', 'RetriableError'] }],
      Comment: 'Loads the run context (tenant, Auto Mode, dry run) and records the run as started.',
      ResultSelector: { 'trigger.$': '$$.Execution.Input.trigger', 'context.$': '$', steps: {} },
      Next: 'Write log entry: x',
    });
  });

  it('GIVEN any workflow WHEN compiled THEN success ends in "Finish run" and a business failure in "Record failure" then "Run failed"', () => {
    const { definition } = compile(one);
    expect(definition.States['Finish run']).toMatchObject({
      Resource: SUPERVISOR,
      Parameters: { op: 'finish', outcome: 'succeeded', 'context.$': '$.context', 'steps.$': '$.steps' },
      ResultPath: null,
      Catch: [EXPRESS_TO_RECORD_FAILURE],
      End: true,
    });
    expect(definition.States['Record failure']).toMatchObject({
      Resource: SUPERVISOR,
      Parameters: { op: 'fail', 'context.$': '$.context', 'steps.$': '$.steps', 'error.$': '$.error' },
      ResultPath: null,
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: 'Run failed' }],
      Next: 'Run failed',
    });
    expect(definition.States['Run failed']).toStrictEqual({
      Type: 'Fail',
      ErrorPath: '$.error.Error',
      CausePath: '$.error.Cause',
    });
  });

  it('GIVEN any workflow WHEN compiled THEN no state catches States.ALL into "Record failure": only business outcomes go there, every other error fails the execution at its own state (where a redrive resumes)', () => {
    const { definition } = compile(
      [
        { id: 'mail', action: 'email.send', input: { to: 'a@example.com', subject: 's', body: 'b' } },
        {
          id: 'each',
          forEach: {
            items: '{{trigger.leads}}',
            steps: [{ id: 'note', action: 'log', input: { message: 'x' } }],
          },
        },
        { id: 'ok', approval: { message: 'Go?' } },
      ],
      { trigger: { type: 'event', event: 'lead.created' } },
    );
    const toRecordFailure = [...allStates(definition)]
      .flatMap(([name, state]) => ('Catch' in state ? (state.Catch ?? []).map((c) => ({ name, c })) : []))
      .filter(({ c }) => c.Next === 'Record failure');
    expect(toRecordFailure.length).toBeGreaterThan(3);
    for (const { c } of toRecordFailure) {
      expect(c.ErrorEquals).toStrictEqual(['NonRetriableError', 'ConflictError', 'ApprovalUnavailable']);
    }
  });

  it('GIVEN an EXPRESS workflow WHEN compiled THEN every error goes to "Record failure" (Express has no redrive and sends no status-change event: the supervisor must record the failure itself)', () => {
    const { definition, type } = compile([
      { id: 'mail', action: 'email.send', input: { to: 'a@example.com', subject: 's', body: 'b' } },
    ]);
    expect(type).toBe('EXPRESS');
    expect((definition.States['Send email: s'] as { Catch?: unknown }).Catch).toStrictEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Record failure' },
    ]);
    expect((definition.States['Finish run'] as { Catch?: unknown }).Catch).toStrictEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Record failure' },
    ]);
  });

  it('GIVEN nothing can reject the run WHEN compiled THEN there are no rejection states (Step Functions refuses unreachable states)', () => {
    const { definition } = compile(one);
    expect(Object.keys(definition.States)).toStrictEqual([
      'Start run',
      'Write log entry: x',
      'Finish run',
      'Record failure',
      'Run failed',
    ]);
  });

  it('GIVEN a STANDARD workflow with an event trigger and no autoMode WHEN compiled THEN the Auto Mode gate parks the run on a task token when the context says so', () => {
    const { definition, type } = compile(one, {
      trigger: { type: 'event', event: 'lead.created' },
      settings: { type: 'STANDARD' },
    });
    expect(type).toBe('STANDARD');
    expect(definition.States['Start run']).toMatchObject({ Next: 'Approval needed?' });
    expect(definition.States['Approval needed?']).toStrictEqual({
      Type: 'Choice',
      Comment: 'Auto Mode is off for this tenant or workflow: a person approves the run first.',
      Choices: [{ Variable: '$.context.needsApproval', BooleanEquals: true, Next: 'Wait for approval' }],
      Default: 'Write log entry: x',
    });
    expect(definition.States['Wait for approval']).toStrictEqual({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: SUPERVISOR,
        Payload: {
          op: 'requestApproval',
          'taskToken.$': '$$.Task.Token',
          'context.$': '$.context',
          stepId: '_run',
          message: 'Run "Test"',
          'trigger.$': '$.trigger',
        },
      },
      TimeoutSeconds: 604_800,
      Retry: [CALLBACK_RETRY],
      ResultPath: null,
      Catch: [
        {
          ErrorEquals: ['ApprovalRejected', 'States.Timeout'],
          ResultPath: null,
          Next: 'Finish rejected run',
        },
        TO_RECORD_FAILURE,
      ],
      Next: 'Write log entry: x',
    });
  });

  it('GIVEN autoMode true WHEN compiled THEN there is no gate', () => {
    const { definition } = compile(one, {
      trigger: { type: 'event', event: 'lead.created' },
      autoMode: true,
    });
    expect(definition.States['Start run']).toMatchObject({ Next: 'Write log entry: x' });
    expect(definition.States).not.toHaveProperty('Approval needed?');
  });

  it('GIVEN an EXPRESS workflow whose runs may need approval WHEN compiled THEN "Start run" asks before the execution, the gate ends it at "Approval requested" while approval is pending, a rejection closes it as rejected, and nothing waits on a task token', () => {
    const compiled = compile(one, { trigger: { type: 'event', event: 'lead.created' } });
    expect(compiled.type).toBe('EXPRESS');
    expect(compiled.definition.States['Start run']).toMatchObject({
      Parameters: {
        op: 'start',
        'executionId.$': '$$.Execution.Id',
        'executionName.$': '$$.Execution.Name',
        'startedAt.$': '$$.Execution.StartTime',
        'input.$': '$',
        approveBeforeStart: true,
      },
      Next: 'Approval needed?',
    });
    expect(compiled.definition.States['Approval needed?']).toStrictEqual({
      Type: 'Choice',
      Comment:
        'Auto Mode is off for this tenant or workflow: a person approves the run before its steps, and an ' +
        'Express execution cannot wait, so the decision starts the run again.',
      Choices: [
        {
          And: [
            { Variable: '$.context.approval', IsPresent: true },
            { Variable: '$.context.approval.approved', BooleanEquals: false },
          ],
          Next: 'Finish rejected run',
        },
        { Variable: '$.context.needsApproval', BooleanEquals: true, Next: 'Approval requested' },
      ],
      Default: 'Write log entry: x',
    });
    expect(compiled.definition.States['Approval requested']).toStrictEqual({
      Type: 'Succeed',
      Comment:
        'The supervisor recorded a pending approval holding this input; approving or rejecting it starts the run ' +
        'again. No step ran.',
    });
    expect(compiled.definition.States['Finish rejected run']).toMatchObject({
      Parameters: { op: 'finish', outcome: 'rejected' },
      Next: 'Run rejected',
    });
    expect(compiled.definition.States['Run rejected']).toMatchObject({ Type: 'Succeed' });
    expect(JSON.stringify(compiled.definition)).not.toContain('waitForTaskToken');
    expect(JSON.stringify(compiled.definition)).not.toContain('ApprovalUnavailable');
  });

  it('GIVEN a workflow that never needs approval WHEN compiled THEN "Start run" does not ask before the execution', () => {
    for (const extra of [{}, { trigger: { type: 'event', event: 'lead.created' }, autoMode: true }]) {
      const { definition } = compile(one, extra);
      expect((definition.States['Start run'] as { Parameters: object }).Parameters).not.toHaveProperty(
        'approveBeforeStart',
      );
    }
  });

  it('GIVEN settings.timeout WHEN compiled THEN the machine has TimeoutSeconds, a Comment, and json is the compact definition', () => {
    const compiled = compile(one, { settings: { timeout: 'PT10M' }, description: 'Does x.' });
    expect(compiled.definition.TimeoutSeconds).toBe(600);
    expect(compiled.definition.Comment).toBe('Test: Does x.');
    expect(JSON.parse(compiled.json)).toStrictEqual(compiled.definition);
    expect(compiled.json).not.toContain('\n');
  });

  it('GIVEN a workflow WHEN compiled THEN stateCount counts nested states and stateNames maps every step id', () => {
    const compiled = compile([
      { id: 'a', action: 'log', input: { message: 'a' } },
      { id: 'p', parallel: [[{ id: 'b', action: 'log', input: { message: 'b' } }]] },
    ]);
    // Start, a, parallel (+ b inside), Finish, Record failure, Run failed
    expect(compiled.stateCount).toBe(7);
    expect(compiled.stateNames).toStrictEqual({
      a: 'Write log entry: a',
      p: 'Run 1 branch',
      b: 'Write log entry: b',
    });
  });
});

describe('resources come from the resolver', () => {
  it('GIVEN a resolver (CDK tokens at synth) WHEN compiled THEN every resource is the resolver’s and no placeholder remains', () => {
    const resolver = {
      agentFunction: (agent: string) => `TOKEN[agent-${agent}]`,
      supervisorFunction: () => 'TOKEN[supervisor]',
      tableName: () => 'TOKEN[table]',
      eventBusName: () => 'TOKEN[bus]',
      filesBucket: () => 'TOKEN[files]',
    };
    const def = WorkflowDefinition.parse({
      name: 'R',
      trigger: { type: 'event', event: 'lead.created' },
      steps: [
        { id: 'a', action: 'email.send', input: { to: 'a@b.co', subject: 'x' } },
        { id: 'b', action: 'log', input: { message: 'x' } },
        { id: 'c', action: 'events.emit', input: { event: 'lead.updated' } },
        { id: 'd', action: 'ai.task', input: { instruction: 'x' } },
        { id: 'e', waitFor: { event: 'email.received', match: { leadId: 'x' }, timeout: 'P1D' } },
      ],
    });
    const json = compileWorkflow(def, { resolver }).json;
    expect(json).not.toContain('000000000000');
    expect(json).not.toContain('"dynaris"');
    for (const token of ['TOKEN[agent-email]', 'TOKEN[supervisor]', 'TOKEN[table]', 'TOKEN[bus]'])
      expect(json).toContain(token);
  });
});

describe('asl-validator', () => {
  it('GIVEN every definition compiled in this file WHEN checked with asl-validator THEN none has a problem', () => {
    expect(compiledHere.length).toBeGreaterThan(5);
    expect(aslProblemsBatch(compiledHere)).toStrictEqual([]);
  });

  it('GIVEN a definition with a broken transition WHEN batch-checked THEN the problem is reported (the check can fail)', () => {
    const broken = structuredClone(compiledHere[0] as AslDefinition);
    (broken.States['Start run'] as { Next: string }).Next = 'Nowhere';
    expect(aslProblemsBatch([broken]).length).toBeGreaterThan(0);
    expect(aslProblems(broken).length).toBeGreaterThan(0);
  });
});
