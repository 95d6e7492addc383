import { beforeAll, describe, expect, it } from 'vitest';
import { AGENTS } from '../../statemachines/catalogue';
import { functionRoleId, resourcesFor, roleStatements, type Synthesized, synth } from './support/synth';

let s: Synthesized;
beforeAll(() => {
  s = synth({});
});

const statementsOf = (service: string) =>
  roleStatements(s.resources, functionRoleId(s.resources, `dynaris-dev-${service}`));

/** ai.task on AWS: the supervisor has the chosen agent's function perform the action (functions/adapters/lambda-agents.ts). */
describe('IAM of the supervisor invoking the agents', () => {
  it("GIVEN the supervisor WHEN ai.task runs an agent's action THEN it may invoke exactly the agent functions, which it is told by name", () => {
    const invoke = resourcesFor(statementsOf('supervisor'), 'lambda:InvokeFunction');
    expect(invoke).toHaveLength(AGENTS.length);
    for (const agent of AGENTS)
      expect(invoke.filter((r) => r.includes(`Functionsagent${agent}`))).toHaveLength(1);
    expect(invoke.every((r) => r.endsWith('.Arn>'))).toBe(true);
    const supervisor = Object.values(s.resources).find(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.FunctionName === 'dynaris-dev-supervisor',
    );
    const env = supervisor?.Properties.Environment as { Variables?: Record<string, unknown> } | undefined;
    const named = JSON.stringify(env?.Variables?.AGENT_FUNCTION_ARNS ?? null);
    for (const agent of AGENTS) expect(named).toContain(`"${agent}\\":`);
    for (const agent of AGENTS) expect(named).toMatch(new RegExp(`Functionsagent${agent}[0-9A-F]{8}","Arn"`));
  });
});
