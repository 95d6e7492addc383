import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_NAMES, getAction } from '../../statemachines/catalogue';
import {
  defaultActionTimeoutSeconds,
  FUNCTION_TIMEOUT_MARGIN_SECONDS,
} from '../../statemachines/compile/policy';
import { type Synthesized, synth } from './support/synth';

let s: Synthesized;
beforeAll(() => {
  s = synth({});
});

type Fn = { Properties: { FunctionName?: string; Timeout?: number } };

const functionTimeouts = (): Map<string, { name: string; timeout: number }> => {
  const out = new Map<string, { name: string; timeout: number }>();
  for (const [id, r] of Object.entries(s.resources)) {
    if (r.Type !== 'AWS::Lambda::Function') continue;
    const p = (r as unknown as Fn).Properties;
    out.set(id, { name: String(p.FunctionName), timeout: p.Timeout ?? 3 });
  }
  return out;
};

/** Every Task of a definition (nested branches and Map processors included) that invokes a function. */
const tasksOf = (
  states: Record<string, Record<string, unknown>>,
): { state: string; functionId: string; timeoutSeconds: number; callback: boolean }[] => {
  const out: { state: string; functionId: string; timeoutSeconds: number; callback: boolean }[] = [];
  for (const [name, state] of Object.entries(states)) {
    if (state.Type === 'Task') {
      const resource = String(state.Resource);
      const target = /function:([A-Za-z0-9]+)$/.exec(
        resource.startsWith('arn:aws:states:::lambda:invoke')
          ? String((state.Parameters as { FunctionName?: string }).FunctionName)
          : resource,
      );
      if (target?.[1]) {
        out.push({
          state: name,
          functionId: target[1],
          timeoutSeconds: Number(state.TimeoutSeconds ?? 60),
          callback: resource.endsWith('.waitForTaskToken'),
        });
      }
    }
    for (const branch of (state.Branches as { States: Record<string, Record<string, unknown>> }[]) ?? []) {
      out.push(...tasksOf(branch.States));
    }
    const processor = state.ItemProcessor as { States: Record<string, Record<string, unknown>> } | undefined;
    if (processor) out.push(...tasksOf(processor.States));
  }
  return out;
};

/** The deployed definition with each function reference written `function:<logical id>`. */
const definitionOf = (definitionString: unknown): { States: Record<string, Record<string, unknown>> } => {
  const part = (p: unknown): string => {
    if (typeof p === 'string') return p;
    const o = p as Record<string, unknown>;
    if ('Fn::GetAtt' in o) return `arn:aws:lambda:r:1:function:${(o['Fn::GetAtt'] as string[])[0]}`;
    if ('Ref' in o) return String(o.Ref);
    return JSON.stringify(o);
  };
  const text =
    typeof definitionString === 'string'
      ? definitionString
      : (definitionString as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1].map(part).join('');
  return JSON.parse(text);
};

describe('function timeouts against the Task timeouts that invoke them', () => {
  it('GIVEN every deployed state machine WHEN each Task is checked THEN its function outlasts the Task TimeoutSeconds by the margin (callbacks: the registration only)', () => {
    const fns = functionTimeouts();
    const checked: string[] = [];
    for (const r of Object.values(s.resources)) {
      if (r.Type !== 'AWS::StepFunctions::StateMachine') continue;
      for (const task of tasksOf(definitionOf(r.Properties.DefinitionString).States)) {
        const fn = fns.get(task.functionId);
        expect(fn, `${task.state}: function ${task.functionId}`).toBeDefined();
        // A callback Task's TimeoutSeconds covers the wait for the token; the invocation only registers it.
        const needed = (task.callback ? 30 : task.timeoutSeconds) + FUNCTION_TIMEOUT_MARGIN_SECONDS;
        expect(fn?.timeout, `${task.state} (${task.timeoutSeconds} s) on ${fn?.name}`).toBeGreaterThanOrEqual(
          needed,
        );
        checked.push(task.state);
      }
    }
    expect(checked.length).toBeGreaterThan(20);
  });

  it('GIVEN every catalogue action WHEN provisioned at run time THEN its function outlasts the action Task timeout by the margin', () => {
    const fns = [...functionTimeouts().values()];
    for (const action of ACTION_NAMES) {
      const performer = getAction(action)?.performer;
      if (!performer || performer.kind === 'integration') continue;
      const service = performer.kind === 'agent' ? `agent-${performer.agent}` : 'supervisor';
      const fn = fns.find((f) => f.name.endsWith(`-${service}`));
      expect(fn?.timeout, `${action} on ${service}`).toBeGreaterThanOrEqual(
        defaultActionTimeoutSeconds(action) + FUNCTION_TIMEOUT_MARGIN_SECONDS,
      );
    }
  });
});
