import { createApiDeps } from '../../functions/api/app';
import type { ApiDeps } from '../../functions/api/context';
import type { CollectionAdapter, DataModules } from '../../functions/api/data-modules';
import { hashApiKey } from '../../functions/api/middleware/auth';
import type { DeliveryStore } from '../../functions/data/deliveries';
import type { RunRecord } from '../../functions/data/runs';
import { TenantSettingsPatch } from '../../functions/data/tenants';
import { summarizeTrigger, type WorkflowRecord } from '../../functions/data/workflows';
import { ConflictError, NotFoundError } from '../../functions/shared/errors';
import { NO_METRICS } from '../../functions/shared/metrics';
import type { Platform } from '../../functions/shared/platform';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { fakeEngine, manualClock } from './api-platform';

/**
 * In-memory stand-ins for the repositories, for unit tests of the API (no database, no network). They keep the
 * behaviour routes rely on: tenant-scoped maps, NotFound for absent ids, Conflict on stale versions.
 */

export const FAKE_KEYS = { a: 'key-tenant-a', b: 'key-tenant-b' } as const;

const page = <T>(items: T[]) => ({ items });

const fakeCollection = (): CollectionAdapter => {
  const items = new Map<string, Record<string, unknown>>();
  let n = 0;
  const key = (t: string, id: string) => `${t}/${id}`;
  return {
    async list(tenantId) {
      return page([...items.entries()].filter(([k]) => k.startsWith(`${tenantId}/`)).map(([, v]) => v));
    },
    async create(tenantId, body) {
      const item = { ...(body as object), id: `item-${++n}`, version: 1 };
      items.set(key(tenantId, item.id), item);
      return { item, events: [] };
    },
    async get(tenantId, id) {
      return items.get(key(tenantId, id));
    },
    async update(tenantId, id, body) {
      const current = items.get(key(tenantId, id));
      if (!current) throw new NotFoundError('item', id);
      const item = { ...current, ...(body as object) };
      items.set(key(tenantId, id), item);
      return { item, events: [] };
    },
    async remove(tenantId, id) {
      if (!items.delete(key(tenantId, id))) throw new NotFoundError('item', id);
      return { item: null, events: [] };
    },
  };
};

export const fakePlatform = (): Platform => {
  const clock = manualClock();
  return {
    mode: 'local',
    db: { doc: undefined as never, tableName: 'none' },
    bus: { publish: async () => undefined },
    engine: fakeEngine(clock),
    mailer: { send: async () => ({ messageId: 'm' }) },
    fetch: async () => new Response('{}'),
    llm: undefined,
    secrets: { encrypt: async (p) => `enc:${p}`, decrypt: async (c) => c.slice(4) },
    files: { put: async () => undefined, get: async () => undefined, delete: async () => undefined },
    clock,
    metrics: NO_METRICS,
    provisioner: { requestProvision: async () => undefined },
    fromAddress: 'robot@example.com',
  };
};

