import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateJson } from '../../statemachines/templates';
import { eml } from '../support/email-fixtures';
import { DAY, explain, MINUTE, type System, startSystem } from './harness';

/**
 * The no-reply scenario end to end from real .eml files through `POST /inbound/email` (the local stand-in for SES
 * receiving): a reply from the lead books a call; an automatic reply does not count, so the reminder still goes.
 */

const postEmail = async (sys: System, raw: Uint8Array, headers: Record<string, string> = {}) => {
  const res = await fetch(`${sys.rt.url}/inbound/email`, {
    method: 'POST',
    headers: { 'x-api-key': sys.rt.apiKey, 'content-type': 'message/rfc822', ...headers },
    body: raw,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('inbound email, end to end', () => {
  let sys: System;
  beforeEach(async () => {
    sys = await startSystem();
  });
  afterEach(async () => {
    await sys.stop();
  });

  const setUp = async () => {
    await sys.deploy(templateJson('lead-follow-up'));
    const reminderId = await sys.deploy(templateJson('no-reply-reminder'));
    const lead = await sys.api.post<{ id: string }>('/leads', { email: 'dee@example.com', name: 'Dee' });
    await sys.settle();
    return { reminderId, leadId: lead.body.id };
  };

  it('GIVEN the welcome email WHEN the lead replies from Gmail a day later (a real .eml) THEN a call is booked and no reminder is sent', async () => {
    const { reminderId, leadId } = await setUp();
    await sys.advance(DAY);
    const reply = await postEmail(sys, eml('gmail-reply'));
    expect(reply.status, JSON.stringify(reply.body)).toBe(202);
    expect(reply.body).toMatchObject({ accepted: true, eventId: expect.stringMatching(/^em-/), leadId });
    await sys.settle();

    const runs = await sys.runs(reminderId);
    expect(
      runs.map((r) => r.status),
      explain(sys),
    ).toEqual(['succeeded']);
    const { timeline } = await sys.run(String(runs[0]?.runId));
    expect(timeline.filter((t) => t.stepId).map((t) => t.stepId)).toEqual(['await-reply', 'book-call']);
    const bookings = await sys.api.get<{ items: { title: string }[] }>('/bookings');
    expect(bookings.body.items.map((b) => b.title)).toContain('Call about "Re: Welcome, Dee"');
    await sys.advance(3 * DAY);
    expect((await sys.outbox('email')).map((e) => e.subject)).toEqual(['Welcome, Dee']);
  });

  it('GIVEN the welcome email WHEN only an out-of-office auto-reply arrives THEN it is refused with 422 and the reminder still goes after 2 days', async () => {
    const { reminderId } = await setUp();
    await sys.advance(MINUTE);
    const auto = await postEmail(sys, eml('auto-reply'));
    expect(auto.status).toBe(422);
    expect(auto.body.error).toMatchObject({ code: 'EmailDropped', reason: 'auto-reply' });
    const bounce = await postEmail(sys, eml('bounce-dsn'));
    expect(bounce.body.error).toMatchObject({ reason: 'bounce' });
    await sys.advance(2 * DAY);
    expect((await sys.outbox('email')).map((e) => e.subject)).toEqual(['Welcome, Dee', 'Re: Welcome, Dee']);
    expect((await sys.runs(reminderId)).map((r) => r.status)).toEqual(['succeeded']);
  });

  it('GIVEN the inbound route WHEN called without an API key, with JSON or with a malformed message THEN 401, 415 and 422 naming the problem', async () => {
    const anonymous = await fetch(`${sys.rt.url}/inbound/email`, {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822' },
      body: eml('gmail-reply'),
    });
    expect(anonymous.status).toBe(401);
    const json = await postEmail(sys, new TextEncoder().encode('{}'), { 'content-type': 'application/json' });
    expect(json.status).toBe(415);
    expect(JSON.stringify(json.body)).toMatch(/message\/rfc822/);
    const malformed = await postEmail(sys, eml('malformed-boundary'));
    expect(malformed.status).toBe(422);
    expect(malformed.body.error).toMatchObject({
      reason: 'malformed',
      message: expect.stringMatching(/boundary/),
    });
  });
});
