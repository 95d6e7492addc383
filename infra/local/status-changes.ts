import { randomUUID } from 'node:crypto';
import type { EventBridgeEvent } from 'aws-lambda';
import type { EngineEvent } from '../../functions/engine/local-engine';
import type { ExecutionDescription } from '../../functions/shared/ports';

/**
 * Step Functions' "Step Functions Execution Status Change" events, as the local engine's executions change status:
 * the same envelope and detail AWS puts on the default event bus (source aws.states), for Standard executions only
 * (AWS sends none for Express). They reach the targets of the rule the stack deploys (FAILED, TIMED_OUT and
 * ABORTED executions of the workflow state machines -> supervisor), which closes the runs they end.
 */

export const STATUS_CHANGE_DETAIL_TYPE = 'Step Functions Execution Status Change';

export type StatusChangeEvent = EventBridgeEvent<typeof STATUS_CHANGE_DETAIL_TYPE, Record<string, unknown>>;

export interface StatusChangeOptions {
  readonly region: string;
  readonly accountId: string;
  /** The engine's own view of an execution (any type). */
  readonly inspect: (executionArn: string) => ExecutionDescription | undefined;
  /** The rule's targets: called with each matching event, asynchronously. */
  readonly deliver: (event: StatusChangeEvent) => Promise<unknown>;
  /** Which events the rule matches (the stack's pattern: statuses and state machine prefix). */
  readonly matches: (detail: { status: string; stateMachineArn: string }) => boolean;
  readonly onError?: (error: unknown, event: StatusChangeEvent) => void;
}

const epoch = (iso: string | undefined): number | null => (iso ? Date.parse(iso) : null);

/** The detail Step Functions sends: dates as epoch milliseconds, input and output as JSON text. */
export const statusChangeDetail = (d: ExecutionDescription): Record<string, unknown> => ({
  executionArn: d.executionArn,
  stateMachineArn: d.stateMachineArn,
  name: d.name,
  status: d.status,
  startDate: epoch(d.startDate),
  stopDate: epoch(d.stopDate),
  input: JSON.stringify(d.input ?? {}),
  inputDetails: { included: true },
  output: d.output === undefined ? null : JSON.stringify(d.output),
  outputDetails: d.output === undefined ? null : { included: true },
  error: d.error?.error ?? null,
  cause: d.error?.cause ?? null,
  redriveCount: d.redriveCount ?? 0,
  redriveStatus: d.redriveStatus ?? 'NOT_REDRIVABLE',
  ...(d.redriveStatusReason ? { redriveStatusReason: d.redriveStatusReason } : {}),
});

/** The stack's rule: FAILED, TIMED_OUT and ABORTED executions of the state machines named `<prefix>...`. */
export const ENDED_EXECUTIONS_OF =
  (namePrefix: string) =>
  (detail: { status: string; stateMachineArn: string }): boolean =>
    ['FAILED', 'TIMED_OUT', 'ABORTED'].includes(detail.status) &&
    (detail.stateMachineArn.split(':stateMachine:')[1] ?? '').startsWith(namePrefix);

/** EventBridge retries a failing Lambda target; locally three attempts, a turn apart. */
const ATTEMPTS = 3;

/** Turns engine events into status-change deliveries; `inFlight()` counts those not delivered yet. */
export const createStatusChanges = (options: StatusChangeOptions) => {
  let inFlight = 0;
  const publish = (event: EngineEvent): void => {
    if (event.type !== 'ExecutionFinished' && event.type !== 'ExecutionStarted') return;
    if (event.executionArn.split(':')[5] === 'express') return;
    const description = options.inspect(event.executionArn);
    if (!description) return;
    const detail = statusChangeDetail(
      event.type === 'ExecutionStarted'
        ? { ...description, status: 'RUNNING' }
        : { ...description, status: event.status },
    );
    if (!options.matches({ status: String(detail.status), stateMachineArn: description.stateMachineArn }))
      return;
    const envelope: StatusChangeEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': STATUS_CHANGE_DETAIL_TYPE,
      source: 'aws.states',
      account: options.accountId,
      time: event.at,
      region: options.region,
      resources: [event.executionArn],
      detail,
    };
    inFlight += 1;
    const attempt = async (): Promise<void> => {
      for (let n = 1; ; n++) {
        try {
          await options.deliver(envelope);
          return;
        } catch (error) {
          if (n >= ATTEMPTS) throw error;
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    };
    setImmediate(() => {
      void attempt()
        .catch((error: unknown) => options.onError?.(error, envelope))
        .finally(() => {
          inFlight -= 1;
        });
    });
  };
  return { publish, inFlight: () => inFlight };
};
