import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/**
 * Free-form keys that JSON escapes (a quote, a backslash, a newline) survive every parse between the request and the
 * store, even after another request poisoned the engine's JSON.parse (nodejs/node#63785; functions/shared/json-parse.ts).
 */

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
});
afterAll(async () => api.close());

describe('escaped keys in free-form JSON', () => {
  it('GIVEN a lead whose fields poison JSON.parse (a key `\\` after `h`) WHEN another lead is stored with keys `"` and `a\\nb` after `h` THEN its fields come back with those keys, from the create and from a read', async () => {
    const firsts = [[], 1, true, 'x', { y: 1 }, null];
    for (const [i, h] of firsts.entries()) {
      const poison = await api.call('POST', '/leads', {
        body: { email: `poison${i}@example.com`, fields: { h, '\\': 0, nested: { h, '\\': 0 } } },
      });
      expect(poison.status).toBe(201);
    }
    const fields = {
      h: 1,
      '"': 2,
      'a\nb': Object.fromEntries(firsts.map((h, i) => [`k${i}`, { h, '"': 'quoted' }])),
    };
    const created = await api.call('POST', '/leads', { body: { email: 'victim@example.com', fields } });
    expect(created.status).toBe(201);
    expect(created.body.fields).toStrictEqual(fields);
    const read = await api.call('GET', `/leads/${created.body.id}`);
    expect(read.body.fields).toStrictEqual(fields);
    expect(Object.keys(read.body.fields)).toStrictEqual(['h', '"', 'a\nb']);
  });
});
