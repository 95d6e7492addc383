import * as Stock from '@aws-sdk/client-eventbridge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LeanServiceError } from '../../functions/adapters/aws-lean/client';
import { leanAwsEnvironment } from '../../functions/adapters/aws-lean/environment';
import * as Lean from '../../functions/adapters/aws-lean/eventbridge';
import { leanKms } from '../../functions/adapters/aws-lean/kms-calls';
import { leanPutEvents } from '../../functions/adapters/aws-lean/put-events';
import { leanSendEmail } from '../../functions/adapters/aws-lean/send-email';
import { publishesLean } from '../../functions/adapters/eventbridge-bus';
import { decryptsLean } from '../../functions/adapters/kms-secrets';
import { mailsLean } from '../../functions/adapters/ses-mailer';
import {
  type Answer,
  both as bothOf,
  errorParts,
  viaLean as leanOf,
  type Sent,
  settle,
  viaStock as stockOf,
  wireComparison,
  wireSubject,
} from '../support/aws-lean-wire';

/** The lean PutEvents client against the stock EventBridge client, on the wire (test/support/aws-lean-wire.ts). */
const EB = wireSubject<Stock.PutEventsCommandInput>(
  Stock.EventBridgeClient,
  Stock.PutEventsCommand,
  Lean.EventBridgeClient,
  Lean.PutEventsCommand,
);
const OK = { status: 200, body: '{"FailedEntryCount":0,"Entries":[{"EventId":"e-1"}]}' };
const both = (input: Stock.PutEventsCommandInput, answers: readonly Answer[] = [OK]) =>
  bothOf(EB, input, answers);
const viaStock = (input: Stock.PutEventsCommandInput, answers: readonly Answer[]) =>
  stockOf(EB, input, answers);
const viaLean = (input: Stock.PutEventsCommandInput, answers: readonly Answer[]) =>
  leanOf(EB, input, answers);

wireComparison();

const entry = {
  EventBusName: 'dynaris-bus',
  Source: 'dynaris.lead',
  DetailType: 'lead.created',
  Detail: JSON.stringify({ tenantId: 't-1', name: 'Zoë “quoted” \u2028 😀', _eventId: 'ev-1' }),
  Time: new Date('2026-12-05T20:15:29.987Z'),
  Resources: ['arn:aws:dynamodb:eu-west-1:111122223333:table/t'],
  TraceHeader: 'Root=1-5759e988-bd862e3fe1be46a994272793',
};

