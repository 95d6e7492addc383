import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext as powertoolsInject } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { injectLambdaContext, Logger } from '../../functions/shared/logger';
import { captured } from '../support/captured-output';

/**
 * functions/shared/logger.ts writes the lines Powertools Logger wrote (a devDependency now, the reference here):
 * each scenario runs on both, at one fixed time, and the lines must be equal, key order included.
 */

type AnyLogger = {
  info(message: string, ...extra: unknown[]): void;
  debug(message: string, ...extra: unknown[]): void;
  warn(message: string, ...extra: unknown[]): void;
  error(message: string, ...extra: unknown[]): void;
  appendKeys(keys: Record<string, unknown>): void;
};

interface Flavour {
  readonly create: (options: { serviceName?: string; logLevel?: 'DEBUG' | 'INFO' }) => AnyLogger;
  readonly wrap: (
    logger: AnyLogger,
    work: () => Promise<void>,
  ) => (event: unknown, context: Context) => Promise<void>;
}

const ours: Flavour = {
  create: (options) => new Logger(options),
  wrap: (logger, work) => middy(work).use(injectLambdaContext(logger as Logger, { resetKeys: true })),
};
const powertools: Flavour = {
  create: (options) => new PowertoolsLogger(options),
  wrap: (logger, work) => middy(work).use(powertoolsInject(logger as PowertoolsLogger, { resetKeys: true })),
};

const context = {
  functionName: 'dispatcher',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:dispatcher',
  memoryLimitInMB: '512',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
} as Context;

/** The lines of `scenario` on both loggers, created after `env` is set, at the same instant. */
const both = async (env: Record<string, string>, scenario: (flavour: Flavour) => Promise<void> | void) => {
  const run = async (flavour: Flavour) => {
    vi.unstubAllEnvs();
    for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T09:30:00.123Z'));
    try {
      return await captured(() => scenario(flavour));
    } finally {
      vi.useRealTimers();
    }
  };
  return { theirs: await run(powertools), mine: await run(ours) };
};

afterEach(() => {
  vi.unstubAllEnvs();
});

const LAMBDA = {
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
};

// Made once, so both loggers print the same stacks.
const error = Object.assign(new Error('store down', { cause: new TypeError('socket closed') }), {
  code: 'E1',
});
const cycle: Record<string, unknown> = { id: 'x' };
cycle.self = cycle;
const outOfRange = new RangeError('out of range');

describe('the logger against Powertools Logger', () => {
  it('GIVEN two invocations with appended keys WHEN they log THEN the lines carry the Lambda context (cold start only first), the trace id and the keys of their own invocation, as Powertools wrote them', async () => {
    const { theirs, mine } = await both(LAMBDA, async (f) => {
      const logger = f.create({ serviceName: 'dispatcher' });
      logger.info('at init');
      const handler = f.wrap(logger, async () => {
        logger.appendKeys({ tenantId: 't1', runId: undefined, nested: { a: 1 } });
        logger.info('dispatched', { eventId: 'e1', matched: 2, empty: '', none: null });
        logger.debug('not at INFO');
      });
      await handler({}, context);
      await handler({}, context);
    });

    expect(mine.stdout).toHaveLength(3);
    expect(JSON.stringify(mine)).toBe(JSON.stringify(theirs));
  });

  it('GIVEN an error with a cause, a bigint, a cycle and a string extra WHEN logged at error and warn THEN the lines go to stderr formatted as Powertools formats them', async () => {
    const { theirs, mine } = await both(LAMBDA, (f) => {
      const logger = f.create({ serviceName: 'correlator', logLevel: 'DEBUG' });
      logger.error('correlation failed', { error, eventId: 'e2', big: 10n, cycle });
      logger.warn('odd', 'extra text', outOfRange);
      logger.debug('debug on', { service: 'reserved' });
    });

    expect(mine.stderr).toHaveLength(3);
    expect(JSON.stringify(mine)).toBe(JSON.stringify(theirs));
  });

  it('GIVEN Advanced Logging Controls at WARN, a zone other than UTC and POWERTOOLS_LOG_LEVEL WHEN loggers log THEN the levels and timestamps are those Powertools chose', async () => {
    const alc = await both({ ...LAMBDA, AWS_LAMBDA_LOG_LEVEL: 'WARN', TZ: 'Europe/Berlin' }, (f) => {
      const logger = f.create({ logLevel: 'DEBUG' });
      logger.info('dropped');
      logger.warn('kept');
    });
    const env = await both({ POWERTOOLS_LOG_LEVEL: 'DEBUG', POWERTOOLS_SERVICE_NAME: 'api' }, (f) => {
      f.create({}).debug('shown');
    });

    expect(alc.mine.stderr).toHaveLength(2);
    expect(JSON.stringify(alc.mine)).toBe(JSON.stringify(alc.theirs));
    expect(env.mine.stdout).toHaveLength(1);
    expect(JSON.stringify(env.mine)).toBe(JSON.stringify(env.theirs));
  });
});
