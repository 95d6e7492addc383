import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics as powertoolsLogMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmfMetrics } from '../../functions/adapters/emf-metrics';
import { EmfMetrics, logMetrics } from '../../functions/shared/emf';
import {
  dimensionsOf,
  METRIC_NAMESPACE,
  METRICS,
  type MetricsPort,
  metadataOf,
} from '../../functions/shared/metrics';
import { captured } from '../support/captured-output';

/** What is written to stdout for each point: one CloudWatch EMF document per line. */
const emitted = (act: () => void): Record<string, unknown>[] => {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    act();
  } finally {
    spy.mockRestore();
  }
  return lines
    .flatMap((l) => l.split('\n'))
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
};

afterEach(() => {
  vi.restoreAllMocks();
});

const port = () =>
  createEmfMetrics(new EmfMetrics({ namespace: METRIC_NAMESPACE, serviceName: 'correlator' }));

describe('metrics on AWS (EMF lines)', () => {
  it('GIVEN a run started WHEN recorded THEN one EMF line: the catalogue dimension plus service, ids as metadata only', () => {
    const metrics = port();
    const [line, ...more] = emitted(() =>
      metrics.record(
        'RunsStarted',
        1,
        { trigger: 'event' },
        { tenantId: 't1', workflowId: 'wf-a', runId: 'r1' },
      ),
    );
    expect(more).toStrictEqual([]);
    expect(line).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: 'Dynaris',
            Dimensions: [['service', 'trigger']],
            Metrics: [{ Name: 'RunsStarted', Unit: 'Count' }],
          },
        ],
      },
      service: 'correlator',
      trigger: 'event',
      RunsStarted: 1,
      tenantId: 't1',
      workflowId: 'wf-a',
      runId: 'r1',
    });
  });

  it('GIVEN points with different dimension values WHEN recorded THEN each is its own line (never merged)', () => {
    const metrics = port();
    const lines = emitted(() => {
      metrics.record('StepDuration', 12.5, { action: 'email.send' }, { tenantId: 't1' });
      metrics.record('StepDuration', 40, { action: 'crm.createLead' }, { tenantId: 't1' });
    });
    expect(lines.map((l) => [l.action, l.StepDuration])).toStrictEqual([
      ['email.send', 12.5],
      ['crm.createLead', 40],
    ]);
    expect(lines[0]?._aws).toMatchObject({ CloudWatchMetrics: [{ Metrics: [{ Unit: 'Milliseconds' }] }] });
  });

  it('GIVEN a raw value passed as a dimension WHEN recorded THEN it is written as "other"', () => {
    const [line] = emitted(() => port().record('WebhooksRefused', 1, { source: 'Ünïcode source!' }, {}));
    expect(line?.source).toBe('other');
  });
});

/** The reference: Powertools Metrics (a devDependency now), one single metric per point as the adapter used it. */
const powertoolsPort = (metrics: Metrics): MetricsPort => ({
  record(name, value, dimensions, metadata) {
    const single = metrics.singleMetric();
    for (const [key, dimension] of dimensionsOf(name, dimensions)) single.addDimension(key, dimension);
    for (const [key, item] of metadataOf(metadata)) single.addMetadata(key, item);
    single.addMetric(name, MetricUnit[METRICS[name].unit], value);
  },
});

const atOneInstant = async (act: () => unknown) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-05T09:30:00.123Z'));
  try {
    return await captured(act);
  } finally {
    vi.useRealTimers();
  }
};

describe('the EMF lines against Powertools Metrics', () => {
  it('GIVEN the same points WHEN recorded by both THEN the lines are equal, key order included', async () => {
    const points = (metrics: MetricsPort) => {
      metrics.record(
        'RunsStarted',
        1,
        { trigger: 'schedule' },
        { tenantId: 't1', workflowId: 'wf', runId: undefined },
      );
      metrics.record('StepDuration', 12.5, { action: 'email.send' }, {});
      metrics.record('RunsFailed', 1, {}, { tenantId: 't1' });
      metrics.record('LlmInputTokens', 310, { purpose: 'api assistant' }, { modelId: 'm' });
    };
    const theirs = await atOneInstant(() =>
      points(powertoolsPort(new Metrics({ namespace: METRIC_NAMESPACE, serviceName: 'correlator' }))),
    );
    const mine = await atOneInstant(() => points(port()));

    expect(mine.stdout).toHaveLength(4);
    expect(JSON.stringify(mine)).toBe(JSON.stringify(theirs));
  });

  it('GIVEN a cold on-demand environment WHEN two invocations run through the middleware THEN one ColdStart line with the function name, as Powertools wrote it', async () => {
    vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
    vi.stubEnv('POWERTOOLS_SERVICE_NAME', 'dispatcher');
    const context = { functionName: 'dynaris-dispatcher' } as Context;
    const twice = async (handler: (event: unknown, context: Context) => Promise<unknown>) => {
      await handler({}, context);
      await handler({}, context);
    };
    const powertools = new Metrics({ namespace: METRIC_NAMESPACE });
    const theirs = await atOneInstant(() =>
      twice(middy(async () => 'ok').use(powertoolsLogMetrics(powertools, { captureColdStartMetric: true }))),
    );
    const ours = new EmfMetrics({ namespace: METRIC_NAMESPACE });
    const mine = await atOneInstant(() =>
      twice(middy(async () => 'ok').use(logMetrics(ours, { captureColdStartMetric: true }))),
    );

    expect(mine.stdout).toHaveLength(1);
    expect(JSON.stringify(mine.stdout)).toBe(JSON.stringify(theirs.stdout));
  });
});
