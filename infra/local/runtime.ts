import './quiet-logs';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  ScanCommand,
  type ScanCommandInput,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { EventBridgeEvent } from 'aws-lambda';
import {
  createLocalSecretBox,
  generateSecretsKey,
  LOCAL_SECRETS_KEY_ENV,
} from '../../functions/adapters/local-secrets';
import { API_ROUTES, createApiHandler } from '../../functions/api/app';
import { authenticate } from '../../functions/api/middleware/auth';
import { createDocumentClient } from '../../functions/data/client';
import { createRunRepository } from '../../functions/data/runs';
import { createSubscriptionStore } from '../../functions/data/subscriptions';
import { createTableInput } from '../../functions/data/table';
import { createTenantRepository } from '../../functions/data/tenants';
import { createWorkflowRepository } from '../../functions/data/workflows';
import {
  createRealClock,
  type EngineClock,
  isVirtualClock,
  VirtualClock,
} from '../../functions/engine/clock';
import { type EngineEvent, type ExecutionSnapshot, LocalEngine } from '../../functions/engine/local-engine';
import {
  createProvisioner,
  createProvisionStateStore,
  stateMachineName,
} from '../../functions/provisioner/provisioner';
import { type HttpEvent, type HttpResult, normalizeHeaders } from '../../functions/shared/http';
import { type Platform, setPlatform } from '../../functions/shared/platform';
import type { ProvisionerPort } from '../../functions/shared/ports';
import { stampingCause } from '../../functions/shared/task-context';
import { compileWorkflow } from '../../statemachines/compile';
import { nextFireTimes } from '../../statemachines/schedule';
import { LocalBus } from './bus';
import { consoleRunLog } from './console-log';
import { type RunningDynalite, startDynalite } from './dynalite';
import { createLocalFileStore } from './files';
import { LOCAL_ACCOUNT, LOCAL_PREFIX, LOCAL_REGION, loadLocalFunctions, localResolver } from './functions';
import { buildApiEvent, type LocalHttpServer, serveHttp } from './http-server';
import { createLocalInvoker, type LambdaLike, lambdaContext } from './invoker';
import { createOutboxFetch, createOutboxMailer, LOCAL_SLACK_URL, Outbox, type OutboxKind } from './outbox';
import { LocalRoutingRules, LocalStateMachines } from './provisioning';
import { LocalScheduler } from './scheduler';

/**
 * The whole system in one process, no AWS account, no Docker: dynalite for DynamoDB, a local bus feeding the same
 * dispatcher and correlator handlers, the LocalEngine running compiled state machines with Task resources mapped to
 * the same handler functions, a local scheduler, an outbox for everything that would leave the machine, and the
 * API and webhook routes served on a port with the API Gateway v2 event shape.
 */

export const LOCAL_TABLE = `${LOCAL_PREFIX}-table`;

export interface LocalRuntimeOptions {
  /** 0 = a free port. @default PORT or 3000 */
  readonly port?: number;
  /** @default HOST or 127.0.0.1 */
  readonly host?: string;
  /** Persist DynamoDB, files, the event archive and the secrets key here; in memory when absent. */
  readonly dataDir?: string;
  /** @default DYNARIS_TENANT_ID or "local" */
  readonly tenantId?: string;
  /** @default DYNARIS_API_KEY, else generated and printed */
  readonly apiKey?: string;
  /** @default DYNARIS_WEBHOOK_SECRET, else generated and printed */
  readonly webhookSecret?: string;
  /** `virtual`: time moves only through advance()/runUntilSettled() (tests, dynaris run). @default real */
  readonly clock?: 'real' | 'virtual' | EngineClock;
  /** Start of virtual time. @default now */
  readonly startTime?: Date;
  /** Console lines (run log, start banner); `() => {}` silences them. @default stdout */
  readonly log?: (line: string) => void;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Skip the HTTP server (dynaris run). */
  readonly http?: boolean;
  /** Every engine event (execution started/finished, state transitions), besides the console log. */
  readonly onEngineEvent?: (event: EngineEvent) => void;
}

export interface TenantCredentials {
  readonly tenantId: string;
  readonly apiKey: string;
  readonly webhookSecret: string;
}

