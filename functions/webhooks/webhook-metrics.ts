import type { MetricsPort } from '../shared/metrics';
import { EMAIL_SOURCE, FORM_SOURCES } from './mapping';
import { PROVIDERS } from './providers';

/** The source as a metric dimension: the built-in sources by name, any other (tenant-chosen) one as `custom`. */
const KNOWN_SOURCES: ReadonlySet<string> = new Set([...FORM_SOURCES, ...PROVIDERS, EMAIL_SOURCE]);
export const metricSource = (source: string): string => (KNOWN_SOURCES.has(source) ? source : 'custom');

type Outcome = { readonly status: number; readonly body: unknown };

/**
 * Counts one delivery: accepted (202, published), duplicate (200 `{ duplicate: true }`) or refused (any 4xx
 * thrown); Slack's url_verification challenge is none of them. Rethrows what `receive` throws.
 */
export const countedDelivery = async <O extends Outcome>(
  metrics: MetricsPort | undefined,
  delivery: { readonly tenantId: string; readonly source: string },
  receive: () => Promise<O>,
): Promise<O> => {
  const { tenantId, source } = delivery;
  const count = (name: 'WebhooksAccepted' | 'WebhooksRefused' | 'WebhooksDuplicate', status: number) =>
    metrics?.record(name, 1, { source: metricSource(source) }, { tenantId, source, status });
  try {
    const outcome = await receive();
    if (outcome.status === 202) count('WebhooksAccepted', 202);
    else if ((outcome.body as { duplicate?: unknown }).duplicate === true)
      count('WebhooksDuplicate', outcome.status);
    return outcome;
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 400 && status < 500) count('WebhooksRefused', status);
    throw error;
  }
};
