import type { EngineClock } from '../../functions/engine/clock';
import type { DeployedSchedule, SchedulePort, ScheduleSpec } from '../../functions/shared/deployment-ports';
import type { WorkflowEngine } from '../../functions/shared/ports';
import { nextFireTimes, type ScheduleSpec as TriggerSchedule } from '../../statemachines/schedule';
import { memoryScheduleLedger, type ScheduleLedger } from './schedule-ledger';

/**
 * EventBridge Scheduler on this machine: each schedule fires its target state machine at the times Scheduler
 * would (cron/rate/at in the schedule's time zone, DST handled by nextFireTimes), sleeping on the engine clock,
 * so a virtual clock makes "every day at 17:00 Berlin time" testable in milliseconds.
 * Execution names are derived from the schedule and the fire time: a fire is never started twice.
 * With a ledger kept in the data dir, the fires a stopped process missed are made up when the schedule is armed again,
 * those Scheduler would still have delivered: scheduled within the target's maximum event age (its retry window).
 */

export interface ScheduleFire {
  readonly schedule: string;
  readonly scheduledTime: string;
  readonly executionArn?: string;
  readonly error?: string;
  /** Missed while the process was stopped, made up at its start. */
  readonly late?: true;
}

/** The console line of a fire. */
export const describeFire = (fire: ScheduleFire): string =>
  `⏰ schedule ${fire.schedule} fired${fire.late ? ` late (due ${fire.scheduledTime}, missed while stopped)` : ''}${
    fire.error ? `, start failed: ${fire.error}` : ''
  }`;

export interface LocalSchedulerOptions {
  readonly clock: EngineClock;
  readonly engine: Pick<WorkflowEngine, 'startExecution'>;
  readonly region?: string;
  readonly accountId?: string;
  readonly onFire?: (fire: ScheduleFire) => void;
  /** @default in memory: nothing is made up after a restart */
  readonly ledger?: ScheduleLedger;
}

interface Armed {
  key: string;
  spec: DeployedSchedule;
  controller: AbortController;
  createdAt: Date;
}

/** `cron(0 17 * * ? *)` / `rate(1 day)` / `at(2026-12-01T09:00:00)` -> the trigger form nextFireTimes reads. */
export const parseScheduleExpression = (expression: string, timezone: string): TriggerSchedule => {
  const m = /^(cron|rate|at)\((.*)\)$/.exec(expression.trim());
  if (!m?.[1] || m[2] === undefined) throw new Error(`Not a schedule expression: ${expression}`);
  const body = m[2].trim();
  if (m[1] === 'cron') return { cron: body, timezone };
  if (m[1] === 'rate') return { rate: body, timezone };
  return { at: body, timezone };
};

const compactTime = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

const substitutePlaceholders = (input: string, values: Record<string, string>): string =>
  input.replace(/<aws\.scheduler\.([a-z-]+)>/g, (whole, key: string) => values[key] ?? whole);

export class LocalScheduler implements SchedulePort {
  private readonly armed = new Map<string, Armed>();
  private readonly fires: ScheduleFire[] = [];
  private readonly ledger: ScheduleLedger;
  private inFlight = 0;
  /** Fires being started now: the runtime is not idle until each has its execution. */
  readonly firing = (): number => this.inFlight;

  constructor(private readonly options: LocalSchedulerOptions) {
    this.ledger = options.ledger ?? memoryScheduleLedger();
  }

  private key(groupName: string, name: string) {
    return `${groupName}/${name}`;
  }

  private arnOf(groupName: string, name: string) {
    return `arn:aws:scheduler:${this.options.region ?? 'us-east-1'}:${this.options.accountId ?? '000000000000'}:schedule/${groupName}/${name}`;
  }

  async get(groupName: string, name: string): Promise<DeployedSchedule | undefined> {
    const found = this.armed.get(this.key(groupName, name));
    return found ? structuredClone(found.spec) : undefined;
  }

  async create(spec: ScheduleSpec): Promise<{ arn: string }> {
    return this.put(spec);
  }

  async update(spec: ScheduleSpec): Promise<{ arn: string }> {
    return this.put(spec);
  }

  async delete(groupName: string, name: string): Promise<void> {
    const key = this.key(groupName, name);
    this.armed.get(key)?.controller.abort();
    this.armed.delete(key);
    this.ledger.delete(key);
  }

  list(): DeployedSchedule[] {
    return [...this.armed.values()].map((a) => structuredClone(a.spec));
  }

  /** The last 1,000 fires. */
  history(): readonly ScheduleFire[] {
    return this.fires;
  }

  /** The next time each schedule fires (for the console and tests). */
  nextFire(groupName: string, name: string): Date | undefined {
    const a = this.armed.get(this.key(groupName, name));
    if (a?.spec.state !== 'ENABLED') return undefined;
    const spec = parseScheduleExpression(a.spec.expression, a.spec.timezone);
    return nextFireTimes(spec, this.options.clock.now(), 1, { start: a.createdAt })[0];
  }

