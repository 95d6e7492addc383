import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestArbitrary, toEvent } from '../../support/api-arbitraries';
import { type ApiHarness, startApiHarness, welcomeWorkflow } from '../../support/api-harness';

/** The robustness property over dynalite with the real repositories: bad input never becomes a 500. */

let api: ApiHarness;
const ids: string[] = [];
const logged: unknown[] = [];

beforeAll(async () => {
  api = await startApiHarness({
    log: (message, details) => logged.push({ message, details }),
    rateLimit: { burst: 1e9, ratePerSecond: 1e9 },
  });
  const wf = await api.call('POST', '/workflows', { body: welcomeWorkflow() });
  ids.push(wf.body.workflow.workflowId);
  await api.call('POST', `/workflows/${ids[0]}/enable`);
  ids.push((await api.call('POST', `/workflows/${ids[0]}/runs`, { body: {} })).body.runId);
  ids.push((await api.call('POST', '/leads', { body: { email: 'p@example.com' } })).body.id);
  ids.push((await api.call('POST', '/knowledge', { body: { title: 't', body: 'b' } })).body.id);
  ids.push('tenant-a', 'tenant-b');
});
afterAll(async () => api.close());

describe('API robustness over dynalite (property)', () => {
  it('GIVEN random and mutated requests on every route WHEN handled by the real repositories THEN never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary(ids, [api.keys.a, api.keys.b]), async (shape) => {
        const res = await api.handle(toEvent(shape));
        const status = res.statusCode ?? 0;
        if (status >= 500 && status !== 501 && status !== 503) {
          throw new Error(
            `${shape.method} ${shape.path} -> ${status}: ${res.body} ${JSON.stringify(logged.at(-1))}`,
          );
        }
        expect(status).toBeGreaterThanOrEqual(200);
      }),
      { numRuns: 1000 },
    );
  });
});
