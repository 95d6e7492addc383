import { StateMachine } from 'aws-local-stepfunctions';
import { describe, expect, it } from 'vitest';
import { type AslState, compileWorkflow, placeholderResolver } from '../../../statemachines/compile';
import { WorkflowDefinition } from '../../../statemachines/schema';
import { FN, setup } from '../../support/engine-harness';

/**
 * The states an if step with `contains` compiles to (probe Choice, ArrayContains Pass, the step's Choice), run on
 * sample data by aws-local-stepfunctions and by the local runtime's engine (LocalEngine, with its fast paths):
 * both answer the same, and no value of the field fails the run.
 */

const decisionMachine = (condition: unknown) => {
  const def = WorkflowDefinition.parse({
    name: 'Lists',
    trigger: { type: 'manual' },
    steps: [{ id: 'c', if: condition, then: [{ id: 'yes', action: 'log', input: { message: 'y' } }] }],
  });
  const compiled = compileWorkflow(def, { resolver: placeholderResolver });
  const all = compiled.definition.States;
  const decision = compiled.stateNames.c as string;
  const states: Record<string, AslState> = {};
  for (const [name, state] of Object.entries(all))
    if (name.startsWith('Is ') || name.startsWith('Does ')) states[name] = state;
  const choice = all[decision] as Extract<AslState, { Type: 'Choice' }>;
  states[decision] = {
    ...choice,
    Choices: choice.Choices.map((rule) => ({ ...rule, Next: 'Yes' })),
    Default: 'No',
  };
  states.Yes = { Type: 'Pass', Result: 'yes', ResultPath: '$.answer', End: true };
  states.No = { Type: 'Pass', Result: 'no', ResultPath: '$.answer', End: true };
  const startAt = Object.keys(states).find((n) => n.startsWith('Is ')) ?? decision;
  return { StartAt: startAt, States: states };
};

const byLibrary = async (machine: unknown, trigger: Record<string, unknown>) => {
  const sm = new StateMachine(machine as never, { validationOptions: { noValidate: true } });
  const out = (await sm.run({ trigger } as never).result) as { answer: string };
  return out.answer;
};

const byEngine = async (machine: unknown, trigger: Record<string, unknown>) => {
  const { engine, register } = setup({ [FN]: () => null });
  const arn = register(machine);
  const { executionArn } = await engine.startExecution({
    stateMachineArn: arn,
    name: 'run',
    input: { trigger },
  });
  const done = await engine.waitForExecution(executionArn);
  if (done.status !== 'SUCCEEDED') return `${done.status} ${done.error?.error ?? ''}`;
  const output: unknown = typeof done.output === 'string' ? JSON.parse(done.output) : done.output;
  return (output as { answer: string }).answer;
};

/** The field absent from the trigger. */
const MISSING = '(missing)';
const CASES: { condition: unknown; yes: unknown[]; no: unknown[] }[] = [
  {
    condition: { path: 'trigger.v', contains: 'truck accident' },
    yes: [['vip', 'truck accident'], ['truck accident'], 'a truck accident today'],
    no: [
      ['vip'],
      [],
      MISSING,
      null,
      'vip',
      5,
      true,
      { a: 'truck accident' },
      [['truck accident']],
      ['Truck Accident'],
    ],
  },
  {
    condition: { path: 'trigger.v', contains: 5 },
    yes: [[1, 5], [5.0]],
    no: [['5'], [], MISSING, null, '5', 5, [[5]]],
  },
  {
    condition: { path: 'trigger.v', contains: "O'Brien {x}" },
    yes: [["O'Brien {x}"], ["Mr O'Brien {x}!", "O'Brien {x}"], "Mr O'Brien {x}!"],
    // On a list, membership is equality with an element, never text inside one.
    no: [["O\\'Brien {x}"], ["O'Brien"], ["Mr O'Brien {x}!"], MISSING],
  },
  {
    condition: { not: { path: 'trigger.v', contains: 'vip' } },
    yes: [['gold'], [], MISSING, null],
    no: [['vip'], 'vip list'],
  },
  {
    condition: {
      all: [
        { path: 'trigger.v', contains: 'vip' },
        { path: 'trigger.w', contains: 'greg@acme.test' },
      ],
    },
    yes: [['vip']],
    no: [['gold'], MISSING],
  },
];

describe('contains on a list, run by both engines', () => {
  for (const { condition, yes, no } of CASES) {
    it(`GIVEN ${JSON.stringify(condition)} WHEN run on sample values by aws-local-stepfunctions and by LocalEngine THEN both take the then branch exactly for ${JSON.stringify(yes)}`, async () => {
      const machine = decisionMachine(condition);
      const w = ['greg@acme.test'];
      const answers = async (value: unknown) => {
        const trigger = value === MISSING ? { w } : { v: value, w };
        return [await byLibrary(machine, trigger), await byEngine(machine, trigger)];
      };
      for (const value of yes) expect([value, await answers(value)]).toStrictEqual([value, ['yes', 'yes']]);
      for (const value of no) expect([value, await answers(value)]).toStrictEqual([value, ['no', 'no']]);
    });
  }
});
