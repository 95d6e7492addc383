import { Readable } from 'node:stream';
import type { HttpRequest, HttpResponse } from '@smithy/types';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { LeanClient, LeanClientConfig, LeanCommand } from '../../functions/adapters/aws-lean/client';
import { AWS_RETRY } from '../../functions/shared/retry';

/**
 * The lean clients (functions/adapters/aws-lean) send what the stock SDK clients send: for the same input,
 * credentials, clock and invocation id, the signed HTTP request (method, URL, every header, the signature, the body
 * bytes) is compared with the stock client's, captured by a request handler that answers instead of the service.
 * The lean client is given the stock client's user-agent strings for the comparison (x-amz-user-agent is signed);
 * its own differ in those two headers only. `wireComparison` installs the fixed clock, ids and jitter.
 */

export interface Answer {
  readonly status: number;
  readonly body: string | Uint8Array;
  readonly headers?: Record<string, string>;
}

export interface Sent {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Invocation ids count from 1 and the clock starts at NOW for each client's run, so both sign the same. */
let invocations = 0;

/** A request handler that records each request and answers the next of `answers` (the last one repeats). */
const recorder = (answers: readonly Answer[]) => {
  invocations = 0;
  vi.setSystemTime(NOW);
  const sent: Sent[] = [];
  const handler = {
    async handle(request: HttpRequest) {
      const body =
        request.body === undefined ? '' : Buffer.from(request.body as string | Uint8Array).toString('utf8');
      const query = new URLSearchParams(request.query as Record<string, string>).toString();
      sent.push({
        method: request.method,
        url: `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}${query ? `?${query}` : ''}`,
        headers: { ...request.headers },
        body,
      });
      const answer = answers[Math.min(sent.length - 1, answers.length - 1)] as Answer;
      const response = {
        statusCode: answer.status,
        headers: { 'x-amzn-requestid': `req-${sent.length}`, ...(answer.headers ?? {}) },
        body: Readable.from([Buffer.from(answer.body)]),
      };
      return { response: response as unknown as HttpResponse };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
  return { sent, handler };
};

const CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'token/abc==',
};
const NOW = new Date('2026-12-05T20:15:30.123Z');

export type Captured = { sent: Sent[]; result?: unknown; error?: Record<string, unknown> };

interface StockClient {
  send(command: unknown): Promise<unknown>;
}

/** One operation of a service: how to build the stock client and command, and the lean ones. */
export interface WireSubject<I extends object> {
  readonly stockClient: (config: object) => StockClient;
  readonly stockCommand: (input: I) => unknown;
  readonly leanClient: (config: LeanClientConfig) => LeanClient;
  readonly leanCommand: (input: I) => LeanCommand<I, object>;
}

/** The subject of an operation from its four classes: the stock client and command, the lean client and command. */
export const wireSubject = <I extends object>(
  StockClientClass: new (config: never) => StockClient,
  StockCommand: new (input: I) => unknown,
  LeanClientClass: new (config: LeanClientConfig) => LeanClient,
  LeanCommandClass: new (input: I) => LeanCommand<I, object>,
): WireSubject<I> => ({
  stockClient: (config) => new StockClientClass(config as never),
  stockCommand: (input) => new StockCommand(input),
  leanClient: (config) => new LeanClientClass(config),
  leanCommand: (input) => new LeanCommandClass(input),
});

export const viaStock = async <I extends object>(
  subject: WireSubject<I>,
  input: I,
  answers: readonly Answer[],
): Promise<Captured> => {
  const { sent, handler } = recorder(answers);
  const client = subject.stockClient({
    region: 'eu-west-1',
    credentials: CREDENTIALS,
    requestHandler: handler,
    ...AWS_RETRY,
  });
  try {
    return { sent, result: await client.send(subject.stockCommand(input)) };
  } catch (error) {
    return { sent, error: error as Record<string, unknown> };
  }
};

export const viaLean = async <I extends object>(
  subject: WireSubject<I>,
  input: I,
  answers: readonly Answer[],
  userAgentOf?: Sent,
): Promise<Captured> => {
  const { sent, handler } = recorder(answers);
  const client = subject.leanClient({
    region: 'eu-west-1',
    credentials: CREDENTIALS,
    requestHandler: handler as never,
    ...AWS_RETRY,
    ...(userAgentOf
      ? {
          userAgent: {
            userAgent: userAgentOf.headers['user-agent'] as string,
            xAmzUserAgent: userAgentOf.headers['x-amz-user-agent'] as string,
          },
        }
      : {}),
  });
  try {
    return { sent, result: await client.run(subject.leanCommand(input)) };
  } catch (error) {
    return { sent, error: error as Record<string, unknown> };
  }
};

/** Both clients on the same input and answers; the lean one with the stock one's user agent. */
export const both = async <I extends object>(
  subject: WireSubject<I>,
  input: I,
  answers: readonly Answer[],
) => {
  const stock = await viaStock(subject, input, answers);
  const lean = await viaLean(subject, input, answers, stock.sent[0]);
  return { stock, lean };
};

/** What callers read of an error: name, message, fault, metadata (attempts and retry delay included), `members`. */
export const errorParts = (error: Record<string, unknown> | undefined, members: readonly string[] = []) => ({
  name: error?.name,
  message: error?.message,
  $fault: error?.$fault,
  $metadata: error?.$metadata,
  ...Object.fromEntries(members.map((m) => [m, error?.[m]])),
});

/**
 * Each failed answer through both clients (retried ones until the last attempt): the same requests attempt by
 * attempt and the same error (`errorParts`, with the service's error `members`).
 */
export const expectSameErrors = async <I extends object>(
  subject: WireSubject<I>,
  input: I,
  cases: readonly (Answer | readonly Answer[])[],
  members: readonly string[] = [],
): Promise<void> => {
  for (const answer of cases) {
    const answers = Array.isArray(answer) ? (answer as readonly Answer[]) : [answer as Answer];
    const { stock, lean } = await settle(() => both(subject, input, answers));
    expect(stock.error, JSON.stringify(answers)).toBeDefined();
    expect(errorParts(lean.error, members)).toStrictEqual(errorParts(stock.error, members));
    expect(lean.sent).toStrictEqual(stock.sent);
  }
};

/** The fixed clock, invocation ids and retry jitter, and a Lambda's trace variables, around each test. */
export const wireComparison = (): void => {
  const env = { ...process.env };
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] });
    vi.setSystemTime(NOW);
    vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(
      () => `00000000-0000-4000-8000-${String(++invocations).padStart(12, '0')}`,
    );
    // The retry pauses' jitter: the same for both clients, so their metadata (totalRetryDelay) compares.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'dynaris-test-fn';
    process.env._X_AMZN_TRACE_ID =
      'Root=1-67891233-abcdef012345678912345678;Parent=53995c3f42cd8ad8;Sampled=1';
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    process.env = { ...env };
  });
};

/**
 * Runs with fake timers so retry pauses pass: the clock moves only to the next pending timer (a retry's pause),
 * never while a client is busy otherwise (a first use loading SDK modules takes real time), so both clients sign
 * each attempt at the same time whatever ran before them.
 */
export const settle = async <T>(run: () => Promise<T>): Promise<T> => {
  let done = false;
  const pending = run().finally(() => {
    done = true;
  });
  while (!done) {
    await vi.advanceTimersToNextTimerAsync();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return pending;
};
