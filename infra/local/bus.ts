import { randomUUID } from 'node:crypto';
import { access, appendFile } from 'node:fs/promises';
import type { EventBridgeEvent } from 'aws-lambda';
import type { Clock, EventPublisher, PublishedEvent } from '../../functions/shared/ports';
import { type RoutingTarget, routedToPattern } from '../../statemachines/event-routing';
import type { BusEvent } from '../../statemachines/events';
import { type EventPattern, matchNested, nestDottedKeys } from '../../statemachines/patterns';
import { BoundedLog } from './bounded-log';
import { isObject, readJsonLines, storageWrite } from './data-files';
import { inLane } from './dynalite/callbacks';

/**
 * The local event bus: what EventBridge does for the deployed system. Every published event is archived and
 * delivered, asynchronously and in the EventBridge envelope, to every target (the same dispatcher and correlator
 * handlers as on AWS). A target that throws is retried (like EventBridge's async Lambda invocation) and, when it
 * keeps failing, the event lands in the dead letters with the error.
 *
 * With files it is an outbox: publish returns once the event is appended to the archive (what PutEvents'
 * acknowledgement means on AWS), each finished (event, target) delivery is appended to the delivery log, and
 * `deliverPending()` at the next start delivers what the log does not show, so a kill between the acknowledgement
 * and the dispatch loses nothing. Targets de-duplicate by event id (the dispatcher: one execution name per event and
 * workflow), so a delivery made again after a kill acts at most once.
 */

export interface BusTarget {
  readonly name: string;
  handle(event: EventBridgeEvent<string, unknown>): Promise<unknown>;
}

/** A target with the pattern of its rule: only the events it matches are delivered (EventBridge's rule matching). */
interface RuleTarget {
  readonly target: BusTarget;
  readonly pattern: EventPattern | undefined;
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
  /** Appends `{"id","target"}` when a target is done with an event (delivered or dead-lettered). */
  readonly deliveryFile?: string;
  /** Events kept in memory (inspection, replay); the oldest are dropped first. @default 50,000 */
  readonly maxArchived?: number;
  /**
   * The same bound in bytes of the events' JSON. @default 4 MiB (about 1,000 lead runs' events; as objects they take
   * about twice that of heap, and V8 holds 1.5x the heap: docs/performance.md)
   */
  readonly maxArchivedBytes?: number;
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
  private readonly targets: RuleTarget[] = [];
  /**
   * The newest events as their JSON text (what the archive file gets): a string costs its length, an event as
   * objects about 1.4 times its JSON (6.5 MB of heap for the 4 MiB bound at 4k lead runs). events() and replay()
   * parse them; delivery uses the event objects of the publish.
   */
  private readonly archived: BoundedLog<string>;
  private readonly dead: BoundedLog<DeadLetter>;
  private inFlight = 0;
  private archiveWrites: Promise<void> = Promise.resolve();
  private deliveryWrites: Promise<void> = Promise.resolve();

  constructor(private readonly options: LocalBusOptions) {
    this.archived = new BoundedLog(
      options.maxArchived ?? 50_000,
      options.maxArchivedBytes ?? 4 * 1024 * 1024,
    );
    // Dead letters: the newest 1,000 (an SQS DLQ keeps 14 days at most too).
    this.dead = new BoundedLog(1_000, 4 * 1024 * 1024);
  }

  /**
   * A target for every event, or, for a routed bus target (the dispatcher, the correlator), for the events its rule
   * keeps: the same pattern as infra/constructs/bus.ts (statemachines/event-routing.ts).
   */
  addTarget(target: BusTarget, routedAs?: RoutingTarget): void {
    // Nested once here (matchPattern nests pattern and event again for every match).
    const pattern = routedAs ? routedToPattern(routedAs) : undefined;
    this.targets.push({
      target,
      pattern: pattern ? (nestDottedKeys(pattern, 'pattern') as EventPattern) : undefined,
    });
  }

