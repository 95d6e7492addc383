import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER } from '../../functions/adapters/ses-mailer';
import { IdempotencyInProgressError, withIdempotency } from '../../functions/data/idempotency';
import type { LocalRuntime } from '../../infra/local/runtime';
import { dataDirRuntimes } from './data-dirs';

/**
 * What a restart on the same --data-dir finds from a process that stopped in the middle of its work: claims it
 * held, events it archived but had not delivered. (The real kill -9 is in crash-recovery.test.ts.)
 */

const ENV = {
  DYNARIS_API_KEY: 'dyn_local_e2e_key_0123456789',
  DYNARIS_WEBHOOK_SECRET: 'e2e-secret-0123456789',
};

const WELCOME = {
  name: 'Welcome',
  trigger: { type: 'event', event: 'lead.created' },
  steps: [
    {
      id: 'welcome',
      action: 'email.send',
      input: { to: '{{trigger.lead.email}}', subject: 'Welcome {{trigger.lead.name}}', body: 'Hello' },
    },
  ],
};

describe('restarting on a data dir a stopped process left', () => {
  const { dataDir, start, stop, cleanup } = dataDirRuntimes('dynaris-restart-', ENV);
  afterEach(cleanup);

  const emails = (rt: LocalRuntime) => rt.outbox.list({ kind: 'email' });

  it('GIVEN a step lock held by a process that stopped mid-step WHEN the runtime starts again on its data dir THEN the step runs at once instead of waiting out the lock, and a finished step still replays its result', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    const unit = { tenantId: first.tenantId, key: 'exec-1#send#0#email.send' };
    let claimed: () => void = () => {};
    const holding = new Promise<void>((resolve) => {
      claimed = resolve;
    });
    void withIdempotency(first.platform.db, unit, () => {
      claimed();
      return new Promise<never>(() => {});
    });
    await holding;
    const done = await withIdempotency(
      first.platform.db,
      { ...unit, key: 'exec-1#done#0' },
      async () => 'first',
    );
    expect(done).toBe('first');
    // The lock is held: while its holder lives, a second attempt must wait.
    await expect(withIdempotency(first.platform.db, unit, async () => 'twice')).rejects.toBeInstanceOf(
      IdempotencyInProgressError,
    );
    await stop(first);

    const second = await start(dir);
    const interrupted: string[] = [];
    const told = (key: string) => () => {
      interrupted.push(key);
    };
    expect(
      await withIdempotency(
        second.platform.db,
        { ...unit, onInterrupted: told(unit.key) },
        async () => 'ran after restart',
      ),
    ).toBe('ran after restart');
    let ranAgain = false;
    const replayed = await withIdempotency(
      second.platform.db,
      { ...unit, key: 'exec-1#done#0', onInterrupted: told('exec-1#done#0') },
      async () => {
        ranAgain = true;
        return 'second';
      },
    );
    expect([replayed, ranAgain]).toEqual(['first', false]);
    // The attempt that took the dead claim over was told an earlier one may already have acted; the replay was not.
    expect(interrupted).toEqual([unit.key]);
  });

  it('GIVEN an email sent by an attempt that died before recording it WHEN the released step sends it again after a restart THEN the outbox holds it once, with the first message id', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    const email = {
      tenantId: first.tenantId,
      from: 'dynaris@localhost',
      to: ['amy@example.com'],
      subject: 'Welcome',
      text: 'Hello',
      headers: { [IDEMPOTENCY_HEADER]: 'unit-42' },
    };
    const sent = await first.platform.mailer.send(email);
    await stop(first);

    const second = await start(dir);
    expect(await second.platform.mailer.send(email)).toEqual(sent);
    expect(emails(second).map((m) => m.messageId)).toEqual([sent.messageId]);
    const other = await second.platform.mailer.send({
      ...email,
      headers: { [IDEMPOTENCY_HEADER]: 'unit-43' },
    });
    expect(other.messageId).not.toBe(sent.messageId);
    expect(emails(second)).toHaveLength(2);
  });

  it('GIVEN an event archived but never dispatched (kill between the acknowledgement and the dispatch) WHEN the runtime starts again THEN it is dispatched once, and a later restart does not dispatch it again', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    expect((await first.api('POST', '/leads', { email: 'amy@example.com', name: 'Amy' })).status).toBe(201);
    await first.waitForIdle();
    const created = await first.api('POST', '/workflows', WELCOME);
    const { workflowId } = (created.body as { workflow: { workflowId: string } }).workflow;
    expect((await first.api('POST', `/workflows/${workflowId}/enable`)).status).toBe(200);
    await stop(first);
    // The process had archived lead.created but recorded no delivery of it.
    const [leadEvent] = first.bus.events({ detailType: 'lead.created' });
    const deliveries = path.join(dir, 'deliveries.jsonl');
    const kept = (await readFile(deliveries, 'utf8'))
      .split('\n')
      .filter((line) => line !== '' && !line.includes(String(leadEvent?.id)));
    await writeFile(deliveries, kept.map((line) => `${line}\n`).join(''));

    const second = await start(dir);
    await second.waitForIdle();
    expect(emails(second).map((m) => m.to)).toEqual([['amy@example.com']]);
    const runs = await second.api('GET', `/workflows/${workflowId}/runs`);
    expect((runs.body as { items: { status: string }[] }).items.map((r) => r.status)).toEqual(['succeeded']);
    await stop(second);

    const third = await start(dir);
    await third.waitForIdle();
    expect(emails(third)).toHaveLength(1);
  });

  it('GIVEN a run started (202) that the executions snapshot did not hold yet when the process died WHEN the runtime starts again THEN the same run starts again and completes once', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    const created = await first.api('POST', '/workflows', {
      name: 'Later',
      trigger: { type: 'manual' },
      steps: [
        { id: 'pause', wait: 'PT1H' },
        { id: 'ping', action: 'notify.slack', input: { text: 'ping' } },
      ],
    });
    const { workflowId } = (created.body as { workflow: { workflowId: string } }).workflow;
    await first.api('POST', `/workflows/${workflowId}/enable`);
    const started = await first.api('POST', `/workflows/${workflowId}/runs`, { input: {} });
    expect(started.status).toBe(202);
    const { runId } = started.body as { runId: string };
    await first.waitForIdle();
    await stop(first);
    // Killed before the debounced snapshot was written: the file holds no execution.
    await writeFile(path.join(dir, 'executions.json'), '[]');

    const second = await start(dir);
    const run = async () =>
      ((await second.api('GET', `/runs/${runId}`)).body as { run: { status: string } }).run;
    expect((await run()).status).toBe('running');
    await second.advance(3_600_000);
    await second.waitForIdle();
    expect((await run()).status).toBe('succeeded');
    expect(second.outbox.list({ kind: 'slack' }).map((m) => (m.body as { text: string }).text)).toEqual([
      'ping',
    ]);
    const runs = await second.api('GET', `/workflows/${workflowId}/runs`);
    expect((runs.body as { items: unknown[] }).items).toHaveLength(1);
    await stop(second);

    // Its journal entry is gone with it: a third start does not run it again.
    const third = await start(dir);
    await third.waitForIdle();
    expect(third.outbox.list({ kind: 'slack' })).toHaveLength(1);
    expect(((await third.api('GET', `/runs/${runId}`)).body as { run: { status: string } }).run.status).toBe(
      'succeeded',
    );
  });

  it('GIVEN the delivery log lost WHEN the runtime starts again and delivers every archived event again THEN each workflow still runs at most once per event', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    const created = await first.api('POST', '/workflows', WELCOME);
    const { workflowId } = (created.body as { workflow: { workflowId: string } }).workflow;
    await first.api('POST', `/workflows/${workflowId}/enable`);
    for (const name of ['Amy', 'Bo', 'Cy']) {
      await first.api('POST', '/leads', { email: `${name.toLowerCase()}@example.com`, name });
    }
    await first.waitForIdle();
    expect(emails(first)).toHaveLength(3);
    await stop(first);
    await writeFile(path.join(dir, 'deliveries.jsonl'), '');

    const second = await start(dir);
    await second.waitForIdle();
    expect(emails(second)).toHaveLength(3);
    const runs = await second.api('GET', `/workflows/${workflowId}/runs`);
    expect((runs.body as { items: unknown[] }).items).toHaveLength(3);
  });
});