  /**
   * Once every saved workflow is provisioned again at start: forgets what the ledger holds of schedules that no longer
   * exist (a kill between a workflow's deletion and its schedule's left them), so a schedule created later under
   * the same name makes up no fire of the old one.
   */
  forgetUnarmed(): void {
    try {
      this.ledger.keepOnly((key) => this.armed.has(key));
    } catch {
      // Kept for the next start to forget: a cleanup must not stop this one.
    }
  }

  stopAll(): void {
    for (const a of this.armed.values()) a.controller.abort();
    this.armed.clear();
  }

  private put(spec: ScheduleSpec): { arn: string } {
    // Checks the expression now, as CreateSchedule would.
    nextFireTimes(parseScheduleExpression(spec.expression, spec.timezone), this.options.clock.now(), 1);
    const key = this.key(spec.groupName, spec.name);
    const previous = this.armed.get(key);
    previous?.controller.abort();
    const now = this.options.clock.now();
    // Armed for the first time by this process: what the ledger knows is from before a restart.
    const known = previous ? undefined : this.ledger.get(key);
    const arn = this.arnOf(spec.groupName, spec.name);
    const armed: Armed = {
      key,
      spec: { ...structuredClone(spec), arn },
      controller: new AbortController(),
      createdAt: previous?.createdAt ?? known?.createdAt ?? now,
    };
    this.armed.set(key, armed);
    const enabled = spec.state === 'ENABLED';
    // A disabled schedule misses nothing: once enabled, it fires from then on.
    const catchUpAfter = enabled && known ? known.through : undefined;
    if (!catchUpAfter && (previous?.spec.state !== 'ENABLED' || !enabled)) {
      this.remember(armed, now);
    }
    if (enabled) void this.loop(armed, catchUpAfter);
    return { arn };
  }

  private remember(armed: Armed, through: Date): void {
    try {
      this.ledger.set(armed.key, { createdAt: armed.createdAt, through });
    } catch (error) {
      // The fire goes ahead: a full disk must not stop schedules, it only loses the catch-up after a restart.
      this.options.onFire?.({
        schedule: armed.spec.name,
        scheduledTime: through.toISOString(),
        error: `not recorded in the schedule ledger: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /** Fires missed since `after` that Scheduler would still deliver, oldest first; older ones are gone, as on AWS. */
  private async catchUp(armed: Armed, trigger: TriggerSchedule, after: Date, now: Date): Promise<void> {
    const maxAgeMs = armed.spec.target.retryPolicy.maximumEventAgeInSeconds * 1000;
    let from = new Date(Math.max(after.getTime(), now.getTime() - maxAgeMs));
    while (!armed.controller.signal.aborted) {
      const missed = nextFireTimes(trigger, from, 1, { start: armed.createdAt })[0];
      if (!missed || missed.getTime() > now.getTime()) return;
      await this.fire(armed, missed, true);
      from = missed;
    }
  }

  private async loop(armed: Armed, catchUpAfter: Date | undefined): Promise<void> {
    const { clock } = this.options;
    const signal = armed.controller.signal;
    const trigger = parseScheduleExpression(armed.spec.expression, armed.spec.timezone);
    let from = clock.now();
    if (catchUpAfter) await this.catchUp(armed, trigger, catchUpAfter, from);
    while (!signal.aborted) {
      const next = nextFireTimes(trigger, from, 1, { start: armed.createdAt })[0];
      if (!next) return;
      await clock.sleep(next.getTime() - clock.now().getTime(), signal, `schedule:${armed.spec.name}`);
      if (signal.aborted) return;
      await this.fire(armed, next, false);
      from = next;
    }
  }

  private async fire(armed: Armed, at: Date, late: boolean): Promise<void> {
    this.inFlight++;
    try {
      await this.start(armed, at, late);
    } finally {
      this.inFlight--;
    }
  }

  private async start(armed: Armed, at: Date, late: boolean): Promise<void> {
    const { spec } = armed;
    // Recorded before the start: a kill in between loses this fire rather than starting an Express run twice.
    this.remember(armed, at);
    const scheduledTime = at.toISOString();
    const name = `${spec.name.slice(0, 60)}-${compactTime(at)}`.slice(0, 80);
    const input = substitutePlaceholders(spec.target.input, {
      'scheduled-time': scheduledTime,
      'schedule-arn': spec.arn,
      'attempt-number': '1',
      'execution-id': name,
    });
    let fire: ScheduleFire;
    try {
      const { executionArn } = await this.options.engine.startExecution({
        stateMachineArn: spec.target.arn,
        name,
        input: JSON.parse(input) as unknown,
      });
      fire = { schedule: spec.name, scheduledTime, executionArn, ...(late ? { late: true as const } : {}) };
    } catch (error) {
      fire = {
        schedule: spec.name,
        scheduledTime,
        error: error instanceof Error ? error.message : String(error),
        ...(late ? { late: true as const } : {}),
      };
    }
    if (this.fires.length >= 1_000) this.fires.shift();
    this.fires.push(fire);
    this.options.onFire?.(fire);
  }
}
