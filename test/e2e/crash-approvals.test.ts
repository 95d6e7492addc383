import { afterEach, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime';
import { copyAsKilled, dataDirRuntimes } from './data-dirs';

/**
 * A run waiting for a person's approval when the process was killed before the executions snapshot held it (the
 * data dir copied as the kill left it, see crash-points.test.ts): at the next start the run starts again and waits
 * on the approval it asked before, which is not asked again; deciding it lets the run finish once.
 */

const ENV = {
  DYNARIS_API_KEY: 'dyn_local_e2e_key_0123456789',
  DYNARIS_WEBHOOK_SECRET: 'e2e-secret-0123456789',
};

const ONE_APPROVAL = {
  name: 'Ask then welcome',
  trigger: { type: 'manual' },
  steps: [
    { id: 'ask', approval: { message: 'Welcome them?' } },
    { id: 'tell', action: 'email.send', input: { to: 'ops@example.com', subject: 'Done', body: 'ok' } },
  ],
};
const APPROVAL_PER_ITEM = {
  name: 'Ask for each',
  trigger: { type: 'manual' },
  steps: [
    {
      id: 'each',
      forEach: {
        items: '{{trigger.people}}',
        steps: [
          { id: 'ask', approval: { message: 'Welcome {{item.email}}?' } },
          { id: 'tell', action: 'email.send', input: { to: '{{item.email}}', subject: 'Done', body: 'ok' } },
        ],
      },
    },
  ],
};

interface Pending {
  readonly approvalId: string;
  readonly message: string;
}

describe('a run waiting for approval, killed before the executions snapshot held it', () => {
  const { dataDir, start, stop, cleanup } = dataDirRuntimes('dynaris-crash-approval-', ENV);
  afterEach(cleanup);

  const pending = async (rt: LocalRuntime) =>
    ((await rt.api('GET', '/approvals')).body as { items: Pending[] }).items
      .map((a) => ({ approvalId: a.approvalId, message: a.message }))
      .sort((a, b) => a.message.localeCompare(b.message));
  const status = async (rt: LocalRuntime, runId: string) =>
    ((await rt.api('GET', `/runs/${runId}`)).body as { run: { status: string } }).run.status;

  it.each([
    { kind: 'one approval step', workflow: ONE_APPROVAL, emails: ['ops@example.com'] },
    {
      kind: 'an approval step in a forEach',
      workflow: APPROVAL_PER_ITEM,
      emails: ['a@example.com', 'b@example.com'],
    },
  ])(
    'GIVEN $kind waiting WHEN the runtime starts again on the data dir the kill left THEN the same approvals are pending, none asked again, and approving them finishes the run once',
    async ({ workflow, emails }) => {
      const dir = await dataDir();
      const first = await start(dir);
      const created = await first.api('POST', '/workflows', workflow);
      const { workflowId } = (created.body as { workflow: { workflowId: string } }).workflow;
      expect((await first.api('POST', `/workflows/${workflowId}/enable`)).status).toBe(200);
      const people = emails.map((email) => ({ email }));
      const started = await first.api('POST', `/workflows/${workflowId}/runs`, { input: { people } });
      expect(started.status).toBe(202);
      const { runId } = started.body as { runId: string };
      await first.waitForIdle();
      await first.bus.flush();
      expect(await status(first, runId)).toBe('waiting_approval');
      const asked = await pending(first);
      expect(asked).toHaveLength(emails.length);
      const killed = await dataDir();
      await copyAsKilled(dir, killed);
      await stop(first);

      const second = await start(killed);
      await second.waitForIdle();
      expect(await status(second, runId)).toBe('waiting_approval');
      expect(await pending(second)).toEqual(asked);
      const requested = second.bus.events({ detailType: 'approval.requested' }).map((e) => e.id);
      expect(new Set(requested).size).toBe(emails.length);

      for (const a of asked) {
        expect((await second.api('POST', `/approvals/${a.approvalId}/approve`, {})).status).toBe(200);
      }
      await second.waitForIdle();
      expect(await status(second, runId)).toBe('succeeded');
      const sent = second.outbox.list({ kind: 'email' }).filter((m) => m.subject === 'Done');
      expect(sent.flatMap((m) => m.to).sort()).toEqual(emails);
    },
  );
});
