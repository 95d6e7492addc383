import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../../functions/adapters/local-secrets';
import { createApprovalRepository } from '../../../functions/data/approvals';
import { createLogRepository } from '../../../functions/data/logs';
import { createRunRepository, type NewRun } from '../../../functions/data/runs';
import { createTenantRepository, sha256Hex } from '../../../functions/data/tenants';
import { createWorkflowRepository } from '../../../functions/data/workflows';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../../functions/shared/errors';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { definition, tickingClock } from './fixtures';

let db: TestDatabase;
const clock = tickingClock();
const secrets = createLocalSecretBox(generateSecretsKey());
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const tenants = () => createTenantRepository({ db, secrets, clock });
const workflows = () => createWorkflowRepository({ db, clock });
const runs = () => createRunRepository({ db, clock });
const logs = () => createLogRepository({ db, clock });
const approvals = () => createApprovalRepository({ db, clock });

const SLACK = 'https://hooks.slack.com/services/T000/B000/abcdefghijklmnopWXYZ';

describe('tenant settings', () => {
  it('GIVEN a tenant that never saved settings WHEN they are read THEN the defaults apply (Auto Mode on, UTC, weekday hours)', async () => {
    const s = await tenants().getTenantSettings('t-defaults');
    expect(s).toMatchObject({ autoMode: true, timezone: 'UTC', version: 0, team: [], httpAllowList: [] });
    expect(s.businessHours.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(s.businessHours.sat).toBeUndefined();
    expect(s.integrations.slack).toEqual({ configured: false, webhookUrl: null });
  });

  it('GIVEN a Slack webhook URL WHEN it is saved THEN it is stored encrypted, returned masked, and decrypted only for the notify agent', async () => {
    const repo = tenants();
    const saved = await repo.updateSettings('t-slack', {
      integrations: { slackWebhookUrl: SLACK },
      autoMode: false,
    });
    expect(saved.integrations.slack).toEqual({
      configured: true,
      webhookUrl: 'https://hooks.slack.com/…/WXYZ',
    });
    expect(JSON.stringify(saved)).not.toContain('abcdefghijklmnop');
    const raw = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: { pk: 'T#t-slack#TENANT', sk: 'SETTINGS' } }),
    );
    expect(JSON.stringify(raw.Item)).not.toContain('abcdefghijklmnop');
    expect(await repo.getSlackWebhookUrl('t-slack')).toBe(SLACK);
    expect(await repo.getSlackWebhookUrl('t-other')).toBeUndefined();
    const removed = await repo.updateSettings('t-slack', { integrations: { slackWebhookUrl: null } });
    expect(removed.integrations.slack.configured).toBe(false);
    expect(removed.autoMode).toBe(false);
  });

  it('GIVEN an encrypted secret of tenant A WHEN it is decrypted as tenant B THEN decryption fails (tenant-bound ciphertext)', async () => {
    const ct = await secrets.encrypt('s3cret', 'tenant-a');
    await expect(secrets.decrypt(ct, 'tenant-b')).rejects.toThrow();
    expect(await secrets.decrypt(ct, 'tenant-a')).toBe('s3cret');
  });

  it('GIVEN invalid settings WHEN they are saved THEN a BadRequestError names each field', async () => {
    const err = await tenants()
      .updateSettings('t-bad', {
        timezone: 'Mars/Olympus',
        businessHours: { mon: [{ start: '18:00', end: '09:00' }] },
        team: [{ name: 'Ann', email: 'not-an-email' }],
        httpAllowList: ['10.0.0.0/8'],
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    const paths = (err as BadRequestError).details?.map((d) => d.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['timezone', 'team.0.email']));
    expect(paths.some((p) => p.startsWith('businessHours.mon'))).toBe(true);
  });

  it('GIVEN overlapping opening intervals WHEN saved THEN they are refused', async () => {
    const err = await tenants()
      .updateSettings('t-overlap', {
        businessHours: {
          tue: [
            { start: '09:00', end: '13:00' },
            { start: '12:00', end: '17:00' },
          ],
        },
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).details).toEqual([
      { path: 'businessHours.tue', message: 'intervals of a day must not overlap' },
    ]);
    const ok = await tenants().updateSettings('t-overlap', {
      businessHours: {
        tue: [
          { start: '13:00', end: '17:00' },
          { start: '09:00', end: '13:00' },
        ],
      },
    });
    expect(ok.businessHours.tue).toHaveLength(2);
  });

  it('GIVEN an http:// integration URL WHEN insecure URLs are not allowed THEN it is refused', async () => {
    await expect(
      tenants().updateSettings('t-http', { integrations: { slackWebhookUrl: 'http://hooks.example.com/x' } }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it('GIVEN two editors holding version 1 WHEN both save with expectedVersion THEN the second gets a ConflictError', async () => {
    const repo = tenants();
    const v1 = await repo.updateSettings('t-race', { timezone: 'Europe/Berlin' });
    expect(v1.version).toBe(1);
    await repo.updateSettings('t-race', { autoMode: false }, 1);
    await expect(repo.updateSettings('t-race', { autoMode: true }, 1)).rejects.toBeInstanceOf(ConflictError);
    const after = await repo.getTenantSettings('t-race');
    expect(after).toMatchObject({ autoMode: false, timezone: 'Europe/Berlin', version: 2 });
  });

  it('GIVEN five unversioned patches of different fields at once WHEN saved THEN every change survives', async () => {
    const repo = tenants();
    const names = Array.from({ length: 5 }, (_, n) => `Member ${n}`);
    await Promise.all([
      repo.updateSettings('t-merge', { autoMode: false }),
      repo.updateSettings('t-merge', { timezone: 'Asia/Tokyo' }),
      repo.updateSettings('t-merge', { httpAllowList: ['10.0.0.0/8'] }),
      repo.updateSettings('t-merge', { team: names.map((name) => ({ name })) }),
      repo.updateSettings('t-merge', { integrations: { slackWebhookUrl: SLACK } }),
    ]);
    const s = await repo.getTenantSettings('t-merge');
    expect(s).toMatchObject({
      autoMode: false,
      timezone: 'Asia/Tokyo',
      httpAllowList: ['10.0.0.0/8'],
      version: 5,
    });
    expect(s.team.map((m) => m.name)).toEqual(names);
    expect(s.integrations.slack.configured).toBe(true);
  });

  it('GIVEN an API key WHEN it is looked up by its hash THEN it resolves to its tenant until revoked; only the hash is stored', async () => {
    const repo = tenants();
    const created = await repo.createApiKey('t-keys', 'CI');
    expect(created.key).toMatch(/^dyn_/);
    expect(await repo.findApiKey(sha256Hex(created.key))).toEqual({
      tenantId: 't-keys',
      keyId: created.keyId,
    });
    expect(await repo.findApiKey(sha256Hex(`${created.key}x`))).toBeUndefined();
    const raw = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: { pk: 'T#t-keys#APIKEY', sk: created.keyId } }),
    );
    expect(JSON.stringify(raw.Item)).not.toContain(created.key);
    const listed = await repo.listApiKeys('t-keys');
    expect(listed.items.map((k) => k.keyId)).toEqual([created.keyId]);
    expect(JSON.stringify(listed)).not.toContain(created.key);
    await expect(repo.revokeApiKey('t-intruder', created.keyId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await repo.findApiKey(sha256Hex(created.key))).toBeDefined();
    await repo.revokeApiKey('t-keys', created.keyId);
    expect(await repo.findApiKey(sha256Hex(created.key))).toBeUndefined();
  });

  it('GIVEN an operator-chosen key WHEN imported twice and then for another tenant THEN it resolves to the first tenant and the second import conflicts', async () => {
    const repo = tenants();
    const key = 'dyn_local_0123456789abcdefghijklmn';
    const first = await repo.importApiKey('t-import', 'Local runtime key', key);
    expect(first.prefix).toBe('dyn_lo…');
    expect(await repo.importApiKey('t-import', 'Local runtime key', key)).toEqual(first);
    expect(await repo.findApiKey(sha256Hex(key))).toEqual({ tenantId: 't-import', keyId: first.keyId });
    await expect(repo.importApiKey('t-import-other', 'x', key)).rejects.toBeInstanceOf(ConflictError);
    await expect(repo.importApiKey('t-import', 'x', 'short')).rejects.toBeInstanceOf(BadRequestError);
  });

  it('GIVEN a webhook secret WHEN it is set THEN only the owning tenant reads it back', async () => {
    const repo = tenants();
    const secret = await repo.setWebhookSecret('t-hook');
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(await repo.getWebhookSecret('t-hook')).toBe(secret);
    expect(await repo.getWebhookSecret('t-hook-other')).toBeUndefined();
    expect((await repo.getTenantSettings('t-hook')).webhookSecretConfigured).toBe(true);
  });
});

describe('workflows', () => {
  it('GIVEN a workflow at version 1 WHEN saved with expectedVersion 1 THEN version 2 is current and both versions are kept', async () => {
    const repo = workflows();
    const wf = await repo.create('t-wf', definition('Welcome'), { by: 'ann' });
    expect(wf).toMatchObject({
      status: 'draft',
      currentVersion: 1,
      trigger: { type: 'event', event: 'lead.created' },
    });
    const v2 = await repo.saveVersion('t-wf', wf.workflowId, definition('Welcome v2'), 1, {
      by: 'bob',
      comment: 'rename',
    });
    expect(v2).toMatchObject({ currentVersion: 2, name: 'Welcome v2', updatedBy: 'bob' });
    const versions = await repo.listVersions('t-wf', wf.workflowId);
    expect(versions.items.map((v) => [v.version, v.definition.name])).toEqual([
      [2, 'Welcome v2'],
      [1, 'Welcome'],
    ]);
    expect((await repo.getVersion('t-wf', wf.workflowId, 1)).definition.name).toBe('Welcome');
  });

  it('GIVEN a stale expectedVersion WHEN saving THEN ConflictError (409) and no version is written', async () => {
    const repo = workflows();
    const wf = await repo.create('t-wf', definition('Stale'));
    await repo.saveVersion('t-wf', wf.workflowId, definition('Stale 2'), 1);
    const err = await repo
      .saveVersion('t-wf', wf.workflowId, definition('Lost update'), 1)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).statusCode).toBe(409);
    expect((err as Error).message).toContain('version 2');
    const current = await repo.mustGet('t-wf', wf.workflowId);
    expect(current).toMatchObject({ currentVersion: 2, name: 'Stale 2' });
    expect((await repo.listVersions('t-wf', wf.workflowId)).items).toHaveLength(2);
  });

  it('GIVEN five editors saving version 1 at once WHEN they race THEN exactly one wins', async () => {
    const repo = workflows();
    const wf = await repo.create('t-wf', definition('Race'));
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((n) => repo.saveVersion('t-wf', wf.workflowId, definition(`Race ${n}`), 1)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.every((r) => r.reason instanceof ConflictError)).toBe(true);
    expect((await repo.listVersions('t-wf', wf.workflowId)).items).toHaveLength(2);
  });

  it('GIVEN seven workflows WHEN listed two per page THEN every workflow appears once, newest first, with status filtering', async () => {
    const repo = workflows();
    const ids: string[] = [];
    for (let n = 0; n < 7; n++) ids.push((await repo.create('t-page', definition(`W${n}`))).workflowId);
    await repo.enable('t-page', ids[3] as string);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await repo.list('t-page', { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((w) => w.workflowId));
      cursor = page.cursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    expect(pages).toBe(4);
    const enabled = await repo.list('t-page', { status: 'enabled' });
    expect(enabled.items.map((w) => w.workflowId)).toEqual([ids[3]]);
  });

  it('GIVEN an invalid workflow id WHEN creating THEN it is a bad request', async () => {
    await expect(
      workflows().create('t-wf', definition('Bad'), { workflowId: 'Has Spaces' }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it('GIVEN a cursor of another tenant WHEN it is used THEN it is refused', async () => {
    const repo = workflows();
    await repo.create('t-cur', definition('A'));
    await repo.create('t-cur', definition('B'));
    const page = await repo.list('t-cur', { limit: 1 });
    expect(page.cursor).toBeDefined();
    await expect(repo.list('t-other', { limit: 1, cursor: page.cursor as string })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });

  it('GIVEN enable, disable, deployment and deletion WHEN applied THEN status and resources follow and a deleting workflow refuses saves', async () => {
    const repo = workflows();
    const wf = await repo.create('t-life', definition('Life'));
    expect((await repo.enable('t-life', wf.workflowId)).status).toBe('enabled');
    const deployed = await repo.setDeployment('t-life', wf.workflowId, {
      stateMachineArn: 'arn:aws:states:eu-west-1:1:stateMachine:x',
      scheduleArn: null,
      subscriptionKey: 'lead.created',
      version: 1,
    });
    expect(deployed.deployed).toMatchObject({
      stateMachineArn: 'arn:aws:states:eu-west-1:1:stateMachine:x',
      version: 1,
    });
    await expect(
      repo.setDeployment('t-life', wf.workflowId, {
        stateMachineArn: 'x',
        scheduleArn: null,
        subscriptionKey: null,
        version: 9,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await repo.setStatus('t-life', wf.workflowId, 'error', 'CreateStateMachine failed')).toMatchObject(
      {
        status: 'error',
        statusReason: 'CreateStateMachine failed',
      },
    );
    expect((await repo.disable('t-life', wf.workflowId, 'paused by Ann')).statusReason).toBe('paused by Ann');
    await repo.markDeleting('t-life', wf.workflowId);
    await expect(repo.saveVersion('t-life', wf.workflowId, definition('Late'), 1)).rejects.toThrow(
      /being deleted/,
    );
    await expect(repo.enable('t-life', wf.workflowId)).rejects.toBeInstanceOf(ConflictError);
    await repo.remove('t-life', wf.workflowId);
    expect(await repo.get('t-life', wf.workflowId)).toBeUndefined();
    expect((await repo.listVersions('t-life', wf.workflowId)).items).toEqual([]);
    await repo.remove('t-life', wf.workflowId);
  });

  it("GIVEN tenant A's workflow WHEN tenant B reads, saves, enables or deletes it THEN B sees nothing and changes nothing", async () => {
    const repo = workflows();
    const wf = await repo.create('tenant-a', definition('Private'));
    expect(await repo.get('tenant-b', wf.workflowId)).toBeUndefined();
    await expect(repo.saveVersion('tenant-b', wf.workflowId, definition('Hijack'), 1)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(repo.enable('tenant-b', wf.workflowId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(repo.markDeleting('tenant-b', wf.workflowId)).rejects.toBeInstanceOf(NotFoundError);
    await repo.remove('tenant-b', wf.workflowId);
    expect((await repo.list('tenant-b')).items).toEqual([]);
    expect(await repo.mustGet('tenant-a', wf.workflowId)).toMatchObject({
      name: 'Private',
      status: 'draft',
      currentVersion: 1,
    });
  });
});

const newRun = (runId: string, workflowId = 'wf-1', startedAt?: string): NewRun => ({
  runId,
  workflowId,
  workflowName: 'Welcome',
  version: 1,
  executionId: `arn:aws:states:::execution:x:${runId}`,
  triggerType: 'event',
  dryRun: false,
  autoMode: true,
  startedAt: startedAt ?? clock.now().toISOString(),
});

describe('runs and logs', () => {
  it('GIVEN a retried start WHEN the run is created twice THEN one record exists and the retry sees it', async () => {
    const repo = runs();
    expect((await repo.create('t-run', newRun('r-1'))).created).toBe(true);
    const again = await repo.create('t-run', newRun('r-1'));
    expect(again.created).toBe(false);
    expect(again.run.status).toBe('running');
  });

  it('GIVEN a finished run WHEN a late fail arrives THEN the first ending stands', async () => {
    const repo = runs();
    await repo.create('t-run', newRun('r-2'));
    const done = await repo.transition('t-run', 'r-2', 'succeeded', {
      steps: { a: { ok: true } },
      endedAt: clock.now().toISOString(),
    });
    expect(done.changed).toBe(true);
    expect(done.run.steps).toEqual({ a: { ok: true } });
    const late = await repo.transition('t-run', 'r-2', 'failed', {
      error: { error: 'X', cause: null, stepId: null },
    });
    expect(late.changed).toBe(false);
    expect(late.run.status).toBe('succeeded');
    await expect(repo.transition('t-run', 'missing', 'failed')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('GIVEN failed and cancelled runs WHEN reopened for a redrive THEN they run again once; running, succeeded and unknown runs are not reopened', async () => {
    const repo = runs();
    for (const id of ['re-failed', 're-cancelled', 're-succeeded', 're-running'])
      await repo.create('t-reopen', newRun(id));
    const endedAt = clock.now().toISOString();
    await repo.transition('t-reopen', 're-failed', 'failed', {
      endedAt,
      error: { error: 'RetriableError', cause: 'SES throttled', stepId: 'welcome' },
    });
    await repo.transition('t-reopen', 're-cancelled', 'cancelled', { endedAt });
    await repo.transition('t-reopen', 're-succeeded', 'succeeded', { endedAt });
    for (const id of ['re-failed', 're-cancelled']) {
      const reopened = await repo.reopen('t-reopen', id);
      expect(reopened.changed, id).toBe(true);
      expect(reopened.run).toMatchObject({ runId: id, status: 'running', endedAt: null });
      expect((await repo.reopen('t-reopen', id)).changed, `${id} twice`).toBe(false);
    }
    // Reopened, the run ends again through the usual transition.
    expect((await repo.transition('t-reopen', 're-failed', 'succeeded', { endedAt })).changed).toBe(true);
    for (const id of ['re-succeeded', 're-running']) {
      const refused = await repo.reopen('t-reopen', id);
      expect(refused.changed, id).toBe(false);
      expect(refused.run.status).toBe(id === 're-running' ? 'running' : 'succeeded');
    }
    await expect(repo.reopen('t-reopen', 'missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('GIVEN runs of two workflows WHEN listed per workflow and per tenant THEN newest first, paginated, and never another tenant', async () => {
    const repo = runs();
    for (let n = 0; n < 5; n++) await repo.create('t-list', newRun(`a-${n}`, 'wf-a'));
    await repo.create('t-list', newRun('b-0', 'wf-b'));
    await repo.create('t-list-other', newRun('x-0', 'wf-a'));
    const first = await repo.listByWorkflow('t-list', 'wf-a', { limit: 3 });
    expect(first.items.map((r) => r.runId)).toEqual(['a-4', 'a-3', 'a-2']);
    const second = await repo.listByWorkflow('t-list', 'wf-a', {
      limit: 3,
      cursor: first.cursor as string,
    });
    expect(second.items.map((r) => r.runId)).toEqual(['a-1', 'a-0']);
    expect(second.cursor).toBeUndefined();
    expect((await repo.listByTenant('t-list')).items.map((r) => r.runId)).toEqual([
      'b-0',
      'a-4',
      'a-3',
      'a-2',
      'a-1',
      'a-0',
    ]);
    expect(await repo.get('t-list-other', 'a-1')).toBeUndefined();
    await repo.transition('t-list', 'a-0', 'failed');
    expect((await repo.listByTenant('t-list', { status: 'failed' })).items.map((r) => r.runId)).toEqual([
      'a-0',
    ]);
  });

  it('GIVEN log entries of two runs WHEN listed per run and per tenant THEN newest first and tenant-scoped', async () => {
    const repo = logs();
    await repo.append('t-log', {
      runId: 'r1',
      workflowId: 'w',
      stepId: '_start',
      level: 'info',
      message: 'Started',
    });
    await repo.append('t-log', {
      runId: 'r2',
      workflowId: 'w',
      stepId: '_start',
      level: 'info',
      message: 'Other run',
    });
    await repo.append('t-log', {
      runId: 'r1',
      workflowId: 'w',
      stepId: '_finish',
      level: 'info',
      message: 'Finished',
    });
    await repo.append('t-log-b', {
      runId: 'r1',
      workflowId: 'w',
      stepId: '_start',
      level: 'info',
      message: 'B',
    });
    expect((await repo.listByRun('t-log', 'r1')).items.map((e) => e.message)).toEqual([
      'Finished',
      'Started',
    ]);
    expect((await repo.listByTenant('t-log')).items.map((e) => e.message)).toEqual([
      'Finished',
      'Other run',
      'Started',
    ]);
    expect((await repo.listByRun('t-log-b', 'r2')).items).toEqual([]);
  });
});

describe('approvals', () => {
  const input = (runId: string, token = `token-${runId}`) => ({
    runId,
    workflowId: 'wf-1',
    workflowName: 'Welcome',
    stepId: '_run',
    message: 'Approve run',
    willDo: ['Send email "Welcome" to a@b.co'],
    taskToken: token,
  });

  it('GIVEN a retried approval request WHEN stored twice THEN one pending approval exists', async () => {
    const repo = approvals();
    const a = await repo.create('t-ap', input('r-1'));
    const b = await repo.create('t-ap', input('r-1'));
    expect(b).toMatchObject({ created: false, approval: { approvalId: a.approval.approvalId } });
    expect((await repo.listPending('t-ap')).items.map((x) => x.approvalId)).toEqual([a.approval.approvalId]);
  });

  it('GIVEN ten concurrent decisions WHEN they race THEN exactly one is recorded and the others conflict', async () => {
    const repo = approvals();
    const { approval } = await repo.create('t-ap2', input('r-race'));
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, n) =>
        repo.decide('t-ap2', approval.approvalId, {
          approved: n % 2 === 0,
          by: `user-${n}`,
          comment: `c${n}`,
        }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(
      results
        .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
        .every((r) => r.reason instanceof ConflictError),
    ).toBe(true);
    const winner = (
      won[0] as PromiseFulfilledResult<Awaited<ReturnType<ReturnType<typeof approvals>['decide']>>>
    ).value;
    expect(winner.taskToken).toBe('token-r-race');
    const stored = await repo.get('t-ap2', approval.approvalId);
    expect(stored).toMatchObject({ status: winner.approval.status, decidedBy: winner.approval.decidedBy });
    expect(stored.comment).toBe(winner.approval.comment);
    expect((await repo.listPending('t-ap2')).items).toEqual([]);
    expect((await repo.listByRun('t-ap2', 'r-race')).items).toHaveLength(1);
  });

  it('GIVEN an approval with approvers WHEN someone else decides THEN it is forbidden and stays pending; an approver (by alias) may decide', async () => {
    const repo = approvals();
    const { approval } = await repo.create('t-ap-who', {
      ...input('r-who'),
      approvers: ['Ann@Acme.example'],
    });
    await expect(
      repo.decide('t-ap-who', approval.approvalId, { approved: true, by: 'bob@acme.example' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await repo.get('t-ap-who', approval.approvalId)).status).toBe('pending');
    const ok = await repo.decide('t-ap-who', approval.approvalId, {
      approved: true,
      by: 'user-123',
      aliases: ['ann@acme.example'],
    });
    expect(ok.approval).toMatchObject({ status: 'approved', decidedBy: 'user-123' });
  });

  it('GIVEN a run with a pending approval WHEN its approvals are expired THEN it leaves the pending list and cannot be decided', async () => {
    const repo = approvals();
    const { approval } = await repo.create('t-ap-exp', input('r-exp'));
    expect(await repo.expireForRun('t-ap-exp', 'r-exp')).toBe(1);
    expect(await repo.expireForRun('t-ap-exp', 'r-exp')).toBe(0);
    expect((await repo.get('t-ap-exp', approval.approvalId)).status).toBe('expired');
    expect((await repo.listPending('t-ap-exp')).items).toEqual([]);
    await expect(repo.decide('t-ap-exp', approval.approvalId, { approved: true, by: 'ann' })).rejects.toThrow(
      /already expired/,
    );
  });

  it("GIVEN tenant A's pending approval WHEN tenant B lists or decides it THEN B sees nothing and cannot decide", async () => {
    const repo = approvals();
    const { approval } = await repo.create('t-ap-a', input('r-a'));
    expect((await repo.listPending('t-ap-b')).items).toEqual([]);
    await expect(
      repo.decide('t-ap-b', approval.approvalId, { approved: true, by: 'mallory' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await repo.get('t-ap-a', approval.approvalId)).status).toBe('pending');
  });
});
