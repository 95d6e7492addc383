import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { ENDED_RUN_REMOVES } from '../../../functions/data/run-item';
import { type NewRun, type RunRecord, runKey } from '../../../functions/data/runs';
import { tenantKey } from '../../../functions/data/table';
import { itemSize } from '../../../statemachines/cost/dynamodb-units';
import { clock, db, runs, usePlatformRepositories } from '../../support/platform-repositories';

usePlatformRepositories();

/** An Express execution's ARN as Step Functions names it: the state machine names the tenant and the workflow. */
const arnOf = (tenantId: string, workflowId: string, runId: string) =>
  `arn:aws:states:us-east-1:123456789012:express:dynaris-prod_${tenantId}-${workflowId}:${runId}:0f8a3c1e-5b2d-4e6f-9a7b-1c2d3e4f5a6b`;

const newRun = (tenantId: string, runId: string, workflowId: string): NewRun => ({
  runId,
  workflowId,
  workflowName: 'Lead follow-up',
  version: 3,
  executionId: arnOf(tenantId, workflowId, runId),
  triggerType: 'event',
  eventId: 'api-8ab1fa29-781b-47a3-8563-c35e3225e1bc',
  dryRun: false,
  autoMode: true,
  startedAt: clock.now().toISOString(),
});

const stored = async (tenantId: string, runId: string): Promise<Record<string, unknown>> =>
  (await db.doc.send(new GetCommand({ TableName: db.tableName, Key: runKey(tenantId, runId) }))).Item ?? {};

const steps = {
  welcome: { messageId: 'local-a4bdcc19@dynaris.local', to: 'ada.lovelace@example.com' },
  'follow-up-call': { bookingId: 'bk_08286ba27619a6ed933e2c61a1', title: 'Follow-up call with Ada Lovelace' },
};

const end = async (tenantId: string, run: NewRun, endedAt: string) =>
  runs().transition(tenantId, run.runId, 'succeeded', {
    steps,
    endedAt,
    executionId: run.executionId,
    workflowId: run.workflowId,
  });

describe('an ended run record leaves out what its keys hold', () => {
  // Ids that hold one another (the tenant inside the workflow id, the workflow id inside the run id, '#' and '_').
  const cases: [string, string, string][] = [
    ['acme-industries-0042', 'wf-mxanp9gk2e85b0e7', 'wf-mxanp9gk2e85b0e7-7dcce55a28337a64'],
    ['wf', 'wf-wf', 'wf-wf-wf'],
    ['a_b', 'wf-a_b#RUNS', 'run#a_b#1'],
  ];

  it.each(cases)(
    'GIVEN tenant %s, workflow %s and run %s WHEN the run ends THEN it reads back as a whole record would, from get and from both lists',
    async (tenantId, workflowId, runId) => {
      const run = newRun(tenantId, runId, workflowId);
      await runs().create(tenantId, run);
      const endedAt = clock.now().toISOString();
      const ended = await end(tenantId, run, endedAt);
      const expected: Partial<RunRecord> = {
        tenantId,
        runId,
        workflowId,
        executionId: run.executionId,
        startedAt: run.startedAt,
        endedAt,
        updatedAt: endedAt,
        status: 'succeeded',
        error: null,
        steps,
        eventId: run.eventId ?? null,
        version: 3,
      };
      expect(ended.run).toMatchObject(expected);
      expect(await runs().get(tenantId, runId)).toStrictEqual(ended.run);
      expect((await runs().listByWorkflow(tenantId, workflowId)).items).toStrictEqual([ended.run]);
      expect((await runs().listByTenant(tenantId)).items).toStrictEqual([ended.run]);
      const item = await stored(tenantId, runId);
      for (const attribute of [...ENDED_RUN_REMOVES, 'error', 'stepsTruncated'])
        expect(item, attribute).not.toHaveProperty(attribute);
    },
  );

  it('GIVEN the lead follow-up run of a 20-character tenant WHEN it ends THEN its item is under 1 KB (1 write unit for it and for each index entry) and its ARN is stored with tokens', async () => {
    const [tenantId, workflowId] = ['acme-industries-0042', 'wf-mxanp9gk2e85b0e7'];
    const runId = `${workflowId}-0123456789abcdef`;
    const run = newRun(tenantId, runId, workflowId);
    await runs().create(tenantId, run);
    await end(tenantId, run, clock.now().toISOString());
    const item = await stored(tenantId, runId);
    expect(item.executionId).toBe(
      'arn:aws:states:us-east-1:123456789012:express:dynaris-prod_{t}-{w}:{r}:0f8a3c1e-5b2d-4e6f-9a7b-1c2d3e4f5a6b',
    );
    expect(item.pk).toBe(tenantKey(tenantId, 'RUN', runId));
    expect(itemSize(marshall(item) as never)).toBeLessThan(1024);
  });

  it('GIVEN a record stored whole, as before WHEN it is read and ended THEN it reads the same and ends as any other', async () => {
    const tenantId = 't-whole';
    const run = newRun(tenantId, 'whole-1', 'wf-whole');
    await runs().create(tenantId, run);
    const before = await runs().get(tenantId, 'whole-1');
    expect(before).toMatchObject({
      tenantId,
      runId: 'whole-1',
      workflowId: 'wf-whole',
      executionId: run.executionId,
    });
    const created = await stored(tenantId, 'whole-1');
    const whole = {
      ...created,
      status: 'failed',
      endedAt: run.startedAt,
      error: null,
    };
    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: whole }));
    expect(await runs().get(tenantId, 'whole-1')).toMatchObject({
      tenantId,
      runId: 'whole-1',
      workflowId: 'wf-whole',
      startedAt: run.startedAt,
      executionId: run.executionId,
      updatedAt: created.updatedAt,
    });
  });

  it('GIVEN an ended run WHEN it is reopened for a redrive THEN its running record holds its tenant and run ids again and its ARN reads back whole', async () => {
    const tenantId = 't-reopen-ended';
    const run = { ...newRun(tenantId, 'ro-1', 'wf-ro'), status: 'running' as const };
    await runs().create(tenantId, run);
    await runs().transition(tenantId, 'ro-1', 'failed', {
      endedAt: clock.now().toISOString(),
      error: { error: 'X', cause: null, stepId: 'a' },
      executionId: run.executionId,
      workflowId: run.workflowId,
    });
    const reopened = await runs().reopen(tenantId, 'ro-1');
    expect(reopened.run).toMatchObject({
      status: 'running',
      executionId: run.executionId,
      workflowId: 'wf-ro',
    });
    expect(await stored(tenantId, 'ro-1')).toMatchObject({ tenantId, runId: 'ro-1', type: 'run' });
  });
});
