import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotifyAgent } from '../../../functions/agents/notify/notify';
import { runAgentTask } from '../../../functions/agents/runner';
import { NonRetriableError } from '../../../functions/shared/errors';
import { clock, db, meta, secrets, tenants, useEmailAndSlack } from '../../support/email-notify';

/**
 * The Slack integration URL is tenant-supplied: it goes through the same SSRF guard as http.request, and errors
 * never repeat what the server answered.
 */

useEmailAndSlack();

let internal: http.Server;
let internalUrl: string;
const hits: string[] = [];

beforeAll(async () => {
  internal = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end('db_password=hunter2 internal admin panel');
  });
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  internalUrl = `http://127.0.0.1:${(internal.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => internal.close(() => resolve())));

const agent = (
  mode: 'aws' | 'local',
  lookup?: (host: string) => Promise<{ address: string; family: number }[]>,
) =>
  createNotifyAgent({
    db,
    clock,
    secrets,
    fetch: globalThis.fetch,
    mode,
    ...(lookup ? { lookup } : {}),
    mailer: { send: async () => ({ messageId: 'm' }) },
    fromAddress: 'bot@acme.example',
  });

const slack = (tenantId: string, notify = agent('local')) =>
  runAgentTask({
    area: 'notify',
    ...notify,
    deps: { db, clock },
    payload: { action: 'notify.slack', input: { text: 'hi' }, meta: meta(tenantId) },
  }).then(
    () => undefined,
    (error: unknown) => error as Error,
  );

describe('Slack URLs through the SSRF guard', () => {
  it('GIVEN a Slack URL on loopback or the metadata address WHEN notify.slack runs THEN refused before anything is sent', async () => {
    for (const [tenant, url] of [
      ['ss-1', `${internalUrl}/hooks/x`],
      ['ss-2', 'http://169.254.169.254/latest/meta-data/'],
      ['ss-3', 'http://[::1]:9/hook'],
    ] as const) {
      await tenants().updateSettings(tenant, { integrations: { slackWebhookUrl: url } });
      const error = await slack(tenant);
      expect(error, url).toBeInstanceOf(NonRetriableError);
      expect(error?.message).toMatch(/^notify\.slack refused: .* (loopback|link-local)/);
    }
    expect(hits).toEqual([]);
  });

  it('GIVEN a Slack host name that resolves to a private address WHEN sent on AWS THEN refused at connection time', async () => {
    await tenants().updateSettings('ss-4', {
      integrations: { slackWebhookUrl: 'https://hooks.example.test/x' },
    });
    const error = await slack(
      'ss-4',
      agent('aws', async () => [{ address: '10.0.0.5', family: 4 }]),
    );
    expect(error).toBeInstanceOf(NonRetriableError);
    expect(error?.message).toContain('hooks.example.test is 10.0.0.5, a private');
  });

  it('GIVEN an allow-listed internal Slack that answers with a body WHEN it refuses THEN the error names the status, never the body', async () => {
    await tenants().updateSettings('ss-5', {
      httpAllowList: ['127.0.0.1'],
      integrations: { slackWebhookUrl: `${internalUrl}/hooks/secret-token` },
    });
    const error = await slack('ss-5');
    expect(error).toBeInstanceOf(NonRetriableError);
    expect(error?.message).toContain('Slack refused the message (400)');
    expect(error?.message).not.toMatch(/hunter2|admin|secret-token/);
    expect(hits).toEqual(['/hooks/secret-token']);
  });
});
