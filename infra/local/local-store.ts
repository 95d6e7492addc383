import path from 'node:path';
import { prepareScratchLevelDb } from './data-dir';
import { type RunningDynalite, startDynalite } from './dynalite';
import { openScratchDir } from './scratch-dir';

/**
 * The runtime's DynamoDB store: in `<dataDir>/dynamodb` (kept), in a scratch folder (`throwawayStore: 'disk'`: not
 * kept, removed when the store closes; ./scratch-dir.ts), in this process's heap with its older items moved to such
 * a folder (`tiered`; in the heap alone when no folder can be made), or in the heap.
 */
export interface LocalStore {
  readonly dynalite: RunningDynalite;
  readonly scratchDir: string | undefined;
  close(): Promise<void>;
}

export const startLocalStore = async (options: {
  readonly dataDir: string | undefined;
  readonly throwawayStore?: 'disk' | 'tiered' | 'memory';
  readonly meterCapacity?: boolean;
  readonly tieredHeapEntries?: number;
}): Promise<LocalStore> => {
  const disk = !options.dataDir && options.throwawayStore === 'disk';
  const tiered = !options.dataDir && options.throwawayStore === 'tiered';
  const scratch = disk
    ? await openScratchDir()
    : tiered
      ? await openScratchDir().catch(() => undefined)
      : undefined;
  if (disk) prepareScratchLevelDb();
  const folder = options.dataDir ?? (disk ? scratch?.dir : undefined);
  try {
    const dynalite = await startDynalite({
      ...(folder ? { path: path.join(folder, 'dynamodb') } : {}),
      ...(tiered && scratch ? { coldFolder: path.join(scratch.dir, 'dynamodb') } : {}),
      ...(options.tieredHeapEntries ? { coldHeapEntries: options.tieredHeapEntries } : {}),
      port: 0,
      ttlSweepIntervalMs: 60_000,
      ...(options.meterCapacity ? { meterCapacity: true } : {}),
    });
    return {
      dynalite,
      scratchDir: scratch?.dir,
      close: async () => {
        await dynalite.close();
        await scratch?.remove();
      },
    };
  } catch (error) {
    await scratch?.remove();
    throw error;
  }
};
