import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../functions/api/app';
import { API_ROUTE_PLAN, type ApiTarget, machineMethods, selectGatewayRoute } from '../../infra/api-routes';
import { FUNCTION_ENTRIES } from '../../infra/constructs/functions';
import { API_FUNCTIONS } from '../support/api-deployed';
import { synthRoutes } from './support/api-routes';
import { ofType, useSynthesizedStack } from './support/resources';

useSynthesizedStack();

/** The deployed function name of each target of the route plan. */
const FUNCTION_OF: Record<ApiTarget, string> = {
  api: 'api',
  workflows: 'api-workflows',
  data: 'api-data',
  docs: 'api-docs',
  assistant: 'api-assistant',
  webhooks: 'webhooks',
};
const TARGET_OF = Object.fromEntries(Object.entries(FUNCTION_OF).map(([t, f]) => [f, t as ApiTarget]));

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** A request path for a route's template: `/workflows/{id}` -> `/workflows/x-id`. */
const concrete = (path: string) => path.replace(/\{([^}+]+)\}/g, 'x-$1');

describe('the API split across functions by route group', () => {
  it('GIVEN the synthesized stack WHEN every route of the API is requested with every method on both APIs THEN API Gateway sends it to a function whose route table knows the path, and the route itself to one that serves it', () => {
    const routes = synthRoutes();
    for (const apiName of ['Api', 'MachineApi'] as const) {
      const own = routes.filter((r) => r.api === apiName);
      for (const route of API_ROUTES) {
        for (const method of METHODS) {
          const chosen = selectGatewayRoute(own, method, concrete(route.path));
          const where = `${apiName} ${method} ${route.path}`;
          expect(chosen?.fn, where).toBeDefined();
          const table = API_FUNCTIONS[TARGET_OF[chosen?.fn ?? ''] as ApiTarget]?.routes ?? [];
          expect(
            table.some((r) => r.path === route.path),
            `${where} -> ${chosen?.fn}`,
          ).toBe(true);
          if (method === route.method)
            expect(
              table.some((r) => r.method === method && r.operationId === route.operationId),
              `${where} -> ${chosen?.fn}`,
            ).toBe(true);
        }
      }
    }
  });

  it('GIVEN the synthesized stack WHEN reading the routes THEN each is the route plan: the plan’s function, the JWT authorizer on the main API for every authenticated route, none for the public and webhook ones', () => {
    const routes = synthRoutes();
    for (const plan of API_ROUTE_PLAN) {
      for (const method of plan.methods) {
        const main = routes.find((r) => r.api === 'Api' && r.method === method && r.path === plan.path);
        expect(main?.fn, `${method} ${plan.path}`).toBe(FUNCTION_OF[plan.target]);
        expect(main?.auth, `${method} ${plan.path}`).toBe(plan.access === 'authenticated' ? 'JWT' : 'NONE');
      }
      for (const method of machineMethods(plan)) {
        const machine = routes.find(
          (r) => r.api === 'MachineApi' && r.method === method && r.path === plan.path,
        );
        expect(machine?.fn, `machine ${method} ${plan.path}`).toBe(FUNCTION_OF[plan.target]);
        expect(machine?.auth).toBe('NONE');
      }
    }
    // Nothing else: every synthesized route is one of the plan's.
    expect(routes.length).toBe(
      API_ROUTE_PLAN.reduce((n, p) => n + p.methods.length + machineMethods(p).length, 0),
    );
  });

  it('GIVEN a request to a route of a tenant WHEN it reaches the main API THEN the JWT authorizer guards it, and the public and webhook routes only are open', () => {
    const main = synthRoutes().filter((r) => r.api === 'Api');
    for (const route of API_ROUTES) {
      const chosen = selectGatewayRoute(main, route.method, concrete(route.path));
      expect(chosen?.auth, `${route.method} ${route.path}`).toBe(route.auth === 'tenant' ? 'JWT' : 'NONE');
    }
  });

  it('GIVEN the API functions WHEN synthesized THEN each may be invoked by API Gateway, once per API rather than once per route', () => {
    for (const name of Object.values(FUNCTION_OF)) {
      expect(FUNCTION_ENTRIES[name], name).toBeDefined();
      const logicalId = ofType('AWS::Lambda::Function').find(
        ([, r]) => r.Properties?.FunctionName === `dynaris-dev-${name}`,
      )?.[0] as string;
      const invokes = ofType('AWS::Lambda::Permission').filter(
        ([, p]) =>
          JSON.stringify(p.Properties?.FunctionName).includes(`"${logicalId}"`) &&
          p.Properties?.Principal === 'apigateway.amazonaws.com',
      );
      expect(invokes.length, name).toBeGreaterThanOrEqual(1);
      expect(invokes.length, name).toBeLessThanOrEqual(2);
    }
  });
});
