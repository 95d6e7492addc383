import './quiet-logs';
import path from 'node:path';
import type { EventBridgeEvent } from 'aws-lambda';
import { createLocalSecretBox } from '../../functions/adapters/local-secrets';
import { inProcessAgentTasks } from '../../functions/agents/in-process';
import { createAgentRegistry } from '../../functions/agents/registry';
import { API_ROUTES, createApiHandler } from '../../functions/api/app';
import { routingByInterest } from '../../functions/data/routed-publisher';
import { createRunRepository } from '../../functions/data/runs';
import { createTenantRepository } from '../../functions/data/tenants';
import { createWorkflowRepository } from '../../functions/data/workflows';
import { createRealClock, type EngineClock, VirtualClock } from '../../functions/engine/clock';
import { type EngineEvent, LocalEngine } from '../../functions/engine/local-engine';
import type { HttpEvent, HttpResult } from '../../functions/shared/http';
import { type Platform, setPlatform } from '../../functions/shared/platform';
import { stampingCause } from '../../functions/shared/task-context';
import { withRememberedApiKeys } from './api-key-cache';
import { BUILT_IN_OPTION, deployLocalBuiltIns } from './built-ins';
import { LocalBus } from './bus';
import { isQuietConsoleRequest } from './console-assets';
import { clockLog, consoleRunLog, deliveryErrorLine } from './console-log';
import { openDataDir } from './data-dir';
import type { DynaliteStats } from './dynalite';
import { wireExecutionEvents } from './execution-events';
import { createLocalFileStore } from './files';
import { localFinishedExecutions } from './finished-spill';
import {
  LOCAL_ACCOUNT,
  LOCAL_PREFIX,
  LOCAL_REGION,
  loadLocalFunctions,
  localFunctionTimeouts,
  localResolver,
} from './functions';
import { buildApiEvent, type LocalHttpServer, serveHttp } from './http-server';
import { createIdle } from './idle';
import { createLocalInvoker, type LambdaLike, lambdaContext } from './invoker';
import { startLocalStore } from './local-store';
import { LOCAL_TABLE, openLocalTable } from './local-table';
import { createMetricsRegistry } from './metrics-registry';
import { createOutboxFetch, createOutboxMailer, LOCAL_SLACK_URL, Outbox } from './outbox';
import { startOverdueSweep } from './overdue-sweep';
import { createLocalProvisioning } from './provisioning';
import { recoverAfterRestart, rememberingStarts } from './recovery';
import { localRoutes } from './routes/all';
import { routeRequests } from './routes/index';
import { apiRateLimitOf, type LocalRuntimeOptions } from './runtime-options';
import { openScheduleLedger } from './schedule-ledger';
import { describeFire, LocalScheduler } from './scheduler';
import { secretsKey } from './secrets-key';
import { ExecutionSnapshots } from './snapshots';
import { StartJournal } from './start-journal';
import { localTenantSetup, type TenantCredentials } from './tenant-credentials';

export { LOCAL_TABLE } from './local-table';
export type { LocalRuntimeOptions };

/**
 * The whole system in one process, no AWS account, no Docker: dynalite for DynamoDB, a local bus feeding the same
 * dispatcher and correlator handlers, the LocalEngine running compiled state machines with Task resources mapped to
 * the same handler functions, a local scheduler, an outbox for everything that would leave the machine, and the
 * API and webhook routes served on a port with the API Gateway v2 event shape.
 */

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
  /** DynamoDB requests answered so far, by operation, and items written (docs/performance.md counts per run). */
  dynamodbStats(): DynaliteStats;
  /** The throwaway store's folder (`throwawayStore: 'disk'`), removed at stop; undefined otherwise. */
  readonly scratchDir: string | undefined;
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

export type { TenantCredentials } from './tenant-credentials';

