import type { HistoryEvent, HistoryEventType } from '@aws-sdk/client-sfn';

/**
 * Express executions have no GetExecutionHistory: with logging level ALL and execution data included, Step
 * Functions writes the same history events to CloudWatch Logs, one JSON log event each:
 *   { "id": "3", "type": "TaskStateEntered", "details": { "name": "…", "input": "…" },
 *     "previous_event_id": "2", "event_timestamp": "1592595196329", "execution_arn": "arn:…:express:…" }
 * This turns them back into history events, for the same timeline as Standard executions (sfn-history.ts).
 */

type Details = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The HistoryEvent field that carries the details of an event type. */
const detailsKey = (type: string): keyof HistoryEvent | undefined => {
  if (type.endsWith('StateEntered')) return 'stateEnteredEventDetails';
  if (type.endsWith('StateExited')) return 'stateExitedEventDetails';
  const direct: Record<string, keyof HistoryEvent> = {
    ExecutionStarted: 'executionStartedEventDetails',
    ExecutionSucceeded: 'executionSucceededEventDetails',
    ExecutionFailed: 'executionFailedEventDetails',
    ExecutionTimedOut: 'executionTimedOutEventDetails',
    ExecutionAborted: 'executionAbortedEventDetails',
    TaskScheduled: 'taskScheduledEventDetails',
    TaskStarted: 'taskStartedEventDetails',
    TaskSubmitted: 'taskSubmittedEventDetails',
    TaskSucceeded: 'taskSucceededEventDetails',
    TaskFailed: 'taskFailedEventDetails',
    TaskTimedOut: 'taskTimedOutEventDetails',
    TaskStartFailed: 'taskStartFailedEventDetails',
    TaskSubmitFailed: 'taskSubmitFailedEventDetails',
    LambdaFunctionScheduled: 'lambdaFunctionScheduledEventDetails',
    LambdaFunctionSucceeded: 'lambdaFunctionSucceededEventDetails',
    LambdaFunctionFailed: 'lambdaFunctionFailedEventDetails',
    LambdaFunctionTimedOut: 'lambdaFunctionTimedOutEventDetails',
    LambdaFunctionScheduleFailed: 'lambdaFunctionScheduleFailedEventDetails',
    LambdaFunctionStartFailed: 'lambdaFunctionStartFailedEventDetails',
  };
  return direct[type];
};

/** One CloudWatch log message of a Step Functions execution, as a history event (undefined if it is not one). */
export const logMessageToHistoryEvent = (message: string): HistoryEvent | undefined => {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(message) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const type = str(parsed.type);
  if (!type) return undefined;
  const details = (parsed.details ?? {}) as Details;
  const event: HistoryEvent = {
    type: type as HistoryEventType,
    id: Number(parsed.id),
    previousEventId: Number(parsed.previous_event_id ?? 0),
    timestamp: new Date(Number(parsed.event_timestamp)),
  };
  const key = detailsKey(type);
  if (key) (event as unknown as Record<string, unknown>)[key] = details;
  return event;
};

/** Log messages of one execution, in history order. */
export const logMessagesToHistory = (messages: readonly string[]): HistoryEvent[] =>
  messages
    .map(logMessageToHistoryEvent)
    .filter((e): e is HistoryEvent => e !== undefined)
    .sort((a, b) => (a.id ?? 0) - (b.id ?? 0));

/** `arn:aws:states:r:a:express:<machine>:<name>:<id>` -> `arn:aws:states:r:a:stateMachine:<machine>`. */
export const stateMachineOfExpress = (executionArn: string): string => {
  const parts = executionArn.split(':');
  return [...parts.slice(0, 5), 'stateMachine', parts[6] ?? ''].join(':');
};

/** `arn:…:log-group:<name>:*` -> `<name>`. */
export const logGroupName = (logGroupArn: string): string =>
  (logGroupArn.split(':log-group:')[1] ?? logGroupArn).replace(/:\*$/, '');
