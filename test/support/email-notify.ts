import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../functions/adapters/local-secrets';
import { createTenantRepository } from '../../functions/data/tenants';
import type { TaskMeta } from '../../statemachines/contracts';
import { tickingClock } from '../integration/platform/fixtures';
import { startTestDatabase, type TestDatabase } from './dynalite';

/** dynalite and a local Slack on 127.0.0.1 (records every POST, answers with the status a test sets), for the email and notify tests. */

export let db: TestDatabase;
export const clock = tickingClock();
export const secrets = createLocalSecretBox(generateSecretsKey());
export const FROM = 'Acme <hello@acme.example>';

// A local Slack: records every POST and answers with the status the test sets.
export let server: Server;
export let slackBase: string;
export const received: { path: string; body: string; headers: IncomingMessage['headers'] }[] = [];
export let nextStatus: number[] = [];

export let seq = 0;
export const meta = (tenantId: string, extra: Partial<TaskMeta> = {}): TaskMeta => ({
  tenantId,
  workflowId: 'wf-1',
  runId: `run-${++seq}`,
  executionId: `arn:aws:states:eu-west-1:1:execution:sm:run-${seq}`,
  stepId: 'step',
  itemIndex: -1,
  ...extra,
});

export const tenants = () =>
  createTenantRepository({ db, secrets, clock, allowInsecureIntegrationUrls: true });

/** Registers the set-up and tear-down of these tests in the calling file. */
export const useEmailAndSlack = (): void => {
  beforeAll(async () => {
    db = await startTestDatabase();
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        received.push({ path: req.url ?? '', body, headers: req.headers });
        const status = nextStatus.shift() ?? 200;
        res.writeHead(status, status === 429 ? { 'retry-after': '30' } : {});
        res.end(status === 200 ? 'ok' : status === 404 ? 'no_service' : 'error');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    slackBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await db.close();
  });
  beforeEach(() => {
    received.length = 0;
    nextStatus = [];
  });
};
