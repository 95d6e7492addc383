import type { GatewayRoute } from '../../../infra/api-routes';
import { ofType, s } from './resources';

/** A route of the synthesized stack: its API, authorizer and the function its integration invokes. */
export interface SynthRoute extends GatewayRoute {
  readonly key: string;
  readonly api: 'Api' | 'MachineApi';
  readonly auth: string;
  /** The function's logical id. */
  readonly fnId: string | undefined;
  /** The function's deployed name without the stack prefix (`api`, `api-workflows`, …). */
  readonly fn: string | undefined;
}

const functionIdOf = (integrationId: string): string | undefined => {
  const uri = JSON.stringify(s.resources[integrationId]?.Properties?.IntegrationUri);
  return /"Fn::GetAtt":\["([^"]+)","Arn"\]/.exec(uri)?.[1];
};

/** Every API Gateway route of the synthesized default stack (useSynthesizedStack). */
export const synthRoutes = (): SynthRoute[] =>
  ofType('AWS::ApiGatewayV2::Route').map(([, r]) => {
    const p = r.Properties as {
      RouteKey: string;
      ApiId: unknown;
      Target?: unknown;
      AuthorizationType?: string;
    };
    const [method, path] = p.RouteKey.split(' ') as [GatewayRoute['method'], string];
    const fnId = functionIdOf(/"Ref":"([^"]+)"/.exec(JSON.stringify(p.Target))?.[1] ?? '');
    const name = fnId ? String(s.resources[fnId]?.Properties?.FunctionName ?? '') : '';
    return {
      key: p.RouteKey,
      method,
      path,
      api: JSON.stringify(p.ApiId).includes('MachineApi') ? 'MachineApi' : 'Api',
      auth: p.AuthorizationType ?? 'NONE',
      fnId,
      fn: name.replace(/^dynaris-dev-/, '') || undefined,
    };
  });
