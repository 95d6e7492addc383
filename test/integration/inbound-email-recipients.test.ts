import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ADDRESSES } from '../../functions/shared/address-scan';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';
import { apiOf, enabledWorkflow } from '../support/local-api';

/**
 * Inbound mail to two addresses or cc'd, through every boundary of the local runtime: `POST /inbound/email` (the
 * ingest SES mail goes through), the `email.received` event (`to`: every To and Cc address, lower-cased), the
 * dispatcher's EventBridge matching of a trigger filtered on `to`, the run it starts, and a waitFor correlated on
 * `to`. Twins: mail that names the address nowhere, or only in the body, starts nothing.
 */
let runtime: LocalRuntime;
const call = apiOf(() => runtime);
const saveEnabled = async (definition: unknown): Promise<string> =>
  (await enabledWorkflow(runtime, definition)).workflowId;

const runsOf = async (workflowId: string) =>
  ((await call('GET', `/workflows/${workflowId}/runs?limit=20`)).body.items as { status: string }[]).length;

let sent = 0;
/** A plain-text message with these headers, posted as raw RFC 822; the email.received event it published. */
const receive = async (headers: Record<string, string>, body = 'Please see below.', settle = true) => {
  const lines = {
    From: 'Pat Buyer <pat@buyer.example>',
    Subject: `PO ${++sent}`,
    'Message-ID': `<po-${sent}-${Date.now()}@buyer.example>`,
    Date: 'Mon, 07 Dec 2026 09:00:00 +0000',
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    ...headers,
  };
  const raw = `${Object.entries(lines)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n${body}\r\n`;
  const res = await fetch(`${runtime.url}/inbound/email`, {
    method: 'POST',
    headers: { 'x-api-key': runtime.apiKey, 'content-type': 'message/rfc822' },
    body: raw,
  });
  const answer = (await res.json()) as { eventId: string };
  expect(res.status, JSON.stringify(answer)).toBe(202);
  // runUntilSettled jumps over waits: a run waiting for mail is only let run (waitForIdle).
  await (settle ? runtime.runUntilSettled() : runtime.waitForIdle());
  const event = runtime.bus.events({ detailType: 'email.received' }).find((e) => e.id === answer.eventId);
  return event?.detail as Record<string, unknown>;
};

let orders = '';
let tesco = '';

beforeAll(async () => {
  runtime = await startLocalRuntime({ port: 0, clock: 'virtual', log: () => {}, env: {} });
  orders = await saveEnabled({
    name: 'Orders inbox',
    trigger: { type: 'event', event: 'email.received', filter: { to: ['orders@shop.example'] } },
    steps: [{ id: 'note', action: 'log', input: { message: 'Order mail: {{trigger.subject}}' } }],
  });
  tesco = await saveEnabled({
    name: 'Anything to our tesco desk',
    trigger: { type: 'event', event: 'email.received', filter: { to: [{ suffix: '@tesco-desk.example' }] } },
    steps: [{ id: 'note', action: 'log', input: { message: 'Desk mail: {{trigger.subject}}' } }],
  });
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
});

describe('inbound email to several recipients, from the message to the run', () => {
  it('GIVEN To with two addresses in mixed case WHEN received THEN to lists both lower-cased and the orders trigger starts once', async () => {
    const before = await runsOf(orders);
    const detail = await receive({ To: 'Sales <sales@shop.example>, "Orders, UK" <Orders@Shop.example>' });
    expect(detail.to).toStrictEqual(['sales@shop.example', 'orders@shop.example']);
    expect(await runsOf(orders)).toBe(before + 1);
  });

  it('GIVEN the orders address only in Cc WHEN received THEN the orders trigger starts', async () => {
    const before = await runsOf(orders);
    const detail = await receive({
      To: 'sales@shop.example',
      Cc: 'accounts@shop.example, orders@shop.example',
    });
    expect(detail.to).toStrictEqual(['sales@shop.example', 'accounts@shop.example', 'orders@shop.example']);
    expect(await runsOf(orders)).toBe(before + 1);
  });

  it('GIVEN a suffix filter WHEN one of three recipients is at that domain THEN it starts; WHEN none is THEN it does not', async () => {
    const before = await runsOf(tesco);
    await receive({ To: 'a@shop.example, buyer@tesco-desk.example', Cc: 'b@shop.example' });
    expect(await runsOf(tesco)).toBe(before + 1);
    await receive({ To: 'a@shop.example', Cc: 'tesco-desk.example@shop.example' });
    expect(await runsOf(tesco)).toBe(before + 1);
  });

  it('GIVEN a mailing to more recipients than MAX_ADDRESSES WHEN received THEN to holds the first MAX_ADDRESSES, each once, and the event is published', async () => {
    const many = Array.from({ length: MAX_ADDRESSES + 50 }, (_, i) => `member${i}@list.example`);
    const detail = await receive({ To: [...many, many[0]].join(', ') });
    expect(detail.to).toStrictEqual(many.slice(0, MAX_ADDRESSES));
  });

  it.each([
    ['another address of the same domain', { To: 'sales@shop.example', Cc: 'order@shop.example' }, ''],
    ['the address with a different domain', { To: 'orders@shop.example.co' }, ''],
    ['the address only in the body', { To: 'sales@shop.example' }, 'cc orders@shop.example please'],
    ['the address only as the sender', { From: 'orders@shop.example', To: 'sales@shop.example' }, ''],
  ])('GIVEN %s WHEN received THEN the orders trigger does not start', async (_t, headers, body) => {
    const before = await runsOf(orders);
    await receive(headers, body || undefined);
    expect(await runsOf(orders)).toBe(before);
  });

  it('GIVEN a run waiting for mail to an address WHEN a message names it in Cc among others THEN the wait is resumed', async () => {
    const waiting = await saveEnabled({
      name: 'Wait for the supplier to copy orders',
      trigger: { type: 'manual' },
      steps: [
        {
          id: 'copied',
          waitFor: { event: 'email.received', match: { to: 'orders@shop.example' }, timeout: 'P1D' },
          onEvent: [
            { id: 'seen', action: 'log', input: { message: 'copied: {{steps.copied.event.subject}}' } },
          ],
        },
      ],
    });
    await runtime.advance(2_000); // the look-back reads from the run's second: the mail above is older
    const started = await call('POST', `/workflows/${waiting}/runs`, {});
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    await runtime.waitForIdle();
    const runId = started.body.runId as string;
    const status = async () => (await call('GET', `/runs/${runId}`)).body;
    await receive({ To: 'sales@shop.example', Cc: 'order@shop.example' }, undefined, false);
    expect((await status()).run.status).toBe('running');
    await receive({ To: 'sales@shop.example', Cc: 'Orders@shop.example' }, undefined, false);
    const run = await status();
    expect(run.run.status, JSON.stringify(run)).toBe('succeeded');
    expect((run.timeline as { stepId?: string }[]).map((t) => t.stepId)).toContain('seen');
  });
});
