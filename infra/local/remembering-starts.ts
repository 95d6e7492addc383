import type { RunRepository } from '../../functions/data/runs';
import type { LocalEngine } from '../../functions/engine/local-engine';
import type { WorkflowEngine } from '../../functions/shared/ports';
import type { StartJournal } from './start-journal';

/**
 * The runtime's engine port. Step Functions remembers a Standard execution's name for 90 days, so the dispatcher's
 * deterministic name makes a second start of one (event, workflow) a no-op. The local engine forgets executions when
 * the process stops (and, in memory, the oldest finished ones); the run record (runId = execution name) remembers
 * instead: a name with a run record is not started again, except the runs `restartable` holds (found running at start
 * with no execution left: started again under the same name, they continue as the same run and their finished steps
 * replay their stored results). Every start the engine makes is in the start journal before it runs (the engine's
 * beforeStart, StartJournal).
 * Not for Express without --data-dir (`earlierProcesses: false`): AWS remembers no Express name, the start guards
 * refuse repeats there as here, and no earlier process left a run (a read AWS does not make: docs/performance.md).
 */
export const rememberingStarts = (
  engine: LocalEngine,
  runs: Pick<RunRepository, 'get'>,
  restartable: Set<string>,
  journal?: Pick<StartJournal, 'recordRedrive'>,
  { earlierProcesses = true }: { readonly earlierProcesses?: boolean } = {},
): WorkflowEngine => ({
  async startExecution(req) {
    if (!earlierProcesses && engine.stateMachineType(req.stateMachineArn) === 'EXPRESS')
      return engine.startExecution(req);
    const arn = `${req.stateMachineArn.replace(':stateMachine:', ':execution:')}:${req.name}`;
    const tenantId = (req.input as { context?: { tenantId?: unknown } } | undefined)?.context?.tenantId;
    if (!engine.inspectExecution(arn) && typeof tenantId === 'string') {
      const run = await runs.get(tenantId, req.name);
      if (run && !restartable.delete(`${tenantId}\u0000${req.name}`)) {
        return { executionArn: run.executionId || arn, alreadyStarted: true };
      }
    }
    return engine.startExecution(req);
  },
  sendTaskSuccess: (token, output) => engine.sendTaskSuccess(token, output),
  sendTaskFailure: (token, error, cause) => engine.sendTaskFailure(token, error, cause),
  stopExecution: (arn, cause) => engine.stopExecution(arn, cause),
  async redriveExecution(arn) {
    await journal?.recordRedrive(arn);
    return engine.redriveExecution(arn);
  },
  describeExecution: (arn) => engine.describeExecution(arn),
  getTimeline: (arn) => engine.getTimeline(arn),
  listMapRuns: (arn) => engine.listMapRuns(arn),
});
