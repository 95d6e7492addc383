import { beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalogFromEnv } from '../../functions/data/built-in-workflows';
import { TEMPLATE_IDS } from '../../statemachines/templates';
import { render, type Synthesized, synth, TEST_ACCOUNT, TEST_REGION, TEST_TENANT } from './support/synth';

let s: Synthesized;
beforeAll(() => {
  s = synth({});
});

const functionNamed = (name: string) =>
  Object.values(s.resources).find(
    (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.FunctionName === name,
  ) as { Properties: { Environment?: { Variables?: Record<string, unknown> } } } | undefined;

/** The variable as the function gets it, with the stack's pseudo parameters given concrete values. */
const deployedValue = (name: string): string | undefined => {
  const raw = functionNamed(name)?.Properties.Environment?.Variables?.BUILT_IN_WORKFLOWS;
  if (raw === undefined) return undefined;
  return render(raw)
    .replaceAll('<AWS::Partition>', 'aws')
    .replaceAll('<AWS::Region>', TEST_REGION)
    .replaceAll('<AWS::AccountId>', TEST_ACCOUNT);
};

const machineNames = () =>
  Object.values(s.resources)
    .filter((r) => r.Type === 'AWS::StepFunctions::StateMachine')
    .map((r) => String(r.Properties.StateMachineName));

describe('the API is told the built-in workflows', () => {
  it.each(['dynaris-dev-api', 'dynaris-dev-api-workflows'])(
    'GIVEN every template deployed as a built-in WHEN synthesized THEN %s gets BUILT_IN_WORKFLOWS naming each template and the ARN of the machine deployed for it',
    (fn) => {
      const value = deployedValue(fn);
      expect(value).toBeDefined();
      const config = JSON.parse(value as string) as {
        tenantId: string;
        workflows: { templateId: string; stateMachineArn: string }[];
      };
      expect(config.tenantId).toBe(TEST_TENANT);
      expect(config.workflows.map((w) => w.templateId)).toStrictEqual(TEMPLATE_IDS);
      const prefix = `arn:aws:states:${TEST_REGION}:${TEST_ACCOUNT}:stateMachine:`;
      expect(config.workflows.map((w) => w.stateMachineArn.replace(prefix, '')).sort()).toStrictEqual(
        machineNames().sort(),
      );
      // What the function checks at cold start accepts it.
      const catalog = builtInCatalogFromEnv({ BUILT_IN_WORKFLOWS: value });
      expect(catalog.list(TEST_TENANT)).toHaveLength(TEMPLATE_IDS.length);
    },
  );

  it('GIVEN no built-ins configured WHEN synthesized THEN the API is told an empty list', () => {
    const none = synth({ builtInWorkflows: [] });
    const api = Object.values(none.resources).find(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.FunctionName === 'dynaris-dev-api',
    );
    expect(api).toBeDefined();
    const variables = (api?.Properties.Environment ?? {}) as { Variables?: Record<string, unknown> };
    const value = render(variables.Variables?.BUILT_IN_WORKFLOWS);
    expect(JSON.parse(value)).toStrictEqual({ tenantId: TEST_TENANT, workflows: [] });
  });
});
