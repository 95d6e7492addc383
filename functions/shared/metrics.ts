/**
 * The metrics Dynaris records, as one catalogue: name, unit, what it counts, and its dimensions. On AWS they are
 * CloudWatch metrics written as EMF log lines by Powertools Metrics (functions/adapters/emf-metrics.ts) and read by
 * the dashboard and alarms (infra/constructs/observability.ts); locally the same points feed a Prometheus registry
 * served at `GET /metrics` (infra/local/metrics-registry.ts).
 *
 * Dimensions stay bounded, because every distinct combination is a billed CloudWatch metric: trigger types, the
 * catalogue's action names, the bus event names, known webhook providers. Tenant, workflow and run ids are metadata:
 * they travel in the EMF log line (searchable with Logs Insights, summed per workflow on the dashboard) without
 * creating metrics.
 */

export const METRIC_NAMESPACE = 'Dynaris';

export type MetricUnit = 'Count' | 'Milliseconds';

export interface MetricSpec {
  readonly unit: MetricUnit;
  readonly help: string;
  readonly dimensions: readonly string[];
  /** The function whose `service` dimension the metric carries on AWS (Powertools adds it to every metric). */
  readonly service: string;
  /** Locally: a counter (a running total) or a histogram (the distribution of one value per call). */
  readonly kind: 'counter' | 'histogram';
  /** Metadata keys the local registry adds as labels (bounded on one machine; never dimensions on AWS). */
  readonly localLabels?: readonly string[];
}

/** Counted by the supervisor where the run record changes (every run, Standard or Express: run-metrics.ts). */
const runs = <const D extends readonly string[]>(help: string, dimensions: D) =>
  ({
    unit: 'Count',
    help,
    dimensions,
    service: 'supervisor',
    kind: 'counter',
    localLabels: ['workflowId'],
  }) as const;

const webhooks = (help: string) =>
  ({ unit: 'Count', help, dimensions: ['source'], service: 'webhooks', kind: 'counter' }) as const;

const tokens = (help: string) =>
  ({ unit: 'Count', help, dimensions: ['purpose'], service: 'api', kind: 'histogram' }) as const;

export const METRICS = {
  RunsStarted: runs('Workflow runs started', ['trigger']),
  RunsSucceeded: runs('Workflow runs that succeeded', []),
  RunsFailed: runs('Workflow runs that failed, timed out or were aborted', []),
  StepDuration: {
    unit: 'Milliseconds',
    help: 'Time one action step took in its agent',
    dimensions: ['action'],
    service: 'agent',
    kind: 'histogram',
  },
  DispatchFanOut: {
    unit: 'Count',
    help: 'Workflow runs one bus event started',
    dimensions: ['event'],
    service: 'dispatcher',
    kind: 'histogram',
  },
  DispatchLag: {
    unit: 'Milliseconds',
    help: 'Time from a bus event to its dispatch',
    dimensions: ['event'],
    service: 'dispatcher',
    kind: 'histogram',
  },
  WebhooksAccepted: webhooks('Webhook deliveries verified and published'),
  WebhooksRefused: webhooks('Webhook deliveries refused (signature, replay, size, body)'),
  WebhooksDuplicate: webhooks('Webhook deliveries answered as duplicates'),
  // purpose: the function that asked (api-assistant, supervisor, agent-…), from the LlmConfig's onUsage.
  LlmInputTokens: tokens('LLM input tokens of one request'),
  LlmOutputTokens: tokens('LLM output tokens of one request'),
} as const satisfies Record<string, MetricSpec>;

export type MetricName = keyof typeof METRICS;
export type MetricDimensions<N extends MetricName> = {
  readonly [K in (typeof METRICS)[N]['dimensions'][number]]: string;
};
export type MetricMetadata = Readonly<Record<string, string | number | undefined>>;

/** Where handlers and domain code record metrics (the Platform's `metrics`). */
export interface MetricsPort {
  record<N extends MetricName>(
    name: N,
    value: number,
    dimensions: MetricDimensions<N>,
    metadata?: MetricMetadata,
  ): void;
}

/** LlmInputTokens and LlmOutputTokens of one request (the LlmConfig's `onUsage`). */
export const recordLlmTokens =
  (metrics: MetricsPort, labels: { readonly purpose: string; readonly modelId: string }) =>
  (usage: { readonly inputTokens: number; readonly outputTokens: number }): void => {
    const metadata = { modelId: labels.modelId };
    metrics.record('LlmInputTokens', usage.inputTokens, { purpose: labels.purpose }, metadata);
    metrics.record('LlmOutputTokens', usage.outputTokens, { purpose: labels.purpose }, metadata);
  };

/** Records nothing (tests that do not look at metrics). */
export const NO_METRICS: MetricsPort = { record: () => {} };

const DIMENSION_VALUE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * A dimension value as it is recorded: anything that is not a short identifier becomes `other`, so a caller
 * passing raw input can never create unbounded metrics.
 */
export const dimensionValue = (value: string): string => (DIMENSION_VALUE.test(value) ? value : 'other');

/** The dimensions of a point in the catalogue's order, each value checked. */
export const dimensionsOf = <N extends MetricName>(
  name: N,
  dimensions: MetricDimensions<N>,
): [string, string][] =>
  METRICS[name].dimensions.map((key) => [
    key,
    dimensionValue((dimensions as Record<string, string>)[key] ?? ''),
  ]);

/** Metadata without undefined entries, values as EMF and Prometheus take them. */
export const metadataOf = (metadata: MetricMetadata | undefined): [string, string][] =>
  Object.entries(metadata ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]));
