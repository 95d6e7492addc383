import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import type { EventBridgeEvent } from 'aws-lambda';
import type { Clock, EventPublisher, PublishedEvent } from '../../functions/shared/ports';
import type { BusEvent } from '../../statemachines/events';

/**
 * The local event bus: what EventBridge does for the deployed system. Every published event is archived and
 * delivered, asynchronously and in the EventBridge envelope, to every target (the same dispatcher and correlator
 * handlers as on AWS). A target that throws is retried (like EventBridge's async Lambda invocation) and, when it
 * keeps failing, the event lands in the dead letters with the error.
 */

export interface BusTarget {
  readonly name: string;
  handle(event: EventBridgeEvent<string, unknown>): Promise<unknown>;
}

export interface ArchivedEvent extends BusEvent {
  readonly publishedAt: string;
}

export interface DeadLetter {
  readonly target: string;
  readonly event: ArchivedEvent;
  readonly error: string;
  readonly attempts: number;
}

export interface LocalBusOptions {
  readonly clock: Clock;
  readonly region?: string;
  readonly accountId?: string;
  readonly busName?: string;
  /** Appends every event as a JSON line (the archive survives restarts with --data-dir). */
  readonly archiveFile?: string;
  /** Events kept in memory for GET-style inspection; the oldest are dropped first. */
  readonly maxArchived?: number;
  /** Delays between delivery attempts to a failing target (real milliseconds). */
  readonly retryDelaysMs?: readonly number[];
  readonly onPublished?: (event: ArchivedEvent) => void;
  readonly onDeliveryError?: (
    target: string,
    event: ArchivedEvent,
    error: unknown,
    willRetry: boolean,
  ) => void;
}

const DEFAULT_RETRY_DELAYS_MS = [50, 200, 1000] as const;
const MAX_DETAIL_BYTES = 256 * 1024;

export class LocalBus implements EventPublisher {
  private readonly targets: BusTarget[] = [];
  private readonly archived: ArchivedEvent[] = [];
  private readonly dead: DeadLetter[] = [];
  private inFlight = 0;
  private archiveWrites: Promise<void> = Promise.resolve();

  constructor(private readonly options: LocalBusOptions) {}

  addTarget(target: BusTarget): void {
    this.targets.push(target);
  }

  async publish(events: readonly PublishedEvent[]): Promise<void> {
    const accepted: ArchivedEvent[] = [];
    for (const e of events) {
      if (!e.detail || typeof e.detail.tenantId !== 'string' || e.detail.tenantId === '') {
        throw new Error(`Event ${e.detailType} has no detail.tenantId`);
      }
      const size = Buffer.byteLength(JSON.stringify(e.detail));
      if (size > MAX_DETAIL_BYTES)
        throw new Error(`Event ${e.detailType} is ${size} bytes; the limit is 256 KB`);
      accepted.push({
        id: e.id ?? randomUUID(),
        source: e.source,
        detailType: e.detailType,
        time: e.time ?? this.options.clock.now().toISOString(),
        detail: structuredClone(e.detail) as ArchivedEvent['detail'],
        publishedAt: this.options.clock.now().toISOString(),
      });
    }
    for (const event of accepted) {
      this.archive(event);
      for (const target of this.targets) this.deliver(target, event);
    }
  }

  /** Events published so far (oldest first), optionally of one tenant. */
  events(filter: { tenantId?: string; detailType?: string } = {}): ArchivedEvent[] {
    return this.archived.filter(
      (e) =>
        (!filter.tenantId || e.detail.tenantId === filter.tenantId) &&
        (!filter.detailType || e.detailType === filter.detailType),
    );
  }

  deadLetters(): readonly DeadLetter[] {
    return this.dead;
  }

  /** Re-delivers archived events (EventBridge archive replay), optionally filtered. */
  async replay(filter: (event: ArchivedEvent) => boolean): Promise<number> {
    const chosen = this.archived.filter(filter);
    for (const event of chosen) for (const target of this.targets) this.deliver(target, event);
    return chosen.length;
  }

  isIdle(): boolean {
    return this.inFlight === 0;
  }

  /** Resolves once no delivery is in progress and the archive file is written. */
  async flush(): Promise<void> {
    while (this.inFlight > 0) await new Promise((resolve) => setImmediate(resolve));
    await this.archiveWrites;
  }

  private archive(event: ArchivedEvent): void {
    this.archived.push(event);
    const max = this.options.maxArchived ?? 50_000;
    if (this.archived.length > max) this.archived.splice(0, this.archived.length - max);
    const file = this.options.archiveFile;
    if (file) {
      const line = `${JSON.stringify(event)}\n`;
      this.archiveWrites = this.archiveWrites.then(() => appendFile(file, line, 'utf8')).catch(() => {});
    }
    this.options.onPublished?.(event);
  }

  private envelope(event: ArchivedEvent): EventBridgeEvent<string, unknown> {
    return {
      version: '0',
      id: event.id,
      'detail-type': event.detailType,
      source: event.source,
      account: this.options.accountId ?? '000000000000',
      time: event.time,
      region: this.options.region ?? 'us-east-1',
      resources: [],
      detail: structuredClone(event.detail),
    };
  }

  private deliver(target: BusTarget, event: ArchivedEvent): void {
    this.inFlight += 1;
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const attempt = async (n: number): Promise<void> => {
      try {
        await target.handle(this.envelope(event));
      } catch (error) {
        const willRetry = n < delays.length;
        this.options.onDeliveryError?.(target.name, event, error, willRetry);
        if (!willRetry) {
          this.dead.push({
            target: target.name,
            event,
            error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
            attempts: n + 1,
          });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delays[n]));
        await attempt(n + 1);
      }
    };
    setImmediate(() => {
      void attempt(0).finally(() => {
        this.inFlight -= 1;
      });
    });
  }
}
