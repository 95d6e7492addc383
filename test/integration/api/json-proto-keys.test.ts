import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/**
 * A free-form key named `__proto__` (JSON.parse makes it an own member) cannot be stored as sent: copying by
 * assignment, as zod's records and DynamoDB's document client (lib-dynamodb, on AWS too) do, sets the copy's
 * prototype instead, so the member vanished (`fields: {"__proto__": …}`) or the create answered it while the item
 * stored lost it (`fields: {"a": {"__proto__": …}}` read back as `{"a": {}}`). It is refused at the edge instead,
 * a 400 naming the key, and nothing is stored.
 */

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
});
afterAll(async () => api.close());

const placements: readonly [fields: string, path: string][] = [
  ['{"__proto__":{"k":1}}', 'body.fields.__proto__'],
  ['{"a":{"__proto__":{"k":1}}}', 'body.fields.a.__proto__'],
  ['{"a":[{"b":1},{"__proto__":[1,2]}]}', 'body.fields.a[1].__proto__'],
  ['{"a":{"__proto__":null},"b":2}', 'body.fields.a.__proto__'],
];

describe('keys named __proto__ in free-form JSON', () => {
  it('GIVEN a new lead or contact whose fields hold a key named __proto__ at any depth WHEN posted THEN 400 naming that key, and nothing is stored', async () => {
    for (const [i, [fields, path]] of placements.entries()) {
      for (const [route, body] of [
        ['/leads', `{"email":"proto${i}@example.com","fields":${fields}}`],
        ['/contacts', `{"name":"Proto ${i}","fields":${fields}}`],
      ] as const) {
        const created = await api.call('POST', route, { rawBody: body });
        expect(created.status, `${route} ${fields}`).toBe(400);
        expect(created.body.error.details).toStrictEqual([
          { path, message: expect.stringContaining('__proto__') },
        ]);
      }
    }
    const leads = await api.call('GET', '/leads?limit=100');
    expect(leads.body.items.filter((l: { email: string }) => l.email.startsWith('proto'))).toStrictEqual([]);
    const contacts = await api.call('GET', '/contacts?limit=100');
    expect(contacts.body.items.filter((c: { name: string }) => c.name.startsWith('Proto'))).toStrictEqual([]);
  });

  it('GIVEN a stored lead WHEN an update adds a key named __proto__ to its fields THEN 400 and the lead keeps its fields and version', async () => {
    const created = await api.call('POST', '/leads', {
      body: { email: 'kept@example.com', fields: { a: { b: 1 } } },
    });
    expect(created.status).toBe(201);
    const updated = await api.call('PUT', `/leads/${created.body.id}`, {
      rawBody: '{"name":"Changed","fields":{"a":{"__proto__":{"b":2}}}}',
    });
    expect(updated.status).toBe(400);
    expect(updated.body.error.details[0].path).toBe('body.fields.a.__proto__');
    const read = await api.call('GET', `/leads/${created.body.id}`);
    expect(read.body).toMatchObject({ name: null, fields: { a: { b: 1 } }, version: 1 });
  });

  it('GIVEN keys that only look like it (`__proto`, `constructor`, `prototype`, an escaped `\\u005f_proto__`) WHEN a lead is stored THEN they are kept as sent', async () => {
    const created = await api.call('POST', '/leads', {
      rawBody:
        '{"email":"lookalike@example.com","fields":{"__proto":1,"constructor":{"prototype":2},"x":{"\\u005f_proto_":3}}}',
    });
    expect(created.status).toBe(201);
    const read = await api.call('GET', `/leads/${created.body.id}`);
    // Compared as text: an own `constructor` member defeats toStrictEqual's type check.
    expect(JSON.stringify(read.body.fields)).toBe(
      '{"__proto":1,"constructor":{"prototype":2},"x":{"__proto_":3}}',
    );
  });
});