/** ApiDeps over in-memory fakes: tenant-a and tenant-b with FAKE_KEYS, tenant-a's webhook secret `whsec-a…`. */
export const fakeApiDeps = (): ApiDeps & { ids: string[] } => {
  const platform = fakePlatform();
  const clock = platform.clock;
  const keys = new Map([
    [hashApiKey(FAKE_KEYS.a), { tenantId: 'tenant-a', keyId: 'ka' }],
    [hashApiKey(FAKE_KEYS.b), { tenantId: 'tenant-b', keyId: 'kb' }],
  ]);
  const workflows = new Map<string, WorkflowRecord>();
  const runs = new Map<string, RunRecord>();
  const deliveries = new Map<string, string>();
  const now = () => clock.now().toISOString();
  const record = (tenantId: string, id: string, definition: WorkflowDefinition): WorkflowRecord => ({
    tenantId,
    workflowId: id,
    name: definition.name,
    description: definition.description ?? null,
    status: 'enabled',
    statusReason: null,
    trigger: summarizeTrigger(definition.trigger),
    autoMode: null,
    definition,
    currentVersion: 1,
    deployed: {
      stateMachineArn: `arn:aws:states:::stateMachine:${id}`,
      scheduleArn: null,
      subscriptionKey: null,
      version: 1,
      deployedAt: now(),
    },
    createdAt: now(),
    updatedAt: now(),
    createdBy: null,
    updatedBy: null,
  });
  const wf = (t: string, id: string) => {
    const w = workflows.get(`${t}/${id}`);
    if (!w) throw new NotFoundError('Workflow', id);
    return w;
  };
  const setWf = (w: WorkflowRecord) => {
    workflows.set(`${w.tenantId}/${w.workflowId}`, w);
    return w;
  };
  const seed: WorkflowDefinition = {
    name: 'Seed',
    trigger: { type: 'event', event: 'lead.created' },
    steps: [
      {
        id: 'welcome' as never,
        action: 'email.send',
        input: { to: '{{trigger.lead.email}}', subject: 'Hi', body: 'Hello' },
      },
    ],
  };
  setWf(record('tenant-a', 'wf-seed', seed));
  runs.set('tenant-a/run-seed', {
    tenantId: 'tenant-a',
    runId: 'run-seed',
    workflowId: 'wf-seed',
    workflowName: 'Seed',
    version: 1,
    executionId: 'arn:exec:run-seed',
    status: 'failed',
    triggerType: 'manual',
    eventId: null,
    dryRun: false,
    autoMode: true,
    startedAt: now(),
    endedAt: now(),
    steps: null,
    error: null,
    llmUsage: null,
    redriveCount: 0,
    updatedAt: now(),
  });

  const base = createApiDeps(platform, {
    log: () => undefined,
    rateLimit: { burst: 1e9, ratePerSecond: 1e9 },
  });
  const deliveryStore: DeliveryStore = {
    async claim(t, s, d, eventId) {
      const k = `${t}/${s}/${d}`;
      if (deliveries.has(k)) return { outcome: 'duplicate', status: 'published', eventId };
      deliveries.set(k, eventId);
      return { outcome: 'claimed' };
    },
    markPublished: async () => undefined,
    release: async () => undefined,
    useSignature: async (_t, _s, d) => d,
  };
  const data: DataModules = Object.fromEntries(
    ['leads', 'contacts', 'bookings', 'invoices', 'files', 'knowledge'].map((c) => [c, fakeCollection()]),
  );

  const deps: ApiDeps = {
    ...base,
    tenants: {
      findApiKey: async (hash: string) => keys.get(hash),
      getTenantSettings: async (tenantId: string) => ({
        tenantId,
        autoMode: true,
        timezone: 'UTC',
        businessHours: {},
        team: [],
        httpAllowList: [],
        integrations: { slack: { configured: false, webhookUrl: null } },
        webhookSecretConfigured: false,
        version: 0,
        updatedAt: null,
      }),
      updateSettings: async (tenantId: string, patch: unknown) => ({
        tenantId,
        ...TenantSettingsPatch().parse(patch),
      }),
    } as unknown as ApiDeps['tenants'],
    workflows: {
      get: async (t: string, id: string) => workflows.get(`${t}/${id}`),
      create: async (t: string, def: WorkflowDefinition) => setWf(record(t, `wf-${workflows.size + 1}`, def)),
      list: async (t: string) => page([...workflows.values()].filter((w) => w.tenantId === t)),
      saveVersion: async (t: string, id: string, def: WorkflowDefinition, expected: number) => {
        const w = wf(t, id);
        if (w.currentVersion !== expected) throw new ConflictError('stale');
        return setWf({ ...w, definition: def, currentVersion: expected + 1 });
      },
      enable: async (t: string, id: string) => setWf({ ...wf(t, id), status: 'enabled' }),
      disable: async (t: string, id: string) => setWf({ ...wf(t, id), status: 'disabled' }),
      setStatus: async (t: string, id: string, status: WorkflowRecord['status']) =>
        setWf({ ...wf(t, id), status }),
      markDeleting: async (t: string, id: string) => setWf({ ...wf(t, id), status: 'deleting' }),
      // Only the current version is kept here.
      listVersions: async (t: string, id: string) => {
        const w = wf(t, id);
        return page([
          { workflowId: id, version: w.currentVersion, definition: w.definition, savedAt: w.updatedAt },
        ]);
      },
      getVersion: async (t: string, id: string, version: number) => {
        const w = wf(t, id);
        if (version !== w.currentVersion) throw new NotFoundError(`Version ${version} of workflow`, id);
        return { workflowId: id, version, definition: w.definition, savedAt: w.updatedAt };
      },
    } as unknown as ApiDeps['workflows'],
    runs: {
      get: async (t: string, id: string) => runs.get(`${t}/${id}`),
      create: async (t: string, run: Omit<RunRecord, 'tenantId'>) => {
        const r = {
          ...run,
          tenantId: t,
          status: 'running',
          endedAt: null,
          steps: null,
          error: null,
        } as RunRecord;
        runs.set(`${t}/${run.runId}`, r);
        return { run: r, created: true };
      },
      transition: async (t: string, id: string, status: RunRecord['status']) => {
        const r = runs.get(`${t}/${id}`);
        if (!r) throw new NotFoundError('Run', id);
        const next = { ...r, status };
        runs.set(`${t}/${id}`, next);
        return { run: next, changed: true };
      },
      listByWorkflow: async (t: string, w: string) =>
        page([...runs.values()].filter((r) => r.tenantId === t && r.workflowId === w)),
      listByTenant: async (t: string) => page([...runs.values()].filter((r) => r.tenantId === t)),
    } as unknown as ApiDeps['runs'],
    approvals: {
      listPending: async () => page([]),
      listByRun: async () => page([]),
      decide: async (_t: string, id: string) => {
        throw new NotFoundError('Approval', id);
      },
      // Redrive and cancel expire a run's pending approvals (none here).
      expireForRun: async () => 0,
    } as unknown as ApiDeps['approvals'],
    logs: {
      listByRun: async () => page([]),
      listByTenant: async () => page([]),
    } as unknown as ApiDeps['logs'],
    activity: { list: async () => page([]) } as unknown as ApiDeps['activity'],
    data,
    reopenFailedRun: async (t: string, id: string) => {
      const r = runs.get(`${t}/${id}`);
      if (r?.status !== 'failed' && r?.status !== 'cancelled') return false;
      runs.set(`${t}/${id}`, { ...r, status: 'running', endedAt: null });
      return true;
    },
    webhooks: {
      secrets: {
        secretFor: async (t: string) =>
          t === 'tenant-a' ? { kind: 'secret' as const, secrets: ['whsec-a-0123456789abcdef'] } : undefined,
      },
      deliveries: deliveryStore,
      bus: platform.bus,
      clock,
    },
  };
  return { ...deps, ids: ['wf-seed', 'run-seed', 'tenant-a', 'tenant-b', 'item-1', 'lead-1'] };
};
