import path from 'node:path';
import { prepareScratchLevelDb } from './data-dir';
import { type RunningDynalite, startDynalite } from './dynalite';
import { openScratchDir } from './scratch-dir';

/**
 * The runtime's DynamoDB store: in `<dataDir>/dynamodb` (kept), in a scratch folder (`throwawayStore: 'disk'`: not
 * kept, removed when the store closes; ./scratch-dir.ts) or in this process's heap.
 */
export interface LocalStore {
  readonly dynalite: RunningDynalite;
  readonly scratchDir: string | undefined;
  close(): Promise<void>;
}

export const startLocalStore = async (options: {
  readonly dataDir: string | undefined;
  readonly throwawayStore?: 'disk' | 'memory';
  readonly meterCapacity?: boolean;
}): Promise<LocalStore> => {
  const scratch = !options.dataDir && options.throwawayStore === 'disk' ? await openScratchDir() : undefined;
  if (scratch) prepareScratchLevelDb();
  const folder = options.dataDir ?? scratch?.dir;
  try {
    const dynalite = await startDynalite({
      ...(folder ? { path: path.join(folder, 'dynamodb') } : {}),
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
