import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../functions/api/app';
import { type ApiHarness, startApiHarness, welcomeWorkflow } from '../../support/api-harness';

/**
 * Page cursors are bound to the list that made them: on every list route of the OpenAPI document a forged
 * cursor (garbage, another tenant's, the right tenant prefix on a made-up key, another list's) is a 400 on
 * query.cursor, never a 500; real cursors still walk every page.
 */

let api: ApiHarness;
let workflowId: string;

const cursorOf = (t: string, k: unknown) => Buffer.from(JSON.stringify({ t, k })).toString('base64url');

/** GET routes of the OpenAPI document that take a `cursor`, with path parameters filled in. */
const listRoutes = (): string[] => {
  const doc = openApiDocument() as {
    paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
  };
  return Object.entries(doc.paths)
    .filter(([, item]) => item.get?.parameters?.some((p) => p.name === 'cursor'))
    .map(([path]) => path.replace('{id}', workflowId));
};

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
  workflowId = (await api.call('POST', '/workflows', { body: welcomeWorkflow() })).body.workflow.workflowId;
  for (const name of ['Ada', 'Bo', 'Cy']) {
    await api.call('POST', '/leads', { body: { email: `${name.toLowerCase()}@example.com`, name } });
    await api.call('POST', '/contacts', { body: { name } });
  }
});
afterAll(async () => api.close());

describe('forged page cursors', () => {
  it('GIVEN the list routes of the OpenAPI document THEN there are at least the nine data and platform lists', () => {
    expect(listRoutes().length).toBeGreaterThanOrEqual(11);
  });

  it('GIVEN forged cursors WHEN sent to every list route THEN each is a 400 naming query.cursor', async () => {
    const forged = [
      cursorOf('tenant-a', { pk: 'T#tenant-a#X', sk: 'Y' }),
      cursorOf('tenant-a', { pk: 'T#tenant-a#X', sk: 'Y', gsi1pk: 'T#tenant-a#X', gsi1sk: 'Y' }),
      cursorOf('tenant-a', { pk: 'T#tenant-a#X', sk: 'Y', gsi2pk: 'T#tenant-a#X', gsi2sk: 'Y' }),
      cursorOf('tenant-a', { pk: 'T#tenant-a#X', sk: 1 }),
      cursorOf('tenant-b', { pk: 'T#tenant-b#LEAD#1', sk: 'LEAD' }),
      cursorOf('tenant-a', ['pk']),
      'not-base64-json',
    ];
    for (const path of listRoutes()) {
      for (const cursor of forged) {
        const res = await api.call('GET', `${path}?cursor=${cursor}`);
        expect(res.status, `${path} ${Buffer.from(cursor, 'base64url').toString()}`).toBe(400);
        expect(res.body.error.details[0].path).toBe('query.cursor');
      }
    }
  });

  it('GIVEN a real cursor of one list WHEN sent to another THEN 400; on its own list it walks every page', async () => {
    const first = await api.call('GET', '/leads?limit=1');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect((await api.call('GET', `/contacts?cursor=${first.body.nextCursor}`)).status).toBe(400);

    const emails: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.call('GET', `/leads?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      emails.push(...page.body.items.map((l: { email: string }) => l.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(emails.sort()).toEqual(['ada@example.com', 'bo@example.com', 'cy@example.com']);
  });
});
