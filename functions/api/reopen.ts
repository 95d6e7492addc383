import { createRunRepository } from '../data/runs';
import type { Platform } from '../shared/platform';

/**
 * Redrive support: a failed or cancelled run goes back to running once its execution was redriven (the run
 * repository's conditional reopen, so a repeated or racing redrive reopens it once). False when the run was in
 * another status by then.
 */
export const createRunReopener = ({ db, clock }: Pick<Platform, 'db' | 'clock'>) => {
  const runs = createRunRepository({ db, clock });
  return async (tenantId: string, runId: string): Promise<boolean> =>
    (await runs.reopen(tenantId, runId)).changed;
};
