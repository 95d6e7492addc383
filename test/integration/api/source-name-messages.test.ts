import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/**
 * A refused webhook source name says what a source name is: in PUT /settings' webhookSecrets the key was answered
 * "Invalid key in record", and in the webhook path a 65-character source was told it "must be lowercase letters,
 * digits, "-" or "_"", which it was.
 */

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
});
afterAll(async () => api.close());

const RULE = '1-64 lowercase letters, digits, "-" or "_", starting with a letter or digit';

describe('webhook source names that are refused', () => {
  it('GIVEN webhookSecrets keyed by an uppercase, too long or hyphen-first source WHEN saved THEN 400 at that key saying what a source name is, and nothing is saved', async () => {
    for (const [source, path] of [
      ['MyCRM', 'body.integrations.webhookSecrets.MyCRM'],
      ['a'.repeat(65), `body.integrations.webhookSecrets.${'a'.repeat(65)}`],
      ['-crm', 'body.integrations.webhookSecrets["-crm"]'],
    ] as const) {
      const saved = await api.call('PUT', '/settings', {
        body: { integrations: { webhookSecrets: { [source]: 'secret-0123456789' } } },
      });
      expect(saved.status, source).toBe(400);
      expect(saved.body.error.details).toStrictEqual([{ path, message: expect.stringContaining(RULE) }]);
    }
    const settings = await api.call('GET', '/settings');
    expect(settings.body.integrations?.webhookSecrets ?? {}).toStrictEqual({});
  });

  it('GIVEN a webhook path whose source is 65 characters or starts with a hyphen WHEN delivered THEN 400 naming path.source with the length and the first character', async () => {
    for (const source of ['a'.repeat(65), '-crm']) {
      const delivered = await api.call('POST', `/webhooks/tenant-a/${source}`, {
        as: 'none',
        body: { a: 1 },
      });
      expect(delivered.status, source).toBe(400);
      expect(delivered.body.error.details).toStrictEqual([
        { path: 'path.source', message: expect.stringContaining(RULE) },
      ]);
    }
  });
});
