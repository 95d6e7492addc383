import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../../functions/adapters/local-secrets';
import { createSesMailer, IDEMPOTENCY_HEADER } from '../../../functions/adapters/ses-mailer';
import { createEmailAgent, idempotencyHeaderValue } from '../../../functions/agents/email/email';
import { createEmailTracking, replyToAddress, trackingIdFor } from '../../../functions/agents/email/tracking';
import { createNotifyAgent } from '../../../functions/agents/notify/notify';
import { runAgentTask } from '../../../functions/agents/runner';
import { createLeadRepository } from '../../../functions/data/leads';
import { createTenantRepository } from '../../../functions/data/tenants';
import { NonRetriableError, RetriableError } from '../../../functions/shared/errors';
import type { HttpFetch, Mailer, OutgoingEmail } from '../../../functions/shared/ports';
import type { TaskMeta } from '../../../statemachines/contracts';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { recordingBus, tickingClock } from './fixtures';

let db: TestDatabase;
const clock = tickingClock();
const secrets = createLocalSecretBox(generateSecretsKey());
const FROM = 'Acme <hello@acme.example>';

// A local Slack: records every POST and answers with the status the test sets.
let server: Server;
let slackBase: string;
const received: { path: string; body: string; headers: IncomingMessage['headers'] }[] = [];
let nextStatus: number[] = [];
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

let seq = 0;
const meta = (tenantId: string, extra: Partial<TaskMeta> = {}): TaskMeta => ({
  tenantId,
  workflowId: 'wf-1',
  runId: `run-${++seq}`,
  executionId: `arn:aws:states:eu-west-1:1:execution:sm:run-${seq}`,
  stepId: 'step',
  itemIndex: -1,
  ...extra,
});

const tenants = () => createTenantRepository({ db, secrets, clock, allowInsecureIntegrationUrls: true });

