import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/**
 * A Slack webhook URL carrying credentials was saved, and then refused by the outbound guard at every send
 * (functions/agents/http/outbound.ts: no credentials in URLs), so each Slack message of every run failed. It is
 * refused when saved instead, naming the field.
 */

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
});
afterAll(async () => api.close());

describe('a Slack webhook URL with credentials', () => {
  it('GIVEN a Slack URL carrying user:password@ WHEN saved THEN 400 naming the field, since every send would refuse it, and the integration is not changed', async () => {
    for (const slackWebhookUrl of [
      'https://user:pass@hooks.slack.com/services/T/B/x',
      'https://token@hooks.slack.com/x',
    ]) {
      const saved = await api.call('PUT', '/settings', { body: { integrations: { slackWebhookUrl } } });
      expect(saved.status, slackWebhookUrl).toBe(400);
      expect(saved.body.error.details).toStrictEqual([
        {
          path: 'body.integrations.slackWebhookUrl',
          message: expect.stringContaining('must not carry credentials'),
        },
      ]);
    }
    const settings = await api.call('GET', '/settings');
    expect(settings.body.integrations.slack).toStrictEqual({ configured: false, webhookUrl: null });
  });
});
