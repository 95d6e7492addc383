import { createApprovalOps } from './approvals';
import { createBusinessDayOps } from './business-days';
import { createExpressRunSweeper } from './express-runs';
import { createSupervisorKit, type SupervisorDeps } from './kit';
import { createRunLifecycle } from './lifecycle';
import { createRouter } from './route';

/**
 * The supervisor: opens every run (context, Auto Mode), parks runs and steps on approvals, registers event waits,
 * closes every run (result or failure, event, readable log) and routes free-form `ai.task` steps to an action
 * with Bedrock tool use. Every operation is safe to retry (Lambda and Step Functions retry it).
 */
export const createSupervisor = (deps: SupervisorDeps) => {
  const kit = createSupervisorKit(deps);
  const lifecycle = createRunLifecycle(kit);
  return {
    ...lifecycle,
    ...createApprovalOps(kit),
    ...createBusinessDayOps(kit),
    ...createRouter(kit),
    ...createExpressRunSweeper(kit, lifecycle.finish),
  };
};

export type Supervisor = ReturnType<typeof createSupervisor>;

export { type ApprovalDecision, expandApprovers } from './approvals';
export { BUILT_IN_PREFIX, builtInWorkflow } from './built-in';
export type { SupervisorDeps, WaitRegistrar } from './kit';
export { ExecutionStatusChange } from './lifecycle';
export { readableCause, secondsText } from './text';
