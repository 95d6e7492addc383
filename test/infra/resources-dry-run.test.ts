import { describe, expect, it } from 'vitest';
import { dryRunClientConfig } from '../../functions/api/remote-dry-runner';
import { selectGatewayRoute } from '../../infra/api-routes';
import { synthRoutes } from './support/api-routes';
import { ofType, s, useSynthesizedStack } from './support/resources';
import { functionRoleId, resourcesFor, roleStatements } from './support/synth';

useSynthesizedStack();

/** Routes by key, API and the logical id of the function they invoke. */
const routes = () =>
  synthRoutes().map((r) => ({
    key: r.key,
    api: r.api === 'Api' ? 'ApiHttpApi' : 'ApiMachineApi',
    auth: r.auth,
    fn: r.fnId,
  }));

const functionNamed = (name: string): string | undefined =>
  ofType('AWS::Lambda::Function').find(([, r]) => r.Properties?.FunctionName === `dynaris-dev-${name}`)?.[0];

describe('dry runs and the assistant have their own functions', () => {
  it('GIVEN the synthesized stack WHEN POST /workflows/{id}/test is requested THEN API Gateway sends it to api-workflows on both APIs (the JWT authorizer on the main one), and no route invokes the dry-run function', () => {
    const dryRun = functionNamed('api-dry-run');
    expect(dryRun).toBeDefined();
    for (const api of ['Api', 'MachineApi'] as const) {
      const own = synthRoutes().filter((r) => r.api === api);
      const chosen = selectGatewayRoute(own, 'POST', '/workflows/wf-1/test');
      expect(chosen?.fn, api).toBe('api-workflows');
      if (api === 'Api') expect(chosen?.auth).toBe('JWT');
    }
    expect(routes().filter((r) => r.fn === dryRun)).toStrictEqual([]);
  });

  it('GIVEN the synthesized stack WHEN reading the routes THEN POST /assistant/workflows goes to the assistant function on both APIs', () => {
    const assistant = functionNamed('api-assistant');
    expect(assistant).toBeDefined();
    const routed = routes().filter((r) => r.key === 'POST /assistant/workflows');
    expect(routed).toHaveLength(2);
    for (const r of routed) expect(r.fn, r.api).toBe(assistant);
    expect(routed.find((r) => r.api.includes('ApiHttpApi'))?.auth).toBe('JWT');
  });

  it('GIVEN the dry-run function WHEN synthesized THEN it has the api function’s memory, API Gateway may not invoke it, and api-workflows alone may, finding it by DRY_RUN_FUNCTION', () => {
    const dryRun = functionNamed('api-dry-run') as string;
    expect(s.resources[dryRun]?.Properties?.MemorySize).toBe(1024);
    const permissions = ofType('AWS::Lambda::Permission').filter(([, p]) =>
      JSON.stringify(p.Properties?.FunctionName).includes(dryRun),
    );
    expect(permissions).toStrictEqual([]);
    const invokers = ofType('AWS::Lambda::Function')
      .map(([, r]) => String(r.Properties?.FunctionName))
      .filter((name) => name.startsWith('dynaris-dev-'))
      .filter((name) =>
        resourcesFor(
          roleStatements(s.resources, functionRoleId(s.resources, name)),
          'lambda:InvokeFunction',
        ).some((arn) => arn.includes(dryRun)),
      );
    expect(invokers).toStrictEqual(['dynaris-dev-api-workflows']);
    const workflows = functionNamed('api-workflows') as string;
    const env = s.resources[workflows]?.Properties?.Environment as { Variables: Record<string, unknown> };
    expect(JSON.stringify(env.Variables.DRY_RUN_FUNCTION)).toContain(dryRun);
  });

  it('GIVEN the synthesized stack WHEN reading the dry-run route’s waits THEN api-dry-run’s timeout < api-workflows’ one Invoke attempt < the integration timeout API Gateway waits for api-workflows, with 4 s left for api-workflows’ own work', () => {
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'dynaris-dev-api-dry-run',
      Timeout: 20,
    });
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'dynaris-dev-api-workflows',
      Timeout: 30,
    });
    const workflows = functionNamed('api-workflows') as string;
    const integrations = ofType('AWS::ApiGatewayV2::Integration').filter(([, r]) =>
      JSON.stringify(r.Properties?.IntegrationUri).includes(workflows),
    );
    expect(integrations.map(([, r]) => r.Properties?.TimeoutInMillis)).toStrictEqual([29_000, 29_000]);
    s.template.allResourcesProperties('AWS::ApiGatewayV2::Integration', { TimeoutInMillis: 29_000 });
    const functionTimeoutMs =
      Number(s.resources[functionNamed('api-dry-run') as string]?.Properties?.Timeout) * 1000;
    const config = dryRunClientConfig();
    expect(config.maxAttempts).toBe(1);
    expect(config.requestHandler).toStrictEqual({ requestTimeout: 25_000, throwOnRequestTimeout: true });
    expect(functionTimeoutMs + 5_000).toBeLessThanOrEqual(config.requestHandler.requestTimeout);
    expect(config.requestHandler.requestTimeout + 4_000).toBeLessThanOrEqual(29_000);
  });
});
