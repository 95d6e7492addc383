import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AslState,
  type AslStateMachine,
  allStates,
  compileWorkflow,
  MAX_STATE_NAME,
  placeholderResolver,
} from '../../statemachines/compile';
import { walkSteps } from '../../statemachines/schema';
import { validateWorkflow } from '../../statemachines/validate';
import { aslProblemsBatch } from '../support/asl-batch';
import { runWorkflow, TaskError } from '../support/compiled-run';
import { SAMPLE_TRIGGER, validWorkflow } from '../support/workflow-arbitrary';

/** Every transition target of a machine exists in that machine (branches and Map processors are separate scopes). */
const danglingTargets = (machine: AslStateMachine): string[] => {
  const problems: string[] = [];
  const names = new Set(Object.keys(machine.States));
  const check = (from: string, to: string | undefined) => {
    if (to !== undefined && !names.has(to)) problems.push(`${from} -> ${to}`);
  };
  check('StartAt', machine.StartAt);
  for (const [name, state] of Object.entries(machine.States) as [
    string,
    AslState & Record<string, unknown>,
  ][]) {
    check(name, state.Next as string | undefined);
    check(name, state.Default as string | undefined);
    for (const c of (state.Catch as { Next: string }[] | undefined) ?? []) check(name, c.Next);
    for (const c of (state.Choices as { Next: string }[] | undefined) ?? []) check(name, c.Next);
    if (state.Type === 'Parallel') for (const b of state.Branches) problems.push(...danglingTargets(b));
    if (state.Type === 'Map') problems.push(...danglingTargets(state.ItemProcessor));
  }
  return problems;
};

/** States no transition reaches (Step Functions refuses them). */
const unreachable = (machine: AslStateMachine): string[] => {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const state = machine.States[name] as (AslState & Record<string, unknown>) | undefined;
    if (!state) return;
    const next = [
      state.Next,
      state.Default,
      ...((state.Catch as { Next: string }[] | undefined) ?? []).map((c) => c.Next),
      ...((state.Choices as { Next: string }[] | undefined) ?? []).map((c) => c.Next),
    ];
    for (const n of next) if (typeof n === 'string') visit(n);
  };
  visit(machine.StartAt);
  const nested = Object.values(machine.States).flatMap((s) =>
    s.Type === 'Parallel'
      ? s.Branches.flatMap(unreachable)
      : s.Type === 'Map'
        ? unreachable(s.ItemProcessor)
        : [],
  );
  return [...Object.keys(machine.States).filter((n) => !seen.has(n)), ...nested];
};

describe('property: random valid workflows compile to sound state machines', () => {
  it('GIVEN random valid definitions WHEN compiled THEN state names are unique, at most 80 characters, every step is named, every transition lands and nothing is unreachable', () => {
    fc.assert(
      fc.property(validWorkflow, (raw) => {
        const report = validateWorkflow(raw, { checkLimits: false });
        expect(report.issues).toStrictEqual([]);
        const def = report.definition!;
        const compiled = compileWorkflow(def, { resolver: placeholderResolver });
        const names = [...allStates(compiled.definition)].map(([name]) => name);
        expect(new Set(names).size).toBe(names.length);
        for (const name of names) expect(name.length).toBeLessThanOrEqual(MAX_STATE_NAME);
        expect(compiled.stateCount).toBe(names.length);
        const ids = [...walkSteps(def.steps)].map(({ step }) => step.id).sort();
        expect(Object.keys(compiled.stateNames).sort()).toStrictEqual(ids);
        for (const stateName of Object.values(compiled.stateNames)) expect(names).toContain(stateName);
        expect(danglingTargets(compiled.definition)).toStrictEqual([]);
        expect(unreachable(compiled.definition)).toStrictEqual([]);
        expect(JSON.parse(compiled.json)).toStrictEqual(compiled.definition);
        // Deterministic: the same definition always gives the same state machine (no needless redeploys).
        expect(compileWorkflow(def, { resolver: placeholderResolver }).json).toBe(compiled.json);
        if (compiled.type === 'EXPRESS') expect(compiled.json).not.toContain('waitForTaskToken');
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN a batch of random valid definitions WHEN checked with asl-validator THEN every one is valid ASL', () => {
    const seed = Date.now() % 2 ** 31;
    const defs = fc.sample(validWorkflow, { numRuns: 150, seed }).map((raw) => {
      const report = validateWorkflow(raw, { checkLimits: false });
      expect(report.issues).toStrictEqual([]);
      return compileWorkflow(report.definition!, { resolver: placeholderResolver }).definition;
    });
    // Problems name the definition by its index ("12|State name"); rerun fc.sample with this seed to see it.
    expect({ seed, problems: aslProblemsBatch(defs) }).toStrictEqual({ seed, problems: [] });
  });

  it('GIVEN random valid definitions WHEN executed in aws-local-stepfunctions with answering agents THEN every run completes (finished or rejected), never a runtime error', async () => {
    await fc.assert(
      fc.asyncProperty(validWorkflow, fc.boolean(), fc.boolean(), async (raw, replies, approve) => {
        const report = validateWorkflow(raw, { checkLimits: false });
        expect(report.issues).toStrictEqual([]);
        const def = report.definition!;
        const leads = [
          { ...SAMPLE_TRIGGER.lead, id: 'a', email: 'a@acme.test' },
          { ...SAMPLE_TRIGGER.lead, id: 'b', email: 'b@acme.test', value: 5 },
        ];
        const r = await runWorkflow(def, {
          trigger: SAMPLE_TRIGGER,
          actions: { 'crm.findLeads': () => ({ leads, count: leads.length }) },
          waits: () => {
            if (replies)
              return { event: { leadId: 'a', subject: "Re: {it's}" }, eventId: 'e', receivedAt: 'now' };
            throw new TaskError('States.Timeout');
          },
          approvals: () => {
            if (approve) return { approved: true, by: 'o', at: 'now', comment: 'ok' };
            throw new TaskError('ApprovalRejected', '{"by":"o","at":"now","comment":null}');
          },
        });
        expect({ status: r.status, error: r.error }).toStrictEqual({ status: 'SUCCEEDED', error: undefined });
        expect(r.inputsOf('Record failure')).toStrictEqual([]);
        const finished = r.inputsOf('Finish run').length + r.inputsOf('Finish rejected run').length;
        expect(finished).toBe(1);
      }),
      { numRuns: 60 },
    );
  });
});
