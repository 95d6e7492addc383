import { createRequire } from 'node:module';
import { vi } from 'vitest';

const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
const { ClassicLevel } = fromDynalite('classic-level') as {
  ClassicLevel: { prototype: Record<'_put' | '_del' | '_batch', (...args: unknown[]) => Promise<unknown>> };
};

/**
 * Sends every LevelDB write of dynalite's store (put, del, batch) through `admit` first: a write it refuses throws
 * LEVEL_IO_ERROR with `message`, as a full disk or a killed process leaves it. Undone by `vi.restoreAllMocks()`.
 */
export const gateLevelWrites = (admit: () => boolean, message: string): void => {
  for (const method of ['_put', '_del', '_batch'] as const) {
    const original = ClassicLevel.prototype[method];
    vi.spyOn(ClassicLevel.prototype, method).mockImplementation(async function (this: unknown, ...args) {
      if (!admit()) throw Object.assign(new Error(message), { code: 'LEVEL_IO_ERROR' });
      return original.apply(this, args);
    });
  }
};
