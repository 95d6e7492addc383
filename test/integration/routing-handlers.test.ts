import type { Context, DynamoDBRecord, EventBridgeEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handler as correlatorHandler } from '../../functions/correlator/handler';
import { createActivityStore } from '../../functions/data/activity';
import { createSubscriptionStore } from '../../functions/data/subscriptions';
import { handler as dispatcherHandler, resetDispatcher } from '../../functions/dispatcher/handler';
import {
  handleStream,
  routingRulesFromEnv,
  STATIC_ROUTES,
  settingsFromEnv,
  workflowOfRecord,
} from '../../functions/provisioner/handler';
import type { Provisioner } from '../../functions/provisioner/provisioner';
import { type Platform, setPlatform } from '../../functions/shared/platform';
import type { Clock } from '../../functions/shared/ports';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';
import { FakeEngine, machineArn, subscription } from '../support/routing';

// The handlers' loggers are built at import: keep the expected error logs out of the test output.
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
});

let db: TestDatabase;
const engine = new FakeEngine();
const clock: Clock = { now: () => new Date('2026-11-25T10:00:00.000Z') };

beforeAll(async () => {
  db = await startTestDatabase();
  // Only what these handlers use; the rest of the platform is not touched.
  setPlatform({ mode: 'local', db, engine, clock } as unknown as Platform);
  resetDispatcher();
});
afterAll(async () => {
  setPlatform(undefined);
  resetDispatcher();
  await db.close();
});

const context = {} as Context;
const envelope = (id: string, detail: Record<string, unknown>): EventBridgeEvent<string, unknown> => ({
  version: '0',
  id,
  'detail-type': 'lead.created',
  source: 'dynaris.lead',
  account: '123456789012',
  time: '2026-11-25T10:00:00Z',
  region: 'us-east-1',
  resources: [],
  detail,
});

describe('routing handlers', () => {
  it('GIVEN an EventBridge event WHEN the dispatcher handler runs THEN the subscribed workflow starts once', async () => {
    await createSubscriptionStore({ db, clock }).upsert(
      subscription('h1', 'lead.created', 'welcome', { 'lead.status': ['new'] }),
    );
    const event = envelope('eb-1', { tenantId: 'h1', lead: { status: 'new' } });
    expect(await dispatcherHandler(event, context)).toStrictEqual({
      eventId: 'eb-1',
      matched: 1,
      started: 1,
    });
    await dispatcherHandler(event, context);
    expect(engine.executionsOf(machineArn('h1', 'welcome'))).toHaveLength(1);
  });

  it('GIVEN an event without a tenant WHEN a handler runs THEN it fails (so Lambda retries and the DLQ keeps it)', async () => {
    await expect(dispatcherHandler(envelope('eb-2', { lead: {} }), context)).rejects.toThrow();
    await expect(correlatorHandler(envelope('eb-2', { lead: {} }), context)).rejects.toThrow();
  });

  it('GIVEN an EventBridge event WHEN the correlator handler runs THEN it is in the activity feed', async () => {
    const result = await correlatorHandler(envelope('eb-3', { tenantId: 'h2', lead: { id: 'L1' } }), context);
    expect(result).toMatchObject({ eventId: 'eb-3', recorded: true });
    const feed = await createActivityStore({ db, clock }).list('h2');
    expect(feed.items.map((e) => [e.eventId, e.type, e.leadId])).toStrictEqual([
      ['eb-3', 'lead.created', 'L1'],
    ]);
  });
});

describe('provisioner stream handling', () => {
  const record = (
    seq: string,
    tenantId: string,
    workflowId: string,
    eventName: 'INSERT' | 'MODIFY' | 'REMOVE' = 'MODIFY',
  ): DynamoDBRecord => ({
    eventName,
    dynamodb: {
      SequenceNumber: seq,
      Keys: { pk: { S: `T#${tenantId}#WF#${workflowId}` }, sk: { S: 'WORKFLOW' } },
      ...(eventName === 'REMOVE'
        ? {}
        : { NewImage: { tenantId: { S: tenantId }, workflowId: { S: workflowId } } }),
    },
  });

  it('GIVEN a stream batch WHEN handled THEN each workflow converges once and failures name their records', async () => {
    const calls: string[] = [];
    const fake = {
      provision: async (tenantId: string, workflowId: string) => {
        calls.push(`${tenantId}/${workflowId}`);
        if (workflowId === 'broken') throw new Error('ThrottlingException');
        return { tenantId, workflowId, outcome: 'converged' as const, changes: [] };
      },
    } as Provisioner;
    const result = await handleStream(fake, {
      Records: [
        record('1', 't', 'a'),
        record('2', 't', 'a'),
        record('3', 't', 'broken'),
        record('4', 't', 'b', 'REMOVE'),
      ],
    });
    expect(calls).toStrictEqual(['t/a', 't/broken', 't/b']);
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: '3' }] });
  });

  it('GIVEN a REMOVE record WHEN read THEN the workflow comes from its keys', () => {
    expect(workflowOfRecord(record('9', 'tenant-x', 'wf-1', 'REMOVE'))).toStrictEqual({
      tenantId: 'tenant-x',
      workflowId: 'wf-1',
    });
  });

  it('GIVEN the deployed environment WHEN settings are read THEN the resolver uses the agent ARNs, and a missing variable is named', () => {
    const env = {
      TABLE_NAME: 'dynaris',
      EVENT_BUS_NAME: 'bus',
      AGENT_FUNCTION_ARNS: JSON.stringify({ email: 'arn:aws:lambda:us-east-1:1:function:email' }),
      SUPERVISOR_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:1:function:sup',
      STATE_MACHINE_ROLE_ARN: 'arn:aws:iam::1:role/sm',
      STATE_MACHINE_PREFIX: 'dynaris',
      SCHEDULE_GROUP: 'dynaris',
      SCHEDULER_ROLE_ARN: 'arn:aws:iam::1:role/sched',
      FILES_BUCKET: 'files',
    };
    const settings = settingsFromEnv(env);
    expect(settings.resolver.agentFunction('email')).toBe('arn:aws:lambda:us-east-1:1:function:email');
    expect(() => settings.resolver.agentFunction('crm')).toThrow(/crm/);
    expect(settings.logGroupArn).toBeUndefined();
    expect(() => settingsFromEnv({ ...env, SCHEDULE_GROUP: '' })).toThrow(/SCHEDULE_GROUP/);
  });

  it('GIVEN no dispatcher ARN in the environment WHEN routing rules are needed THEN the static rules are relied on', async () => {
    expect(routingRulesFromEnv({ EVENT_BUS_NAME: 'bus' })).toBe(STATIC_ROUTES);
    const [rule] = await STATIC_ROUTES.listDispatchRules();
    expect(JSON.parse(rule?.pattern ?? '{}')).toStrictEqual({ source: [{ prefix: 'dynaris.' }] });
    expect(
      routingRulesFromEnv({
        EVENT_BUS_NAME: 'bus',
        DISPATCHER_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:1:function:d',
      }),
    ).not.toBe(STATIC_ROUTES);
  });
});
