import { createLocalSecretBox, generateSecretsKey } from '../../functions/adapters/local-secrets';
import { NO_METRICS } from '../../functions/shared/metrics';
import type { Platform } from '../../functions/shared/platform';
import type {
  Clock,
  ExecutionDescription,
  PublishedEvent,
  StartExecutionRequest,
  TimelineEntry,
  WorkflowEngine,
} from '../../functions/shared/ports';
import { startTestDatabase, type TestDatabase } from './dynalite';

/** A clock tests move by hand. */
export interface ManualClock extends Clock {
  set(date: Date | string): void;
  advance(ms: number): void;
}
export const manualClock = (start = '2026-11-25T10:00:00.000Z'): ManualClock => {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (d) => {
      now = new Date(d).getTime();
    },
    advance: (ms) => {
      now += ms;
    },
  };
};

export interface FakeEngine extends WorkflowEngine {
  readonly started: StartExecutionRequest[];
  readonly taskSuccesses: { taskToken: string; output: unknown }[];
  readonly taskFailures: { taskToken: string; error: string; cause: string }[];
  readonly stopped: { executionArn: string; cause: string }[];
  readonly redriven: string[];
  /** Sets what describe/getTimeline answer for an execution. */
  setExecution(arn: string, description: Partial<ExecutionDescription>, timeline?: TimelineEntry[]): void;
}

export const fakeEngine = (clock: Clock): FakeEngine => {
  const executions = new Map<string, { description: ExecutionDescription; timeline: TimelineEntry[] }>();
  const engine: FakeEngine = {
    started: [],
    taskSuccesses: [],
    taskFailures: [],
    stopped: [],
    redriven: [],
    async startExecution(req) {
      const executionArn = `${req.stateMachineArn.replace(':stateMachine:', ':execution:')}:${req.name}`;
      const alreadyStarted = executions.has(executionArn);
      if (!alreadyStarted) {
        engine.started.push(req);
        executions.set(executionArn, {
          description: {
            executionArn,
            stateMachineArn: req.stateMachineArn,
            name: req.name,
            status: 'RUNNING',
            startDate: clock.now().toISOString(),
            input: req.input,
          },
          timeline: [],
        });
      }
      return { executionArn, alreadyStarted };
    },
    async sendTaskSuccess(taskToken, output) {
      engine.taskSuccesses.push({ taskToken, output });
    },
    async sendTaskFailure(taskToken, error, cause) {
      engine.taskFailures.push({ taskToken, error, cause });
    },
    async stopExecution(executionArn, cause) {
      engine.stopped.push({ executionArn, cause });
      const e = executions.get(executionArn);
      if (e) e.description = { ...e.description, status: 'ABORTED', stopDate: clock.now().toISOString() };
    },
    async redriveExecution(executionArn) {
      engine.redriven.push(executionArn);
      const e = executions.get(executionArn);
      if (e) e.description = { ...e.description, status: 'RUNNING' };
    },
    async describeExecution(executionArn) {
      return executions.get(executionArn)?.description;
    },
    async getTimeline(executionArn) {
      return executions.get(executionArn)?.timeline ?? [];
    },
    setExecution(arn, description, timeline) {
      const prev = executions.get(arn);
      executions.set(arn, {
        description: {
          executionArn: arn,
          stateMachineArn: 'arn:aws:states:local:000000000000:stateMachine:x',
          name: arn.split(':').pop() ?? arn,
          status: 'RUNNING',
          startDate: clock.now().toISOString(),
          ...prev?.description,
          ...description,
        },
        timeline: timeline ?? prev?.timeline ?? [],
      });
    },
  };
  return engine;
};

export interface TestPlatform extends Platform {
  readonly db: TestDatabase;
  readonly clock: ManualClock;
  readonly engine: FakeEngine;
  readonly published: PublishedEvent[];
  readonly provisionRequests: { tenantId: string; workflowId: string }[];
  /** Makes the next bus publish fail (outage). */
  failNextPublish(): void;
  /** What requestProvision does besides recording the call (a test's stand-in for the provisioner). */
  onProvision: ((tenantId: string, workflowId: string) => Promise<void>) | undefined;
  close(): Promise<void>;
}

export const startTestPlatform = async (): Promise<TestPlatform> => {
  const db = await startTestDatabase();
  const clock = manualClock();
  const published: PublishedEvent[] = [];
  const provisionRequests: { tenantId: string; workflowId: string }[] = [];
  let failPublish = false;
  const fileBodies = new Map<string, Uint8Array>();
  const platform: TestPlatform = {
    mode: 'local',
    db,
    clock,
    engine: fakeEngine(clock),
    published,
    provisionRequests,
    bus: {
      async publish(events) {
        if (failPublish) {
          failPublish = false;
          throw new Error('bus unavailable');
        }
        published.push(...events);
      },
    },
    mailer: { send: async () => ({ messageId: 'm-1' }) },
    fetch: async () => new Response('{}', { status: 200 }),
    llm: undefined,
    secrets: createLocalSecretBox(generateSecretsKey()),
    files: {
      put: async (key, body) => {
        fileBodies.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body);
      },
      get: async (key) => fileBodies.get(key),
      delete: async (key) => {
        fileBodies.delete(key);
      },
    },
    metrics: NO_METRICS,
    provisioner: {
      async requestProvision(tenantId, workflowId) {
        provisionRequests.push({ tenantId, workflowId });
        await platform.onProvision?.(tenantId, workflowId);
      },
    },
    fromAddress: 'robot@example.com',
    onProvision: undefined,
    failNextPublish() {
      failPublish = true;
    },
    close: () => db.close(),
  };
  return platform;
};
