import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';

/**
 * CloudWatch metrics as Embedded Metric Format log lines, written as Powertools Metrics writes a single metric:
 * `{"_aws": {"Timestamp", "CloudWatchMetrics": [{"Namespace", "Dimensions": [["service", ...]], "Metrics":
 * [{"Name", "Unit"}]}]}, ...metadata, "service", ...dimensions, "<name>": value}`, one line on stdout per point, and
 * the ColdStart metric (dimensions service and function_name) on a cold invocation. POWERTOOLS_METRICS_DISABLED
 * and POWERTOOLS_DEV switch it off as they switch Powertools off. Bundled with each function instead of loading
 * Powertools Metrics from the layer at cold start; test/unit/emf-metrics.test.ts compares its lines with
 * Powertools'.
 */

export type EmfUnit = 'Count' | 'Milliseconds';

const TRUE = new Set(['1', 'y', 'yes', 't', 'true', 'on']);
const flag = (name: string): boolean => TRUE.has((process.env[name] ?? '').trim().toLowerCase());

export interface EmfOptions {
  readonly namespace: string;
  readonly serviceName?: string;
}

export class EmfMetrics {
  readonly #namespace: string;
  readonly #service: string;
  readonly #disabled =
    process.env.POWERTOOLS_METRICS_DISABLED !== undefined
      ? flag('POWERTOOLS_METRICS_DISABLED')
      : flag('POWERTOOLS_DEV');
  #coldStart = process.env.AWS_LAMBDA_INITIALIZATION_TYPE === 'on-demand';

  constructor(options: EmfOptions) {
    this.#namespace = options.namespace;
    this.#service = options.serviceName || process.env.POWERTOOLS_SERVICE_NAME || 'service_undefined';
  }

  /** One point on its own line: its dimensions (beside `service`) and metadata (searchable, not dimensions). */
  single(
    name: string,
    unit: EmfUnit,
    value: number,
    dimensions: readonly (readonly [string, string])[],
    metadata: readonly (readonly [string, string])[] = [],
  ): void {
    if (this.#disabled) return;
    const keys = [...new Set(['service', ...dimensions.map(([key]) => key)])];
    const line = {
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [
          { Namespace: this.#namespace, Dimensions: [keys], Metrics: [{ Name: name, Unit: unit }] },
        ],
      },
      ...Object.fromEntries(metadata),
      service: this.#service,
      ...Object.fromEntries(dimensions),
      [name]: value,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }

  /** The ColdStart metric, once, on the first invocation of an on-demand environment. */
  captureColdStartMetric(functionName: string | undefined): void {
    if (!this.#coldStart) return;
    this.#coldStart = false;
    const name = functionName?.trim();
    this.single('ColdStart', 'Count', 1, name ? [['function_name', name]] : []);
  }
}

/** Powertools' logMetrics middleware as Dynaris uses it: the ColdStart metric before the handler. */
export const logMetrics = (
  metrics: EmfMetrics,
  options: { readonly captureColdStartMetric?: boolean } = {},
): MiddlewareObj<unknown, unknown, Error, Context> => ({
  before: (request) => {
    if (options.captureColdStartMetric) metrics.captureColdStartMetric(request.context.functionName);
  },
});