describe('lean EventBridge PutEvents against the stock client', () => {
  it('GIVEN an entry with every member WHEN both clients send it THEN method, URL, headers, signature and body are identical', async () => {
    const { stock, lean } = await both({ Entries: [entry, { Source: 's', DetailType: 'd', Detail: '{}' }] });
    expect(stock.sent).toHaveLength(1);
    expect(lean.sent).toStrictEqual(stock.sent);
    expect(stock.sent[0]?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261205\/eu-west-1\/events\/aws4_request/,
    );
    expect(stock.sent[0]?.headers['X-Amzn-Trace-Id']).toBe(process.env._X_AMZN_TRACE_ID);
  });

  it('GIVEN the answer WHEN both clients parse it THEN the output and its metadata are the same', async () => {
    const answer = {
      status: 200,
      body: '{"FailedEntryCount":1,"Entries":[{"EventId":"e-1"},{"ErrorCode":"InternalFailure","ErrorMessage":"x"}],"Extra":1}',
    };
    const { stock, lean } = await both({ Entries: [entry, entry] }, [answer]);
    expect(lean.result).toStrictEqual(stock.result);
  });

  it('GIVEN any entries (unicode text, optional members, times) WHEN both clients send them THEN the requests are identical', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const anEntry = fc.record(
      {
        Source: text,
        DetailType: text,
        Detail: text,
        EventBusName: text,
        Resources: fc.array(text, { maxLength: 3 }),
        Time: fc.date({ min: new Date(0), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
      },
      { requiredKeys: ['Source'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(anEntry, { minLength: 1, maxLength: 4 }), async (entries) => {
        const { stock, lean } = await both({ Entries: entries });
        expect(lean.sent).toStrictEqual(stock.sent);
      }),
      { numRuns: 60 },
    );
  });

  it('GIVEN a throttled then a failing then a good answer WHEN both clients send THEN they retry alike (attempts, headers, signatures) and return the same', async () => {
    const answers = [
      { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
      { status: 503, body: '{"__type":"com.amazonaws.events#InternalException:http://x","message":"busy"}' },
      OK,
    ];
    const { stock, lean } = await settle(() => both({ Entries: [entry] }, answers));
    expect(stock.sent.map((s) => s.headers['amz-sdk-request'])).toStrictEqual([
      'attempt=1; max=3',
      'attempt=2; max=3',
      'attempt=3; max=3',
    ]);
    expect(lean.sent).toStrictEqual(stock.sent);
    expect(lean.result).toStrictEqual(stock.result);
  });

  it('GIVEN error answers WHEN both clients send THEN the thrown errors have the same name, message, fault and metadata', async () => {
    const cases: Answer[] = [
      { status: 400, body: '{"__type":"AccessDeniedException","Message":"not allowed"}' },
      {
        status: 400,
        body: '{"code":"ValidationException","message":"bad"}',
        headers: { 'x-amzn-errortype': 'Other' },
      },
      { status: 404, body: '', headers: { 'x-amzn-errortype': 'ResourceNotFoundException:http://internal' } },
      { status: 500, body: '{"__type":"InternalException"}' },
    ];
    for (const answer of cases) {
      const { stock, lean } = await settle(() => both({ Entries: [entry] }, [answer]));
      expect(lean.error).toBeInstanceOf(LeanServiceError);
      expect(errorParts(lean.error)).toStrictEqual(errorParts(stock.error));
      expect(lean.sent).toStrictEqual(stock.sent);
    }
  });

  it('GIVEN its own user agent WHEN the lean client sends THEN only user-agent, x-amz-user-agent and the signature differ', async () => {
    const stock = await viaStock({ Entries: [entry] }, [OK]);
    const lean = await viaLean({ Entries: [entry] }, [OK]);
    const without = (s: Sent | undefined) => {
      const { 'user-agent': _ua, 'x-amz-user-agent': _xua, authorization, ...headers } = s?.headers ?? {};
      return { ...s, headers, scope: authorization?.replace(/Signature=.*/, '') };
    };
    expect(without(lean.sent[0])).toStrictEqual(without(stock.sent[0]));
    expect(lean.sent[0]?.headers['user-agent']).toMatch(/^dynaris-aws-lean\/1 /);
  });

  it('GIVEN a member the lean shape does not declare WHEN sent THEN it is refused before any request, naming it', async () => {
    const input = { Entries: [{ ...entry, Unknown: 1 }] } as unknown as Stock.PutEventsCommandInput;
    const lean = await viaLean(input, [OK]);
    expect(lean.sent).toHaveLength(0);
    expect(String(lean.error?.message)).toContain('Unknown');
  });
});

describe('leanAwsEnvironment', () => {
  const lambda = {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'AK',
    AWS_SECRET_ACCESS_KEY: 'SK',
    AWS_SESSION_TOKEN: 'T',
  };

  it('GIVEN a Lambda environment WHEN resolved THEN the region and the environment credentials are used', () => {
    expect(leanAwsEnvironment('EVENTBRIDGE', { ...lambda, AWS_DEFAULTS_MODE: 'legacy' })).toBeDefined();
    expect(leanAwsEnvironment('EVENTBRIDGE', lambda)).toStrictEqual({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AK', secretAccessKey: 'SK', sessionToken: 'T' },
    });
  });

  it.each([
    ['a profile', { AWS_PROFILE: 'dev' }],
    ['an endpoint override', { AWS_ENDPOINT_URL: 'http://localhost:4566' }],
    ['a service endpoint override', { AWS_ENDPOINT_URL_EVENTBRIDGE: 'http://localhost:4566' }],
    ['FIPS endpoints', { AWS_USE_FIPS_ENDPOINT: 'true' }],
    ['dual-stack endpoints', { AWS_USE_DUALSTACK_ENDPOINT: 'true' }],
    ['a defaults mode (its HTTP timeouts)', { AWS_DEFAULTS_MODE: 'standard' }],
    ['a China region', { AWS_REGION: 'cn-north-1' }],
    ['a GovCloud region', { AWS_REGION: 'us-gov-west-1' }],
    ['an isolated region', { AWS_REGION: 'us-iso-east-1' }],
    ['no credentials in the environment', { AWS_ACCESS_KEY_ID: '' }],
    ['no region', { AWS_REGION: '' }],
  ])('GIVEN %s WHEN resolved THEN undefined (the stock client is used)', (_, change) => {
    expect(leanAwsEnvironment('EVENTBRIDGE', { ...lambda, ...change })).toBeUndefined();
  });
});

describe('which client a deployed function uses', () => {
  const lambda = { AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK' };

  it('GIVEN an entry that passes the lean client WHEN its environment allows THEN it publishes, mails and decrypts lean (no SDK package preloaded), else through the SDK package', () => {
    expect(publishesLean(leanPutEvents, lambda)).toBe(true);
    expect(mailsLean(leanSendEmail, lambda)).toBe(true);
    expect(decryptsLean(leanKms, lambda)).toBe(true);
    expect(decryptsLean(undefined, lambda)).toBe(false);
    expect(decryptsLean(leanKms, { ...lambda, AWS_USE_FIPS_ENDPOINT: 'true' })).toBe(false);
    expect(publishesLean(undefined, lambda)).toBe(false);
    expect(mailsLean(undefined, lambda)).toBe(false);
    expect(
      publishesLean(leanPutEvents, { ...lambda, AWS_ENDPOINT_URL_EVENTBRIDGE: 'http://localhost:4566' }),
    ).toBe(false);
    expect(mailsLean(leanSendEmail, { ...lambda, AWS_ENDPOINT_URL_SESV2: 'http://localhost:4566' })).toBe(
      false,
    );
  });
});
