import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../functions/api/app';
import { requestFingerprint } from '../../../functions/api/idempotency-key';
import { createRequestKeyStore } from '../../../functions/data/request-keys';
import { type ApiHarness, startApiHarness, TENANT_A } from '../../support/api-harness';

/** Idempotency-Key on POST routes, as Stripe has it. */

let api: ApiHarness;
const HOUR = 3_600_000;

const post = (path: string, body: unknown, key: string, as: 'a' | 'b' = 'a') =>
  api.call('POST', path, { body, as, headers: { 'idempotency-key': key } });

const leadsWith = async (email: string, as: 'a' | 'b' = 'a'): Promise<number> => {
  const all = (await api.call('GET', '/leads?limit=100', { as })).body.items as { email: string }[];
  return all.filter((l) => l.email === email).length;
};

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
});
afterAll(async () => api.close());

describe('Idempotency-Key', () => {
  it('GIVEN one key WHEN POST /leads is sent 20 times THEN one lead is stored and every answer is the first', async () => {
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await post('/leads', { email: 'once@example.com' }, 'k-seq'));
    expect(answers.map((a) => a.status)).toEqual(new Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers[0]?.headers['idempotent-replayed']).toBeUndefined();
    expect(answers[1]?.headers['idempotent-replayed']).toBe('true');
    expect(answers[1]?.headers.location).toBe(answers[0]?.headers.location);
    expect(await leadsWith('once@example.com')).toBe(1);
  });

  it('GIVEN one key WHEN 20 POST /leads race THEN one lead is stored; the others answer 409 (in progress) or the first answer', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post('/leads', { email: 'race@example.com' }, 'k-race')),
    );
    for (const a of answers) expect([201, 409]).toContain(a.status);
    expect(answers.filter((a) => a.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(await leadsWith('race@example.com')).toBe(1);
    const retry = await post('/leads', { email: 'race@example.com' }, 'k-race');
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
  });

  it('GIVEN a used key WHEN sent with another body or to another route THEN 422 and nothing runs', async () => {
    await post('/leads', { email: 'first@example.com' }, 'k-other');
    const res = await post('/leads', { email: 'second@example.com' }, 'k-other');
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].path).toBe('header.idempotency-key');
    expect((await post('/contacts', { name: 'X' }, 'k-other')).status).toBe(422);
    expect(await leadsWith('second@example.com')).toBe(0);
  });

  it('GIVEN the same body with keys in another order WHEN replayed THEN it is the same request', async () => {
    const first = await post('/leads', { email: 'order@example.com', name: 'Ord' }, 'k-order');
    const again = await api.call('POST', '/leads', {
      rawBody: '{ "name": "Ord",  "email": "order@example.com" }',
      headers: { 'idempotency-key': 'k-order' },
    });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
  });

  it('GIVEN a refused request WHEN retried with its key THEN the refusal is replayed', async () => {
    await api.call('POST', '/leads', { body: { email: 'dup@example.com' } });
    const refused = await post('/leads', { email: 'dup@example.com' }, 'k-dup');
    expect(refused.status).toBe(409);
    const again = await post('/leads', { email: 'dup@example.com' }, 'k-dup');
    expect(again.status).toBe(409);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('GIVEN a key WHEN used 25 h later THEN the first answer still comes back; after 49 h the key is new', async () => {
    const first = await post('/leads', { email: 'later@example.com' }, 'k-later');
    api.platform.clock.advance(25 * HOUR);
    expect((await post('/leads', { email: 'later@example.com' }, 'k-later')).body.id).toBe(first.body.id);
    api.platform.clock.advance(24 * HOUR);
    await api.call('DELETE', `/leads/${first.body.id}`);
    const fresh = await post('/leads', { email: 'later@example.com' }, 'k-later');
    expect(fresh.status).toBe(201);
    expect(fresh.body.id).not.toBe(first.body.id);
  });

  it('GIVEN a claim left by a request that died WHEN retried THEN 409 while its lock holds, then the retry runs once', async () => {
    const store = createRequestKeyStore({ db: api.platform.db, clock: api.platform.clock });
    const body = { email: 'crashed@example.com' };
    const claim = await store.claim(TENANT_A, 'k-dead', requestFingerprint('POST', '/leads', body));
    expect(claim.outcome).toBe('claimed');
    expect((await post('/leads', body, 'k-dead')).status).toBe(409);
    api.platform.clock.advance(61_000);
    const retried = await post('/leads', body, 'k-dead');
    expect(retried.status).toBe(201);
    expect((await post('/leads', body, 'k-dead')).body.id).toBe(retried.body.id);
    expect(await leadsWith('crashed@example.com')).toBe(1);
  });

  it('GIVEN two tenants WHEN they use the same key THEN each gets its own answer', async () => {
    const a = await post('/leads', { email: 'shared@example.com' }, 'k-shared', 'a');
    const b = await post('/leads', { email: 'shared@example.com' }, 'k-shared', 'b');
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('GIVEN an invalid key WHEN sent THEN 400 on the header; the OpenAPI document describes the header on POST routes', async () => {
    const res = await post('/leads', { email: 'bad@example.com' }, 'x'.repeat(256));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('header.idempotency-key');
    const doc = openApiDocument() as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    expect(doc.paths['/leads']?.post?.parameters?.map((p) => p.name)).toContain('Idempotency-Key');
    expect(doc.paths['/leads']?.get?.parameters?.map((p) => p.name)).not.toContain('Idempotency-Key');
  });
});
