import type { EngineClock } from '../../functions/engine/clock';
import type { EngineEvent, LocalEngine } from '../../functions/engine/local-engine';
import { stateMachineNamePrefix } from '../../functions/provisioner/names';
import { EXPRESS_RUN_DEADLINE_MS } from '../../functions/supervisor/kit';
import { startExpressRunSweeps } from './express-sweeps';
import { LOCAL_ACCOUNT, LOCAL_PREFIX, LOCAL_REGION } from './functions';
import { lambdaContext } from './invoker';
import { createStatusChanges, ENDED_EXECUTIONS_OF } from './status-changes';

/**
 * What the deployed stack does when executions change: Step Functions' status-change events reach the supervisor
 * through the rule that closes runs (FAILED, TIMED_OUT, ABORTED), and the 5-minute rule sweeps Express runs past
 * their deadline (locally: after each Express execution's deadline, in 5-second slots, without a timer every 5 minutes).
 */
export const wireExecutionEvents = async (deps: {
  engine: LocalEngine;
  clock: EngineClock;
  say: (line: string) => void;
}) => {
  const supervisor = await import('../../functions/supervisor/handler');
  const changes = createStatusChanges({
    region: LOCAL_REGION,
    accountId: LOCAL_ACCOUNT,
    inspect: (arn) => deps.engine.inspectExecution(arn),
    matches: ENDED_EXECUTIONS_OF(stateMachineNamePrefix(LOCAL_PREFIX)),
    deliver: (event) =>
      supervisor.handler(event as never, lambdaContext(`${LOCAL_PREFIX}-supervisor`, 900_000)),
    onError: (error, event) =>
      deps.say(
        `! supervisor failed on ${event['detail-type']} ${String(event.detail.name)}: ${String(error)}`,
      ),
  });
  const sweeps = startExpressRunSweeps({
    clock: deps.clock,
    sweep: () =>
      supervisor.handler(
        supervisor.SWEEP_EXPRESS_RUNS as never,
        lambdaContext(`${LOCAL_PREFIX}-supervisor`, 60_000),
      ),
    say: deps.say,
  });
  return {
    onEngineEvent(event: EngineEvent): void {
      changes.publish(event);
      if (event.type === 'ExecutionStarted' && event.executionArn.split(':')[5] === 'express') {
        sweeps.after(EXPRESS_RUN_DEADLINE_MS + 1_000);
      }
    },
    busy: [
      { name: 'execution status change(s)', busy: changes.inFlight },
      { name: 'Express run sweep(s)', busy: sweeps.running },
    ],
    stop: () => sweeps.stop(),
  };
};
