import { describe, expect, it } from 'vitest';
import type { PreparedScope } from '../../functions/engine/asl-types';
import { StateStepper } from '../../functions/engine/mini';

const scope = (n: number, extra: Record<string, unknown> = {}): PreparedScope => ({
  startAt: 'Greet',
  states: {
    Greet: {
      Type: 'Pass',
      Parameters: { 'who.$': '$.name', n },
      ResultPath: '$.greeting',
      Next: 'Done',
      ...extra,
    },
    Done: { Type: 'Succeed' },
  },
});

describe('StateStepper keeps the small machines of a bounded number of scopes', () => {
  it('GIVEN a stepper that keeps 2 scopes WHEN states of 3 scopes are stepped THEN it holds 2, the least recently stepped is forgotten, and stepping it again builds it anew with the same result', async () => {
    const stepper = new StateStepper(2);
    const scopes = [scope(1), scope(2), scope(3)];
    const first = await stepper.step(scopes[0] as PreparedScope, 'Greet', { name: 'Ann' }, {}, undefined);
    expect(first).toEqual({ next: 'Done', output: { name: 'Ann', greeting: { who: 'Ann', n: 1 } } });
    await stepper.step(scopes[1] as PreparedScope, 'Greet', { name: 'Bob' }, {}, undefined);
    // Stepping scope 1 again makes scope 2 the least recently stepped.
    await stepper.step(scopes[0] as PreparedScope, 'Greet', { name: 'Ann' }, {}, undefined);
    await stepper.step(scopes[2] as PreparedScope, 'Greet', { name: 'Cy' }, {}, undefined);
    expect(stepper.cachedScopes).toBe(2);

    const again = await stepper.step(scopes[1] as PreparedScope, 'Greet', { name: 'Bob' }, {}, undefined);
    expect(again).toEqual({ next: 'Done', output: { name: 'Bob', greeting: { who: 'Bob', n: 2 } } });
    expect(stepper.cachedScopes).toBe(2);
  });

  it('GIVEN the default bound WHEN 600 scopes are stepped THEN at most 500 are held', async () => {
    const stepper = new StateStepper();
    for (let n = 0; n < 600; n++) await stepper.step(scope(n), 'Done', { n }, {}, undefined);
    expect(stepper.cachedScopes).toBe(500);
  });

  it('GIVEN two scopes of the same content (two tenants that deployed the same template) WHEN both are stepped THEN one set of small machines is held for both and each run gets its own output', async () => {
    const stepper = new StateStepper();
    const [a, b] = [scope(1), scope(1)];
    expect(await stepper.step(a, 'Greet', { name: 'Ann' }, {}, undefined)).toEqual({
      next: 'Done',
      output: { name: 'Ann', greeting: { who: 'Ann', n: 1 } },
    });
    expect(await stepper.step(b, 'Greet', { name: 'Bob' }, {}, undefined)).toEqual({
      next: 'Done',
      output: { name: 'Bob', greeting: { who: 'Bob', n: 1 } },
    });
    expect(stepper.cachedScopes).toBe(1);
  });

  it("GIVEN scopes that differ only by a property present with an undefined value, or by one that holds a function WHEN stepped THEN none shares another one's machines", async () => {
    const stepper = new StateStepper();
    const withUndefined = scope(1, { Comment: undefined });
    const withFunction = () => scope(1, { Comment: () => 'x' });
    for (const s of [scope(1), withUndefined, withFunction(), withFunction()]) {
      await stepper.step(s, 'Greet', { name: 'Ann' }, {}, undefined);
    }
    expect(stepper.cachedScopes).toBe(4);
  });
});
