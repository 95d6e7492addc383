import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { DAY, explain, HOUR, MINUTE, type System, startSystem } from './harness';

/** The assistant's path end to end: plain words -> POST /assistant/workflows -> save, enable -> real runs. */

interface AssistantReply {
  definition: WorkflowDefinition;
  explanation: string;
  diagram: string;
  validation: { valid: boolean };
  source: string;
}

describe('plain words to a running workflow', () => {
  let sys: System;
  beforeEach(async () => {
    sys = await startSystem();
  });
  afterEach(async () => {
    await sys.stop();
  });

  const ask = async (prompt: string): Promise<AssistantReply> => {
    const reply = await sys.api.post<AssistantReply>('/assistant/workflows', { prompt });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.validation.valid).toBe(true);
    expect(reply.body.source).toBe('parser');
    return reply.body;
  };

  it('GIVEN "when a new lead is added, send a follow-up email and schedule a meeting" WHEN saved and a lead arrives THEN the lead is emailed and a meeting is booked', async () => {
    const { definition, explanation } = await ask(
      'When a new lead is added, send a follow-up email and schedule a meeting',
    );
    expect(explanation).toContain('lead.created');
    // Nothing runs until the user saves and enables it.
    await sys.api.post('/leads', { email: 'early@example.com', name: 'Early Bird' });
    await sys.settle();
    expect(await sys.outbox('email')).toEqual([]);

    const workflowId = await sys.deploy(definition);
    await sys.api.post('/leads', { email: 'ada@example.com', name: 'Ada Lovelace' });
    await sys.settle();

    expect(
      (await sys.runs(workflowId)).map((r) => r.status),
      explain(sys),
    ).toEqual(['succeeded']);
    const [email] = await sys.outbox('email');
    expect(email).toMatchObject({ to: ['ada@example.com'], subject: 'Following up, Ada Lovelace' });
    const bookings = await sys.api.get<{ items: Record<string, unknown>[] }>('/bookings');
    expect(bookings.body.items).toMatchObject([{ title: 'Meeting with Ada Lovelace' }]);
  });

  it('GIVEN "every day at 5 PM, summarize today\'s activity and send it to Slack" WHEN the clock passes 17:00 THEN the activity of the day is posted to Slack', async () => {
    const { definition } = await ask("Every day at 5 PM, summarize today's activity and send it to Slack");
    const workflowId = await sys.deploy(definition);
    await sys.api.post('/leads', { email: 'cy@example.com', name: 'Cy' });
    // The harness starts at 08:00 UTC and the tenant's time zone is UTC.
    await sys.advance(9 * HOUR - MINUTE);
    expect(await sys.outbox('slack')).toEqual([]);
    await sys.advance(MINUTE);
    expect(
      (await sys.runs(workflowId)).map((r) => r.status),
      explain(sys),
    ).toEqual(['succeeded']);
    const [post] = await sys.outbox('slack');
    expect(JSON.stringify(post?.body)).toContain('lead.created');
  });

  it('GIVEN "if a lead doesn\'t respond in 2 days, send a reminder email" WHEN the lead stays silent THEN one reminder goes out in the same thread, and it does not start the workflow again', async () => {
    const { definition: followUp } = await ask('When a new lead is added, send a welcome email');
    const { definition: reminder } = await ask("If a lead doesn't respond in 2 days, send a reminder email");
    await sys.deploy(followUp);
    const reminderId = await sys.deploy(reminder);

    await sys.api.post('/leads', { email: 'bo@example.com', name: 'Bo' });
    await sys.settle();
    await sys.advance(2 * DAY + MINUTE);
    await sys.advance(5 * DAY);

    const emails = await sys.outbox('email');
    expect(
      emails.map((e) => [e.to, e.subject]),
      explain(sys),
    ).toEqual([
      [['bo@example.com'], 'Welcome, Bo!'],
      [['bo@example.com'], 'Re: Welcome, Bo!'],
    ]);
    expect((await sys.runs(reminderId)).map((r) => r.status)).toEqual(['succeeded']);
  });
});
