import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { createSesMailer, IDEMPOTENCY_HEADER } from '../../../functions/adapters/ses-mailer';
import { createEmailAgent, idempotencyHeaderValue } from '../../../functions/agents/email/email';
import { createEmailTracking, replyToAddress, trackingIdFor } from '../../../functions/agents/email/tracking';
import { runAgentTask } from '../../../functions/agents/runner';
import { createLeadRepository } from '../../../functions/data/leads';
import { NonRetriableError, RetriableError } from '../../../functions/shared/errors';
import { clock, db, FROM, meta, useEmailAndSlack } from '../../support/email-notify';
import { recordingBus, recordingEmailAgent } from './fixtures';

useEmailAndSlack();

describe('email.send through SES', () => {
  it('GIVEN a lead WHEN email.send runs and is retried THEN SES gets exactly one SendEmail with reply tracking, the lead timeline records it once and email.sent keeps one event id (the bus delivers at least once; consumers drop a repeat)', async () => {
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
    expect(new Set(bus.ofType('email.sent').map((e) => e.id))).toStrictEqual(
      new Set([`em-1:${trackingId}:email.sent`]),
    );
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
    const { agent, sent } = recordingEmailAgent({ db, clock }, FROM);
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

  it('GIVEN an email.send whose only content input is null WHEN it runs THEN nothing is sent and the refusal names the rule (body or html) and the null, never retried', async () => {
    const { agent, sent } = recordingEmailAgent({ db, clock }, FROM);
    const run = (input: Record<string, unknown>) =>
      runAgentTask({
        area: 'email',
        ...agent,
        deps: { db, clock },
        payload: { action: 'email.send', input, meta: meta('em-no-content') },
      }).catch((e: unknown) => e);
    const nullBody = await run({ to: 'a@b.co', subject: 'S', body: null });
    expect(nullBody).toBeInstanceOf(NonRetriableError);
    expect((nullBody as Error).message).toBe(
      'Invalid input for email.send in step "step": (input): email.send needs "body" or "html": give at least one of them ("body" was null: the value referenced had none in this run; run the step in an if whose condition tests that it exists)',
    );
    const neither = await run({ to: 'a@b.co', subject: 'S' });
    expect((neither as Error).message).toContain('email.send needs "body" or "html"');
    expect((neither as Error).message).not.toContain('was null');
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
