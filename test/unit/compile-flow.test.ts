import { describe, expect, it } from 'vitest';
import type { AslState } from '../../statemachines/compile';
import { compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import { WorkflowDefinition } from '../../statemachines/schema';
import { aslProblemsBatch } from '../support/asl-batch';
import {
  compile,
  compiledHere,
  EXPRESS_TO_RECORD_FAILURE,
  IDEMPOTENT_AGENT_ERRORS,
  lambda,
  meta,
  states,
  TO_RECORD_FAILURE,
} from '../support/compile-steps';

describe('if steps', () => {
  it('GIVEN if/then/else WHEN compiled THEN a Choice with a guarded rule leads to then, Default to else, both rejoin', () => {
    const s = states([
      {
        id: 'hot',
        if: { path: 'trigger.lead.value', gt: 10000 },
        then: [{ id: 'big', action: 'log', input: { message: 'big' } }],
        else: [{ id: 'small', action: 'log', input: { message: 'small' } }],
      },
      { id: 'end', action: 'log', input: { message: 'end' } },
    ]);
    expect(s['Lead value > 10000?']).toStrictEqual({
      Type: 'Choice',
      Choices: [
        {
          And: [
            { Variable: '$.trigger.lead.value', IsPresent: true },
            {
              And: [
                { Variable: '$.trigger.lead.value', IsNumeric: true },
                { Variable: '$.trigger.lead.value', NumericGreaterThan: 10000 },
              ],
            },
          ],
          Next: 'Write log entry: big',
        },
      ],
      Default: 'Write log entry: small',
    });
    expect(s['Write log entry: big']).toMatchObject({ Next: 'Write log entry: end' });
    expect(s['Write log entry: small']).toMatchObject({ Next: 'Write log entry: end' });
  });

  it('GIVEN if without else as the last step WHEN compiled THEN Default goes straight to "Finish run"', () => {
    const s = states([
      {
        id: 'hot',
        if: { path: 'trigger.ok', eq: true },
        then: [{ id: 'x', action: 'log', input: { message: 'x' } }],
      },
    ]);
    expect(s['Ok is true?']).toMatchObject({ Default: 'Finish run' });
  });
});

describe('parallel steps', () => {
  it('GIVEN parallel branches WHEN compiled THEN a Parallel state merges every branch result back into $.steps', () => {
    const s = states([
      {
        id: 'both',
        parallel: [
          [{ id: 'a', action: 'log', input: { message: 'a' } }],
          [{ id: 'b', action: 'log', input: { message: 'b' } }],
          [{ id: 'c', action: 'log', input: { message: 'c' } }],
        ],
      },
    ]);
    const parallel = s['Run 3 branches in parallel'];
    expect(parallel).toMatchObject({
      Type: 'Parallel',
      ResultSelector: {
        'trigger.$': '$[0].trigger',
        'context.$': '$[0].context',
        'steps.$': 'States.JsonMerge(States.JsonMerge($[0].steps, $[1].steps, false), $[2].steps, false)',
      },
      Catch: [EXPRESS_TO_RECORD_FAILURE],
      Next: 'Finish run',
    });
    expect(parallel).not.toHaveProperty('ResultPath');
    const branches = (parallel as { Branches: { StartAt: string; States: Record<string, AslState> }[] })
      .Branches;
    expect(branches.map((b) => b.StartAt)).toStrictEqual([
      'Write log entry: a',
      'Write log entry: b',
      'Write log entry: c',
    ]);
    // Inside a branch a failure fails the branch (the Parallel catches it): no Catch, and the branch ends.
    expect(branches[0]?.States['Write log entry: a']).toMatchObject({ End: true });
    expect(branches[0]?.States['Write log entry: a']).not.toHaveProperty('Catch');
  });
});

describe('forEach steps', () => {
  it('GIVEN a parallel inside a forEach body WHEN compiled THEN the merge keeps outer, item and index for the steps after it', () => {
    const s = states([
      {
        id: 'each',
        forEach: {
          items: '{{trigger.ids}}',
          steps: [
            {
              id: 'both',
              parallel: [
                [{ id: 'a', action: 'log', input: { message: 'a' } }],
                [{ id: 'b', action: 'log', input: { message: 'b' } }],
              ],
            },
          ],
        },
      },
    ]);
    const map = s['For each id'] as { ItemProcessor: { States: Record<string, AslState> } };
    expect(map.ItemProcessor.States['Run 2 branches in parallel']).toMatchObject({
      ResultSelector: {
        'trigger.$': '$[0].trigger',
        'context.$': '$[0].context',
        'outer.$': '$[0].outer',
        'item.$': '$[0].item',
        'index.$': '$[0].index',
        'steps.$': 'States.JsonMerge($[0].steps, $[1].steps, false)',
      },
      End: true,
      OutputPath: '$.steps',
    });
  });

  it('GIVEN forEach items that are not a whole reference WHEN compiled THEN a CompileError explains the expected form', () => {
    const def = WorkflowDefinition.parse({
      name: 'x',
      trigger: { type: 'manual' },
      steps: [{ id: 'each', forEach: { items: 'leads: {{trigger.ids}}', steps: [] } }],
    });
    expect(() => compileWorkflow(def, { resolver: placeholderResolver })).toThrow(
      'step "each": forEach.items must be a whole reference such as {{steps.find.leads}}',
    );
  });

  it('GIVEN forEach WHEN compiled THEN a Map passes trigger, context, earlier results, item and index, and collects each iteration’s own results', () => {
    const compiled = compile([
      { id: 'find', action: 'crm.findLeads', input: { status: 'new' } },
      {
        id: 'each',
        forEach: {
          items: '{{steps.find.leads}}',
          concurrency: 3,
          steps: [
            {
              id: 'note',
              action: 'crm.addNote',
              input: { leadId: '{{item.id}}', text: 'Found {{steps.find.count}}, #{{index}}' },
            },
            { id: 'done', action: 'log', input: { message: '{{steps.note.noteId}}' } },
          ],
        },
      },
    ]);
    const map = compiled.definition.States['For each lead'];
    expect(map).toStrictEqual({
      Type: 'Map',
      ItemsPath: '$.steps.find.leads',
      MaxConcurrency: 3,
      ItemSelector: {
        'trigger.$': '$.trigger',
        'context.$': '$.context',
        'outer.$': '$.steps',
        steps: {},
        'item.$': '$$.Map.Item.Value',
        'index.$': '$$.Map.Item.Index',
      },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: 'Add note: Found [find.count], #[index]',
        States: {
          'Add note: Found [find.count], #[index]': {
            Type: 'Task',
            Resource: lambda('crm'),
            Parameters: {
              action: 'crm.addNote',
              input: {
                'leadId.$': '$.item.id',
                'text.$': "States.Format('Found {}, #{}', $.outer.find.count, $.index)",
              },
              meta: meta('note', true),
            },
            ResultSelector: { 'noteId.$': '$.noteId', 'leadId.$': '$.leadId' },
            ResultPath: '$.steps.note',
            TimeoutSeconds: 60,
            Retry: [
              {
                ErrorEquals: IDEMPOTENT_AGENT_ERRORS,
                IntervalSeconds: 2,
                MaxAttempts: 3,
                BackoffRate: 2,
                MaxDelaySeconds: 60,
                JitterStrategy: 'FULL',
              },
            ],
            Next: 'Write log entry: [note.noteId]',
          },
          'Write log entry: [note.noteId]': expect.objectContaining({
            Parameters: expect.objectContaining({
              Item: expect.objectContaining({
                sk: { 'S.$': "States.Format('LOG#{}#done#{}', $$.State.EnteredTime, $.index)" },
                message: { 'S.$': "States.Format('{}', $.steps.note.noteId)" },
                itemIndex: { 'N.$': "States.Format('{}', $.index)" },
              }),
            }),
            End: true,
            OutputPath: '$.steps',
          }),
        },
      },
      ResultSelector: { 'results.$': '$', 'count.$': 'States.ArrayLength($)' },
      ResultPath: '$.steps.each',
      Catch: [TO_RECORD_FAILURE],
      Next: 'Finish run',
    });
  });

  it('GIVEN a forEach inside a forEach WHEN compiled THEN the inner loop sees the outer loop’s results merged into outer', () => {
    const s = states([
      { id: 'find', action: 'crm.findLeads', input: {} },
      {
        id: 'outer-loop',
        forEach: {
          items: '{{steps.find.leads}}',
          steps: [
            { id: 'get', action: 'crm.getLead', input: { leadId: '{{item.id}}' } },
            {
              id: 'inner-loop',
              forEach: {
                items: '{{steps.get.lead.tags}}',
                steps: [
                  {
                    id: 'tag-note',
                    action: 'crm.addNote',
                    input: { leadId: '{{steps.get.leadId}}', text: '{{item}}' },
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    const outer = s['For each lead'] as { ItemProcessor: { States: Record<string, AslState> } };
    const inner = outer.ItemProcessor.States['For each tag'] as {
      ItemSelector: Record<string, unknown>;
      ItemsPath: string;
      ItemProcessor: { States: Record<string, AslState> };
    };
    expect(inner.ItemsPath).toBe('$.steps.get.lead.tags');
    expect(inner.ItemSelector['outer.$']).toBe('States.JsonMerge($.outer, $.steps, false)');
    // itemIndex repeats across outer iterations: the path of indexes keeps the idempotency key unique.
    expect(inner.ItemSelector['itemPath.$']).toBe("States.Format('{}.{}', $.index, $$.Map.Item.Index)");
    expect(inner.ItemProcessor.States['Add note: [item]']).toMatchObject({
      Parameters: {
        input: { 'leadId.$': '$.outer.get.leadId', 'text.$': '$.item' },
        meta: { 'itemIndex.$': '$.index', 'itemPath.$': '$.itemPath' },
      },
    });
    expect(outer).not.toHaveProperty(['ItemSelector', 'itemPath.$']);
  });
});

describe('asl-validator', () => {
  it('GIVEN every definition compiled in this file WHEN checked with asl-validator THEN none has a problem', () => {
    expect(compiledHere.length).toBeGreaterThan(5);
    expect(aslProblemsBatch(compiledHere)).toStrictEqual([]);
  });
});
