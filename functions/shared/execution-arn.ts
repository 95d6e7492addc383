/** Express execution ARNs (`…:express:…`): no status-change events, no describe, stop or redrive. */
export const isExpressExecution = (executionId: unknown): boolean =>
  typeof executionId === 'string' && executionId.split(':')[5] === 'express';