describe('email.send through SES', () => {
  it('GIVEN a lead WHEN email.send runs and is retried THEN SES gets exactly one SendEmail with reply tracking, the lead timeline and email.sent record it once', async () => {
    const ses = new SESv2Client({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const sesMock = mockClient(ses);
    sesMock.on(SendEmailCommand).resolves({ MessageId: '0100018c-abc' });
    const bus = recordingBus();
    const leads = createLeadRepository({ db, clock });
    const { lead } = await leads.create('em-1', { email: 'ada@example.com', name: 'Ada Lovelace' });
    const agent = createEmailAgent({
      db,
      bus,
      clock,
      mailer: createSesMailer({ client: ses }),
      llm: undefined,
      fromAddress: FROM,
    });
    const m = meta('em-1');
    const payload = {
      action: 'email.send',
      input: { to: 'ada@example.com', subject: 'Welcome', body: 'Hello Ada.\n\nGlad you are here.' },
      meta: m,
    };
    const first = await runAgentTask({ area: 'email', ...agent, deps: { db, clock }, payload });
    const second = await runAgentTask({ area: 'email', ...agent, deps: { db, clock }, payload });
    const trackingId = trackingIdFor(m);
    expect(first).toEqual({ messageId: '0100018c-abc', trackingId, to: 'ada@example.com' });
    expect(second).toEqual(first);

    const calls = sesMock.commandCalls(SendEmailCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({
      FromEmailAddress: FROM,
      Destination: { ToAddresses: ['ada@example.com'] },
      ReplyToAddresses: [`hello+r-${trackingId}@acme.example`],
      Content: {
        Simple: {
          Subject: { Data: 'Welcome', Charset: 'UTF-8' },
          Body: {
            Text: { Data: 'Hello Ada.\n\nGlad you are here.', Charset: 'UTF-8' },
            Html: { Data: '<p>Hello Ada.</p><p>Glad you are here.</p>', Charset: 'UTF-8' },
          },
          Headers: [
            { Name: 'X-Dynaris-Tracking-Id', Value: trackingId },
            { Name: IDEMPOTENCY_HEADER, Value: idempotencyHeaderValue(m) },
          ],
        },
      },
      EmailTags: [{ Name: 'tenantId', Value: 'em-1' }],
    });
    expect(bus.ofType('email.sent')).toHaveLength(1);
    expect(bus.ofType('email.sent')[0]?.detail).toMatchObject({
      tenantId: 'em-1',
      leadId: lead.id,
      to: 'ada@example.com',
      subject: 'Welcome',
      messageId: '0100018c-abc',
      trackingId,
      lead: { id: lead.id, email: 'ada@example.com' },
    });
    const timeline = await leads.listTimeline('em-1', lead.id);
    expect(timeline.items.map((t) => [t.kind, t.text])).toEqual([['email.sent', 'Email sent: "Welcome"']]);

    const tracking = createEmailTracking({ db, clock });
    const viaAddress = await tracking.resolveInbound('em-1', { to: [`hello+r-${trackingId}@acme.example`] });
    expect(viaAddress).toMatchObject({ leadId: lead.id, messageId: '0100018c-abc' });
    const viaHeader = await tracking.resolveInbound('em-1', {
      to: ['hello@acme.example'],
      inReplyTo: '<0100018c-abc@eu-west-1.amazonses.com>',
    });
    expect(viaHeader?.trackingId).toBe(trackingId);
    expect(
      await tracking.resolveInbound('em-other', { to: [`hello+r-${trackingId}@acme.example`] }),
    ).toBeUndefined();
  });

  it('GIVEN a dry run WHEN email.send runs THEN nothing is sent and a would-be output comes back', async () => {
    const sent: OutgoingEmail[] = [];
    const mailer: Mailer = {
      send: async (e) => {
        sent.push(e);
        return { messageId: 'm' };
      },
    };
    const agent = createEmailAgent({
      db,
      bus: recordingBus(),
      clock,
      mailer,
      llm: undefined,
      fromAddress: FROM,
    });
    const m = meta('em-dry', { dryRun: true });
    const out = await runAgentTask({
      area: 'email',
      ...agent,
      deps: { db, clock },
      payload: { action: 'email.send', input: { to: 'a@b.co', subject: 'S', body: 'B' }, meta: m },
    });
    expect(out).toEqual({ messageId: 'dry-run', trackingId: trackingIdFor(m), to: 'a@b.co' });
    expect(sent).toEqual([]);
  });

  it('GIVEN SES throttles or rejects WHEN sending THEN throttling is retriable and a rejection is not', async () => {
    const ses = new SESv2Client({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const sesMock = mockClient(ses);
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'TooManyRequestsException',
      $metadata: { httpStatusCode: 429 },
    });
    const rejected = Object.assign(new Error('Email address is not verified'), {
      name: 'MessageRejected',
      $metadata: { httpStatusCode: 400 },
    });
    sesMock.on(SendEmailCommand).rejectsOnce(throttled).rejectsOnce(rejected);
    const mailer = createSesMailer({ client: ses });
    const email = { tenantId: 't', from: 'a@b.co', to: ['c@d.co'], subject: 's', text: 't' };
    await expect(mailer.send(email)).rejects.toBeInstanceOf(RetriableError);
    await expect(mailer.send(email)).rejects.toBeInstanceOf(NonRetriableError);
  });

  it('GIVEN a from address with a display name WHEN the reply-to is built THEN it is a plus-address on the same mailbox', () => {
    expect(replyToAddress('Acme <hello+news@acme.example>', 'tabc')).toBe('hello+r-tabc@acme.example');
  });
});

describe('email.draft', () => {
  it('GIVEN no model WHEN drafting THEN a deterministic personal draft uses the lead and knowledge snippets', async () => {
    const leads = createLeadRepository({ db, clock });
    const { lead } = await leads.create('dr-1', {
      email: 'grace@example.com',
      name: 'Grace Hopper',
      company: 'Navy',
    });
    const agent = createEmailAgent({
      db,
      bus: recordingBus(),
      clock,
      mailer: { send: async () => ({ messageId: 'x' }) },
      llm: undefined,
      fromAddress: FROM,
      searchKnowledge: async () => [{ title: 'Pricing', snippet: 'Plans start at 49 EUR a month.' }],
    });
    const out = await runAgentTask({
      area: 'email',
      ...agent,
      deps: { db, clock },
      payload: {
        action: 'email.draft',
        input: { instruction: 'Write a friendly follow-up about our pricing', leadId: lead.id },
        meta: meta('dr-1'),
      },
    });
    expect(out).toEqual({
      subject: 'Our pricing',
      body: [
        'Hi Grace,',
        '',
        'I wanted to reach out at Navy about our pricing.',
        '',
        'A few things that may help:',
        '- Pricing: Plans start at 49 EUR a month.',
        '',
        'Just reply to this email if you have any questions.',
        '',
        'Best',
      ].join('\n'),
    });
  });

  it('GIVEN a model WHEN drafting THEN Converse gets the instruction, lead facts and knowledge, and its JSON becomes the draft', async () => {
    const leads = createLeadRepository({ db, clock });
    const { lead } = await leads.create('dr-2', {
      email: 'alan@example.com',
      name: 'Alan',
      company: 'Bletchley',
    });
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const bedrock = mockClient(client);
    bedrock.on(ConverseCommand).resolves({
      output: {
        message: { role: 'assistant', content: [{ text: '{"subject":"Your trial","body":"Hi Alan, ..."}' }] },
      },
      stopReason: 'end_turn',
      usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
      metrics: { latencyMs: 1 },
    });
    const agent = createEmailAgent({
      db,
      bus: recordingBus(),
      clock,
      mailer: { send: async () => ({ messageId: 'x' }) },
      llm: { client, modelId: 'draft-model' },
      fromAddress: FROM,
      searchKnowledge: async () => [{ title: 'Trial', snippet: '14 days free.' }],
    });
    const out = await runAgentTask({
      area: 'email',
      ...agent,
      deps: { db, clock },
      payload: {
        action: 'email.draft',
        input: { instruction: 'Invite to a trial', leadId: lead.id, tone: 'brief' },
        meta: meta('dr-2'),
      },
    });
    expect(out).toEqual({ subject: 'Your trial', body: 'Hi Alan, ...' });
    const input = bedrock.commandCalls(ConverseCommand)[0]?.args[0].input;
    expect(input?.modelId).toBe('draft-model');
    expect(input?.toolConfig).toBeUndefined();
    expect(input?.messages?.[0]?.content?.[0]?.text).toBe(
      `Instruction: Invite to a trial\nTone: brief\nFacts (JSON): ${JSON.stringify({
        recipient: { name: 'Alan', email: 'alan@example.com', company: 'Bletchley', status: 'new', tags: [] },
        knowledgeBase: [{ title: 'Trial', snippet: '14 days free.' }],
      })}`,
    );
  });
});

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
        integrations: { slackWebhookUrl: `${slackBase}/services/T1/B1/secret123` },
      });
      nextStatus = [status];
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
    await tenants().updateSettings('sl-a', { integrations: { slackWebhookUrl: `${slackBase}/services/A` } });
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
