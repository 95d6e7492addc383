import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../functions/api/app';
import { requestArbitrary, toEvent } from '../support/api-arbitraries';
import { FAKE_KEYS, fakeApiDeps } from '../support/api-fakes';

/**
 * Random and mutated requests on every route never produce a 500: whatever the body, path, query, method or
 * credentials, the answer is a success or a 4xx with the one error shape. (The same property runs over dynalite
 * with the real repositories in test/integration/api/property.test.ts.)
 */

const logged: unknown[] = [];
const deps = {
  ...fakeApiDeps(),
  log: (message: string, details: Record<string, unknown>) => logged.push({ message, details }),
};
const api = createApi(deps);

describe('API robustness (property)', () => {
  it('GIVEN random and mutated requests on every route WHEN handled THEN never a 500, always the error shape on failures', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(requestArbitrary(deps.ids, [FAKE_KEYS.a, FAKE_KEYS.b]), async (shape) => {
        const res = await api(toEvent(shape));
        const status = res.statusCode ?? 0;
        seen.add(status);
        if (status >= 500 && status !== 501 && status !== 503) {
          throw new Error(
            `${shape.method} ${shape.path} -> ${status}: ${res.body} ${JSON.stringify(logged.at(-1))}`,
          );
        }
        expect(status).toBeGreaterThanOrEqual(200);
        if (status >= 400 && shape.method !== 'HEAD') {
          const body = JSON.parse(res.body ?? '{}') as { error?: { code?: unknown; message?: unknown } };
          expect(typeof body.error?.code).toBe('string');
          expect(typeof body.error?.message).toBe('string');
        }
      }),
      { numRuns: 1500 },
    );
    // The generator reaches successes and every client error class, not only 400s.
    for (const status of [200, 400, 401, 403, 404, 405])
      expect([status, seen.has(status)]).toEqual([status, true]);
  });
});
