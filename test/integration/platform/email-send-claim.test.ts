import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailAgent } from '../../../functions/agents/email/email';
import { createEmailTracking, trackingIdFor } from '../../../functions/agents/email/tracking';
import { runAgentTask } from '../../../functions/agents/runner';
import { createLeadRepository } from '../../../functions/data/leads';
import { createLogRepository } from '../../../functions/data/logs';
import type { OutgoingEmail } from '../../../functions/shared/ports';
import { recordingDatabase, type SentCommand } from '../../support/counting-database';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { recordingBus, tickingClock } from './fixtures';

/**
 * email.send holds its send with the tracking record (no idempotency record around it): claimed `sending` before
 * the email goes out, completed `sent` in the transaction of the lead's timeline entry.
 */
describe('email.send claims its send with the tracking record', () => {
  let db: TestDatabase;
  const clock = tickingClock('2026-03-02T08:00:00.000Z');
  const sent: OutgoingEmail[] = [];
  let failSends = 0;
  const mailer = {
    send: async (e: OutgoingEmail) => {
      if (failSends > 0) {
        failSends--;
        throw Object.assign(new Error('SES unavailable'), { name: 'ServiceUnavailable' });
      }
      sent.push(e);
      return { messageId: `m-${sent.length}` };
    },
  };
  const requests: SentCommand[] = [];
  let failTransactions = 0;
  const observed = () =>
    recordingDatabase(db, requests, (command) => {
      if (command.name === 'TransactWriteCommand' && failTransactions > 0) {
        failTransactions--;
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      }
    });
  const pkOf = (command: SentCommand | undefined) =>
    String(((command?.input.Key ?? command?.input.Item ?? {}) as { pk?: string }).pk ?? '');

  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const meta = (tenantId: string) => ({
    tenantId,
    workflowId: 'wf',
    runId: 'run',
    executionId: `exec-${tenantId}`,
    stepId: 'welcome',
    itemIndex: -1,
  });
  const send = (tenantId: string, leadId: string, lockSeconds?: number, bus = recordingBus()) => {
    const counted = observed();
    const agent = createEmailAgent({
      db: counted,
      bus,
      clock,
      mailer,
      llm: undefined,
      fromAddress: 'hello@acme.example',
    });
    return runAgentTask({
      area: 'email',
      ...agent,
      deps: { db: counted, clock, ...(lockSeconds ? { lockSeconds } : {}) },
      payload: {
        action: 'email.send',
        input: { to: 'ada@example.com', subject: 'Welcome', body: 'Hello', leadId },
        meta: meta(tenantId),
      },
    });
  };
  const leadOf = async (tenantId: string) =>
    (await createLeadRepository({ db, clock }).create(tenantId, { email: 'ada@example.com', name: 'Ada' }))
      .lead;
  const timelineOf = async (tenantId: string, leadId: string) =>
    (await createLeadRepository({ db, clock }).listTimeline(tenantId, leadId)).items.map((t) => t.kind);
  const sentTo = (tenantId: string) => sent.filter((e) => e.tenantId === tenantId);

  it('GIVEN a lead WHEN email.send runs THEN it reads the lead with who listens to email.sent, claims with the tracking record, completes the record with the timeline entry in one transaction and writes no idempotency record', async () => {
    const lead = await leadOf('em-io');
    requests.length = 0;
    const bus = recordingBus();
    const out = await send('em-io', lead.id, undefined, bus);
    expect(requests.map((r) => r.name)).toStrictEqual([
      'BatchGetCommand',
      'PutCommand',
      'TransactWriteCommand',
    ]);
    const batch = requests[0]?.input.RequestItems as Record<
      string,
      { ConsistentRead: boolean; Keys: { pk: string; sk: string }[] }
    >;
    expect(Object.values(batch)[0]?.ConsistentRead).toBe(true);
    expect(
      Object.values(batch)[0]
        ?.Keys.map((k) => k.sk)
        .sort(),
    ).toStrictEqual(['#VERSION', 'LEAD']);
    // email.sent carries that answer (read before the send), so the routing publisher reads none of its own.
    expect(bus.ofType('email.sent')[0]?.interest).toMatchObject({ subscribed: false, awaited: false });
    expect(pkOf(requests[1])).toContain('#EMAILTRACK#');
    expect(requests.some((r) => pkOf(r).includes('#IDEMPOTENCY#'))).toBe(false);
    const trackingId = trackingIdFor(meta('em-io'));
    expect(out).toStrictEqual({ messageId: 'm-1', trackingId, to: 'ada@example.com' });
    const tracking = createEmailTracking({ db, clock });
    expect(await tracking.byMessageId('em-io', 'm-1')).toMatchObject({ leadId: lead.id, trackingId });
    expect(await timelineOf('em-io', lead.id)).toStrictEqual(['email.sent']);
  });

  it('GIVEN an attempt that claimed the send and is still running WHEN a duplicate of the step runs THEN it is told to retry later and sends nothing', async () => {
    const lead = await leadOf('em-dup');
    await createEmailTracking({ db, clock }).claim('em-dup', trackingIdFor(meta('em-dup')), 60);
    await expect(send('em-dup', lead.id)).rejects.toMatchObject({ name: 'RetriableError' });
    expect(sentTo('em-dup')).toHaveLength(0);
  });

  it('GIVEN an attempt that claimed the send and died WHEN its lock has run out THEN the retry sends, once, and says in the run log that the earlier attempt may have sent', async () => {
    const lead = await leadOf('em-died');
    await createEmailTracking({ db, clock }).claim('em-died', trackingIdFor(meta('em-died')), 60);
    clock.advance(61_000);
    await send('em-died', lead.id);
    await send('em-died', lead.id);
    expect(sentTo('em-died')).toHaveLength(1);
    const log = await createLogRepository({ db, clock }).listByRun('em-died', 'run');
    expect(log.items.map((e) => e.message).join('\n')).toMatch(
      /earlier attempt of this step \(email\.send\)/,
    );
  });

  it('GIVEN the mail service fails WHEN the step is retried THEN the claim was given back and the email goes out once', async () => {
    const lead = await leadOf('em-ses');
    failSends = 1;
    await expect(send('em-ses', lead.id)).rejects.toMatchObject({ name: 'RetriableError' });
    await send('em-ses', lead.id);
    expect(sentTo('em-ses')).toHaveLength(1);
    expect(await timelineOf('em-ses', lead.id)).toStrictEqual(['email.sent']);
  });

  it('GIVEN the email went out but its timeline transaction failed WHEN the step is retried THEN it is not sent again and the timeline entry is written once', async () => {
    const lead = await leadOf('em-tl');
    failTransactions = 1;
    await expect(send('em-tl', lead.id)).rejects.toMatchObject({ name: 'RetriableError' });
    const retried = await send('em-tl', lead.id);
    expect(sentTo('em-tl')).toHaveLength(1);
    expect(retried.messageId).toBe(`m-${sent.indexOf(sentTo('em-tl')[0] as OutgoingEmail) + 1}`);
    expect(await timelineOf('em-tl', lead.id)).toStrictEqual(['email.sent']);
  });
});
