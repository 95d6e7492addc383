import { describe, expect, it } from 'vitest';
import { createNotifyAgent } from '../../../functions/agents/notify/notify';
import { runAgentTask } from '../../../functions/agents/runner';
import { NonRetriableError, RetriableError } from '../../../functions/shared/errors';
import type { HttpFetch, OutgoingEmail } from '../../../functions/shared/ports';
import {
  clock,
  db,
  meta,
  nextStatus,
  received,
  secrets,
  slackBase,
  tenants,
  useEmailAndSlack,
} from '../../support/email-notify';

useEmailAndSlack();

const slackAgent = (fetch: HttpFetch = globalThis.fetch, sent: OutgoingEmail[] = []) =>
  createNotifyAgent({
    db,
    clock,
    secrets,
    fetch,
    mailer: {
      send: async (e) => {
        sent.push(e);
        return { messageId: 'm' };
      },
    },
    fromAddress: 'bot@acme.example',
  });

describe('notify.slack against a local Slack', () => {
  it('GIVEN a configured webhook WHEN notify.slack runs and is retried THEN Slack receives one escaped message', async () => {
    await tenants().updateSettings('sl-1', {
      httpAllowList: ['127.0.0.1'],
      integrations: { slackWebhookUrl: `${slackBase}/services/T1/B1/secret123` },
    });
    const agent = slackAgent();
    const payload = {
      action: 'notify.slack',
      input: { text: 'New lead <!channel> & co' },
      meta: meta('sl-1'),
    };
    const a = await runAgentTask({ area: 'notify', ...agent, deps: { db, clock }, payload });
    const b = await runAgentTask({ area: 'notify', ...agent, deps: { db, clock }, payload });
    expect(a).toEqual({ delivered: true, via: 'slack' });
    expect(b).toEqual(a);
    expect(received).toEqual([
      expect.objectContaining({
        path: '/services/T1/B1/secret123',
        body: JSON.stringify({ text: 'New lead &lt;!channel&gt; &amp; co' }),
      }),
    ]);
    expect(received[0]?.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it.each([
    [429, RetriableError, /rate-limited.*30s/],
    [503, RetriableError, /answered 503/],
    [404, NonRetriableError, /refused the message \(404: no_service\)/],
  ] as const)(
    'GIVEN Slack answers %i WHEN notify.slack runs THEN the error is %o and never shows the webhook URL',
    async (status, kind, message) => {
      await tenants().updateSettings(`sl-${status}`, {
        httpAllowList: ['127.0.0.1'],
        integrations: { slackWebhookUrl: `${slackBase}/services/T1/B1/secret123` },
      });
      nextStatus.push(status);
      const err = await runAgentTask({
        area: 'notify',
        ...slackAgent(),
        deps: { db, clock },
        payload: { action: 'notify.slack', input: { text: 'x' }, meta: meta(`sl-${status}`) },
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(kind);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain('secret123');
    },
  );

  it("GIVEN only tenant A has Slack WHEN tenant B's workflow posts THEN it fails for good as a missing integration and A's webhook is not called", async () => {
    await tenants().updateSettings('sl-a', {
      httpAllowList: ['127.0.0.1'],
      integrations: { slackWebhookUrl: `${slackBase}/services/A` },
    });
    const err = await runAgentTask({
      area: 'notify',
      ...slackAgent(),
      deps: { db, clock },
      payload: { action: 'notify.slack', input: { text: 'x' }, meta: meta('sl-b') },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NonRetriableError);
    expect((err as Error).message).toMatch(/Slack is not connected/);
    expect(received).toEqual([]);
  });
});

describe('notify.team', () => {
  it('GIVEN team members WHEN a named member is notified THEN email or a Slack mention reaches them, and unknown names fail for good', async () => {
    await tenants().updateSettings('tm-1', {
      httpAllowList: ['127.0.0.1'],
      team: [
        { name: 'Ann Smith', email: 'ann@acme.example' },
        { name: 'Bob Jones', email: 'bob@acme.example', slackUserId: 'U012AB3CD' },
      ],
      integrations: { slackWebhookUrl: `${slackBase}/services/team` },
    });
    const sent: OutgoingEmail[] = [];
    const agent = slackAgent(globalThis.fetch, sent);
    const run = (input: Record<string, unknown>) =>
      runAgentTask({
        area: 'notify',
        ...agent,
        deps: { db, clock },
        payload: { action: 'notify.team', input, meta: meta('tm-1') },
      });
    expect(await run({ text: 'Hot lead: ACME\nvalue 20k', member: 'ann' })).toEqual({
      delivered: true,
      via: 'email',
    });
    expect(sent).toEqual([
      {
        tenantId: 'tm-1',
        from: 'bot@acme.example',
        to: ['ann@acme.example'],
        subject: 'Hot lead: ACME',
        text: 'Hot lead: ACME\nvalue 20k',
      },
    ]);
    expect(await run({ text: 'Call ACME', member: 'Bob Jones' })).toEqual({ delivered: true, via: 'slack' });
    expect(received.map((r) => r.body)).toEqual([JSON.stringify({ text: '<@U012AB3CD> Call ACME' })]);
    expect(await run({ text: 'Via mail', member: 'bob@acme.example', via: 'email' })).toEqual({
      delivered: true,
      via: 'email',
    });
    await expect(run({ text: 'x', member: 'Carol' })).rejects.toThrow(
      /No team member "Carol" \(team: Ann Smith, Bob Jones\)/,
    );
  });
});