export interface LocalRuntime extends TenantCredentials {
  readonly url: string;
  readonly port: number;
  readonly platform: Platform;
  readonly engine: LocalEngine;
  readonly bus: LocalBus;
  readonly outbox: Outbox;
  readonly scheduler: LocalScheduler;
  readonly clock: EngineClock;
  readonly tableName: string;
  /** Handler modules that could not be loaded (function ARN -> reason). */
  readonly missingFunctions: ReadonlyMap<string, string>;
  /** Adds (or refreshes) a tenant with its own API key and webhook secret. */
  createTenant(
    tenantId: string,
    options?: { apiKey?: string; webhookSecret?: string },
  ): Promise<TenantCredentials>;
  /** Resolves when nothing can progress without time passing or outside input. */
  waitForIdle(): Promise<void>;
  /** Virtual clock: moves time forward by `ms`, firing every timer due on the way, in order. */
  advance(ms: number): Promise<void>;
  /** Virtual clock: lets running executions finish, jumping over their waits. */
  runUntilSettled(): Promise<void>;
  /** Sends an HTTP request through the same path as the server (no socket). */
  request(event: HttpEvent): Promise<HttpResult>;
  /** Calls the API in-process as the default tenant (x-api-key); the body of the answer is parsed JSON. */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const ensureTable = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (
      !(error instanceof ResourceNotFoundException) &&
      (error as Error).name !== 'ResourceNotFoundException'
    )
      throw error;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  for (let i = 0; i < 500; i++) {
    const d = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (d.Table?.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');
    if (d.Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Table ${tableName} did not become ACTIVE`);
};

const secretsKey = async (env: NodeJS.ProcessEnv, dataDir: string | undefined): Promise<string> => {
  const fromEnv = env[LOCAL_SECRETS_KEY_ENV];
  if (fromEnv) return fromEnv;
  if (!dataDir) return generateSecretsKey();
  const file = path.join(dataDir, 'secrets.key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = generateSecretsKey();
    await writeFile(file, `${key}\n`, { mode: 0o600 });
    return key;
  }
};

/** Every item matching a filter (all pages): start-up only, on the local table. */
const scanAll = async (
  client: DynamoDBClient,
  input: Omit<ScanCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let start: ScanCommandInput['ExclusiveStartKey'];
  do {
    const page = await client.send(
      new ScanCommand({ ...input, TableName: LOCAL_TABLE, ExclusiveStartKey: start }),
    );
    for (const raw of page.Items ?? []) items.push(unmarshall(raw));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

const json = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const OUTBOX_KINDS: readonly OutboxKind[] = ['email', 'slack', 'http'];

export const startLocalRuntime = async (options: LocalRuntimeOptions = {}): Promise<LocalRuntime> => {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  if (dataDir) await mkdir(dataDir, { recursive: true });

  const clock: EngineClock =
    typeof options.clock === 'object'
      ? options.clock
      : options.clock === 'virtual'
        ? new VirtualClock(options.startTime ?? new Date())
        : createRealClock();

  const dynalite: RunningDynalite = await startDynalite({
    ...(dataDir ? { path: path.join(dataDir, 'dynamodb') } : {}),
    port: 0,
    ttlSweepIntervalMs: 60_000,
  });
  const stops: (() => Promise<void> | void)[] = [() => dynalite.close()];
  try {
    const dynamodb = new DynamoDBClient({
      endpoint: dynalite.endpoint,
      region: LOCAL_REGION,
      credentials: CREDENTIALS,
    });
    const doc = createDocumentClient({
      endpoint: dynalite.endpoint,
      region: LOCAL_REGION,
      credentials: CREDENTIALS,
    });
    await ensureTable(dynamodb, LOCAL_TABLE);
    const db = { doc, tableName: LOCAL_TABLE };
    const secrets = createLocalSecretBox(await secretsKey(env, dataDir));
    const resolver = localResolver(LOCAL_TABLE);

    const outbox = new Outbox();
    const slackUrl = env.SLACK_WEBHOOK_URL?.trim() || undefined;
    const passthrough = [
      ...(slackUrl ? [slackUrl] : []),
      ...(env.DYNARIS_HTTP_PASSTHROUGH ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ];

    const stamp = () => {
      const iso = clock.now().toISOString();
      return `${iso.slice(5, 10)} ${iso.slice(11, 19)}`;
    };
    let busyHttp = 0;
    let provisioning = 0;
    let sweeping = 0;
    const bus = new LocalBus({
      clock,
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      busName: resolver.eventBusName(),
      ...(dataDir ? { archiveFile: path.join(dataDir, 'events.jsonl') } : {}),
      onPublished: (e) => log(`${stamp()} ◆ event ${e.detailType} (${e.detail.tenantId})`),
      onDeliveryError: (target, e, error, willRetry) =>
        log(
          `${stamp()} ! ${target} failed on ${e.detailType} ${e.id}: ${
            error instanceof Error ? error.message : String(error)
          }${willRetry ? ' (retrying)' : ' (dead letter)'}`,
        ),
    });

    // With --data-dir, running executions are written to disk as they move, and resumed at the next start.
    const snapshotFile = dataDir ? path.join(dataDir, 'executions.json') : undefined;
    let snapshotsFrozen = false;
    let snapshotTimer: NodeJS.Timeout | undefined;
    let snapshotWrites: Promise<void> = Promise.resolve();
    const writeSnapshot = () => {
      if (!snapshotFile) return Promise.resolve();
      const text = JSON.stringify(engine.snapshot());
      snapshotWrites = snapshotWrites
        .then(async () => {
          await writeFile(`${snapshotFile}.tmp`, text);
          await rename(`${snapshotFile}.tmp`, snapshotFile);
        })
        .catch((error: unknown) => log(`${stamp()} ! could not save running executions: ${String(error)}`));
      return snapshotWrites;
    };
    const scheduleSnapshot = () => {
      if (!snapshotFile || snapshotsFrozen || snapshotTimer) return;
      snapshotTimer = setTimeout(() => {
        snapshotTimer = undefined;
        if (!snapshotsFrozen) void writeSnapshot();
      }, 50);
    };

    const loaded = await loadLocalFunctions(resolver);
    /** State machine name -> `"<workflow name>" (<workflowId>)`, filled as workflows are deployed. */
    const machineLabels = new Map<string, string>();
    const runLog = consoleRunLog(log, (machine) => machineLabels.get(machine));
    const engine = new LocalEngine({
      clock,
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      onEvent: (event: EngineEvent) => {
        runLog(event);
        options.onEngineEvent?.(event);
      },
      onChange: scheduleSnapshot,
      invoke: createLocalInvoker({
        functions: loaded.functions,
        dynamodb,
        bus,
        missing: (arn) => loaded.missing.get(arn),
      }),
    });

    stops.push(async () => {
      // The last word on running executions is written before the engine stops them.
      snapshotsFrozen = true;
      if (snapshotTimer) clearTimeout(snapshotTimer);
      await writeSnapshot();
      engine.close();
    });
    const scheduler = new LocalScheduler({
      clock,
      engine,
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      onFire: (fire) =>
        log(
          `${stamp()} ⏰ schedule ${fire.schedule} fired${fire.error ? `, start failed: ${fire.error}` : ''}`,
        ),
    });
    stops.push(() => scheduler.stopAll());

    const workflows = createWorkflowRepository({ db, clock });
    const tenants = createTenantRepository({ db, secrets, clock, allowInsecureIntegrationUrls: true });
    const stateMachines = new LocalStateMachines({
      engine,
      stateNamesFor: async (tags) => {
        if (!tags.tenantId || !tags.workflowId) return undefined;
        const wf = await workflows.get(tags.tenantId, tags.workflowId);
        if (!wf) return undefined;
        machineLabels.set(
          stateMachineName(LOCAL_PREFIX, wf.tenantId, wf.workflowId),
          `"${wf.name}" (${wf.tenantId}/${wf.workflowId})`,
        );
        return compileWorkflow(wf.definition, { resolver }).stateNames;
      },
    });
    const provisioner = createProvisioner({
      workflows,
      subscriptions: createSubscriptionStore({ db, clock }),
      stateMachines,
      schedules: scheduler,
      rules: new LocalRoutingRules(),
      state: createProvisionStateStore({ db }),
      settings: {
        resolver,
        stateMachinePrefix: LOCAL_PREFIX,
        stateMachineRoleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/${LOCAL_PREFIX}-states`,
        tracingEnabled: false,
        scheduleGroup: LOCAL_PREFIX,
        schedulerRoleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/${LOCAL_PREFIX}-scheduler`,
      },
      tenantTimezone: async (tenantId) => (await tenants.getTenantSettings(tenantId)).timezone,
      clock,
      log: (message, details) => {
        if (message !== 'provisioned' || (details.changes as unknown[] | undefined)?.length)
          log(
            `${stamp()} ⚙ ${message} ${String(details.workflowId)}${details.reason ? `: ${String(details.reason)}` : ''}`,
          );
      },
    });
    // One provisioning at a time per workflow, as the stream-triggered provisioner sees them on AWS.
    const queues = new Map<string, Promise<unknown>>();
    const provisionerPort: ProvisionerPort = {
      requestProvision(tenantId, workflowId) {
        const key = `${tenantId}/${workflowId}`;
        provisioning += 1;
        const next = (queues.get(key) ?? Promise.resolve())
          .catch(() => {})
          .then(() => provisioner.provision(tenantId, workflowId))
          .finally(() => {
            provisioning -= 1;
            if (queues.get(key) === next) queues.delete(key);
          });
        queues.set(key, next);
        return next.then(() => undefined);
      },
    };

    const platform: Platform = {
      mode: 'local',
      db,
      bus: stampingCause(bus),
      engine,
      mailer: createOutboxMailer(outbox, clock),
      fetch: createOutboxFetch(outbox, {
        clock,
        passthrough,
        slackUrls: [LOCAL_SLACK_URL, ...(slackUrl ? [slackUrl] : [])],
      }),
      llm: undefined,
      secrets,
      files: createLocalFileStore(dataDir ? path.join(dataDir, 'files') : undefined),
      clock,
      provisioner: provisionerPort,
      fromAddress: env.FROM_ADDRESS ?? 'dynaris@localhost',
    };
    setPlatform(platform);
    stops.push(() => setPlatform(undefined));

    // The same EventBridge targets as on AWS.
    const dispatcherModule = await import('../../functions/dispatcher/handler');
    dispatcherModule.resetDispatcher();
    const correlatorModule = await import('../../functions/correlator/handler');
    const target = (name: string, handler: LambdaLike) => ({
      name,
      handle: (event: EventBridgeEvent<string, unknown>) => handler(event, lambdaContext(name, 900_000)),
    });
    bus.addTarget(target(`${LOCAL_PREFIX}-dispatcher`, dispatcherModule.handler as unknown as LambdaLike));
    bus.addTarget(target(`${LOCAL_PREFIX}-correlator`, correlatorModule.handler as unknown as LambdaLike));

    const createTenant = async (
      tenantId: string,
      given: { apiKey?: string; webhookSecret?: string } = {},
    ): Promise<TenantCredentials> => {
      const apiKey = given.apiKey ?? `dyn_local_${randomBytes(24).toString('base64url')}`;
      // Registers the operator's key (idempotent; a key of another tenant is refused).
      await tenants.importApiKey(tenantId, 'Local runtime key', apiKey);
      const webhookSecret =
        given.webhookSecret ??
        (await tenants.getWebhookSecret(tenantId)) ??
        (await tenants.setWebhookSecret(tenantId));
      if (given.webhookSecret) await tenants.setWebhookSecret(tenantId, given.webhookSecret);
      const settings = await tenants.getTenantSettings(tenantId);
      if (!settings.integrations.slack.configured) {
        await tenants.updateSettings(tenantId, {
          integrations: { slackWebhookUrl: slackUrl ?? LOCAL_SLACK_URL },
        });
      }
      return { tenantId, apiKey, webhookSecret };
    };

    const tenantId = options.tenantId ?? env.DYNARIS_TENANT_ID ?? 'local';
    const givenKey = options.apiKey ?? env.DYNARIS_API_KEY;
    const givenSecret = options.webhookSecret ?? env.DYNARIS_WEBHOOK_SECRET;
    const credentials = await createTenant(tenantId, {
      ...(givenKey ? { apiKey: givenKey } : {}),
      ...(givenSecret ? { webhookSecret: givenSecret } : {}),
    });

    // State machines, subscriptions' targets and schedules live in this process: rebuild them from the saved
    // workflows (a persisted --data-dir, or nothing on a fresh start).
    const saved = await scanAll(dynamodb, {
      FilterExpression: '#t = :w',
      ExpressionAttributeNames: { '#t': 'type' },
      ExpressionAttributeValues: { ':w': { S: 'workflow' } },
    });
    for (const item of saved) {
      const { tenantId: t, workflowId: w } = item as { tenantId?: string; workflowId?: string };
      if (t && w) await provisionerPort.requestProvision(t, w);
    }

    if (snapshotFile) {
      let snapshots: ExecutionSnapshot[] = [];
      try {
        snapshots = JSON.parse(await readFile(snapshotFile, 'utf8')) as ExecutionSnapshot[];
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          log(
            `${stamp()} ! ${snapshotFile} is unreadable; running executions are not resumed: ${String(error)}`,
          );
        }
      }
      const { resumed, skipped } = engine.resume(snapshots);
      if (resumed.length) log(`${stamp()} ↺ resumed ${resumed.length} run(s) that were in progress`);
      for (const s of skipped) log(`${stamp()} ! could not resume ${s.executionArn}: ${s.reason}`);
    }

    // Runs that were in progress but could not be resumed (no snapshot: the process was killed): say so on their
    // records instead of leaving them "running" forever.
    const orphans = await scanAll(dynamodb, {
      FilterExpression: '#t = :r AND #s IN (:running, :waiting)',
      ExpressionAttributeNames: { '#t': 'type', '#s': 'status' },
      ExpressionAttributeValues: {
        ':r': { S: 'run' },
        ':running': { S: 'running' },
        ':waiting': { S: 'waiting_approval' },
      },
    });
    const runs = createRunRepository({ db, clock });
    for (const orphan of orphans) {
      const item = orphan as { tenantId?: string; runId?: string; executionId?: string };
      if (!item.tenantId || !item.runId) continue;
      if (item.executionId && (await engine.describeExecution(item.executionId))) continue;
      await runs.transition(item.tenantId, item.runId, 'failed', {
        error: {
          error: 'LocalRuntimeRestarted',
          cause:
            'The local runtime stopped while this run was in progress; runs in progress do not resume after a restart',
          stepId: null,
        },
        endedAt: clock.now().toISOString(),
      });
      log(
        `${stamp()} ! run ${item.runId} (${item.tenantId}) was in progress when the runtime stopped: marked failed`,
      );
    }

    // The deployed stack's daily EventBridge rule: billing's overdue sweep at 06:00 UTC, for the local tenants.
    const sweepTenants = new Set<string>([credentials.tenantId]);
    for (const item of saved) {
      if (typeof item.tenantId === 'string') sweepTenants.add(item.tenantId);
    }
    const sweepController = new AbortController();
    stops.push(() => sweepController.abort());
    const billing = loaded.functions.get(resolver.agentFunction('billing'));
    void (async () => {
      while (!sweepController.signal.aborted && billing) {
        const next = nextFireTimes({ cron: '0 6 * * ? *', timezone: 'UTC' }, clock.now(), 1)[0];
        if (!next) return;
        await clock.sleep(
          next.getTime() - clock.now().getTime(),
          sweepController.signal,
          'rule:overdue-sweep',
        );
        if (sweepController.signal.aborted) return;
        sweeping += 1;
        try {
          await billing(
            { op: 'detectOverdue', tenantIds: [...sweepTenants] },
            lambdaContext('overdue-sweep', 900_000),
          );
        } catch (error) {
          log(`${stamp()} ! overdue sweep failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          sweeping -= 1;
        }
      }
    })();

    const api = createApiHandler(platform);
    const handle = async (event: HttpEvent): Promise<HttpResult> => {
      const method = event.requestContext.http.method.toUpperCase();
      if (event.rawPath === '/outbox' && (method === 'GET' || method === 'DELETE')) {
        try {
          const principal = await authenticate(event, normalizeHeaders(event.headers), tenants);
          if (method === 'DELETE') return json(200, { cleared: outbox.clear(principal.tenantId) });
          const kind = event.queryStringParameters?.kind as OutboxKind | undefined;
          if (kind && !OUTBOX_KINDS.includes(kind)) {
            return json(400, {
              error: { code: 'BadRequest', message: `kind must be one of ${OUTBOX_KINDS.join(', ')}` },
            });
          }
          const items = outbox.list({ tenantId: principal.tenantId, ...(kind ? { kind } : {}) });
          return json(200, { items, count: items.length });
        } catch (error) {
          const status = (error as { statusCode?: number }).statusCode ?? 500;
          return json(status, { error: { code: (error as Error).name, message: (error as Error).message } });
        }
      }
      return api(event);
    };

    let server: LocalHttpServer | undefined;
    if (options.http !== false) {
      const port = options.port ?? Number(env.PORT ?? 3000);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        throw new Error(`PORT must be a port number (0-65535), not "${env.PORT}"`);
      }
      server = await serveHttp({
        port,
        host: options.host ?? env.HOST ?? '127.0.0.1',
        handle,
        routes: API_ROUTES,
        now: () => clock.now(),
        onBusy: (delta) => {
          busyHttp += delta;
        },
        onRequest: (event, result, elapsedMs) => {
          if (event.rawPath === '/health') return;
          log(
            `${stamp()} → ${event.requestContext.http.method} ${event.rawPath} ${result.statusCode ?? 200} (${elapsedMs} ms)`,
          );
        },
      });
      const s = server;
      stops.push(() => s.close());
    }

    const isIdle = () =>
      engine.isIdle() && bus.isIdle() && busyHttp === 0 && provisioning === 0 && sweeping === 0;
    // A task that never returns would keep the system busy forever; say what is stuck instead of hanging.
    const IDLE_LIMIT_MS = 120_000;
    const waitForIdle = async () => {
      const since = Date.now();
      for (let spins = 0; ; spins++) {
        // Busy work is usually I/O (dynalite, HTTP): after a few turns, poll gently instead of spinning.
        await (spins < 20 ? settle() : new Promise((resolve) => setTimeout(resolve, 1)));
        if (Date.now() - since > IDLE_LIMIT_MS) {
          const busy = [
            ...engine.busyReport(),
            ...(bus.isIdle() ? [] : ['bus deliveries in flight']),
            ...(busyHttp ? [`${busyHttp} HTTP request(s)`] : []),
            ...(provisioning ? [`${provisioning} provisioning(s)`] : []),
          ];
          throw new Error(
            `The local runtime is still busy after ${IDLE_LIMIT_MS / 1000} s: ${busy.join('; ')}`,
          );
        }
        if (!isIdle()) continue;
        await settle();
        if (isIdle()) return;
      }
    };

    const runtime: LocalRuntime = {
      ...credentials,
      url: server?.url ?? '',
      port: server?.port ?? 0,
      platform,
      engine,
      bus,
      outbox,
      scheduler,
      clock,
      tableName: LOCAL_TABLE,
      missingFunctions: loaded.missing,
      async createTenant(id, given) {
        const created = await createTenant(id, given);
        sweepTenants.add(id);
        return created;
      },
      waitForIdle,
      async advance(ms) {
        if (!isVirtualClock(clock)) throw new Error('advance() needs the virtual clock');
        const target = clock.now().getTime() + ms;
        for (;;) {
          await waitForIdle();
          const next = clock.nextDue();
          if (next === undefined || next > target) break;
          clock.fireNext();
        }
        clock.advanceTo(target);
        await waitForIdle();
      },
      async runUntilSettled() {
        for (let i = 0; i < 10_000; i++) {
          await waitForIdle();
          if (!engine.hasExecutionTimers() || !isVirtualClock(clock)) return;
          clock.fireNext();
        }
      },
      request: handle,
      async api(method, apiPath, body) {
        const result = await handle(
          buildApiEvent(method, apiPath, {
            ...(body !== undefined ? { body } : {}),
            headers: { 'x-api-key': credentials.apiKey },
            routes: API_ROUTES,
            now: clock.now(),
          }),
        );
        const text = result.body ?? '';
        let parsed: unknown = text;
        try {
          parsed = text ? (JSON.parse(text) as unknown) : undefined;
        } catch {
          // not JSON
        }
        return { status: result.statusCode ?? 200, body: parsed };
      },
      async stop() {
        await waitForIdle().catch(() => {});
        await bus.flush();
        for (const stop of stops.reverse()) await stop();
      },
    };
    return runtime;
  } catch (error) {
    for (const stop of stops.reverse()) await stop();
    throw error;
  }
};