export const startLocalRuntime = async (options: LocalRuntimeOptions = {}): Promise<LocalRuntime> => {
  const env = options.env ?? process.env;
  const rateLimit = apiRateLimitOf(options, env);
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  if (dataDir) await openDataDir(dataDir, log);

  const clock: EngineClock =
    typeof options.clock === 'object'
      ? options.clock
      : options.clock === 'virtual'
        ? new VirtualClock(options.startTime ?? new Date())
        : createRealClock();
  const say = clockLog(log, clock);

  const store = await startLocalStore({ ...options, dataDir });
  const { dynalite } = store;
  const stops: (() => Promise<void> | void)[] = [() => store.close()];
  try {
    const { dynamodb, db } = await openLocalTable(dynalite);
    const secrets = createLocalSecretBox(await secretsKey(env, dataDir));
    const resolver = localResolver(LOCAL_TABLE);

    const outbox = new Outbox(10_000, dataDir ? path.join(dataDir, 'outbox.jsonl') : undefined);
    await outbox.load();
    const slackUrl = env.SLACK_WEBHOOK_URL?.trim() || undefined;
    const passthrough = [
      ...(slackUrl ? [slackUrl] : []),
      ...(env.DYNARIS_HTTP_PASSTHROUGH ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ];

    let busyHttp = 0;
    const bus = new LocalBus({
      clock,
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      busName: resolver.eventBusName(),
      ...(dataDir
        ? {
            archiveFile: path.join(dataDir, 'events.jsonl'),
            deliveryFile: path.join(dataDir, 'deliveries.jsonl'),
          }
        : {}),
      onPublished: (e) => say(`◆ event ${e.detailType} (${e.detail.tenantId})`),
      onDeliveryError: (target, e, error, willRetry) => say(deliveryErrorLine(target, e, error, willRetry)),
    });

    const inDataDir = (name: string) => (dataDir ? path.join(dataDir, name) : undefined);
    const snapshots = new ExecutionSnapshots(inDataDir('executions.json'), () => engine.snapshot(), say);
    const loaded = await loadLocalFunctions(resolver);
    // One store for the functions and the engine's S3 integrations (Distributed Map items and results).
    const files = createLocalFileStore(dataDir ? path.join(dataDir, 'files') : undefined);
    /** State machine name -> `"<workflow name>" (<workflowId>)`, filled as workflows are deployed. */
    const machineLabels = new Map<string, string>();
    const runLog = consoleRunLog(log, (machine) => machineLabels.get(machine));
    const journal = new StartJournal(inDataDir('starts.jsonl'));
    const engineListeners = [runLog, options.onEngineEvent, journal.onEngineEvent];
    const finished = localFinishedExecutions(dataDir, store.scratchDir, say);
    const engine = new LocalEngine({
      clock,
      ...(finished.store ? { finishedExecutions: finished.store } : {}),
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      onEvent: (event: EngineEvent) => engineListeners.map((listener) => listener?.(event)),
      onChange: snapshots.schedule,
      beforeStart: journal.record,
      // Each function's timeout as the stack sets it: a slower invocation fails with Sandbox.Timedout, as on AWS.
      functionTimeouts: localFunctionTimeouts(resolver),
      invoke: createLocalInvoker({
        functions: loaded.functions,
        dynamodb,
        bus,
        files: { bucket: resolver.filesBucket(), store: files },
        missing: (arn) => loaded.missing.get(arn),
      }),
    });
    stops.push(async () => {
      await snapshots.freeze();
      journal.close();
      engine.close();
      await finished.flush();
    });
    const scheduler = new LocalScheduler({
      clock,
      engine,
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      onFire: (fire) => say(describeFire(fire)),
      ...(dataDir ? { ledger: await openScheduleLedger(path.join(dataDir, 'schedules.json')) } : {}),
    });
    stops.push(() => scheduler.stopAll());

    const workflows = createWorkflowRepository({ db, clock });
    const tenants = withRememberedApiKeys(
      createTenantRepository({ db, secrets, clock, allowInsecureIntegrationUrls: true }),
      dynalite.watchWrites,
    );
    const provisioning = createLocalProvisioning({
      db,
      clock,
      engine,
      scheduler,
      resolver,
      workflows,
      tenants,
      machineLabels,
      say,
    });
    engineListeners.push(provisioning.onEngineEvent);

    const runs = createRunRepository({ db, clock });
    const restartable = new Set<string>();
    const metrics = createMetricsRegistry();
    const platform: Platform = {
      mode: 'local',
      db,
      bus: stampingCause(routingByInterest(bus, { db, clock })),
      engine: rememberingStarts(engine, runs, restartable, journal, { earlierProcesses: Boolean(dataDir) }),
      mailer: createOutboxMailer(outbox, clock),
      fetch: createOutboxFetch(outbox, {
        clock,
        passthrough,
        slackUrls: [LOCAL_SLACK_URL, ...(slackUrl ? [slackUrl] : [])],
      }),
      llm: undefined,
      secrets,
      files,
      clock,
      metrics,
      provisioner: provisioning.port,
      fromAddress: env.FROM_ADDRESS ?? 'dynaris@localhost',
      // ai.task runs the chosen agent's action in this process (a deployed supervisor invokes the agent's function).
      agentTasks: inProcessAgentTasks(() => createAgentRegistry(platform), { db, clock }),
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
    const dispatcher = `${LOCAL_PREFIX}-dispatcher`;
    bus.addTarget(target(dispatcher, dispatcherModule.handler as unknown as LambdaLike), 'dispatcher');
    bus.addTarget(
      target(`${LOCAL_PREFIX}-correlator`, correlatorModule.handler as unknown as LambdaLike),
      'correlator',
    );
    // Step Functions' status-change events for the rule that closes runs, and the Express runs' sweeper.
    const executionEvents = await wireExecutionEvents({ engine, clock, say });
    engineListeners.push(executionEvents.onEngineEvent);
    stops.push(executionEvents.stop);

    const createTenant = localTenantSetup(tenants, slackUrl);

    const tenantId = options.tenantId ?? env.DYNARIS_TENANT_ID ?? 'local';
    const givenKey = options.apiKey ?? env.DYNARIS_API_KEY;
    const givenSecret = options.webhookSecret ?? env.DYNARIS_WEBHOOK_SECRET;
    const credentials = await createTenant(tenantId, {
      ...(givenKey ? { apiKey: givenKey } : {}),
      ...(givenSecret ? { webhookSecret: givenSecret } : {}),
    });

    const builtIns = await deployLocalBuiltIns({
      templateIds: options.builtInWorkflows ?? env[BUILT_IN_OPTION],
      tenantId: credentials.tenantId,
      engine,
      resolver,
      scheduler,
      bus,
      machineLabels,
      dispatch: (input) => dispatcherModule.handler(input as never, lambdaContext(dispatcher, 900_000)),
    });

    const tenantsWithWorkflows = await recoverAfterRestart({
      dynamodb,
      db,
      engine,
      listen: (listener) => engineListeners.push(listener),
      bus,
      dispatcher,
      snapshots,
      journal,
      provisioner: provisioning.port,
      runs,
      restartable,
      clock,
      say,
    });
    scheduler.forgetUnarmed();

    const sweep = startOverdueSweep({
      clock,
      billing: loaded.functions.get(resolver.agentFunction('billing')),
      tenants: [credentials.tenantId, ...tenantsWithWorkflows],
      say,
    });
    stops.push(() => sweep.stop());

    const api = createApiHandler(platform, { rateLimit, overrides: { builtIns, tenants } });
    const routes = { outbox, tenants, metrics, platform, log, consoleDir: options.consoleDir, api };
    const handle = routeRequests(localRoutes(routes), api);

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
          if (event.rawPath === '/health' || isQuietConsoleRequest(event, result)) return;
          say(
            `→ ${event.requestContext.http.method} ${event.rawPath} ${result.statusCode ?? 200} (${elapsedMs} ms)`,
          );
        },
      });
      const s = server;
      stops.push(() => s.close());
    }

    const idle = createIdle({
      engine,
      bus,
      clock,
      sources: [
        { name: 'HTTP request(s)', busy: () => busyHttp },
        { name: 'provisioning(s)', busy: provisioning.pending },
        { name: 'overdue sweep(s)', busy: sweep.running },
        { name: 'schedule fire(s)', busy: scheduler.firing },
        ...executionEvents.busy,
      ],
    });

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
      scratchDir: store.scratchDir,
      dynamodbStats: () => dynalite.stats(),
      missingFunctions: loaded.missing,
      async createTenant(id, given) {
        const created = await createTenant(id, given);
        sweep.tenants.add(id);
        return created;
      },
      ...idle,
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
        await idle.waitForIdle().catch(() => {});
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
