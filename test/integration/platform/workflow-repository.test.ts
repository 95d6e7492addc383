import { describe, expect, it } from 'vitest';
import { BadRequestError, ConflictError, NotFoundError } from '../../../functions/shared/errors';
import { usePlatformRepositories, workflows } from '../../support/platform-repositories';
import { definition } from './fixtures';

usePlatformRepositories();

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
