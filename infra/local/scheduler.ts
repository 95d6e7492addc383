import type { EngineClock } from '../../functions/engine/clock';
import type { DeployedSchedule, SchedulePort, ScheduleSpec } from '../../functions/shared/deployment-ports';
import type { WorkflowEngine } from '../../functions/shared/ports';
import { nextFireTimes, type ScheduleSpec as TriggerSchedule } from '../../statemachines/schedule';

/**
 * EventBridge Scheduler on this machine: each schedule fires its target state machine at the times Scheduler
 * would (cron/rate/at in the schedule's time zone, DST handled by nextFireTimes), sleeping on the engine clock,
 * so a virtual clock makes "every day at 17:00 Berlin time" testable in milliseconds.
 * Execution names are derived from the schedule and the fire time: a fire is never started twice.
 */

export interface ScheduleFire {
  readonly schedule: string;
  readonly scheduledTime: string;
  readonly executionArn?: string;
  readonly error?: string;
}

export interface LocalSchedulerOptions {
  readonly clock: EngineClock;
  readonly engine: Pick<WorkflowEngine, 'startExecution'>;
  readonly region?: string;
  readonly accountId?: string;
  readonly onFire?: (fire: ScheduleFire) => void;
}

interface Armed {
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

  constructor(private readonly options: LocalSchedulerOptions) {}

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
  }

  list(): DeployedSchedule[] {
    return [...this.armed.values()].map((a) => structuredClone(a.spec));
  }

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
    const arn = this.arnOf(spec.groupName, spec.name);
    const armed: Armed = {
      spec: { ...structuredClone(spec), arn },
      controller: new AbortController(),
      createdAt: previous?.createdAt ?? this.options.clock.now(),
    };
    this.armed.set(key, armed);
    if (spec.state === 'ENABLED') void this.loop(armed);
    return { arn };
  }

  private async loop(armed: Armed): Promise<void> {
    const { clock } = this.options;
    const signal = armed.controller.signal;
    const trigger = parseScheduleExpression(armed.spec.expression, armed.spec.timezone);
    let from = clock.now();
    while (!signal.aborted) {
      const next = nextFireTimes(trigger, from, 1, { start: armed.createdAt })[0];
      if (!next) return;
      await clock.sleep(next.getTime() - clock.now().getTime(), signal, `schedule:${armed.spec.name}`);
      if (signal.aborted) return;
      await this.fire(armed.spec, next);
      from = next;
    }
  }

  private async fire(spec: DeployedSchedule, at: Date): Promise<void> {
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
      fire = { schedule: spec.name, scheduledTime, executionArn };
    } catch (error) {
      fire = {
        schedule: spec.name,
        scheduledTime,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    this.fires.push(fire);
    this.options.onFire?.(fire);
  }
}
