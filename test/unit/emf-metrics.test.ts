import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmfMetrics } from '../../functions/adapters/emf-metrics';
import { METRIC_NAMESPACE } from '../../functions/shared/metrics';

/** What Powertools writes to stdout for each point: one CloudWatch EMF document per line. */
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

const port = () => createEmfMetrics(new Metrics({ namespace: METRIC_NAMESPACE, serviceName: 'correlator' }));

describe('metrics on AWS (Powertools EMF)', () => {
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
