import { describe, expect, it } from 'vitest';
import { ConflictError, UnauthorizedError } from '../../functions/shared/errors';
import type { MetricName } from '../../functions/shared/metrics';
import { countedDelivery, metricSource } from '../../functions/webhooks/webhook-metrics';

/** Every point recorded, as `Name source status`. */
const recorder = () => {
  const points: string[] = [];
  const metrics = {
    record: (name: MetricName, value: number, dimensions: object, metadata?: Record<string, unknown>) => {
      points.push(`${name} ${(dimensions as { source: string }).source} ${metadata?.status} ${value}`);
    },
  };
  return { points, metrics };
};

const delivery = { tenantId: 't1', source: 'stripe' };

describe('webhook metrics', () => {
  it('GIVEN a delivery published (202) WHEN counted THEN one WebhooksAccepted for its source', async () => {
    const { points, metrics } = recorder();
    await countedDelivery(metrics, delivery, async () => ({ status: 202, body: { accepted: true } }));
    expect(points).toStrictEqual(['WebhooksAccepted stripe 202 1']);
  });

  it('GIVEN a repeated delivery (200 duplicate) WHEN counted THEN one WebhooksDuplicate, nothing accepted', async () => {
    const { points, metrics } = recorder();
    await countedDelivery(metrics, delivery, async () => ({ status: 200, body: { duplicate: true } }));
    expect(points).toStrictEqual(['WebhooksDuplicate stripe 200 1']);
  });

  it("GIVEN Slack's url_verification challenge WHEN answered THEN it is counted as none of the three", async () => {
    const { points, metrics } = recorder();
    const slack = { tenantId: 't1', source: 'slack' };
    await countedDelivery(metrics, slack, async () => ({ status: 200, body: { challenge: 'c' } }));
    expect(points).toStrictEqual([]);
  });

  it('GIVEN a bad signature (401) or a 409 WHEN thrown THEN WebhooksRefused with the status, and the error goes on', async () => {
    const { points, metrics } = recorder();
    const refuse = (error: Error) => countedDelivery(metrics, delivery, () => Promise.reject(error));
    await expect(refuse(new UnauthorizedError('Signature does not match'))).rejects.toThrow('Signature');
    await expect(refuse(new ConflictError('in progress'))).rejects.toThrow('in progress');
    expect(points).toStrictEqual(['WebhooksRefused stripe 401 1', 'WebhooksRefused stripe 409 1']);
  });

  it('GIVEN a failure that is not the sender’s (5xx) WHEN thrown THEN nothing is counted refused', async () => {
    const { points, metrics } = recorder();
    const outage = Object.assign(new Error('bus down'), { statusCode: 503 });
    await expect(countedDelivery(metrics, delivery, () => Promise.reject(outage))).rejects.toThrow(
      'bus down',
    );
    expect(points).toStrictEqual([]);
  });

  it('GIVEN sources WHEN used as the dimension THEN built-in ones keep their name and any other is custom', () => {
    expect(['stripe', 'form', 'typeform', 'email', 'github'].map(metricSource)).toStrictEqual([
      'stripe',
      'form',
      'typeform',
      'email',
      'github',
    ]);
    expect(['my-crm', 'x'.repeat(80)].map(metricSource)).toStrictEqual(['custom', 'custom']);
  });
});
