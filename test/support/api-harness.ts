import type { ApiOptions } from '../../functions/api/app';
import { createTenantRepository, type TenantRepository } from '../../functions/data/tenants';
import { createWorkflowRepository } from '../../functions/data/workflows';
import type { HttpEvent, HttpResult } from '../../functions/shared/http';
import { createDeployedApi } from './api-deployed';
import { startTestPlatform, type TestPlatform } from './api-platform';
import { type EventOptions, httpEvent, jsonOf } from './http-events';

/**
 * The API over dynalite, served by its functions as deployed (test/support/api-deployed.ts), with real repositories, a fake engine, bus and provisioner, and two tenants (A and B),
 * each with an API key. `call('GET', '/workflows', { as: 'a' })`.
 */
export interface ApiHarness {
  readonly platform: TestPlatform;
  readonly tenants: TenantRepository;
  readonly keys: { readonly a: string; readonly b: string };
  readonly handle: (event: HttpEvent) => Promise<HttpResult>;
  call(method: string, path: string, options?: CallOptions): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface CallOptions extends EventOptions {
  /** Tenant whose API key is sent; `none` sends no credentials. @default 'a' */
  readonly as?: 'a' | 'b' | 'none';
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  // Tests read arbitrary JSON shapes.
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted structurally
  readonly body: any;
  readonly raw: HttpResult;
}

export const TENANT_A = 'tenant-a';
export const TENANT_B = 'tenant-b';

export const stateMachineArnOf = (tenantId: string, workflowId: string) =>
  `arn:aws:states:us-east-1:000000000000:stateMachine:dynaris-${tenantId}-${workflowId}`;

export const startApiHarness = async (options: ApiOptions = {}): Promise<ApiHarness> => {
  const platform = await startTestPlatform();
  const tenants = createTenantRepository({
    db: platform.db,
    secrets: platform.secrets,
    clock: platform.clock,
  });
  const workflows = createWorkflowRepository({ db: platform.db, clock: platform.clock });
  // Stand-in provisioner: deploys enabled workflows, removes deleted ones (what the real one converges to).
  platform.onProvision = async (tenantId, workflowId) => {
    const wf = await workflows.get(tenantId, workflowId);
    if (!wf) return;
    if (wf.status === 'deleting') {
      await workflows.remove(tenantId, workflowId);
      return;
    }
    if (wf.status === 'enabled') {
      await workflows.setDeployment(tenantId, workflowId, {
        stateMachineArn: stateMachineArnOf(tenantId, workflowId),
        scheduleArn: wf.trigger.type === 'schedule' ? `arn:aws:scheduler:::schedule/${workflowId}` : null,
        subscriptionKey: wf.trigger.type === 'event' ? (wf.trigger.event ?? null) : null,
        version: wf.currentVersion,
      });
    }
  };
  const a = await tenants.createApiKey(TENANT_A, 'tests');
  const b = await tenants.createApiKey(TENANT_B, 'tests');
  // Routed as API Gateway routes it, to the functions as deployed (each with its own routes and dependencies).
  const handle = createDeployedApi(platform, { log: () => undefined, ...options });
  const keys = { a: a.key, b: b.key };
  return {
    platform,
    tenants,
    keys,
    handle,
    async call(method, path, callOptions = {}) {
      const as = callOptions.as ?? 'a';
      const headers = { ...(as === 'none' ? {} : { 'x-api-key': keys[as] }), ...callOptions.headers };
      const raw = await handle(httpEvent(method, path, { ...callOptions, headers }));
      return {
        status: raw.statusCode ?? 0,
        headers: (raw.headers ?? {}) as Record<string, string>,
        body: jsonOf(raw),
        raw,
      };
    },
    close: () => platform.close(),
  };
};

/** A valid event-triggered workflow. */
export const welcomeWorkflow = (name = 'Welcome new leads') => ({
  name,
  trigger: { type: 'event', event: 'lead.created' },
  steps: [
    {
      id: 'welcome',
      action: 'email.send',
      input: { to: '{{trigger.lead.email}}', subject: 'Welcome, {{trigger.lead.name}}', body: 'Hello' },
    },
  ],
});

/** A valid scheduled workflow. */
export const dailyWorkflow = (timezone?: string) => ({
  name: 'Daily summary',
  trigger: { type: 'schedule', cron: '0 17 * * ? *', ...(timezone ? { timezone } : {}) },
  steps: [{ id: 'sum', action: 'report.summarize', input: {} }],
});
