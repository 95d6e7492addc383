import * as Stock from '@aws-sdk/client-sesv2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Lean from '../../functions/adapters/aws-lean/ses';
import { sendEmailInput } from '../../functions/adapters/ses-mailer';
import type { OutgoingEmail } from '../../functions/shared/ports';
import { type Answer, both, expectSameErrors, wireComparison, wireSubject } from '../support/aws-lean-wire';

/** The lean SendEmail client against the stock SES v2 client, on the wire (test/support/aws-lean-wire.ts). */
const SES = wireSubject<Stock.SendEmailCommandInput>(
  Stock.SESv2Client,
  Stock.SendEmailCommand,
  Lean.SESv2Client,
  Lean.SendEmailCommand,
);
const OK: Answer = { status: 200, body: '{"MessageId":"0100018c-abc"}' };

wireComparison();

const email: OutgoingEmail = {
  tenantId: 't-1.acme',
  from: 'Acme <noreply@acme.example>',
  to: ['zoë@example.com', 'b@example.com'],
  cc: ['c@example.com'],
  replyTo: 'owner@acme.example',
  subject: 'Your booking “Tuesday” ✓',
  text: 'Hello\nline two\t\u2028 😀',
  html: '<p>Hello &amp; <b>welcome</b></p>',
  headers: { 'X-Dynaris-Idempotency-Key': 'exec-1:step-2' },
};

describe('lean SES v2 SendEmail against the stock client', () => {
  it('GIVEN the mailer’s request with every member it sends WHEN both clients send it THEN method, URL, headers, signature and body are identical, and so is the output', async () => {
    const { stock, lean } = await both(SES, sendEmailInput(email, 'dynaris-events'), [OK]);
    expect(stock.sent).toHaveLength(1);
    expect(stock.sent[0]?.url).toBe('https://email.eu-west-1.amazonaws.com/v2/email/outbound-emails');
    expect(lean.sent).toStrictEqual(stock.sent);
    expect(lean.result).toStrictEqual(stock.result);
  });

  it('GIVEN any email the mailer builds (text or HTML, optional cc, reply-to, headers, configuration set) WHEN both clients send it THEN the requests are identical', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    const anEmail = fc.record({
      tenantId: text,
      from: text,
      to: fc.array(text, { minLength: 1, maxLength: 3 }),
      cc: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
      replyTo: fc.option(text, { nil: undefined }),
      subject: text,
      text: fc.option(
        text.filter((t) => t.length > 0),
        { nil: undefined },
      ),
      html: fc.string({ minLength: 1, maxLength: 30 }),
      headers: fc.option(fc.dictionary(text, text, { maxKeys: 2 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(anEmail, fc.option(text, { nil: undefined }), async (e, set) => {
        const input = sendEmailInput(e as OutgoingEmail, set);
        const { stock, lean } = await both(SES, input, [OK]);
        expect(lean.sent).toStrictEqual(stock.sent);
      }),
      { numRuns: 50 },
    );
  });

  it('GIVEN SES error answers (rejection, throttling, a 5xx retried) WHEN both clients send THEN the requests and the errors (name, message, fault, metadata) are the same', async () => {
    const cases: Answer[] = [
      {
        status: 400,
        body: '{"message":"Email address is not verified."}',
        headers: { 'x-amzn-errortype': 'MessageRejected:http://internal.amazon.com/' },
      },
      {
        status: 429,
        body: '{"message":"Maximum sending rate exceeded."}',
        headers: { 'x-amzn-errortype': 'TooManyRequestsException' },
      },
      { status: 400, body: '{"code":"BadRequestException","message":"bad"}' },
      { status: 503, body: '{"__type":"InternalFailure"}' },
    ];
    await expectSameErrors(SES, sendEmailInput(email), cases);
  });
});
