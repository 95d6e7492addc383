import {
  dimensionsOf,
  METRICS,
  type MetricName,
  type MetricSpec,
  type MetricsPort,
  metadataOf,
} from '../../functions/shared/metrics';

/**
 * The local runtime's metrics: the same points the deployed functions write as EMF, kept in memory and rendered in
 * the Prometheus text exposition format (version 0.0.4) for `GET /metrics`. Counters are running totals; one value
 * per call (durations, fan-out, tokens) is a histogram with `_bucket`, `_sum` and `_count`.
 */

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const BUCKETS: Readonly<Record<string, readonly number[]>> = {
  Milliseconds: [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000],
  DispatchFanOut: [0, 1, 2, 5, 10, 25, 50, 100],
  tokens: [100, 250, 500, 1000, 2500, 5000, 10_000, 25_000, 100_000],
};

const bucketsOf = (name: MetricName, spec: MetricSpec): readonly number[] =>
  spec.unit === 'Milliseconds'
    ? (BUCKETS.Milliseconds as number[])
    : ((BUCKETS[name] ?? BUCKETS.tokens) as number[]);

/** `RunsStarted` -> `dynaris_runs_started_total`; `StepDuration` -> `dynaris_step_duration_milliseconds`. */
export const prometheusName = (name: MetricName): string => {
  const spec: MetricSpec = METRICS[name];
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  const unit = spec.unit === 'Milliseconds' && !snake.endsWith('_milliseconds') ? '_milliseconds' : '';
  return `dynaris_${snake}${unit}${spec.kind === 'counter' ? '_total' : ''}`;
};

const snakeLabel = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** Label values escaped as the format requires: backslash, double quote and line feed. */
const escapeLabel = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

const formatLabels = (labels: readonly [string, string][]): string =>
  labels.length === 0 ? '' : `{${labels.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;

const formatNumber = (n: number): string =>
  Number.isFinite(n) ? String(n) : n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';

interface Series {
  /** The tenant the point was recorded for (metadata tenantId); '' when it names none (visible to every tenant). */
  readonly tenant: string;
  readonly labels: [string, string][];
  value: number;
  /** Histograms: cumulative counts per bucket bound, then sum and count. */
  readonly buckets?: number[];
  sum: number;
  count: number;
}

export interface MetricsRegistry extends MetricsPort {
  /** The registry in Prometheus text format: one tenant's series (and those that name no tenant), or all of them. */
  render(tenantId?: string): string;
  /** What was recorded so far, by metric name and label set (tests and the CLI read it). */
  total(name: MetricName, labels?: Readonly<Record<string, string>>): number;
}

export const createMetricsRegistry = (): MetricsRegistry => {
  const series = new Map<MetricName, Map<string, Series>>();

  const record: MetricsPort['record'] = (name, value, dimensions, metadata) => {
    const spec: MetricSpec = METRICS[name];
    const local = new Set(spec.localLabels ?? []);
    const labels: [string, string][] = [
      ...dimensionsOf(name, dimensions),
      ...metadataOf(metadata).filter(([k]) => local.has(k)),
    ].map(([k, v]) => [snakeLabel(k), v]);
    const tenant = metadataOf(metadata).find(([k]) => k === 'tenantId')?.[1] ?? '';
    const key = JSON.stringify([tenant, labels]);
    const byLabels = series.get(name) ?? new Map<string, Series>();
    series.set(name, byLabels);
    let s = byLabels.get(key);
    if (!s) {
      s = {
        tenant,
        labels,
        value: 0,
        sum: 0,
        count: 0,
        ...(spec.kind === 'histogram' ? { buckets: bucketsOf(name, spec).map(() => 0) } : {}),
      };
      byLabels.set(key, s);
    }
    s.value += value;
    s.sum += value;
    s.count += 1;
    if (s.buckets) {
      const bounds = bucketsOf(name, spec);
      bounds.forEach((bound, i) => {
        if (value <= bound) (s.buckets as number[])[i] = ((s.buckets as number[])[i] ?? 0) + 1;
      });
    }
  };

  const render = (tenantId?: string): string => {
    const lines: string[] = [];
    for (const name of Object.keys(METRICS) as MetricName[]) {
      const spec: MetricSpec = METRICS[name];
      const metric = prometheusName(name);
      lines.push(`# HELP ${metric} ${spec.help}`, `# TYPE ${metric} ${spec.kind}`);
      for (const s of series.get(name)?.values() ?? []) {
        if (tenantId !== undefined && s.tenant !== '' && s.tenant !== tenantId) continue;
        if (spec.kind === 'counter') {
          lines.push(`${metric}${formatLabels(s.labels)} ${formatNumber(s.value)}`);
          continue;
        }
        const bounds = bucketsOf(name, spec);
        bounds.forEach((bound, i) => {
          lines.push(
            `${metric}_bucket${formatLabels([...s.labels, ['le', formatNumber(bound)]])} ${s.buckets?.[i] ?? 0}`,
          );
        });
        lines.push(`${metric}_bucket${formatLabels([...s.labels, ['le', '+Inf']])} ${s.count}`);
        lines.push(`${metric}_sum${formatLabels(s.labels)} ${formatNumber(s.sum)}`);
        lines.push(`${metric}_count${formatLabels(s.labels)} ${s.count}`);
      }
    }
    return `${lines.join('\n')}\n`;
  };

  const total = (name: MetricName, labels: Readonly<Record<string, string>> = {}): number => {
    let sum = 0;
    for (const s of series.get(name)?.values() ?? []) {
      const has = new Map(s.labels);
      if (Object.entries(labels).every(([k, v]) => has.get(snakeLabel(k)) === v)) sum += s.sum;
    }
    return sum;
  };

  return { record, render, total };
};
