import { dryRunWorkflow } from '../engine/dry-run';
import type { Clock } from '../shared/ports';
import type { DryRunner } from './context';

/** Dry runs with the local engine (functions/engine/dry-run.ts), on a virtual clock starting now. */
export const createDryRunner = (clock: Clock): DryRunner => ({
  async dryRun({ tenantId, workflowId, definition, trigger, timezone }) {
    const result = await dryRunWorkflow(definition, trigger, {
      tenantId,
      workflowId,
      triggerType: definition.trigger.type,
      timezone,
      now: clock.now(),
    });
    return { ...result };
  },
});