  /** Resolves once the events are archived (on disk with an archive file); a failed append throws. */
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
    const texts = accepted.map((event) => JSON.stringify(event));
    await this.appendArchive(texts);
    for (const [i, event] of accepted.entries()) {
      this.remember(event, true, texts[i]);
      const matched = this.matcherOf(event);
      for (const rule of this.targets) this.deliver(rule, event, matched);
    }
  }

  /**
   * At start, after the targets are added: loads the archive and delivers every (event, target) the delivery log
   * does not show as done, and those `again` names (given when the recorded delivery finished, real epoch ms; 0 for
   * a data dir from before the log). Returns how many deliveries began.
   */
  async deliverPending(
    again: (event: ArchivedEvent, target: string, deliveredAt: number) => boolean = () => false,
  ): Promise<number> {
    const { archiveFile, deliveryFile } = this.options;
    if (!archiveFile) return 0;
    const events = await readJsonLines(archiveFile, isArchivedEvent, 'its events are not delivered again');
    if (!deliveryFile) {
      for (const event of events) this.remember(event, false);
      return 0;
    }
    // A data dir from before the delivery log: its events were delivered by the process that published them.
    const legacy = events.length > 0 && !(await exists(deliveryFile));
    const deliveries = await readJsonLines(
      deliveryFile,
      isDelivery,
      'every archived event is delivered again',
    );
    await appendFile(deliveryFile, '', 'utf8');
    const done = new Map(deliveries.map((d) => [`${d.target}\u0000${d.id}`, d.at ?? 0]));
    let started = 0;
    const seen = new Set<string>();
    for (const event of events) {
      this.remember(event, false);
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      for (const rule of this.targets) {
        const at = legacy ? 0 : done.get(`${rule.target.name}\u0000${event.id}`);
        if (at !== undefined && !again(event, rule.target.name, at)) continue;
        if (this.deliver(rule, event)) started += 1;
      }
    }
    return started;
  }

  /** Events published so far (oldest first), optionally of one tenant. */
  events(filter: { tenantId?: string; detailType?: string } = {}): ArchivedEvent[] {
    return this.held().filter(
      (e) =>
        (!filter.tenantId || e.detail.tenantId === filter.tenantId) &&
        (!filter.detailType || e.detailType === filter.detailType),
    );
  }

  private held(): ArchivedEvent[] {
    return this.archived.all.map((json) => JSON.parse(json) as ArchivedEvent);
  }

  deadLetters(): readonly DeadLetter[] {
    return this.dead.all;
  }

  /** Re-delivers archived events (EventBridge archive replay), optionally filtered. */
  async replay(filter: (event: ArchivedEvent) => boolean): Promise<number> {
    const chosen = this.held().filter(filter);
    for (const event of chosen) for (const rule of this.targets) this.deliver(rule, event);
    return chosen.length;
  }

  isIdle(): boolean {
    return this.inFlight === 0;
  }

  /** Resolves once no delivery is in progress and the archive and delivery log are written. */
  async flush(): Promise<void> {
    while (this.inFlight > 0) await new Promise((resolve) => setImmediate(resolve));
    await this.archiveWrites.catch(() => undefined);
    await this.deliveryWrites;
  }

  private appendArchive(texts: readonly string[]): Promise<void> {
    const file = this.options.archiveFile;
    if (!file || texts.length === 0) return Promise.resolve();
    const text = texts.map((json) => `${json}\n`).join('');
    const write = this.archiveWrites
      .catch(() => undefined)
      .then(() => storageWrite('The event archive', () => appendFile(file, text, 'utf8')));
    this.archiveWrites = write;
    return write;
  }

  private remember(event: ArchivedEvent, announce = true, json = JSON.stringify(event)): void {
    this.archived.push(json, json.length);
    if (announce) this.options.onPublished?.(event);
  }

  /** The delivery is done (delivered or dead-lettered): a restart does not deliver it again. */
  private recordDelivery(target: string, event: ArchivedEvent): void {
    const file = this.options.deliveryFile;
    if (!file) return;
    const line = `${JSON.stringify({ id: event.id, target, at: Date.now() })}\n`;
    // A record that cannot be written only means the delivery is made again after a restart (targets de-duplicate).
    this.deliveryWrites = this.deliveryWrites.then(() => appendFile(file, line, 'utf8')).catch(() => {});
  }

  /** The event as a target gets it: its own copy of the detail (`shared`: the archive's, for matching only). */
  private envelope(event: ArchivedEvent, shared = false): EventBridgeEvent<string, unknown> {
    return {
      version: '0',
      id: event.id,
      'detail-type': event.detailType,
      source: event.source,
      account: this.options.accountId ?? '000000000000',
      time: event.time,
      region: this.options.region ?? 'us-east-1',
      resources: [],
      detail: shared ? event.detail : structuredClone(event.detail),
    };
  }

  /**
   * Whether a rule's (nested) pattern matches the event: the event is read, not copied (a target that gets it gets
   * its own copy), and its dotted keys are nested once for all the rules.
   */
  private matcherOf(event: ArchivedEvent): (pattern: EventPattern) => boolean {
    let nested: unknown;
    return (pattern) => {
      nested ??= nestDottedKeys(this.envelope(event, true), 'event');
      return matchNested(pattern, nested);
    };
  }

  /** Starts delivering the event to the rule's target if the rule matches it; false when it does not. */
  private deliver(
    { target, pattern }: RuleTarget,
    event: ArchivedEvent,
    matches = this.matcherOf(event),
  ): boolean {
    if (pattern && !matches(pattern)) return false;
    const envelope = this.envelope(event);
    this.inFlight += 1;
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const attempt = async (n: number): Promise<void> => {
      try {
        await target.handle(n === 0 ? envelope : this.envelope(event));
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
    // A delivery starts or resumes runs: front work, even for an event a run's task published (callbacks.ts).
    setImmediate(() => {
      void inLane('front', () => attempt(0)).finally(() => {
        this.recordDelivery(target.name, event);
        this.inFlight -= 1;
      });
    });
    return true;
  }
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

const isArchivedEvent = (value: unknown): value is ArchivedEvent =>
  isObject(value) &&
  typeof value.id === 'string' &&
  typeof value.detailType === 'string' &&
  typeof value.source === 'string' &&
  isObject(value.detail) &&
  typeof value.detail.tenantId === 'string';

const isDelivery = (value: unknown): value is { id: string; target: string; at?: number } =>
  isObject(value) && typeof value.id === 'string' && typeof value.target === 'string';
