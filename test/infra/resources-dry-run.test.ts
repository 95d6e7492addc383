import { describe, expect, it } from 'vitest';
import { synthRoutes } from './support/api-routes';
import { ofType, s, useSynthesizedStack } from './support/resources';

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
  it('GIVEN the synthesized stack WHEN reading the routes THEN POST /workflows/{id}/test goes to the dry-run function on both APIs, with the JWT authorizer on the main one', () => {
    const dryRun = functionNamed('api-dry-run');
    const api = functionNamed('api');
    expect(dryRun).toBeDefined();
    const test = routes().filter((r) => r.key === 'POST /workflows/{id}/test');
    expect(test).toHaveLength(2);
    for (const r of test) expect(r.fn, r.api).toBe(dryRun);
    expect(test.find((r) => r.api.includes('ApiHttpApi'))?.auth).toBe('JWT');
    // Every path no other function takes still goes to the api function (the groups: api-routing.test.ts).
    const proxies = routes().filter((r) => r.key.endsWith(' /{proxy+}'));
    expect(proxies.length).toBeGreaterThan(0);
    for (const r of proxies) expect(r.fn, r.key).toBe(api);
  });

  it('GIVEN the synthesized stack WHEN reading the routes THEN POST /assistant/workflows goes to the assistant function on both APIs', () => {
    const assistant = functionNamed('api-assistant');
    expect(assistant).toBeDefined();
    const routed = routes().filter((r) => r.key === 'POST /assistant/workflows');
    expect(routed).toHaveLength(2);
    for (const r of routed) expect(r.fn, r.api).toBe(assistant);
    expect(routed.find((r) => r.api.includes('ApiHttpApi'))?.auth).toBe('JWT');
  });

  it('GIVEN the dry-run function WHEN synthesized THEN it has the api function’s memory and may be invoked by API Gateway', () => {
    const dryRun = functionNamed('api-dry-run') as string;
    expect(s.resources[dryRun]?.Properties?.MemorySize).toBe(1024);
    const permissions = ofType('AWS::Lambda::Permission').filter(([, p]) =>
      JSON.stringify(p.Properties?.FunctionName).includes(dryRun),
    );
    expect(permissions.map(([, p]) => p.Properties?.Principal)).toContain('apigateway.amazonaws.com');
  });
});
