/**
 * How a workflow step reads in a run's step list (dynaris run, dry runs): the input it was given, from the payload
 * its task was called with, and its result, from the state data after it.
 */

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The step's input as a person reads it: the action input, the log line, the event, the wait, the approval. */
export const stepInput = (action: string, parameters: unknown): unknown => {
  if (!isRecord(parameters)) return null;
  if (isRecord(parameters.input) && typeof parameters.action === 'string') return parameters.input;
  if (action === 'log' && isRecord(parameters.Item)) {
    const item = parameters.Item as Record<string, { S?: string }>;
    return { level: item.level?.S ?? null, message: item.message?.S ?? null };
  }
  if (action === 'events.emit' && Array.isArray(parameters.Entries)) {
    const entry = isRecord(parameters.Entries[0]) ? parameters.Entries[0] : {};
    return { event: entry.DetailType ?? null, detail: entry.Detail ?? null };
  }
  const payload = isRecord(parameters.Payload) ? parameters.Payload : undefined;
  if (payload?.op === 'registerWait') {
    return { event: payload.event, match: payload.match, timeoutSeconds: payload.timeoutSeconds };
  }
  if (payload?.op === 'requestApproval')
    return { message: payload.message, approvers: payload.approvers ?? null };
  if (typeof parameters.seconds === 'number' || typeof parameters.timestamp === 'string') {
    return { seconds: parameters.seconds ?? null, until: parameters.timestamp ?? null };
  }
  return null;
};

/** `$.steps.<id>` in the state data a step left behind (undefined when it wrote none). */
export const stepResult = (stateOutput: unknown, stepId: string): unknown =>
  isRecord(stateOutput) && isRecord(stateOutput.steps) ? stateOutput.steps[stepId] : undefined;
