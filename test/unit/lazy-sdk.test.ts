import { describe, expect, it } from 'vitest';
import { lazyClient, onFirstUse } from '../../functions/adapters/lazy-sdk';

describe('SDK packages loaded on first use', () => {
  it('GIVEN a loader WHEN nobody calls it THEN nothing loads; WHEN called twice THEN it loads once', async () => {
    let loads = 0;
    const load = onFirstUse(async () => ({ n: ++loads }));
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([load(), load()]);
    expect(loads).toBe(1);
    expect(a).toBe(b);
  });

  it('GIVEN a load that fails WHEN called again THEN it is tried again', async () => {
    let attempts = 0;
    const load = onFirstUse(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('network');
      return 'sdk';
    });
    await expect(load()).rejects.toThrow('network');
    await expect(load()).resolves.toBe('sdk');
  });

  it('GIVEN a client passed in (a test double) WHEN used THEN it is the one called and none is created', async () => {
    let created = 0;
    const given = { name: 'given' };
    const use = lazyClient(
      async () => ({ make: () => ({ name: `made-${++created}` }) }),
      (m) => m.make(),
      given,
    );
    expect(await use(async (_m, client) => client.name)).toBe('given');
    expect(created).toBe(0);
  });

  it('GIVEN no client passed WHEN used twice THEN one client is created from the package', async () => {
    let created = 0;
    const use = lazyClient(
      async () => ({ make: () => ({ name: `made-${++created}` }) }),
      (m) => m.make(),
    );
    expect(await use(async (_m, client) => client.name)).toBe('made-1');
    expect(await use(async (_m, client) => client.name)).toBe('made-1');
  });
});
