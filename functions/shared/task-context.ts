import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventPublisher, PublishedEvent } from './ports';

/**
 * Which workflow run caused the work in progress. Events published while an agent performs a step carry it as
 * `detail.causedBy`, so the dispatcher never lets a run's own events start the same workflow again (the runaway
 * loop the validator can only catch when it can see the publishing action statically).
 */
export interface TaskCause {
  readonly workflowId: string;
  readonly runId: string;
}

const current = new AsyncLocalStorage<TaskCause>();

export const runWithCause = <T>(cause: TaskCause, fn: () => Promise<T>): Promise<T> => current.run(cause, fn);

export const currentCause = (): TaskCause | undefined => current.getStore();

/** A publisher that stamps `causedBy` on every event published inside runWithCause. */
export const stampingCause = (bus: EventPublisher): EventPublisher => {
  const stamped = (events: readonly PublishedEvent[]) => {
    const cause = currentCause();
    return cause
      ? events.map((e) => ({
          ...e,
          detail: { ...e.detail, causedBy: { workflowId: cause.workflowId, runId: cause.runId } },
        }))
      : events;
  };
  const withWrites = bus.publishWithWrites?.bind(bus);
  return {
    publish: (events) => bus.publish(stamped(events)),
    ...(withWrites
      ? { publishWithWrites: (events, writes, options) => withWrites(stamped(events), writes, options) }
      : {}),
  };
};

/** The workflow whose run produced an event: an agent step (causedBy), an events.emit step (emittedBy), or itself. */
export const causingWorkflow = (detailType: string, detail: Record<string, unknown>): string | undefined => {
  const idOf = (v: unknown) =>
    v !== null && typeof v === 'object' && typeof (v as { workflowId?: unknown }).workflowId === 'string'
      ? (v as { workflowId: string }).workflowId
      : undefined;
  return (
    idOf(detail.causedBy) ??
    idOf(detail.emittedBy) ??
    (detailType.startsWith('workflow.') && typeof detail.workflowId === 'string'
      ? detail.workflowId
      : undefined)
  );
};
