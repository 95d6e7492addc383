import { describe, expect, it } from 'vitest';
import { dimensionValue } from '../../functions/shared/metrics';
import { createMetricsRegistry, prometheusName } from '../../infra/local/metrics-registry';

/** A line of the Prometheus text format 0.0.4: a comment, or `name{labels} value`. */
const SAMPLE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? -?(\d+(\.\d+)?(e[+-]?\d+)?|\+Inf|-Inf|NaN)$/;
const wellFormed = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .filter((line) => !line.startsWith('# HELP ') && !line.startsWith('# TYPE ') && !SAMPLE.test(line));

describe('the local metrics registry (GET /metrics)', () => {
  it('GIVEN the catalogue WHEN named for Prometheus THEN counters end in _total and durations carry their unit', () => {
    expect(prometheusName('RunsStarted')).toBe('dynaris_runs_started_total');
    expect(prometheusName('StepDuration')).toBe('dynaris_step_duration_milliseconds');
    expect(prometheusName('DispatchLag')).toBe('dynaris_dispatch_lag_milliseconds');
    expect(prometheusName('LlmInputTokens')).toBe('dynaris_llm_input_tokens');
  });

  it('GIVEN runs counted for two workflows WHEN rendered THEN each series is a running total with its labels', () => {
    const registry = createMetricsRegistry();
    registry.record(
      'RunsStarted',
      1,
      { trigger: 'event' },
      { tenantId: 't1', workflowId: 'wf-a', runId: 'r1' },
    );
    registry.record(
      'RunsStarted',
      1,
      { trigger: 'event' },
      { tenantId: 't1', workflowId: 'wf-a', runId: 'r2' },
    );
    registry.record(
      'RunsStarted',
      1,
      { trigger: 'manual' },
      { tenantId: 't1', workflowId: 'wf-b', runId: 'r3' },
    );
    const text = registry.render('t1');
    expect(text).toContain('# TYPE dynaris_runs_started_total counter');
    expect(text).toContain('dynaris_runs_started_total{trigger="event",workflow_id="wf-a"} 2');
    expect(text).toContain('dynaris_runs_started_total{trigger="manual",workflow_id="wf-b"} 1');
    expect(text).not.toContain('r1');
    expect(wellFormed(text)).toStrictEqual([]);
  });

  it('GIVEN step durations WHEN rendered THEN a histogram has cumulative buckets, +Inf, sum and count', () => {
    const registry = createMetricsRegistry();
    for (const ms of [3, 40, 700])
      registry.record('StepDuration', ms, { action: 'email.send' }, { tenantId: 't1' });
    const lines = registry.render('t1').split('\n');
    const bucket = (le: string) =>
      lines.find((l) =>
        l.startsWith(`dynaris_step_duration_milliseconds_bucket{action="email.send",le="${le}"}`),
      );
    expect(bucket('5')).toMatch(/ 1$/);
    expect(bucket('50')).toMatch(/ 2$/);
    expect(bucket('1000')).toMatch(/ 3$/);
    expect(bucket('+Inf')).toMatch(/ 3$/);
    expect(lines).toContain('dynaris_step_duration_milliseconds_sum{action="email.send"} 743');
    expect(lines).toContain('dynaris_step_duration_milliseconds_count{action="email.send"} 3');
    expect(wellFormed(lines.join('\n'))).toStrictEqual([]);
  });

  it("GIVEN two tenants' points WHEN one tenant scrapes THEN it sees only its own series", () => {
    const registry = createMetricsRegistry();
    registry.record('WebhooksAccepted', 1, { source: 'form' }, { tenantId: 'a' });
    registry.record('WebhooksRefused', 1, { source: 'custom' }, { tenantId: 'b' });
    expect(registry.render('a')).toContain('dynaris_webhooks_accepted_total{source="form"} 1');
    expect(registry.render('a')).not.toContain('dynaris_webhooks_refused_total{');
    expect(registry.render('b')).toContain('dynaris_webhooks_refused_total{source="custom"} 1');
  });

  it('GIVEN a raw value as a dimension WHEN recorded THEN it becomes "other", so no input can create unbounded series', () => {
    expect(dimensionValue('lead.created')).toBe('lead.created');
    expect(dimensionValue('x'.repeat(65))).toBe('other');
    expect(dimensionValue('a "quoted"\nvalue')).toBe('other');
    const registry = createMetricsRegistry();
    registry.record('DispatchFanOut', 2, { event: 'weird event\n' }, { tenantId: 't1' });
    expect(registry.render('t1')).toContain('dynaris_dispatch_fan_out_count{event="other"} 1');
    expect(registry.total('DispatchFanOut', { event: 'other' })).toBe(2);
  });

  it('GIVEN nothing recorded WHEN rendered THEN every metric is still described (HELP and TYPE), with no samples', () => {
    const text = createMetricsRegistry().render('t1');
    expect(text.match(/^# TYPE /gm)).toHaveLength(11);
    expect(wellFormed(text)).toStrictEqual([]);
  });
});
