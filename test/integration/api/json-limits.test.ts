import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, welcomeWorkflow } from '../../support/api-harness';

/** Free-form JSON (lead and contact fields, run inputs, dry-run triggers) meets one set of limits at the API edge. */

let api: ApiHarness;
let workflowId: string;
let leadId: string;

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
  workflowId = (await api.call('POST', '/workflows', { body: welcomeWorkflow() })).body.workflow.workflowId;
  await api.call('POST', `/workflows/${workflowId}/enable`);
  leadId = (await api.call('POST', '/leads', { body: { email: 'limits@example.com' } })).body.id;
});
afterAll(async () => api.close());

/** Every edge that takes free-form JSON, with the free-form value put where it goes. */
const edges = (): { method: string; path: string; body: (value: unknown) => unknown; at: string }[] => [
  {
    method: 'POST',
    path: '/leads',
    body: (v) => ({ email: 'a@example.com', fields: { x: v } }),
    at: 'fields.x',
  },
  { method: 'PUT', path: `/leads/${leadId}`, body: (v) => ({ fields: { x: v } }), at: 'fields.x' },
  { method: 'POST', path: '/contacts', body: (v) => ({ name: 'Bo', fields: { x: v } }), at: 'fields.x' },
  {
    method: 'POST',
    path: `/workflows/${workflowId}/runs`,
    body: (v) => ({ input: { x: v } }),
    at: 'input.x',
  },
  {
    method: 'POST',
    path: `/workflows/${workflowId}/test`,
    body: (v) => ({ trigger: { x: v } }),
    at: 'trigger.x',
  },
];

describe('free-form JSON limits at every API edge', () => {
  it('GIVEN 1,000 nested levels on each free-form edge WHEN sent THEN 400 naming the path and the depth limit', async () => {
    for (const edge of edges()) {
      const res = await api.call(edge.method, edge.path, { body: edge.body(nested(1000)) });
      expect(res.status, `${edge.method} ${edge.path}`).toBe(400);
      expect(res.body.error.details[0].path).toMatch(
        new RegExp(`^body\\.${edge.at.replace('.', '\\.')}\\.a`),
      );
      expect(res.body.error.details[0].message).toContain('deeper than 32 levels');
    }
  });

  it('GIVEN a body of exactly 32 levels WHEN a lead is created with it THEN it is stored whole', async () => {
    const fields = { x: nested(30) };
    const res = await api.call('POST', '/leads', { body: { email: 'deep@example.com', fields } });
    expect(res.status).toBe(201);
    const read = await api.call('GET', `/leads/${res.body.id}`);
    expect(read.body.fields).toEqual(fields);
  });

  it('GIVEN numbers beyond 2^53, 1e308 or below 1e-130 on each edge WHEN sent THEN 400 naming the field, never 500', async () => {
    for (const edge of edges()) {
      for (const raw of ['9007199254740992', '12345678901234567890', '1e308', '1e-300']) {
        const text = JSON.stringify(edge.body('__N__')).replace('"__N__"', raw);
        const res = await api.call(edge.method, edge.path, { rawBody: text });
        expect(res.status, `${edge.path} ${raw}`).toBe(400);
        expect(res.body.error.details[0].path).toBe(`body.${edge.at}`);
        expect(res.body.error.details[0].message).toContain('send larger or more precise values as strings');
      }
    }
  });

  it('GIVEN a lead value of 2^53 WHEN created THEN 400 on body.value', async () => {
    const res = await api.call('POST', '/leads', {
      rawBody: '{"email":"v@example.com","value":9007199254740992}',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('body.value');
  });

  it('GIVEN an object of 1,001 keys WHEN sent as lead fields THEN 400 naming the key limit', async () => {
    const fields = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`f${i}`, i]));
    const res = await api.call('POST', '/leads', { body: { email: 'k@example.com', fields } });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toEqual({
      path: 'body.fields',
      message: 'has 1001 keys; the limit is 1000',
    });
  });
});
